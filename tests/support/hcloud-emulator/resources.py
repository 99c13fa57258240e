# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 MadBase Studio contributors
"""Everything but servers: catalogue reads, actions, SSH keys, networks, firewalls, floating IPs,
placement groups (docs/hetzner.md)."""

import base64
import hashlib
import ipaddress
import time

from state import ApiError, check_labels, filter_common, invalid, paginate, rfc3339, sort_items

COLLECTIONS = {"ssh_keys": "ssh_key", "networks": "network", "firewalls": "firewall",
               "floating_ips": "floating_ip", "placement_groups": "placement_group"}


def store(emu, collection):
    return getattr(emu, collection)


def lookup(emu, collection, rid):
    obj = store(emu, collection).get(rid)
    if obj is None:
        raise ApiError(404, "not_found", f"{COLLECTIONS[collection].replace('_', ' ')} not found")
    return obj


def _name(emu, collection, body, required=True, exclude=None):
    name = body.get("name")
    if name is None and not required:
        return None
    if not isinstance(name, str) or not name or len(name) > 128:
        raise invalid("name", "is required" if name is None else "must be a non-empty string")
    if any(o.get("name") == name and o["id"] != exclude for o in store(emu, collection).values()):
        raise ApiError(409, "uniqueness_error", "name is already used", {"fields": [{"name": "name"}]})
    return name


# ----- catalogue ---------------------------------------------------------------------------------
def list_server_types(emu, query):
    return 200, paginate(filter_common(emu.listed_server_types(), query), query, "server_types")


def list_locations(emu, query):
    return 200, paginate(filter_common(list(emu.locations), query), query, "locations")


def list_images(emu, query):
    items = filter_common(list(emu.images), query)
    for field in ("architecture", "type", "status"):
        if field in query:
            items = [i for i in items if i[field] in query[field]]
    return 200, paginate(items, query, "images")


def get_catalogue(emu, kind, rid):
    items = {"server_types": emu.listed_server_types(), "locations": emu.locations, "images": emu.images}[kind]
    for item in items:
        if item["id"] == rid:
            return 200, {kind[:-1]: item}
    raise ApiError(404, "not_found", f"{kind[:-1].replace('_', ' ')} not found")


# ----- actions -----------------------------------------------------------------------------------
def list_actions(emu, query):
    if "id" not in query:
        raise ApiError(400, "invalid_input", "listing actions requires at least one 'id'",
                       {"fields": [{"name": "id", "messages": ["is required"]}]})
    try:
        ids = [int(i) for i in query["id"]]
    except ValueError:
        raise invalid("id", "must be a whole number")
    items = [emu.public(emu.actions[i]) for i in ids if i in emu.actions]
    if "status" in query:
        items = [a for a in items if a["status"] in query["status"]]
    items = sort_items(items, query, {"id", "command", "status", "started", "finished", "progress"})
    return 200, paginate(items, query, "actions")


def get_action(emu, aid):
    if aid not in emu.actions:
        raise ApiError(404, "not_found", "action not found")
    return 200, {"action": emu.public(emu.actions[aid])}


# ----- generic list/get/update/delete ------------------------------------------------------------
def list_collection(emu, collection, query):
    items = [render(emu, collection, o) for o in store(emu, collection).values()]
    items = filter_common(items, query)
    if collection == "ssh_keys" and "fingerprint" in query:
        items = [i for i in items if i["fingerprint"] == query["fingerprint"][-1]]
    items = sort_items(items, query, {"id", "name", "created"})
    return 200, paginate(items, query, collection)


def get_one(emu, collection, rid):
    return 200, {COLLECTIONS[collection]: render(emu, collection, lookup(emu, collection, rid))}


def update(emu, collection, rid, body):
    obj = lookup(emu, collection, rid)
    if "name" in body:
        obj["name"] = _name(emu, collection, body, exclude=rid)
    if "labels" in body:
        obj["labels"] = check_labels(body["labels"])
    if collection == "floating_ips" and "description" in body:
        obj["description"] = body["description"]
    return 200, {COLLECTIONS[collection]: render(emu, collection, obj)}


