#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 MadBase Studio contributors
"""hcloud-emulator: a stateful emulator of the Hetzner Cloud API endpoints MadBase uses.

Listens on 127.0.0.1 only and prints "hcloud-emulator listening on http://127.0.0.1:PORT/v1" as its
first line, so a test can start it with --port 0 and read the port. Standard library only; it
shares no code with the client it judges. docs/hetzner.md describes the flags and what is faithful.
"""

import argparse
import json
import math
import os
import re
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import resources
import servers
from state import DEFAULT_PLANS, MAX_BODY, SHUTDOWN_GUEST_SECONDS, ApiError, Emulator

ID = r"(\d+)"
# (method, path regex, handler(emu, match, query, body)); the first match wins.
ROUTES = [
    ("GET", r"/servers", lambda e, m, q, b: servers.list_(e, q)),
    ("POST", r"/servers", lambda e, m, q, b: servers.create(e, b)),
    ("GET", rf"/servers/{ID}", lambda e, m, q, b: servers.get(e, int(m[1]))),
    ("PUT", rf"/servers/{ID}", lambda e, m, q, b: servers.update(e, int(m[1]), b)),
    ("DELETE", rf"/servers/{ID}", lambda e, m, q, b: servers.delete(e, int(m[1]))),
    ("POST", rf"/servers/{ID}/actions/([a-z_]+)", lambda e, m, q, b: servers.action(e, int(m[1]), m[2], b)),
    ("GET", r"/actions", lambda e, m, q, b: resources.list_actions(e, q)),
    ("GET", rf"/actions/{ID}", lambda e, m, q, b: resources.get_action(e, int(m[1]))),
    ("GET", r"/server_types", lambda e, m, q, b: resources.list_server_types(e, q)),
    ("GET", rf"/server_types/{ID}", lambda e, m, q, b: resources.get_catalogue(e, "server_types", int(m[1]))),
    ("GET", r"/locations", lambda e, m, q, b: resources.list_locations(e, q)),
    ("GET", rf"/locations/{ID}", lambda e, m, q, b: resources.get_catalogue(e, "locations", int(m[1]))),
    ("GET", r"/images", lambda e, m, q, b: resources.list_images(e, q)),
    ("GET", rf"/images/{ID}", lambda e, m, q, b: resources.get_catalogue(e, "images", int(m[1]))),
    ("POST", r"/ssh_keys", lambda e, m, q, b: resources.create_ssh_key(e, b)),
    ("POST", r"/networks", lambda e, m, q, b: resources.create_network(e, b)),
    ("POST", rf"/networks/{ID}/actions/([a-z_]+)",
     lambda e, m, q, b: resources.network_action(e, int(m[1]), m[2], b)),
    ("POST", r"/firewalls", lambda e, m, q, b: resources.create_firewall(e, b)),
    ("POST", rf"/firewalls/{ID}/actions/([a-z_]+)",
     lambda e, m, q, b: resources.firewall_action(e, int(m[1]), m[2], b)),
    ("POST", r"/floating_ips", lambda e, m, q, b: resources.create_floating_ip(e, b)),
    ("POST", rf"/floating_ips/{ID}/actions/([a-z_]+)",
     lambda e, m, q, b: resources.floating_ip_action(e, int(m[1]), m[2], b)),
    ("POST", r"/placement_groups", lambda e, m, q, b: resources.create_placement_group(e, b)),
]
for _collection in resources.COLLECTIONS:
    ROUTES += [
        ("GET", rf"/{_collection}", lambda e, m, q, b, c=_collection: resources.list_collection(e, c, q)),
        ("GET", rf"/{_collection}/{ID}", lambda e, m, q, b, c=_collection: resources.get_one(e, c, int(m[1]))),
        ("PUT", rf"/{_collection}/{ID}", lambda e, m, q, b, c=_collection: resources.update(e, c, int(m[1]), b)),
        ("DELETE", rf"/{_collection}/{ID}", lambda e, m, q, b, c=_collection: resources.delete(e, c, int(m[1]))),
    ]
COMPILED = [(method, re.compile(pattern + r"/?"), handler) for method, pattern, handler in ROUTES]


def link_header(url, pagination):
    """The Link header of a list answer: prev, next and last pages, as the API sends them."""
    links = []
    for rel, page in (("prev", pagination["previous_page"]), ("next", pagination["next_page"]),
                      ("last", pagination["last_page"])):
        if page is None:
            continue
        query = [(k, v) for k, vs in parse_qs(url.query, keep_blank_values=True).items() for v in vs if k != "page"]
        query.append(("page", str(page)))
        links.append(f'<{url.path}?{urlencode(query)}>; rel="{rel}"')
    return {"Link": ", ".join(links)} if links else {}


