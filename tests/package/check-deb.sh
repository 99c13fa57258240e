#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the madbase-node package from this build tree into a temporary directory with cpack,
# then checks its control fields and its contents. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { printf 'check-deb: %s\n' "$*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$out" -maxdepth 1 -name 'madbase-node_*.deb' -print -quit)
[ -n "$deb" ] || fail "no madbase-node_*.deb in $out"

[ "$(dpkg-deb -f "$deb" Package)" = madbase-node ] || fail "Package is not madbase-node"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong Architecture"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6network6 libqt6httpserver6 libc6 libstdc++6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

contents=$(dpkg-deb --contents "$deb")
for f in madbase-system madbase-proxy madbase-worker madbase-state madbase-logstore madbasectl; do
    grep -Eq "^-rwxr-xr-x .* \./usr/bin/$f\$" <<<"$contents" || fail "/usr/bin/$f missing or not executable"
done
for u in system proxy worker state; do
    grep -q "\./usr/lib/systemd/system/madbase-$u.service\$" <<<"$contents" || fail "madbase-$u.service missing"
done
grep -q '\./usr/share/madbase/functions/runtime.js$' <<<"$contents" || fail "function runtime missing"
if grep -Eq ' \./(etc|var|home|root)/' <<<"$contents"; then fail "the package ships files under /etc, /var or a home"; fi

dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -q '\./postinst$' || fail "no postinst"
# The package unpacks as it would on a node: the daemons run from the unpacked tree.
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/madbase-proxy" --help >/dev/null || fail "the unpacked madbase-proxy does not run"
echo "check-deb: $deb ok"
