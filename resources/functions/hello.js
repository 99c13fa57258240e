// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
//
// hello: increments a Redis counter, inserts a row in PostgreSQL and returns both, with the
// time each store took (madbasectl check prints them as hops).
'use strict';

let tableReady = false;

module.exports = async function hello({ pg, redis }) {
    const t0 = process.hrtime.bigint();
    const counter = await redis.incr('madbase:hello:counter');
    const t1 = process.hrtime.bigint();
    if (!tableReady) {
        await pg.query('CREATE TABLE IF NOT EXISTS hello_calls (id bigserial PRIMARY KEY, '
                       + 'counter bigint NOT NULL, at timestamptz NOT NULL DEFAULT now())');
        tableReady = true;
    }
    const t2 = process.hrtime.bigint();
    const inserted = await pg.query('INSERT INTO hello_calls (counter) VALUES ($1) RETURNING id', [counter]);
    const t3 = process.hrtime.bigint();
    return {
        counter,
        row: Number(inserted.rows[0].id),
        redisMs: Number(t1 - t0) / 1e6,
        postgresMs: Number(t3 - t2) / 1e6,
    };
};
