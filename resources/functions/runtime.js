// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
//
// The worker pillar's function runtime (docs/pillars.md): serves every <name>.js next to it
// as /functions/<name> on the node's private address, with a PostgreSQL pool and a Redis
// client reaching the State pillar through its entry points. Usage: node runtime.js SETTINGS
// where SETTINGS is the 0600 JSON file the worker daemon renders from its desired config.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const { Pool } = require('pg');
const { createClient } = require('redis');

const settings = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
// Every State node's HAProxy is an entry point ("host:pgPort:redisPort,…"); losing one State
// node must not cut the worker off, so a connection that cannot be made moves to the next.
const entries = (settings.stateEntries || `${settings.stateHost}:${settings.pgPort}:${settings.redisPort}`)
    .split(',').filter(Boolean).map((entry) => {
        const [host, pgPort, redisPort] = entry.split(':');
        return { host, pgPort: Number(pgPort), redisPort: Number(redisPort) };
    });
const pools = entries.map((entry) => {
    const pool = new Pool({
        host: entry.host, port: entry.pgPort, user: 'postgres', database: 'postgres',
        password: settings.pgPassword, max: 8, connectionTimeoutMillis: 2000,
    });
    // A broken pooled connection (PostgreSQL restarted) is dropped; the next query gets a new one.
    pool.on('error', () => {});
    return pool;
});
let current = 0;
// Only errors before the query was sent move on and retry: a write is never sent twice.
const notConnected = (e) => e && (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH'].includes(e.code)
    || /when trying to connect|terminated unexpectedly/.test(String(e.message)));
const pg = {
    async query(...args) {
        let error;
        for (let tries = 0; tries < pools.length; ++tries) {
            const index = current;
            let client;
            try {
                client = await pools[index].connect();
            } catch (e) {
                error = e;
                if (!notConnected(e))
                    throw e;
                if (current === index)
                    current = (index + 1) % pools.length;
                continue;
            }
            try {
                return await client.query(...args);
            } finally {
                client.release();
            }
        }
        throw error;
    },
    end: () => Promise.allSettled(pools.map((pool) => pool.end())),
};
const redisClients = entries.map((entry) => {
    const client = createClient({
        socket: { host: entry.host, port: entry.redisPort, connectTimeout: 2000,
                  reconnectStrategy: (retries) => Math.min(100 * (retries + 1), 1000) },
        password: settings.redisPassword,
    });
    client.on('error', () => {});
    client.connect().catch(() => {});
    return client;
});
// The first connected entry point takes the command.
const redis = new Proxy({}, {
    get(_, name) {
        const client = redisClients.find((c) => c.isReady) || redisClients[0];
        const value = client[name];
        return typeof value === 'function' ? value.bind(client) : value;
    },
});

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
    Promise.allSettled([pg.end(), ...redisClients.map((c) => c.quit())]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