def delete(emu, collection, rid):
    obj = lookup(emu, collection, rid)
    if collection == "firewalls" and obj["applied_to"]:
        raise ApiError(422, "resource_in_use", "firewall is still applied to resources")
    if collection == "floating_ips" and obj["server"] is not None:
        raise ApiError(422, "must_be_unassigned", "floating IP must be unassigned before deletion")
    if collection == "networks":
        emu.ensure_unlocked("network", rid)
        for server in emu.servers.values():
            server["private_net"] = [e for e in server["private_net"] if e["network"] != rid]
    if collection == "placement_groups":
        for server in emu.servers.values():
            if server["_placement_group"] == rid:
                server["_placement_group"] = None
    del store(emu, collection)[rid]
    return 204, None


def render(emu, collection, obj):
    out = emu.public(obj)
    if collection == "floating_ips":
        out["home_location"] = emu.location(obj["_home"])
    if collection == "firewalls":
        out["applied_to"] = [dict(a, applied_to_resources=[]) if a["type"] == "label_selector" else a
                             for a in obj["applied_to"]]
    return out


# ----- SSH keys ----------------------------------------------------------------------------------
def create_ssh_key(emu, body):
    name = _name(emu, "ssh_keys", body)
    key = body.get("public_key")
    parts = key.split() if isinstance(key, str) else []
    try:
        blob = base64.b64decode(parts[1], validate=True) if len(parts) >= 2 else b""
    except ValueError:
        blob = b""
    if not blob or not parts[0].startswith(("ssh-", "ecdsa-", "sk-")):
        raise invalid("public_key", "invalid public key")
    digest = hashlib.md5(blob).hexdigest()
    fingerprint = ":".join(digest[i:i + 2] for i in range(0, 32, 2))
    if any(k["fingerprint"] == fingerprint for k in emu.ssh_keys.values()):
        raise ApiError(409, "uniqueness_error", "SSH key with the same fingerprint already exists",
                       {"fields": [{"name": "public_key"}]})
    kid = emu.new_id("ssh_key")
    emu.ssh_keys[kid] = {"id": kid, "name": name, "fingerprint": fingerprint, "public_key": key.strip(),
                         "labels": check_labels(body.get("labels")), "created": rfc3339(time.time())}
    return 201, {"ssh_key": emu.ssh_keys[kid]}


# ----- networks ----------------------------------------------------------------------------------
PRIVATE = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]


def _cidr(value, field):
    try:
        return ipaddress.ip_network(value, strict=True) if isinstance(value, str) else None
    except ValueError:
        return None


def _subnet(emu, net_range, subnets, body, field):
    if not isinstance(body, dict) or body.get("type") not in ("cloud", "server", "vswitch"):
        raise invalid(f"{field}.type", "must be cloud, server or vswitch")
    if body["type"] == "vswitch":
        raise invalid(f"{field}.type", "vswitch subnets are not emulated")
    zone = body.get("network_zone")
    if zone not in {l["network_zone"] for l in emu.locations}:
        raise invalid(f"{field}.network_zone", "unknown network zone")
    if subnets and subnets[0]["network_zone"] != zone:
        raise invalid(f"{field}.network_zone", "all subnets of a network must be in one network zone")
    taken = [ipaddress.ip_network(s["ip_range"]) for s in subnets]
    if "ip_range" in body:
        rng = _cidr(body["ip_range"], field)
        if rng is None or rng.prefixlen > 30 or not rng.subnet_of(net_range):
            raise invalid(f"{field}.ip_range", "must be a CIDR of /30 or larger inside the network's ip_range")
        if any(rng.overlaps(t) for t in taken):
            raise ApiError(422, "invalid_input", "subnet overlaps an existing subnet")
    else:
        rng = next((c for c in net_range.subnets(new_prefix=max(24, net_range.prefixlen))
                    if not any(c.overlaps(t) for t in taken)), None)
        if rng is None:
            raise ApiError(422, "invalid_input", "no free /24 left in the network's ip_range")
    gateway = str(next(net_range.hosts()))
    return {"type": body["type"], "ip_range": str(rng), "network_zone": zone, "gateway": gateway,
            "vswitch_id": None}


