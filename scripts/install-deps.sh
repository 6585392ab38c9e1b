#!/bin/sh
# Installs the Debian 12 packages sctrace needs that are missing, as root.
# Usage: scripts/install-deps.sh build|test
# Called by `make` (build) and `make test` (test); does nothing when all are there.
set -e
build_pkgs="clang llvm libbpf-dev bpftool libelf-dev libdw-dev libiberty-dev zlib1g-dev make pkg-config gcc libc6-dev"
test_pkgs="jq strace groff-base"
case "$1" in
	build) pkgs=$build_pkgs ;;
	test) pkgs="$build_pkgs $test_pkgs" ;;
	*) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "sctrace: missing packages:$missing (run as root, or: apt-get install$missing)" >&2
	exit 1
fi
echo "sctrace: installing missing packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >&2
