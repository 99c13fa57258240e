// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
//
// The worker pillar's function runtime (docs/pillars.md): serves every <name>.js next to it
// as /functions/<name> on the node's private address, with a PostgreSQL pool and a Redis
// client reaching the State pillar through its entry point. Usage: node runtime.js SETTINGS
// where SETTINGS is the 0600 JSON file the worker daemon renders from its desired config.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const { Pool } = require('pg');
const { createClient } = require('redis');

const settings = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const pg = new Pool({
    host: settings.stateHost, port: settings.pgPort, user: 'postgres', database: 'postgres',
    password: settings.pgPassword, max: 8, connectionTimeoutMillis: 2000,
});
// A broken pooled connection (PostgreSQL restarted) is dropped; the next query gets a new one.
pg.on('error', () => {});
const redis = createClient({
    socket: { host: settings.stateHost, port: settings.redisPort, connectTimeout: 2000,
              reconnectStrategy: (retries) => Math.min(100 * (retries + 1), 1000) },
    password: settings.redisPassword,
});
redis.on('error', () => {});
redis.connect().catch(() => {});

const functions = new Map();
for (const file of fs.readdirSync(__dirname)) {
    if (file.endsWith('.js') && file !== 'runtime.js')
        functions.set(path.basename(file, '.js'), require(path.join(__dirname, file)));
}

function reply(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
}

const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/healthz')
        return reply(res, 200, { status: 'ok', node: settings.node });
    const match = /^\/functions\/([a-z][a-z0-9_-]{0,63})$/.exec(url.pathname);
    const fn = match && functions.get(match[1]);
    if (!fn)
        return reply(res, 404, { error: 'not-found', message: `No function at ${url.pathname}.` });
    const started = process.hrtime.bigint();
    try {
        const result = await fn({ pg, redis, node: settings.node });
        const workerMs = Number(process.hrtime.bigint() - started) / 1e6;
        reply(res, 200, { ...result, worker: settings.node, workerMs });
    } catch (e) {
        // The message names what failed; settings (credentials) are never part of it.
        reply(res, 503, { error: 'function-failed', function: match[1], worker: settings.node,
                          message: String(e && e.message ? e.message : e) });
    }
});
server.keepAliveTimeout = 30000;
server.listen(settings.port, settings.address);

function stop() {
    server.close();
    Promise.allSettled([pg.end(), redis.quit()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
