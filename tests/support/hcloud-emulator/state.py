#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 MadBase Studio contributors
"""The emulator's state: catalogue, resources, actions on a scaled clock, label selectors,
pagination (docs/hetzner.md)."""

import json
import os
import random
import re
import subprocess
import threading
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PLANS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "resources", "plans", "hetzner.json"))

# How long each action takes on the real API, in seconds, before --time-scale.
ACTION_SECONDS = {
    "create_server": 10.0, "start_server": 8.0, "stop_server": 4.0, "shutdown_server": 1.0,
    "change_server_type": 40.0, "delete_server": 4.0, "attach_to_network": 3.0,
    "detach_from_network": 3.0, "add_subnet": 2.0, "delete_subnet": 2.0, "add_route": 2.0,
    "delete_route": 2.0, "set_firewall_rules": 2.0, "apply_firewall": 2.0, "remove_firewall": 2.0,
    "assign_floating_ip": 2.0, "unassign_floating_ip": 2.0, "create_floating_ip": 1.0,
}
# After a successful shutdown action the guest still needs this long to power itself off.
SHUTDOWN_GUEST_SECONDS = 15.0

LOCATION_IDS = {"fsn1": 1, "nbg1": 2, "hel1": 3, "ash": 4, "hil": 5, "sin": 6}
LOCATION_GEO = {
    "fsn1": (50.47612, 12.370071), "nbg1": (49.452102, 11.076665), "hel1": (60.169855, 24.938379),
    "ash": (39.045821, -77.487073), "hil": (45.54222, -122.95028), "sin": (1.283333, 103.833333),
}
IMAGES = [
    (114690387, "debian-12", "Debian 12", "debian", "12", "x86"),
    (114690389, "debian-12", "Debian 12", "debian", "12", "arm"),
    (310554929, "debian-13", "Debian 13", "debian", "13", "x86"),
    (310554930, "debian-13", "Debian 13", "debian", "13", "arm"),
    (161547269, "ubuntu-24.04", "Ubuntu 24.04", "ubuntu", "24.04", "x86"),
    (161547270, "ubuntu-24.04", "Ubuntu 24.04", "ubuntu", "24.04", "arm"),
]
SERVER_STATUSES = {"running", "initializing", "starting", "stopping", "off", "deleting", "migrating",
                   "rebuilding", "unknown"}
LABEL_KEY = re.compile(r"^([a-z0-9A-Z]((?:[\-_.]|[a-z0-9A-Z]){0,253}[a-z0-9A-Z])?/)?"
                       r"[a-z0-9A-Z]((?:[\-_.]|[a-z0-9A-Z]|){0,61}[a-z0-9A-Z])?$")
LABEL_VALUE = re.compile(r"^(([a-z0-9A-Z](?:[\-_.]|[a-z0-9A-Z]){0,61})?[a-z0-9A-Z]$|$)")
HOSTNAME = re.compile(r"^(?=.{1,63}$)[a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?"
                      r"(\.[a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?)*$")
MAX_BODY = 1 << 20
USER_DATA_MAX = 32 * 1024


class ApiError(Exception):
    def __init__(self, status, code, message, details=None, headers=None):
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details
        self.headers = headers or {}

    def body(self):
        return {"error": {"code": self.code, "message": self.message,
                          "details": self.details if self.details is not None else {}}}


def invalid(field, message):
    return ApiError(422, "invalid_input", f"invalid input in field '{field}': {message}",
                    {"fields": [{"name": field, "messages": [message]}]})


def rfc3339(ts):
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_rfc3339(text):
    return datetime.strptime(text.replace("+00:00", "Z"), "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=timezone.utc).timestamp()


def split_selector(text):
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts]


def selector_matcher(text):
    """A predicate over a label map for a Hetzner label selector; ApiError on bad syntax."""
    tests = []
    for expr in split_selector(text):
        m = re.fullmatch(r"(\S+)\s+(in|notin)\s+\(([^()]*)\)", expr)
        if m:
            key, op, values = m.group(1), m.group(2), {v.strip() for v in m.group(3).split(",")}
            if op == "in":
                tests.append(lambda l, k=key, vs=values: k in l and l[k] in vs)
            else:
                tests.append(lambda l, k=key, vs=values: k not in l or l[k] not in vs)
            continue
        m = re.fullmatch(r"([^=!\s]+)\s*(==|=|!=)\s*([^=!\s]*)", expr)
        if m:
            key, op, value = m.groups()
            if op == "!=":
                tests.append(lambda l, k=key, v=value: l.get(k) != v)
            else:
                tests.append(lambda l, k=key, v=value: l.get(k) == v)
            continue
        m = re.fullmatch(r"(!?)([^=!\s(),]+)", expr)
        if m:
            neg, key = m.groups()
            tests.append((lambda l, k=key: k not in l) if neg else (lambda l, k=key: k in l))
            continue
        raise ApiError(400, "invalid_input", f"label_selector: invalid expression '{expr}'",
                       {"fields": [{"name": "label_selector", "messages": ["invalid label selector"]}]})
    return lambda labels: all(t(labels) for t in tests)


