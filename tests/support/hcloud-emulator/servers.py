# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 MadBase Studio contributors
"""Servers, their power actions and the status machine (docs/hetzner.md)."""

import ipaddress
import secrets
import time

from state import (HOSTNAME, SERVER_STATUSES, USER_DATA_MAX, ApiError, check_labels,
                   filter_common, invalid, paginate, rfc3339, sort_items)


def _ref(value, field):
    if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
        raise invalid(field, "must be an ID or a name")
    return value


def _allocate_private_ip(emu, network, zone):
    used = {ipaddress.ip_address(e["ip"]) for s in emu.servers.values() for e in s["private_net"]
            if e["network"] == network["id"]}
    gateway = next(ipaddress.ip_network(network["ip_range"]).hosts())
    for subnet in network["subnets"]:
        if subnet["network_zone"] != zone:
            continue
        for host in ipaddress.ip_network(subnet["ip_range"]).hosts():
            if host != gateway and host not in used and str(host) != "172.31.1.1":
                return str(host)
    return None


def create(emu, body):
    name = body.get("name")
    if not isinstance(name, str) or not HOSTNAME.match(name):
        raise invalid("name", "must be a valid hostname")
    if any(s["name"] == name for s in emu.servers.values()):
        raise ApiError(409, "uniqueness_error", "server name is already used", {"fields": [{"name": "name"}]})
    if len(emu.servers) >= emu.args.server_limit:
        raise ApiError(403, "resource_limit_exceeded", "server limit exceeded", {"limits": [{"name": "server_limit"}]})
    if "server_type" not in body:
        raise invalid("server_type", "is required")
    if "image" not in body:
        raise invalid("image", "is required")
    stype = emu.server_type(_ref(body["server_type"], "server_type"))
    if stype is None:
        raise invalid("server_type", "invalid server type name")
    loc_ref = body.get("location")
    if loc_ref is None and isinstance(body.get("datacenter"), str):
        loc_ref = body["datacenter"].split("-")[0]
    loc = emu.location(_ref(loc_ref, "location")) if loc_ref is not None else \
        emu.location(stype["locations"][0]["name"])
    if loc is None:
        raise invalid("location", "location not found")
    per_loc = next((l for l in stype["locations"] if l["name"] == loc["name"]), None)
    if per_loc is None or not per_loc["available"]:
        raise ApiError(422, "invalid_input", "unsupported location for server type",
                       {"fields": [{"name": "location", "messages": ["unsupported location for server type"]}]})
    image = emu.image(_ref(body["image"], "image"), stype["architecture"])
    if image is None:
        raise invalid("image", "image not found")
    user_data = body.get("user_data")
    if user_data is not None and (not isinstance(user_data, str) or len(user_data.encode()) > USER_DATA_MAX):
        raise invalid("user_data", "must be a string of at most 32 KiB")
    labels = check_labels(body.get("labels"))
    keys = []
    for ref in body.get("ssh_keys") or []:
        key = next((k for k in emu.ssh_keys.values() if str(k["id"]) == str(ref) or k["name"] == ref), None)
        if key is None:
            raise invalid("ssh_keys", f"ssh key '{ref}' not found")
        keys.append(key["id"])
    if body.get("volumes"):
        raise invalid("volumes", "volumes are not emulated")
    pub = body.get("public_net") or {}
    if not isinstance(pub, dict):
        raise invalid("public_net", "must be an object")
    v4, v6 = pub.get("enable_ipv4", True), pub.get("enable_ipv6", True)
    network_ids = body.get("networks") or []
    if not isinstance(network_ids, list):
        raise invalid("networks", "must be a list of IDs")
    networks = []
    for nid in network_ids:
        net = emu.networks.get(nid if isinstance(nid, int) else -1)
        if net is None:
            raise invalid("networks", f"network {nid} not found")
        networks.append(net)
    if not v4 and not v6 and not networks:
        raise invalid("public_net", "server must have at least one network interface")
    firewall_ids = []
    for entry in body.get("firewalls") or []:
        fid = entry.get("firewall") if isinstance(entry, dict) else None
        if fid not in emu.firewalls:
            raise ApiError(404, "firewall_resource_not_found", f"firewall {fid} not found")
        firewall_ids.append(fid)
    if firewall_ids and not v4 and not v6:
        raise ApiError(422, "private_net_only_server", "firewalls can only be applied to public interfaces")
    pg_id = body.get("placement_group")
    if pg_id is not None:
        pg = emu.placement_groups.get(pg_id)
        if pg is None:
            raise invalid("placement_group", "placement group not found")
        if len(pg["servers"]) >= 10:
            raise ApiError(422, "placement_error", "spread placement group is full (at most 10 servers)")
    private_net = []
    for net in networks:
        ip = _allocate_private_ip(emu, net, loc["network_zone"])
        if ip is None:
            raise ApiError(422, "no_subnet_available", f"no subnet available in network {net['id']}")
        private_net.append({"network": net["id"], "ip": ip, "alias_ips": [],
                            "mac_address": "86:00:00:%02x:%02x:%02x" % tuple(secrets.token_bytes(3))})

    sid = emu.new_id("server")
    ipv4 = {"id": emu.new_id("primary_ip"), "ip": emu.public_ipv4(), "blocked": False,
            "dns_ptr": "static.clients.example.invalid"} if v4 else None
    ipv6 = {"id": emu.new_id("primary_ip"), "ip": emu.public_ipv6(), "blocked": False, "dns_ptr": []} if v6 else None
    server = {"id": sid, "name": name, "status": "initializing", "created": rfc3339(time.time()),
              "public_net": {"ipv4": ipv4, "ipv6": ipv6, "floating_ips": [],
                             "firewalls": [{"id": f, "status": "applied"} for f in firewall_ids]},
              "private_net": private_net, "image": image, "iso": None, "rescue_enabled": False,
              "backup_window": None, "outgoing_traffic": 0, "ingoing_traffic": 0,
              "included_traffic": next(p["included_traffic"] for p in stype["prices"] if p["location"] == loc["name"]),
              "protection": {"delete": False, "rebuild": False}, "labels": labels,
              "primary_disk_size": stype["disk"], "volumes": [], "load_balancers": [],
              "_location": loc["name"], "_type_id": stype["id"], "_placement_group": pg_id,
              "_user_data": user_data, "_ssh_keys": keys}
    emu.servers[sid] = server
    for net in networks:
        net["servers"].append(sid)
    for fid in firewall_ids:
        emu.firewalls[fid]["applied_to"].append({"type": "server", "server": {"id": sid}})
    if pg_id is not None:
        emu.placement_groups[pg_id]["servers"].append(sid)

    start = body.get("start_after_create", True)

    def created():
        server["status"] = "starting" if start else "off"

    def create_failed():
        server["status"] = "off"

    action = emu.new_action("create_server", [("server", sid)], created, create_failed)
    next_actions = []
    if start:
        next_actions.append(emu.new_action("start_server", [("server", sid)], lambda: _set_running(emu, server),
                                           after=action))
    return 201, {"server": emu.render_server(server), "action": emu.public(action),
                 "next_actions": [emu.public(a) for a in next_actions],
                 "root_password": None if keys else secrets.token_urlsafe(15)}


