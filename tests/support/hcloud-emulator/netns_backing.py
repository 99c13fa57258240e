# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 MadBase Studio contributors
"""Servers backed by network namespaces (--netns-range, as root): each running server is a
namespace with sshd, wired to the networks the API says it has.

* A Hetzner network is a namespace holding a bridge; each server attached to it gets a veth on
  that bridge with its private IP (interface ens10, as on Hetzner).
* A server with a public IPv4 gets a veth to the root namespace (interface eth0 inside), a /32
  route to it in the root namespace and nothing else: a private-zone server has no public IPv4,
  so nothing in the root namespace can reach it; only a namespace on its network can.
* sshd in the server's namespace uses the ed25519 host key from the server's cloud-init
  user_data (ssh_keys: ed25519_private), so a client can pin it before the first connection, and
  accepts the project's SSH keys the server was created with. Root's home is the server's own
  directory (bind-mounted in the namespace's own mount namespace), so what a session writes in
  its home stays in that server's directory.

Safety: before the first namespace, an `unreachable` route for the whole range (and for the
IPv6 documentation range) is added in the root namespace, so a packet for a lab address never
leaves the machine; it is removed when the emulator exits. Namespaces a killed emulator left
behind (named hz<pid>-…, that pid gone) are removed at start, with their routes.
"""

import atexit
import ipaddress
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time

IP = "/usr/sbin/ip" if os.path.exists("/usr/sbin/ip") else "ip"
SSHD = "/usr/sbin/sshd"
V6_GUARD = "2001:db8::/32"


def run(*args, check=True):
    result = subprocess.run([IP, *args], capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)}: {result.stderr.strip()}")
    return result


def host_key_from_user_data(text):
    """The ed25519 host key pair of a cloud-config `ssh_keys:` block, or (None, None)."""
    if not text:
        return None, None
    private, public = None, None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(\s+)ed25519_private:\s*\|\s*$", line)
        if m:
            indent = None
            block = []
            for follow in lines[i + 1:]:
                stripped = follow.lstrip(" ")
                depth = len(follow) - len(stripped)
                if indent is None:
                    indent = depth
                if not stripped or depth < indent:
                    break
                block.append(follow[indent:])
            private = "\n".join(block) + "\n"
        m = re.match(r"^\s+ed25519_public:\s*(.+)$", line)
        if m:
            public = m.group(1).strip().strip("'\"")
    return private, public


def stale_cleanup():
    """Removes what an emulator killed earlier left: its namespaces and guard routes."""
    names = run("netns", "list", check=False).stdout.split()
    for name in names:
        m = re.match(r"^hz(\d+)-", name)
        if m and not os.path.exists(f"/proc/{m.group(1)}"):
            run("netns", "del", name, check=False)
    marker_dir = "/run/hcloud-emulator"
    if os.path.isdir(marker_dir):
        for marker in os.listdir(marker_dir):
            pid, _, rest = marker.partition("_")
            if not os.path.exists(f"/proc/{pid}"):
                with open(os.path.join(marker_dir, marker), encoding="utf-8") as f:
                    for cidr in f.read().split():
                        run("-6" if ":" in cidr else "-4", "route", "del", "unreachable", cidr, check=False)
                os.unlink(os.path.join(marker_dir, marker))