def _route(net, body, field):
    if not isinstance(body, dict):
        raise invalid(field, "must be an object")
    dest = _cidr(body.get("destination"), field)
    if dest is None or not (str(dest) == "0.0.0.0/0" or any(dest.subnet_of(p) for p in PRIVATE)):
        raise invalid(f"{field}.destination", "must be a private CIDR or 0.0.0.0/0")
    try:
        gateway = ipaddress.ip_address(body.get("gateway"))
    except ValueError:
        raise invalid(f"{field}.gateway", "must be an IPv4 address")
    net_range = ipaddress.ip_network(net["ip_range"])
    if gateway not in net_range or gateway == next(net_range.hosts()) or str(gateway) == "172.31.1.1":
        raise invalid(f"{field}.gateway", "must be an address inside the network, not its first one")
    if any(r["destination"] == str(dest) for r in net["routes"]):
        raise invalid(f"{field}.destination", "a route to this destination exists already")
    return {"destination": str(dest), "gateway": str(gateway)}


def create_network(emu, body):
    name = _name(emu, "networks", body)
    net_range = _cidr(body.get("ip_range"), "ip_range")
    if net_range is None or net_range.version != 4 or net_range.prefixlen > 24 or \
            not any(net_range.subnet_of(p) for p in PRIVATE):
        raise invalid("ip_range", "must be a private (RFC 1918) IPv4 CIDR of /24 or larger")
    if emu.backing is not None and emu.backing.check_network(net_range):
        raise invalid("ip_range", emu.backing.check_network(net_range))
    nid = emu.new_id("network")
    net = {"id": nid, "name": name, "ip_range": str(net_range), "subnets": [], "routes": [], "servers": [],
           "load_balancers": [], "protection": {"delete": False}, "labels": check_labels(body.get("labels")),
           "created": rfc3339(time.time()), "expose_routes_to_vswitch": bool(body.get("expose_routes_to_vswitch"))}
    for i, sub in enumerate(body.get("subnets") or []):
        net["subnets"].append(_subnet(emu, net_range, net["subnets"], sub, f"subnets[{i}]"))
    for i, route in enumerate(body.get("routes") or []):
        net["routes"].append(_route(net, route, f"routes[{i}]"))
    emu.networks[nid] = net
    return 201, {"network": net}


def network_action(emu, nid, name, body):
    net = lookup(emu, "networks", nid)
    if emu.locked("network", nid):
        raise ApiError(409, "conflict", "another change is running on this network, retry")
    net_range = ipaddress.ip_network(net["ip_range"])
    if name == "add_subnet":
        sub = _subnet(emu, net_range, net["subnets"], body, "subnet")
        effect = lambda: net["subnets"].append(sub)  # noqa: E731
    elif name == "delete_subnet":
        if not any(s["ip_range"] == body.get("ip_range") for s in net["subnets"]):
            raise invalid("ip_range", "no such subnet")
        effect = lambda: net.update(subnets=[s for s in net["subnets"]  # noqa: E731
                                             if s["ip_range"] != body["ip_range"]])
    elif name == "add_route":
        route = _route(net, body, "route")
        effect = lambda: net["routes"].append(route)  # noqa: E731
    elif name == "delete_route":
        wanted = {"destination": body.get("destination"), "gateway": body.get("gateway")}
        if wanted not in net["routes"]:
            raise invalid("destination", "no such route")
        effect = lambda: net["routes"].remove(wanted)  # noqa: E731
    else:
        raise ApiError(404, "not_found", f"network action '{name}' is not emulated")
    act = emu.new_action(name, [("network", nid)], effect)
    return 201, {"action": emu.public(act)}