def check_labels(labels, field="labels"):
    if labels is None:
        return {}
    if not isinstance(labels, dict):
        raise invalid(field, "must be an object")
    for k, v in labels.items():
        if not isinstance(v, str) or not LABEL_KEY.match(k) or not LABEL_VALUE.match(v) or \
                k.startswith("hetzner.cloud/"):
            raise invalid(field, f"invalid label '{k}'")
    return dict(labels)


class Emulator:
    """The whole state behind one lock; actions complete on the scaled clock."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.RLock()
        self.rng = random.Random(args.seed)
        self.next_id = {"server": 100_000_001, "action": 900_000_001, "ssh_key": 200_000_001,
                        "network": 300_000_001, "firewall": 400_000_001, "floating_ip": 500_000_001,
                        "placement_group": 600_000_001, "primary_ip": 700_000_001}
        self.servers, self.actions, self.ssh_keys, self.networks = {}, {}, {}, {}
        self.running = {}  # the actions still running, by id: what tick() and locked() look at
        self.firewalls, self.floating_ips, self.placement_groups = {}, {}, {}
        self.timers = []  # (due, fn) for status changes that no action carries
        self.stats = {"requests": 0, "rate_limited": 0, "faults": 0, "lost_responses": 0,
                      "by_route": {}}
        self.running_hooks = []
        self.ip_next = 0
        self.locations = self._locations()
        self.server_types = self._server_types(args.plans)
        self.images = [self._image(*row) for row in IMAGES]
        self.action_seconds = dict(ACTION_SECONDS)
        for item in args.action_seconds or []:
            cmd, _, secs = item.partition("=")
            self.action_seconds[cmd] = float(secs)
        if args.on_running_exec:
            self.running_hooks.append(self._exec_hook)
        self.backing = None
        self.public_pool = None
        if getattr(args, "netns_range", None):
            import netns_backing
            self.backing = netns_backing.NetnsBacking(self, args.netns_range)
            self.public_pool = self.backing.public_pool()
            self.running_hooks.append(self.backing.up)

    # ----- catalogue ---------------------------------------------------------------------------
    def _locations(self):
        with open(self.args.plans, encoding="utf-8") as f:
            plans = json.load(f)
        out = []
        for loc in plans["locations"]:
            lat, lon = LOCATION_GEO.get(loc["name"], (0.0, 0.0))
            out.append({"id": LOCATION_IDS.get(loc["name"], 90 + len(out)), "name": loc["name"],
                        "description": f"{loc['city']} DC Park 1" if loc["country"] == "DE" else loc["city"],
                        "country": loc["country"], "city": loc["city"], "latitude": lat, "longitude": lon,
                        "network_zone": loc["networkZone"]})
        return out

    def location(self, ref):
        for loc in self.locations:
            if str(loc["id"]) == str(ref) or loc["name"] == ref:
                return loc
        return None

    def _server_types(self, path):
        with open(path, encoding="utf-8") as f:
            plans = json.load(f)
        deprecations = {}
        for item in self.args.deprecate or []:
            target, _, when = item.partition("=")
            deprecations[target] = when
        unavailable = set(self.args.unavailable or [])
        types, next_type_id = [], 200
        rows = [(p, None) for p in plans["plans"]]
        # Types no longer sold still exist in the API until their last day; keep the latest
        # generation of them so the emulator can refuse them the way the API does.
        by_name = {p["name"]: p for p in plans["plans"]}
        for legacy in plans.get("legacy", []):
            succ = by_name.get(legacy["successor"])
            if succ:
                rows.append((dict(succ, name=legacy["name"], description=f"{legacy['name'].upper()} (legacy)"),
                             legacy))
        for plan, legacy in rows:
            next_type_id += 1
            locs, prices = [], []
            for loc_name, price in plan["prices"].items():
                loc = self.location(loc_name)
                dep = None
                when = deprecations.get(f"{plan['name']}@{loc_name}") or deprecations.get(plan["name"])
                if legacy:
                    when = legacy["unavailableAfter"] + "T23:59:59Z"
                if when:
                    dep = {"announced": (legacy["deprecated"] + "T06:00:00Z") if legacy else
                           "2026-10-01T06:00:00Z", "unavailable_after": when}
                locs.append({"id": loc["id"], "name": loc_name, "deprecation": dep,
                             "available": f"{plan['name']}@{loc_name}" not in unavailable,
                             "recommended": f"{plan['name']}@{loc_name}" not in unavailable and dep is None})
                gross = lambda net: f"{float(net) * 1.19:.10f}"  # noqa: E731
                prices.append({"location": loc_name,
                               "price_hourly": {"net": f"{float(price['hourly']):.10f}",
                                                "gross": gross(price["hourly"])},
                               "price_monthly": {"net": f"{float(price['monthly']):.10f}",
                                                 "gross": gross(price["monthly"])},
                               "included_traffic": 21990232555520 if loc["network_zone"] == "eu-central"
                               else 1099511627776,
                               "price_per_tb_traffic": {"net": "1.0000000000", "gross": "1.1900000000"}})
            all_dep = [l["deprecation"] for l in locs]
            top_dep = all_dep[0] if all_dep and all(d is not None for d in all_dep) else None
            types.append({"id": next_type_id, "name": plan["name"], "description": plan["description"],
                          "category": "dedicated" if plan["cpuType"] == "dedicated" else "shared",
                          "cores": plan["vcpu"], "memory": float(plan["ramGb"]), "disk": plan["diskGb"],
                          "storage_type": "local", "cpu_type": plan["cpuType"],
                          "architecture": plan["architecture"], "deprecated": top_dep is not None,
                          "deprecation": top_dep, "included_traffic": 0, "prices": prices, "locations": locs})
        return types

    def gone(self, dep):
        return dep is not None and parse_rfc3339(dep["unavailable_after"]) < time.time()

    def listed_server_types(self):
        out = []
        for t in self.server_types:
            locs = [l for l in t["locations"] if not self.gone(l["deprecation"])]
            if locs:
                out.append(dict(t, locations=locs, prices=[p for p in t["prices"]
                                                           if p["location"] in {l["name"] for l in locs}]))
        return out

    def server_type(self, ref):
        for t in self.listed_server_types():
            if str(t["id"]) == str(ref) or t["name"] == ref:
                return t
        return None

    def _image(self, iid, name, desc, flavor, version, arch):
        return {"id": iid, "type": "system", "status": "available", "name": name, "description": desc,
                "image_size": None, "disk_size": 5, "created": "2025-08-12T08:00:00Z", "created_from": None,
                "bound_to": None, "os_flavor": flavor, "os_version": version, "rapid_deploy": True,
                "protection": {"delete": False}, "deprecated": None, "deleted": None, "labels": {},
                "architecture": arch}

    def image(self, ref, arch):
        for img in self.images:
            if str(img["id"]) == str(ref) or (img["name"] == ref and img["architecture"] == arch):
                return img
        return None

    # ----- ids, addresses, time ----------------------------------------------------------------
    def new_id(self, kind):
        self.next_id[kind] += 1
        return self.next_id[kind] - 1

    def public_ipv4(self):
        if self.public_pool is not None:
            # Namespace-backed: from the guarded lab range, never reused while a server holds it.
            used = {s["public_net"]["ipv4"]["ip"] for s in self.servers.values() if s["public_net"]["ipv4"]}
            return next(ip for ip in self.public_pool if ip not in used)
        # Documentation ranges (RFC 5737) only: nothing the emulator hands out is routable.
        self.ip_next += 1
        n = self.ip_next
        base = ["198.51.100.", "192.0.2.", "203.0.113."][(n - 1) // 250 % 3]
        return base + str((n - 1) % 250 + 2)

    def public_ipv6(self):
        self.ip_next += 1
        return f"2001:db8:{self.ip_next:x}::/64"

    def duration(self, command):
        return self.action_seconds.get(command, 2.0) * self.args.time_scale

    # ----- actions -----------------------------------------------------------------------------
    def new_action(self, command, resources, effect=None, on_error=None, after=None):
        """An action running from now (or from the end of `after`) for its command's duration."""
        aid = self.new_id("action")
        now = time.monotonic()
        start = after["_end"] if after else now
        fail = self.rng.random() < self.args.fail_actions
        action = {"id": aid, "command": command, "status": "running", "progress": 0,
                  "started": rfc3339(time.time()), "finished": None,
                  "resources": [{"id": rid, "type": rtype} for rtype, rid in resources], "error": None,
                  "_begin": now, "_end": start + self.duration(command), "_effect": effect,
                  "_on_error": on_error, "_fail": fail, "_after": after}
        self.actions[aid] = action
        self.running[aid] = action
        return action

    def tick(self):
        with self.lock:
            now = time.monotonic()
            for action in sorted(self.running.values(), key=lambda a: a["_end"]):
                if action["_end"] > now:
                    span = max(action["_end"] - action["_begin"], 1e-9)
                    action["progress"] = min(99, int(100 * (now - action["_begin"]) / span))
                    continue
                after = action["_after"]
                failed = action["_fail"] or (after is not None and after["status"] == "error")
                del self.running[action["id"]]
                action["progress"] = 100
                action["finished"] = rfc3339(time.time())
                if failed:
                    action["status"] = "error"
                    action["error"] = {"code": "action_failed", "message": "Action failed"}
                    if action["_on_error"]:
                        action["_on_error"]()
                else:
                    action["status"] = "success"
                    if action["_effect"]:
                        action["_effect"]()
            due = [t for t in self.timers if t[0] <= now]
            self.timers = [t for t in self.timers if t[0] > now]
            for _, fn in due:
                fn()

    def locked(self, rtype, rid):
        return any({"id": rid, "type": rtype} in a["resources"] for a in self.running.values())

    def ensure_unlocked(self, rtype, rid):
        if self.locked(rtype, rid):
            noun = rtype.replace("_", " ")
            raise ApiError(423, "locked", f"cannot perform operation because {noun} is locked")

    @staticmethod
    def public(obj):
        return {k: v for k, v in obj.items() if not k.startswith("_")}

    # ----- hooks -------------------------------------------------------------------------------
    def reached_running(self, server):
        """Called (under the lock) each time a server's status becomes running: where a backing
        (a network namespace with sshd, later) attaches."""
        snapshot = self.render_server(server)
        for hook in self.running_hooks:
            threading.Thread(target=hook, args=(snapshot,), daemon=True).start()

    def left_running(self, server):
        """Called (under the lock) when a server powers off or is deleted: its backing goes."""
        if self.backing is not None:
            threading.Thread(target=self.backing.down, args=(server["id"],), daemon=True).start()

    def _exec_hook(self, server):
        env = dict(os.environ, HCLOUD_SERVER_ID=str(server["id"]), HCLOUD_SERVER_NAME=server["name"])
        subprocess.run([self.args.on_running_exec], input=json.dumps(server).encode(), env=env, check=False)

    # ----- rendering ---------------------------------------------------------------------------
    def render_server(self, s):
        loc = self.location(s["_location"])
        stype = next(t for t in self.server_types if t["id"] == s["_type_id"])
        out = self.public(s)
        out["server_type"] = self.public(stype)
        out["location"] = loc
        # Clients built before the API dropped `datacenter` (2026-07) still read it.
        out["datacenter"] = {"id": loc["id"] * 10, "name": f"{loc['name']}-dc{loc['id'] + 13}",
                             "description": f"{loc['city']} DC", "location": loc,
                             "server_types": {"supported": [], "available": [], "available_for_migration": []}}
        out["locked"] = self.locked("server", s["id"])
        pg = self.placement_groups.get(s["_placement_group"]) if s["_placement_group"] else None
        out["placement_group"] = self.public(pg) if pg else None
        out["public_net"] = dict(s["public_net"], floating_ips=[f["id"] for f in self.floating_ips.values()
                                                                  if f["server"] == s["id"]])
        return out


