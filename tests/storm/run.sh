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

# shellcheck source=tests/lib.sh
. tests/lib.sh

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