# ----- firewalls ---------------------------------------------------------------------------------
def _rules(rules):
    if not isinstance(rules, list) or len(rules) > 50:
        raise invalid("rules", "must be a list of at most 50 rules")
    out = []
    for i, r in enumerate(rules):
        field = f"rules[{i}]"
        if not isinstance(r, dict) or r.get("direction") not in ("in", "out"):
            raise invalid(f"{field}.direction", "must be in or out")
        if r.get("protocol") not in ("tcp", "udp", "icmp", "esp", "gre"):
            raise invalid(f"{field}.protocol", "must be tcp, udp, icmp, esp or gre")
        port = r.get("port")
        if r["protocol"] in ("tcp", "udp"):
            if not isinstance(port, str) or not re_port(port):
                raise invalid(f"{field}.port", "tcp and udp rules need a port or range")
        elif port is not None:
            raise invalid(f"{field}.port", "only tcp and udp rules have a port")
        ips_key = "source_ips" if r["direction"] == "in" else "destination_ips"
        ips = r.get(ips_key) or []
        if not ips or len(ips) > 100 or any(_cidr(ip, ips_key) is None for ip in ips):
            raise invalid(f"{field}.{ips_key}", "must hold 1 to 100 CIDRs")
        out.append({"direction": r["direction"], "protocol": r["protocol"], "port": port,
                    "source_ips": r.get("source_ips") or [], "destination_ips": r.get("destination_ips") or [],
                    "description": r.get("description")})
    return out


def re_port(port):
    parts = port.split("-")
    return 1 <= len(parts) <= 2 and all(p.isdigit() and 1 <= int(p) <= 65535 for p in parts)


def _apply_targets(emu, fw, entries):
    targets = []
    for entry in entries or []:
        if entry.get("type") == "server":
            sid = (entry.get("server") or {}).get("id")
            server = emu.servers.get(sid)
            if server is None:
                raise ApiError(404, "firewall_resource_not_found", f"server {sid} not found")
            if server["public_net"]["ipv4"] is None and server["public_net"]["ipv6"] is None:
                raise ApiError(422, "private_net_only_server", "firewalls apply to public interfaces only")
            if any(a.get("server", {}).get("id") == sid for a in fw["applied_to"]):
                raise ApiError(422, "firewall_already_applied", "firewall is already applied to the server")
            targets.append({"type": "server", "server": {"id": sid}})
        elif entry.get("type") == "label_selector":
            targets.append({"type": "label_selector",
                            "label_selector": {"selector": (entry.get("label_selector") or {}).get("selector", "")}})
        else:
            raise invalid("apply_to", "type must be server or label_selector")
    return targets


def create_firewall(emu, body):
    name = _name(emu, "firewalls", body)
    fid = emu.new_id("firewall")
    fw = {"id": fid, "name": name, "labels": check_labels(body.get("labels")), "created": rfc3339(time.time()),
          "rules": _rules(body.get("rules") or []), "applied_to": []}
    targets = _apply_targets(emu, fw, body.get("apply_to"))
    emu.firewalls[fid] = fw
    actions = [emu.new_action("set_firewall_rules", [("firewall", fid)])]
    for t in targets:
        fw["applied_to"].append(t)
        if t["type"] == "server":
            emu.servers[t["server"]["id"]]["public_net"]["firewalls"].append({"id": fid, "status": "applied"})
            actions.append(emu.new_action("apply_firewall", [("firewall", fid), ("server", t["server"]["id"])]))
    return 201, {"firewall": render(emu, "firewalls", fw), "actions": [emu.public(a) for a in actions]}