def paginate(items, query, key):
    try:
        page = int(query.get("page", ["1"])[-1])
        per_page = int(query.get("per_page", ["25"])[-1])
    except ValueError:
        raise ApiError(422, "invalid_input", "page and per_page must be whole numbers")
    if page < 1 or per_page < 1 or per_page > 50:
        raise ApiError(422, "invalid_input", "invalid input in field 'per_page': must be between 1 and 50",
                       {"fields": [{"name": "per_page" if per_page < 1 or per_page > 50 else "page",
                                    "messages": ["out of range"]}]})
    total = len(items)
    last = max(1, (total + per_page - 1) // per_page)
    chunk = items[(page - 1) * per_page: page * per_page]
    meta = {"pagination": {"page": page, "per_page": per_page,
                           "previous_page": page - 1 if page > 1 else None,
                           "next_page": page + 1 if page < last else None,
                           "last_page": last, "total_entries": total}}
    return {key: chunk, "meta": meta}


def sort_items(items, query, allowed):
    for spec in reversed(query.get("sort", [])):
        field, _, order = spec.partition(":")
        if field not in allowed or order not in ("", "asc", "desc"):
            raise invalid("sort", f"invalid sort '{spec}'")
        items = sorted(items, key=lambda i: i[field], reverse=order == "desc")
    return items


def filter_common(items, query):
    if "name" in query:
        items = [i for i in items if i.get("name") == query["name"][-1]]
    if "label_selector" in query:
        match = selector_matcher(query["label_selector"][-1])
        items = [i for i in items if match(i.get("labels", {}))]
    return items