class NetnsBacking:
    def __init__(self, emu, lab_range):
        if os.geteuid() != 0:
            raise SystemExit("hcloud-emulator: --netns-range needs root (it creates network namespaces)")
        self.emu = emu
        self.range = ipaddress.ip_network(lab_range)
        self.tag = f"hz{os.getpid()}"
        self.lock = threading.RLock()
        self.workdir = tempfile.mkdtemp(prefix="hcloud-emulator-")
        self.networks = {}  # network id -> namespace
        self.servers = {}  # server id -> {"ns", "pid", "ready", "dir"}
        self.index = 0
        stale_cleanup()
        # The guard comes first: no namespace exists before it.
        os.makedirs("/run/hcloud-emulator", exist_ok=True)
        self.marker = f"/run/hcloud-emulator/{os.getpid()}_routes"
        with open(self.marker, "w", encoding="utf-8") as f:
            f.write(f"{self.range} {V6_GUARD}\n")
        run("-4", "route", "replace", "unreachable", str(self.range))
        run("-6", "route", "replace", "unreachable", V6_GUARD, check=False)
        self.made_run_netns = not os.path.isdir("/run/netns")
        self.made_run_sshd = not os.path.isdir("/run/sshd")
        os.makedirs("/run/sshd", exist_ok=True)
        # The root namespace's end of every public veth: one address outside the servers' pool.
        self.root_address = str(next(list(self.range.subnets(new_prefix=24))[-1].hosts()))
        atexit.register(self.teardown)
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, lambda *_: (self.teardown(), os._exit(0)))

    # ----- addresses -----------------------------------------------------------------------------
    def public_pool(self):
        """Public IPv4s come from the range's last /24, so they are guarded too."""
        last = list(self.range.subnets(new_prefix=24))[-1]
        return [str(h) for h in last.hosts()][1:]

    def check_network(self, net_range):
        if not ipaddress.ip_network(net_range).subnet_of(self.range):
            return f"must lie inside the emulator's --netns-range {self.range}"
        last = list(self.range.subnets(new_prefix=24))[-1]
        if ipaddress.ip_network(net_range).overlaps(last):
            return f"must leave {last} free (the emulated public addresses)"
        return None

    # ----- namespaces ----------------------------------------------------------------------------
    def _network_ns(self, network_id):
        ns = self.networks.get(network_id)
        if ns:
            return ns
        ns = f"{self.tag}-n{network_id % 100000}"
        run("netns", "add", ns)
        run("-n", ns, "link", "set", "lo", "up")
        run("-n", ns, "link", "add", "br0", "type", "bridge")
        run("-n", ns, "link", "set", "br0", "up")
        self.networks[network_id] = ns
        return ns

    def up(self, snapshot):
        with self.emu.lock:
            raw = self.emu.servers.get(snapshot["id"])
            if raw is None or raw["status"] != "running":
                return
            server = dict(snapshot, _user_data=raw.get("_user_data"), _ssh_keys=list(raw.get("_ssh_keys", [])))
        with self.lock:
            sid = server["id"]
            if sid in self.servers:
                return
            self.index += 1
            idx = self.index
            ns = f"{self.tag}-s{idx}"
            sdir = os.path.join(self.workdir, str(sid))
            entry = {"ns": ns, "pid": None, "ready": False, "dir": sdir, "idx": idx, "name": server["name"],
                     "public": None, "private": [], "networks": []}
            self.servers[sid] = entry
            run("netns", "add", ns)
            run("-n", ns, "link", "set", "lo", "up")
            pub = (server.get("public_net") or {}).get("ipv4")
            if pub:
                veth = f"{self.tag}p{idx}"[-15:]
                run("link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns)
                run("addr", "add", f"{self.root_address}/32", "dev", veth)
                run("link", "set", veth, "up")
                run("route", "add", f"{pub['ip']}/32", "dev", veth, "src", self.root_address)
                run("-n", ns, "addr", "add", f"{pub['ip']}/32", "dev", "eth0")
                run("-n", ns, "link", "set", "eth0", "up")
                run("-n", ns, "route", "add", f"{self.root_address}/32", "dev", "eth0")
                entry["public"] = pub["ip"]
            for n, attachment in enumerate(server.get("private_net") or []):
                network = self.emu.networks.get(attachment["network"])
                if network is None:
                    continue
                nns = self._network_ns(network["id"])
                inner = f"ens{10 + n}"
                outer = f"v{idx}n{n}"
                run("-n", nns, "link", "add", outer, "type", "veth", "peer", "name", inner, "netns", ns)
                run("-n", nns, "link", "set", outer, "master", "br0")
                run("-n", nns, "link", "set", outer, "up")
                prefix = ipaddress.ip_network(network["ip_range"]).prefixlen
                run("-n", ns, "addr", "add", f"{attachment['ip']}/{prefix}", "dev", inner)
                run("-n", ns, "link", "set", inner, "up")
                entry["private"].append(attachment["ip"])
                entry["networks"].append(network["id"])
            self._start_sshd(server, entry)

    def _start_sshd(self, server, entry):
        sdir = entry["dir"]
        home = os.path.join(sdir, "root")
        os.makedirs(home, exist_ok=True)
        key = os.path.join(sdir, "ssh_host_ed25519_key")
        private, public = host_key_from_user_data(server.get("_user_data"))
        if private:
            fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(private)
            with open(key + ".pub", "w", encoding="utf-8") as f:
                f.write((public or "") + "\n")
        else:
            # Without a key in user_data the server makes its own, as a real one would.
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
        keys = [self.emu.ssh_keys[k]["public_key"] for k in server.get("_ssh_keys", []) if k in self.emu.ssh_keys]
        with open(os.path.join(sdir, "authorized_keys"), "w", encoding="utf-8") as f:
            f.write("".join(k.strip() + "\n" for k in keys))
        listen = [entry["public"]] if entry["public"] else []
        listen += entry["private"]
        config = os.path.join(sdir, "sshd_config")
        with open(config, "w", encoding="utf-8") as f:
            f.write("".join(f"ListenAddress {a}:22\n" for a in listen))
            f.write(f"HostKey {key}\nPidFile {sdir}/sshd.pid\nAuthorizedKeysFile {sdir}/authorized_keys\n"
                    "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                    "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\nAllowTcpForwarding yes\n"
                    "MaxStartups 100:30:200\nSubsystem sftp internal-sftp\nLogLevel VERBOSE\n")
        binds = f"mount --bind {home} /root"
        log = open(os.path.join(sdir, "sshd.log"), "wb")
        proc = subprocess.Popen([IP, "netns", "exec", entry["ns"], "sh", "-c", f"{binds} && exec {SSHD} -D -e -f {config}"],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
        log.close()
        entry["pid"] = proc
        threading.Thread(target=self._wait_ready, args=(entry,), daemon=True).start()

    def _wait_ready(self, entry):
        path = os.path.join(entry["dir"], "sshd.log")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    if "Server listening" in f.read():
                        entry["ready"] = True
                        return
            except OSError:
                pass
            if entry["pid"].poll() is not None:
                return
            time.sleep(0.01)

    def down(self, sid):
        with self.lock:
            entry = self.servers.pop(sid, None)
            if entry is None:
                return
            proc = entry["pid"]
            if proc is not None and proc.poll() is None:
                # sshd and every session it started share its process group.
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
            for pid in run("netns", "pids", entry["ns"], check=False).stdout.split():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except (ProcessLookupError, ValueError):
                    pass
            run("netns", "del", entry["ns"], check=False)

    def describe(self):
        with self.lock:
            return {str(sid): {"namespace": e["ns"], "ready": e["ready"], "name": e["name"],
                               "public": e["public"], "private": e["private"],
                               "network_namespaces": [self.networks[n] for n in e["networks"]],
                               "directory": e["dir"]}
                    for sid, e in self.servers.items()}

    def teardown(self):
        with self.lock:
            for sid in list(self.servers):
                self.down(sid)
            for ns in self.networks.values():
                run("netns", "del", ns, check=False)
            self.networks.clear()
            if os.path.exists(self.marker):
                run("-4", "route", "del", "unreachable", str(self.range), check=False)
                run("-6", "route", "del", "unreachable", V6_GUARD, check=False)
                os.unlink(self.marker)
            if self.made_run_sshd:
                try:
                    os.rmdir("/run/sshd")
                except OSError:
                    pass
                self.made_run_sshd = False
            if self.made_run_netns and not run("netns", "list", check=False).stdout.strip():
                subprocess.run(["umount", "/run/netns"], capture_output=True)
                try:
                    os.rmdir("/run/netns")
                except OSError:
                    pass
                self.made_run_netns = False
            shutil.rmtree(self.workdir, ignore_errors=True)