class RateLimiter:
    """A token bucket per token: capacity `limit`, refilled gradually over `period` seconds."""

    def __init__(self, limit, period):
        self.limit, self.period, self.buckets = limit, period, {}

    def take(self, key):
        now = time.time()
        tokens, last = self.buckets.get(key, (float(self.limit), now))
        tokens = min(float(self.limit), tokens + (now - last) * self.limit / self.period)
        allowed = tokens >= 1.0
        if allowed:
            tokens -= 1.0
        self.buckets[key] = (tokens, now)
        reset = math.ceil(now + (self.limit - tokens) * self.period / self.limit)
        return allowed, {"RateLimit-Limit": str(self.limit), "RateLimit-Remaining": str(int(tokens)),
                         "RateLimit-Reset": str(reset)}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "hcloud-emulator"
    sys_version = ""
    emu = None  # set by main()
    limiter = None

    def log_message(self, fmt, *args):
        if self.emu.args.verbose:
            sys.stderr.write("hcloud-emulator: " + fmt % args + "\n")

    def do_GET(self):
        self.handle_any()

    def do_POST(self):
        self.handle_any()

    def do_PUT(self):
        self.handle_any()

    def do_DELETE(self):
        self.handle_any()

    def do_PATCH(self):
        self.handle_any()

    def do_HEAD(self):
        self.handle_any()

    def send(self, status, obj, headers=None, raw=None, content_type="application/json"):
        payload = raw if raw is not None else (b"" if obj is None else json.dumps(obj).encode())
        self.send_response(status)
        for k, v in (headers or {}).items():
            # Over HTTP/2 the API's header names arrive lower-case.
            self.send_header(k.lower() if self.emu.args.lowercase_headers else k, v)
        self.send_header("X-Correlation-Id", secrets.token_hex(8))
        if status != 204:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def handle_any(self):
        emu = self.emu
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send(413, ApiError(413, "invalid_input", "request body too large").body())
            self.close_connection = True
            return
        raw_body = self.rfile.read(length) if length else b""
        if url.path.startswith("/_emulator/"):
            return self.control(url.path, raw_body)
        with emu.lock:
            emu.stats["requests"] += 1
            route_key = f"{self.command} {re.sub(r'/[0-9]+', '/{id}', url.path)}"
            emu.stats["by_route"][route_key] = emu.stats["by_route"].get(route_key, 0) + 1
            auth = self.headers.get("Authorization", "")
            token = auth[7:] if auth.startswith("Bearer ") else ""
            allowed, rl_headers = self.limiter.take(token)
        if not allowed:
            with emu.lock:
                emu.stats["rate_limited"] += 1
            err = ApiError(429, "rate_limit_exceeded", f"limit of {self.limiter.limit} requests per "
                           f"{'hour' if self.limiter.period == 3600 else f'{self.limiter.period:g} s'} reached")
            return self.send(429, err.body(), rl_headers)
        if not url.path.startswith("/v1/") or token not in emu.args.token and token not in emu.args.readonly_token:
            if not url.path.startswith("/v1/"):
                return self.send(404, ApiError(404, "not_found", "not found").body(), rl_headers)
            return self.send(401, {"error": {"code": "unauthorized", "message": "unable to authenticate",
                                             "details": None}}, rl_headers)
        if token in emu.args.readonly_token and self.command != "GET":
            return self.send(401, ApiError(401, "token_readonly", "token is read-only").body(), rl_headers)
        fault = self.inject_fault(rl_headers)
        if fault == "sent":
            return
        try:
            body = json.loads(raw_body) if raw_body.strip() else {}
            if not isinstance(body, dict):
                raise ValueError("not an object")
        except ValueError:
            return self.send(400, ApiError(400, "json_error", "invalid JSON input").body(), rl_headers)
        path = url.path[3:]
        status, obj = 404, ApiError(404, "not_found", "not found").body()
        methods = set()
        for method, pattern, handler in COMPILED:
            match = pattern.fullmatch(path)
            if not match:
                continue
            methods.add(method)
            if method != self.command:
                continue
            emu.tick()
            try:
                with emu.lock:
                    status, obj = handler(emu, match, query, body)
            except ApiError as e:
                status, obj = e.status, e.body()
            break
        else:
            if methods:
                status, obj = 405, ApiError(405, "method_not_allowed", "method not allowed").body()
        if isinstance(obj, dict) and isinstance(obj.get("meta"), dict):
            rl_headers = dict(rl_headers, **link_header(url, obj["meta"]["pagination"]))
        if fault == "lose" and self.command != "GET" and status < 300:
            with emu.lock:
                emu.stats["lost_responses"] += 1
            # The change happened; the answer is lost on its way back (a gateway timeout).
            return self.send(504, ApiError(504, "timeout", "request timeout").body(), rl_headers)
        self.send(status, obj, rl_headers)

    def inject_fault(self, headers):
        args, emu = self.emu.args, self.emu
        with emu.lock:
            roll = emu.rng.random()
            slow = emu.rng.random() < args.slow
            lose = emu.rng.random() < args.lose_responses
            kind = emu.rng.choice(["500", "502", "503", "504"])
        if slow:
            time.sleep(args.slow_seconds)
        if roll < args.fail_5xx:
            with emu.lock:
                emu.stats["faults"] += 1
            if kind == "502":
                # What a proxy in front of the API answers: not the API's JSON.
                self.send(502, None, headers, raw=b"<html><body><h1>502 Bad Gateway</h1></body></html>\n",
                          content_type="text/html")
            elif kind == "503":
                self.send(503, ApiError(503, "unavailable", "service unavailable").body(), headers)
            elif kind == "504":
                self.send(504, ApiError(504, "timeout", "request timeout").body(), headers)
            else:
                self.send(500, ApiError(500, "server_error", "error within the API backend").body(), headers)
            return "sent"
        return "lose" if lose else None

    def control(self, path, raw_body):
        """Test controls outside the API: /_emulator/stats, /_emulator/faults (POST JSON)."""
        emu = self.emu
        with emu.lock:
            if path == "/_emulator/stats" and self.command == "GET":
                return self.send(200, dict(emu.stats, servers=len(emu.servers)))
            if path == "/_emulator/backing" and self.command == "GET":
                return self.send(200, {"servers": emu.backing.describe() if emu.backing else {}})
            if path == "/_emulator/faults" and self.command == "POST":
                for key, value in json.loads(raw_body or b"{}").items():
                    if key not in ("fail_5xx", "slow", "slow_seconds", "lose_responses", "fail_actions"):
                        return self.send(400, {"error": f"unknown fault {key}"})
                    setattr(emu.args, key, float(value))
                return self.send(200, {"ok": True})
        return self.send(404, {"error": "unknown control"})