def firewall_action(emu, fid, name, body):
    fw = lookup(emu, "firewalls", fid)
    if name == "set_rules":
        fw["rules"] = _rules(body.get("rules") if "rules" in body else None)
        actions = [emu.new_action("set_firewall_rules", [("firewall", fid)])]
    elif name == "apply_to_resources":
        actions = []
        for t in _apply_targets(emu, fw, body.get("apply_to")):
            fw["applied_to"].append(t)
            if t["type"] == "server":
                sid = t["server"]["id"]
                emu.servers[sid]["public_net"]["firewalls"].append({"id": fid, "status": "applied"})
            actions.append(emu.new_action("apply_firewall", [("firewall", fid)]))
    elif name == "remove_from_resources":
        actions = []
        for entry in body.get("remove_from") or []:
            sid = (entry.get("server") or {}).get("id")
            match = [a for a in fw["applied_to"] if a.get("server", {}).get("id") == sid]
            if entry.get("type") == "server" and not match:
                raise ApiError(404, "firewall_resource_not_found", f"firewall is not applied to server {sid}")
            fw["applied_to"] = [a for a in fw["applied_to"] if a not in match]
            if sid in emu.servers:
                pn = emu.servers[sid]["public_net"]
                pn["firewalls"] = [f for f in pn["firewalls"] if f["id"] != fid]
            actions.append(emu.new_action("remove_firewall", [("firewall", fid)]))
    else:
        raise ApiError(404, "not_found", f"firewall action '{name}' is not emulated")
    return 201, {"actions": [emu.public(a) for a in actions]}


# ----- floating IPs ------------------------------------------------------------------------------
def create_floating_ip(emu, body):
    if body.get("type") not in ("ipv4", "ipv6"):
        raise invalid("type", "must be ipv4 or ipv6")
    name = _name(emu, "floating_ips", body, required=False)
    server = None
    if body.get("server") is not None:
        server = emu.servers.get(body["server"])
        if server is None:
            raise invalid("server", "server not found")
        home = server["_location"]
    else:
        loc = emu.location(body.get("home_location")) if body.get("home_location") is not None else None
        if loc is None:
            raise invalid("home_location", "is required without a server, and must name a location")
        home = loc["name"]
    fid = emu.new_id("floating_ip")
    ip = emu.public_ipv4() if body["type"] == "ipv4" else emu.public_ipv6()
    fip = {"id": fid, "name": name or f"Floating IP {fid}", "description": body.get("description"), "ip": ip,
           "type": body["type"], "server": server["id"] if server else None,
           "dns_ptr": [{"ip": ip.split("/")[0], "dns_ptr": "static.clients.example.invalid"}],
           "blocked": False, "protection": {"delete": False}, "labels": check_labels(body.get("labels")),
           "created": rfc3339(time.time()), "_home": home}
    emu.floating_ips[fid] = fip
    action = emu.new_action("assign_floating_ip", [("floating_ip", fid), ("server", server["id"])]) if server else None
    return 201, {"floating_ip": render(emu, "floating_ips", fip), "action": emu.public(action) if action else None}


def floating_ip_action(emu, fid, name, body):
    fip = lookup(emu, "floating_ips", fid)
    emu.ensure_unlocked("floating_ip", fid)
    if name == "assign":
        server = emu.servers.get(body.get("server"))
        if server is None:
            raise invalid("server", "server not found")
        if fip["server"] is not None:
            raise ApiError(422, "floating_ip_assigned", "floating IP is already assigned")
        act = emu.new_action("assign_floating_ip", [("floating_ip", fid), ("server", server["id"])],
                             lambda: fip.update(server=server["id"]))
    elif name == "unassign":
        act = emu.new_action("unassign_floating_ip", [("floating_ip", fid)], lambda: fip.update(server=None))
    else:
        raise ApiError(404, "not_found", f"floating IP action '{name}' is not emulated")
    return 201, {"action": emu.public(act)}


# ----- placement groups --------------------------------------------------------------------------
def create_placement_group(emu, body):
    name = _name(emu, "placement_groups", body)
    if body.get("type") != "spread":
        raise invalid("type", "must be spread")
    pid = emu.new_id("placement_group")
    emu.placement_groups[pid] = {"id": pid, "name": name, "labels": check_labels(body.get("labels")),
                                 "type": "spread", "created": rfc3339(time.time()), "servers": []}
    return 201, {"placement_group": emu.placement_groups[pid], "action": None}