def _set_running(emu, server):
    if server["id"] in emu.servers:
        server["status"] = "running"
        emu.reached_running(server)


def _server(emu, sid):
    server = emu.servers.get(sid)
    if server is None:
        raise ApiError(404, "not_found", "server not found")
    return server


def list_(emu, query):
    items = list(emu.servers.values())
    statuses = query.get("status", [])
    for st in statuses:
        if st not in SERVER_STATUSES:
            raise invalid("status", f"invalid status '{st}'")
    items = [emu.render_server(s) for s in items if not statuses or s["status"] in statuses]
    items = sort_items(filter_common(items, query), query, {"id", "name", "created"})
    return 200, paginate(items, query, "servers")


def get(emu, sid):
    return 200, {"server": emu.render_server(_server(emu, sid))}


def update(emu, sid, body):
    server = _server(emu, sid)
    if "name" in body:
        if not isinstance(body["name"], str) or not HOSTNAME.match(body["name"]):
            raise invalid("name", "must be a valid hostname")
        if any(s["name"] == body["name"] and s["id"] != sid for s in emu.servers.values()):
            raise ApiError(409, "uniqueness_error", "server name is already used", {"fields": [{"name": "name"}]})
        server["name"] = body["name"]
    if "labels" in body:
        server["labels"] = check_labels(body["labels"])
    return 200, {"server": emu.render_server(server)}


def delete(emu, sid):
    server = _server(emu, sid)
    emu.ensure_unlocked("server", sid)
    if server["protection"]["delete"]:
        raise ApiError(423, "protected", "server is protected against deletion")
    previous = server["status"]
    server["status"] = "deleting"

    def deleted():
        emu.servers.pop(sid, None)
        emu.left_running(server)
        for net in emu.networks.values():
            if sid in net["servers"]:
                net["servers"].remove(sid)
        for fw in emu.firewalls.values():
            fw["applied_to"] = [a for a in fw["applied_to"] if a.get("server", {}).get("id") != sid]
        for fip in emu.floating_ips.values():
            if fip["server"] == sid:
                fip["server"] = None
        for pg in emu.placement_groups.values():
            if sid in pg["servers"]:
                pg["servers"].remove(sid)

    def restore():
        server["status"] = previous

    action = emu.new_action("delete_server", [("server", sid)], deleted, restore)
    return 200, {"action": emu.public(action)}