def parse_args(argv):
    p = argparse.ArgumentParser(prog="hcloud-emulator", description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=0, help="loopback port (0: any free one, printed)")
    p.add_argument("--token", action="append", default=[], help="accepted bearer token (repeatable)")
    p.add_argument("--readonly-token", action="append", default=[], help="a token that may only GET")
    p.add_argument("--time-scale", type=float, default=1.0,
                   help="factor on realistic action durations (0.01: a 10 s create takes 0.1 s)")
    p.add_argument("--action-seconds", action="append", metavar="COMMAND=SECONDS",
                   help="realistic duration of one action command, before --time-scale")
    p.add_argument("--shutdown-seconds", type=float, default=SHUTDOWN_GUEST_SECONDS,
                   help="realistic time from a successful shutdown action to the guest being off")
    p.add_argument("--after-change-type", choices=["off", "running"], default="off",
                   help="server status when change_type completes")
    p.add_argument("--rate-limit", type=int, default=3600, help="requests per --rate-period (bucket size)")
    p.add_argument("--rate-period", type=float, default=3600.0, help="seconds over which the bucket refills")
    p.add_argument("--fail-5xx", type=float, default=0.0, help="fraction of requests answered 500/502/503/504")
    p.add_argument("--lose-responses", type=float, default=0.0,
                   help="fraction of successful changes whose answer is replaced by a 504")
    p.add_argument("--slow", type=float, default=0.0, help="fraction of requests delayed by --slow-seconds")
    p.add_argument("--slow-seconds", type=float, default=5.0)
    p.add_argument("--fail-actions", type=float, default=0.0, help="fraction of actions that end in error")
    p.add_argument("--deprecate", action="append", metavar="TYPE[@LOCATION]=RFC3339",
                   help="announce a server type's deprecation (unavailable after the time)")
    p.add_argument("--unavailable", action="append", metavar="TYPE@LOCATION",
                   help="a server type not orderable in a location (available: false)")
    p.add_argument("--server-limit", type=int, default=100, help="servers per project")
    p.add_argument("--plans", default=DEFAULT_PLANS, help="catalogue the server types come from")
    p.add_argument("--on-running-exec", metavar="PROGRAM",
                   help="run PROGRAM with the server's JSON on stdin each time a server reaches running")
    p.add_argument("--netns-range", metavar="CIDR",
                   help="back each running server with a network namespace running sshd (root only); "
                        "networks and public addresses come from CIDR, guarded by an unreachable route")
    p.add_argument("--lowercase-headers", action="store_true",
                   help="send header names lower-case, as the API does over HTTP/2")
    p.add_argument("--seed", type=int, default=None, help="seed for fault injection")
    p.add_argument("--verbose", action="store_true", help="log every request on stderr")
    p.add_argument("--exit-with-stdin", action="store_true", help="exit when stdin closes (its starter died)")
    args = p.parse_args(argv)
    if not args.token:
        args.token = ["emulator-token"]
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    emu = Emulator(args)
    Handler.emu = emu
    Handler.limiter = RateLimiter(args.rate_limit, args.rate_period)
    httpd = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    httpd.daemon_threads = True

    def ticker():
        while True:
            emu.tick()
            time.sleep(0.01)

    threading.Thread(target=ticker, daemon=True).start()
    if args.exit_with_stdin:
        def watch_stdin():
            # The test that started it holds the other end: when it dies, so does the emulator.
            while sys.stdin.buffer.read(4096):
                pass
            if emu.backing is not None:
                emu.backing.teardown()
            os._exit(0)

        threading.Thread(target=watch_stdin, daemon=True).start()
    print(f"hcloud-emulator listening on http://127.0.0.1:{httpd.server_address[1]}/v1", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
