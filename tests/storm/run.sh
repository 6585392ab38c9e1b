#!/usr/bin/env bash
# make test-storm: the storm tests of tests/storm/storm.sh at full size
# (tests/run.sh runs them at a size that takes well under a minute).
# Usage: tests/storm/run.sh [fast|full]     Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."

SCT=${SCTRACE:-./sctrace}
B=build/tests
PASS=0
FAIL=0
T=$(mktemp -d /tmp/sctrace-storm.XXXXXX)
BG_PIDS=()
cleanup() {
	for p in "${BG_PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
	mountpoint -q "$T/tiny" 2>/dev/null && umount "$T/tiny"
	rm -rf "$T"
}
trap cleanup EXIT

pass() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() {
	FAIL=$((FAIL + 1))
	echo "FAIL $1: $2"
	[ -n "${3:-}" ] && [ -f "$3" ] && sed 's/^/     | /' "$3" | head -40
}
check() { if [ "$2" = 0 ]; then pass "$1"; else fail "$1" "$3" "${4:-}"; fi; }
has_line() { grep -qxF -- "$3" "$2"; check "$1" $? "no line: $3" "$2"; }
has_re() { grep -qE -- "$3" "$2"; check "$1" $? "no line matching: $3" "$2"; }
no_re() { ! grep -qE -- "$3" "$2"; check "$1" $? "unexpected line matching: $3" "$2"; }
wait_for() {
	local i
	for ((i = 0; i < $3 * 20; i++)); do
		grep -qE -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}

if [ "$(id -u)" != 0 ]; then
	echo "storm tests need root (BPF)"
	echo "$PASS passed, $FAIL failed"
	exit 1
fi
# shellcheck source=tests/storm/storm.sh
. tests/storm/storm.sh
start=$(date +%s)
storm_tests "${1:-full}"
echo "storm: $(($(date +%s) - start)) s"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
