#!/usr/bin/env bash
# Soak: sctrace -f follows a moderate, endless mix of fork+exec, short-lived
# threads and plain calls for SOAK_SECONDS, and samples every
# SOAK_INTERVAL seconds its RSS and the in-kernel state it keeps: the
# entries of the BPF maps `inflight` (per traced thread) and `pids` (per
# traced process), counted with bpftool map dump.  Neither may grow: the
# workload's task count is steady, so the maps must stay near it, and RSS
# must level off after a warm-up.
#
#   scripts/soak.sh                      60 s (make soak)
#   SOAK_SECONDS=3600 scripts/soak.sh    the long one (make soak SOAK_SECONDS=3600)
#   SOAK_JSON=0                          text output instead of JSON
#
# Needs root, bpftool, jq, and `make` done (./sctrace, build/tests/).
# Prints one line per sample, then "N passed, N failed".
set -u
cd "$(dirname "$0")/.."

SOAK_SECONDS=${SOAK_SECONDS:-60}
SOAK_INTERVAL=${SOAK_INTERVAL:-5}
SCT=${SCTRACE:-./sctrace}
B=build/tests
T=$(mktemp -d /tmp/sctrace-soak.XXXXXX)
PASS=0
FAIL=0
check() {
	if [ "$2" = 0 ]; then PASS=$((PASS + 1)); echo "ok   $1"; else FAIL=$((FAIL + 1)); echo "FAIL $1: $3"; fi
}
sct=""
cleanup() {
	[ -n "$sct" ] && kill -TERM "$sct" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT

for t in sc_storm sc_threads; do
	[ -x "$B/$t" ] || { echo "soak: $B/$t missing: run make first" >&2; exit 1; }
done

# The workload: stops by itself after SOAK_SECONDS (plus a little).
cat >"$T/load.sh" <<EOF
end=\$((\$(date +%s) + $SOAK_SECONDS))
while [ \$(date +%s) -lt \$end ]; do
	$B/sc_storm forkexec 20
	$B/sc_storm threads 50
	$B/sc_storm clone3 10
	$B/sc_threads 4 2000 >/dev/null
	sleep 0.2
done
EOF

fmt=--json
[ "${SOAK_JSON:-1}" = 0 ] && fmt=""
# shellcheck disable=SC2086
SCTRACE_STATS=1 $SCT -f $fmt -o /dev/null -- sh "$T/load.sh" 2>"$T/sct.err" &
sct=$!

# the maps, by id, from sctrace's own fds
map_ids() {
	local id name
	for id in $(sed -n 's/^map_id:\t*//p' /proc/$sct/fdinfo/* 2>/dev/null | sort -u); do
		name=$(bpftool -j map show id "$id" 2>/dev/null | jq -r '.name // empty')
		echo "$name $id"
	done
}
sleep 1
maps=$(map_ids)
inflight_id=$(echo "$maps" | awk '$1 == "inflight" {print $2}')
pids_id=$(echo "$maps" | awk '$1 == "pids" {print $2}')
if [ -z "$inflight_id" ]; then
	echo "soak: cannot find sctrace's inflight map" >&2
	exit 1
fi
count_entries() { bpftool -j map dump id "$1" 2>/dev/null | jq 'length'; }

echo "   t(s)  rss(kB)  inflight  pids"
samples=()
start=$(date +%s)
while kill -0 $sct 2>/dev/null; do
	now=$(($(date +%s) - start))
	rss=$(awk '/^VmRSS:/ {print $2}' /proc/$sct/status 2>/dev/null)
	[ -z "$rss" ] && break
	inf=$(count_entries "$inflight_id")
	pid_n=$([ -n "$pids_id" ] && count_entries "$pids_id" || echo -)
	printf '%7d %8d %9s %5s\n' "$now" "$rss" "$inf" "$pid_n"
	samples+=("$now $rss $inf $pid_n")
	[ "$now" -ge $((SOAK_SECONDS + 30)) ] && break
	sleep "$SOAK_INTERVAL"
done
wait $sct
rc=$?
sct=""
cat "$T/sct.err"

n=${#samples[@]}
check "soak: sctrace ran to the end, exit 0" "$([ $rc = 0 ]; echo $?)" "exit $rc"
check "soak: enough samples" "$([ "$n" -ge 4 ]; echo $?)" "$n samples"
if [ "$n" -ge 4 ]; then
	# RSS: after the first quarter (warm-up), the growth to the end stays
	# under 10% + 2 MB
	q=$((n / 4))
	rss_warm=$(echo "${samples[$q]}" | awk '{print $2}')
	rss_max=$(printf '%s\n' "${samples[@]:$q}" | awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}')
	check "soak: RSS levels off (after warm-up ${rss_warm} kB, at most ${rss_max} kB)" \
		"$([ "$rss_max" -le $((rss_warm + rss_warm / 10 + 2048)) ]; echo $?)" "grew"
	# inflight: one entry per live traced thread; the workload has at most
	# ~60 at once, so anything far above means entries leak
	inf_max=$(printf '%s\n' "${samples[@]}" | awk 'BEGIN {m = 0} $3 > m {m = $3} END {print m}')
	check "soak: inflight entries stay bounded (max $inf_max)" "$([ "$inf_max" -le 200 ]; echo $?)" "grew"
	pids_max=$(printf '%s\n' "${samples[@]}" | awk 'BEGIN {m = 0} $4 ~ /^[0-9]+$/ && $4 > m {m = $4} END {print m}')
	check "soak: pids entries stay bounded (max $pids_max)" "$([ "$pids_max" -le 100 ]; echo $?)" "grew"
fi
grep -q 'stats: inflight=0 ' "$T/sct.err"
check "soak: no per-thread state left at the end" $? "$(grep stats "$T/sct.err")"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