def action(emu, sid, name, body):
    server = _server(emu, sid)
    emu.ensure_unlocked("server", sid)
    previous = server["status"]

    def restore():
        if sid in emu.servers:
            server["status"] = previous

    if name == "poweron":
        if previous != "running":
            server["status"] = "starting"
        act = emu.new_action("start_server", [("server", sid)], lambda: _set_running(emu, server), restore)
    elif name == "poweroff":
        if previous != "off":
            server["status"] = "stopping"
        def powered_off():
            server["status"] = "off"
            emu.left_running(server)

        act = emu.new_action("stop_server", [("server", sid)], powered_off, restore)
    elif name == "shutdown":
        def guest_off():
            if sid in emu.servers and server["status"] == "running":
                server["status"] = "off"
                emu.left_running(server)

        def sent():
            # The action only sends the ACPI signal; the guest powers off later.
            emu.timers.append((time.monotonic() + emu.args.shutdown_seconds * emu.args.time_scale, guest_off))

        act = emu.new_action("shutdown_server", [("server", sid)], sent)
    elif name == "reboot" or name == "reset":
        act = emu.new_action(f"{name}_server", [("server", sid)])
    elif name == "change_type":
        for field in ("server_type", "upgrade_disk"):
            if field not in body:
                raise invalid(field, "is required")
        if not isinstance(body["upgrade_disk"], bool):
            raise invalid("upgrade_disk", "must be a boolean")
        stype = emu.server_type(_ref(body["server_type"], "server_type"))
        if stype is None:
            raise invalid("server_type", "invalid server type name")
        if previous != "off":
            raise ApiError(422, "server_not_stopped", "server must be stopped before changing type")
        current = next(t for t in emu.server_types if t["id"] == server["_type_id"])
        per_loc = next((l for l in stype["locations"] if l["name"] == server["_location"]), None)
        if per_loc is None or not per_loc["available"]:
            raise ApiError(422, "invalid_server_type", "server type is not available in the server's location")
        if stype["architecture"] != current["architecture"] or stype["storage_type"] != current["storage_type"]:
            raise ApiError(422, "invalid_server_type", "cannot change to a server type of another architecture "
                           "or storage type")
        if stype["disk"] < server["primary_disk_size"]:
            raise ApiError(422, "invalid_server_type",
                           "cannot change type because the selected server_type has not sufficient disk space")
        server["status"] = "migrating"

        def changed():
            server["_type_id"] = stype["id"]
            if body["upgrade_disk"]:
                server["primary_disk_size"] = stype["disk"]
            server["status"] = emu.args.after_change_type
            if server["status"] == "running":
                emu.reached_running(server)

        act = emu.new_action("change_server_type", [("server", sid)], changed, restore)
    elif name in ("attach_to_network", "detach_from_network"):
        return _network_action(emu, server, name, body)
    else:
        raise ApiError(404, "not_found", f"server action '{name}' is not emulated")
    return 201, {"action": emu.public(act)}


def _network_action(emu, server, name, body):
    net = emu.networks.get(body.get("network"))
    if net is None:
        raise invalid("network", "network not found")
    attached = any(e["network"] == net["id"] for e in server["private_net"])
    if name == "attach_to_network":
        if attached:
            raise ApiError(422, "server_already_attached", "server is already attached to this network")
        zone = emu.location(server["_location"])["network_zone"]
        ip = body.get("ip") or _allocate_private_ip(emu, net, zone)
        if ip is None:
            raise ApiError(422, "no_subnet_available", "no subnet available in the server's network zone")
        entry = {"network": net["id"], "ip": ip, "alias_ips": [], "mac_address": "86:00:00:00:00:01"}

        def attach():
            server["private_net"].append(entry)
            net["servers"].append(server["id"])

        act = emu.new_action("attach_to_network", [("server", server["id"]), ("network", net["id"])], attach)
    else:
        if not attached:
            raise ApiError(422, "server_not_attached", "server is not attached to this network")

        def detach():
            server["private_net"] = [e for e in server["private_net"] if e["network"] != net["id"]]
            net["servers"].remove(server["id"])

        act = emu.new_action("detach_from_network", [("server", server["id"]), ("network", net["id"])], detach)
    return 201, {"action": emu.public(act)}
