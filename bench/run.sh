#!/usr/bin/env bash
# sctrace benchmark: `make bench` (or `bash bench/run.sh` once sctrace,
# build/bench/workload and build/bench/floor are built).
#
# Runs five workloads (getppid loop, openat+read+close loop, 8 threads,
# fork+exec, a CPU-bound loop with a call a millisecond) side by side under
# every configuration below, each workload timing its own loop
# (bench/workload.c), then writes docs/performance.md.
# Nothing in that file is typed by hand: rerun this to refresh it.
#
# Configurations (one function each, cfg_*):
#   untraced, floor (empty tp_btf sys_enter/sys_exit programs), sctrace
#   filtered out (-p of a sleeping process), sctrace text to /dev/null (and
#   with -y),
#   JSON to /dev/null, JSON to a file, JSON to /dev/null with --lossy,
#   strace -f, perf trace, bpftrace (these three not on "spin": seconds of
#   arithmetic they would only add to).  sctrace runs with SCTRACE_STATS=1,
#   for its records, its own CPU time, losses and freezes.
#
# Knobs (environment): BENCH_RUNS (runs of the fast configs, default 5),
# BENCH_SLOW_RUNS (strace, perf trace, bpftrace; default 5), BENCH_SCALE
# (multiplies every iteration count; default 1), SCTRACE (binary to test),
# BENCH_DOC (output file), BENCH_WORKLOAD (workload binary).  Progress goes
# to stderr, one line per step.
# shellcheck disable=SC2317  # cfg_* and the traps are called indirectly
set -u

cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
SCTRACE=${SCTRACE:-$ROOT/sctrace}
WL=${BENCH_WORKLOAD:-$ROOT/build/bench/workload}
FLOOR=$ROOT/build/bench/floor
BT_SCRIPT=$ROOT/bench/pairing.bt
DOC=${BENCH_DOC:-$ROOT/docs/performance.md}
RUNS=${BENCH_RUNS:-5}
SLOW_RUNS=${BENCH_SLOW_RUNS:-5}
SCALE=${BENCH_SCALE:-1}
RUN_TIMEOUT=300            # seconds for any one run

MODES="getppid openrc threads forkexec spin"
CONFIGS="untraced floor filtered text texty textk json jsonfile jsonlossy strace perf bpftrace"

T=$(mktemp -d /tmp/sctrace-bench.XXXXXX)
RESULTS=$T/results.tsv     # mode cfg ns_per_call lost rss_kb foreign_pids load1 consumer_ns_per_record freezes
FAILS=$T/fails.tsv         # mode cfg reason
: >"$RESULTS"
: >"$FAILS"
# where "JSON to a file" writes: tmpfs when there is one
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
	FILEDIR=$(mktemp -d /dev/shm/sctrace-bench.XXXXXX)
	FILEDIR_DESC="tmpfs (/dev/shm)"
else
	FILEDIR=$T
	FILEDIR_DESC="$T"
fi
SLEEPER=
BG_PIDS=
BENCH_START=$(date +%s)

log() { printf 'bench: %s\n' "$*" >&2; }

cleanup() {
	local p
	for p in $BG_PIDS $SLEEPER; do
		kill "$p" 2>/dev/null
	done
	wait 2>/dev/null
	rm -rf "$T" "$FILEDIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- setup

need_tools() {
	# package:command pairs; missing ones are installed once (root, Debian)
	local missing="" pc
	for pc in strace:strace linux-perf:perf bpftrace:bpftrace time:/usr/bin/time jq:jq bpftool:bpftool; do
		command -v "${pc#*:}" >/dev/null 2>&1 || missing="$missing ${pc%%:*}"
	done
	[ -z "$missing" ] && return 0
	log "installing:$missing"
	if [ "$(id -u)" != 0 ]; then
		log "not root: cannot install$missing (those configurations will be marked unavailable)"
		return 0
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 || log "apt-get update failed"
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >&2 || log "apt-get install$missing failed"
}

check_inputs() {
	local f
	for f in "$SCTRACE" "$WL" "$FLOOR"; do
		if [ ! -x "$f" ]; then
			log "$f is missing: run 'make bench' (it builds it)"
			exit 1
		fi
	done
	if [ "$(id -u)" != 0 ]; then
		log "warning: not root; the BPF configurations will likely fail"
	fi
}

# iterations per mode; "slow" configs (ptrace, perf trace) get fewer
iters() {
	local mode=$1 class=$2 n
	case "$class:$mode" in
		fast:getppid)  n=1000000 ;;
		fast:openrc)   n=200000 ;;
		fast:threads)  n=1000000 ;;
		fast:forkexec) n=1000 ;;
		fast:spin)     n=600 ;;
		slow:getppid)  n=20000 ;;
		slow:openrc)   n=5000 ;;
		slow:threads)  n=20000 ;;
		slow:forkexec) n=100 ;;
		slow:spin)     n=600 ;;
	esac
	awk -v n="$n" -v s="$SCALE" 'BEGIN { v = int(n * s); if (v < 8) v = 8; print v }'
}

cfg_class() {
	case $1 in
		strace|perf) echo slow ;;
		*) echo fast ;;
	esac
}

cfg_runs() {
	case $1 in
		strace|perf|bpftrace) echo "$SLOW_RUNS" ;;
		*) echo "$RUNS" ;;
	esac
}

cfg_label() {
	case $1 in
		untraced) echo "untraced" ;;
		floor)    echo "empty BPF sys_enter/sys_exit pair (floor)" ;;
		filtered) echo "sctrace, filtered out (-p of another pid)" ;;
		text)     echo "sctrace -f -o /dev/null (text)" ;;
		texty)    echo "sctrace -f -y -o /dev/null (text, fds resolved)" ;;
		textk)    echo "sctrace -f -k -o /dev/null (text, stacks unwound)" ;;
		json)     echo "sctrace -f --json -o /dev/null" ;;
		jsonfile) echo "sctrace -f --json -o FILE" ;;
		jsonlossy) echo "sctrace -f --json --lossy -o /dev/null" ;;
		strace)   echo "strace -f -o /dev/null" ;;
		perf)     echo "perf trace -o /dev/null" ;;
		bpftrace) echo "bpftrace enter/exit pairing (count+sum per nr)" ;;
	esac
}

# applies MODE CFG: whether CFG runs on MODE at all
applies() {
	case $1:$2 in
		spin:strace|spin:perf|spin:bpftrace) false ;;
		# -k: the openat+read+close loop is its row; a stack a call
		# elsewhere would only make the run long
		threads:textk|forkexec:textk|spin:textk) false ;;
		*) true ;;
	esac
}

# ---------------------------------------------------------------- configurations
# Each runs the workload ("$@" = mode and count) with stdout to $T/out and
# stderr to $T/err; sctrace runs also leave GNU time's report in $T/time.

cfg_untraced() {
	timeout "$RUN_TIMEOUT" "$WL" "$@" >"$T/out" 2>"$T/err"
}

cfg_floor() {
	timeout "$RUN_TIMEOUT" "$FLOOR" -- "$WL" "$@" >"$T/out" 2>"$T/err"
}

# sctrace attached to a sleeping process: its programs run on every call of
# the machine but drop the workload's at the pid filter.
cfg_filtered() {
	"$SCTRACE" -p "$SLEEPER" -o /dev/null 2>"$T/err" &
	local sp=$! i
	for ((i = 0; i < 400; i++)); do
		grep -q attached "$T/err" 2>/dev/null && break
		kill -0 "$sp" 2>/dev/null || break
		sleep 0.05
	done
	if ! grep -q attached "$T/err" 2>/dev/null; then
		kill -INT "$sp" 2>/dev/null
		wait "$sp" 2>/dev/null
		return 1
	fi
	timeout "$RUN_TIMEOUT" "$WL" "$@" >"$T/out" 2>>"$T/err"
	local rc=$?
	# peak RSS of sctrace itself, while it is still there
	awk '/^VmHWM:/ { print "Maximum resident set size (kbytes): " $2 }' \
		"/proc/$sp/status" >"$T/time" 2>/dev/null
	kill -INT "$sp" 2>/dev/null
	wait "$sp" 2>/dev/null
	return "$rc"
}

# SCTRACE_STATS=1: "sctrace: stats: ..." lines on stderr at exit (lost,
# records, consumer_cpu_us, freezes), read by run_one
sct_run() {
	if [ -x /usr/bin/time ]; then
		SCTRACE_STATS=1 timeout "$RUN_TIMEOUT" /usr/bin/time -v -o "$T/time" "$SCTRACE" "$@" >"$T/out" 2>"$T/err"
	else
		SCTRACE_STATS=1 timeout "$RUN_TIMEOUT" "$SCTRACE" "$@" >"$T/out" 2>"$T/err"
	fi
}

cfg_text() {
	sct_run -f -o /dev/null -- "$WL" "$@"
}

cfg_json() {
	sct_run -f --json -o /dev/null -- "$WL" "$@"
}

# the old behaviour: nothing frozen, what does not fit in the ring is lost
cfg_jsonlossy() {
	sct_run -f --json --lossy -o /dev/null -- "$WL" "$@"
}

# -y: each fd's file found in the kernel at the call
cfg_texty() {
	sct_run -f -y -o /dev/null -- "$WL" "$@"
}

# -k: each call's user stack copied at entry and unwound (DWARF)
cfg_textk() {
	sct_run -f -k -o /dev/null -- "$WL" "$@"
}

cfg_jsonfile() {
	sct_run -f --json -o "$FILEDIR/trace.json" -- "$WL" "$@"
	local rc=$?
	# records written, and getppid records, to check against the calls
	# made (getppid, threads: one getppid a call)
	if [ -f "$FILEDIR/trace.json" ]; then
		printf '%s\t%s\n' "$(wc -l <"$FILEDIR/trace.json")" \
			"$(grep -c '"syscall":"getppid"' "$FILEDIR/trace.json")" >"$T/lines"
	fi
	rm -f "$FILEDIR/trace.json"
	return "$rc"
}

cfg_strace() {
	timeout "$RUN_TIMEOUT" strace -f -o /dev/null -- "$WL" "$@" >"$T/out" 2>"$T/err"
}

cfg_perf() {
	timeout "$RUN_TIMEOUT" perf trace -o /dev/null -- "$WL" "$@" >"$T/out" 2>"$T/err"
}

cfg_bpftrace() {
	timeout "$RUN_TIMEOUT" bpftrace "$BT_SCRIPT" -c "$WL $*" >"$T/out" 2>"$T/err"
}

# ---------------------------------------------------------------- running

STEP=0
TOTAL_STEPS=0
BUSY_RUNS=0
BUSY_PIDS=

# Processes of others with BPF programs on the syscall tracepoints (another
# sctrace, a bpftrace): they slow every task, so "untraced" would not be.
foreign_tracers() {
	bpftool -j perf show 2>/dev/null |
		jq -r '[.[] | select((.tracepoint // "") | test("^(sys_enter|sys_exit)$")) | .pid] | unique | map(tostring) | join(" ")' 2>/dev/null
}

# before a run: give a foreign tracer up to 20 s to go away (once per
# process: one that stays is only noted after that); prints its pids, or 0
WAITED_FILE=$T/waited
: >"$WAITED_FILE"
wait_quiet() {
	local i f p new
	for ((i = 0; i < 40; i++)); do
		f=$(foreign_tracers)
		[ -z "$f" ] && break
		new=
		for p in $f; do
			grep -qx "$p" "$WAITED_FILE" || new="$new $p"
		done
		[ -z "$new" ] && break
		[ "$i" = 0 ] && log "process$new has programs on sys_enter/sys_exit; waiting up to 20 s for it to end"
		sleep 0.5
	done
	for p in $f; do
		grep -qx "$p" "$WAITED_FILE" || echo "$p" >>"$WAITED_FILE"
	done
	echo "${f:-0}"
}

# run_one MODE CFG REP: one run, one line in $RESULTS (or $FAILS)
run_one() {
	local mode=$1 cfg=$2 rep=$3 n ns lost rss rc
	n=$(iters "$mode" "$(cfg_class "$cfg")")
	rm -f "$T/out" "$T/err" "$T/time" "$T/lines"
	STEP=$((STEP + 1))
	local busy
	busy=$(wait_quiet)
	if [ "$busy" != 0 ]; then
		BUSY_RUNS=$((BUSY_RUNS + 1))
		BUSY_PIDS="$BUSY_PIDS $busy"
		busy=${busy// /,}
	fi
	local load1
	load1=$(cut -d' ' -f1 /proc/loadavg)
	"cfg_$cfg" "$mode" "$n"
	rc=$?
	ns=$(awk '/^WL /{ for (i = 2; i <= NF; i++) if ($i ~ /^ns_per_call=/) { sub(/.*=/, "", $i); print $i } }' "$T/out" 2>/dev/null | tail -n 1)
	if [ -z "$ns" ]; then
		local why
		why=$(grep -v '^[[:space:]]*$' "$T/err" 2>/dev/null | head -n 1 | cut -c1-160)
		[ -z "$why" ] && why="exit status $rc, no result line"
		printf '%s\t%s\t%s\n' "$mode" "$cfg" "$why" >>"$FAILS"
		log "[$STEP/$TOTAL_STEPS] $mode $cfg run $rep: FAILED ($why)"
		return
	fi
	# the stats' lost= when there (sctrace runs), else the exit message
	lost=$(sed -n 's/^sctrace: stats: .*\<lost=\([0-9][0-9]*\).*/\1/p' "$T/err" 2>/dev/null | tail -n 1)
	[ -n "$lost" ] || lost=$(sed -n 's/^sctrace: \([0-9][0-9]*\) events lost.*/\1/p' "$T/err" 2>/dev/null | tail -n 1)
	case $cfg in
		filtered|text|texty|textk|json|jsonfile|jsonlossy) lost=${lost:-0} ;;
		*) lost=- ;;
	esac
	# consumer CPU per record (ns) and freezes, from the stats
	local nsrec freezes
	nsrec=$(awk '/^sctrace: stats: .*records=/ { for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
		END { if (v["records"] > 0 && v["consumer_cpu_us"] != "") printf "%.1f", v["consumer_cpu_us"] * 1000 / v["records"]; else print "-" }' "$T/err" 2>/dev/null)
	freezes=$(sed -n 's/^sctrace: stats: freezes=\([0-9][0-9]*\).*/\1/p' "$T/err" 2>/dev/null | tail -n 1)
	rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$T/time" 2>/dev/null | tail -n 1)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$cfg" "$ns" "$lost" "${rss:--}" "$busy" "$load1" "${nsrec:--}" "${freezes:--}" >>"$RESULTS"
	if [ -s "$T/lines" ]; then
		# mode, lines, calls timed, getppid lines, warm-up calls
		local lines gl
		IFS=$'\t' read -r lines gl <"$T/lines"
		printf '%s\t%s\t%s\t%s\t%s\n' "$mode" "$lines" "$(wl_field calls)" "$gl" "$(wl_field warm_calls)" >>"$T/filelines.tsv"
	fi
	log "[$STEP/$TOTAL_STEPS] $mode $cfg run $rep (n=$n): $ns ns/call, lost ${lost}$([ "${nsrec:--}" != - ] && echo ", consumer $nsrec ns/record")$([ -n "$freezes" ] && echo ", $freezes freezes")$([ "$busy" != 0 ] && echo ", while pid $busy had programs on sys_enter/sys_exit")"
}

# a field of the workload's WL line
wl_field() {
	awk -v k="$1" '/^WL /{ for (i = 2; i <= NF; i++) if (index($i, k "=") == 1) { sub(/.*=/, "", $i); print $i } }' "$T/out" | tail -n 1
}

available() {
	case $1 in
		strace)   command -v strace >/dev/null 2>&1 ;;
		perf)     command -v perf >/dev/null 2>&1 ;;
		bpftrace) command -v bpftrace >/dev/null 2>&1 ;;
		*) true ;;
	esac
}

run_matrix() {
	local mode cfg rep maxruns=$RUNS
	[ "$SLOW_RUNS" -gt "$maxruns" ] && maxruns=$SLOW_RUNS
	for mode in $MODES; do
		for cfg in $CONFIGS; do
			applies "$mode" "$cfg" && available "$cfg" && TOTAL_STEPS=$((TOTAL_STEPS + $(cfg_runs "$cfg")))
		done
	done
	for cfg in $CONFIGS; do
		available "$cfg" || for mode in $MODES; do
			applies "$mode" "$cfg" && printf '%s\t%s\t%s\n' "$mode" "$cfg" "not installed" >>"$FAILS"
		done
	done
	# interleaved: run r of every configuration, then run r+1, so drift
	# on the machine spreads over all of them alike
	for mode in $MODES; do
		for ((rep = 1; rep <= maxruns; rep++)); do
			for cfg in $CONFIGS; do
				if ! applies "$mode" "$cfg" || ! available "$cfg"; then continue; fi
				[ "$rep" -le "$(cfg_runs "$cfg")" ] || continue
				run_one "$mode" "$cfg" "$rep"
			done
		done
	done
}

# ---------------------------------------------------------------- extra metrics

# median of the numbers on stdin
median() {
	sort -g | awk '{ v[NR] = $1 } END { if (!NR) { print ""; exit }
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# launch to first event: `sctrace -o FILE -- true`, until FILE's first byte
# (the execve line) and until sctrace exits; plus `true` alone
measure_launch() {
	local i
	: >"$T/launch.tsv"
	for ((i = 1; i <= RUNS; i++)); do
		"$WL" launch "$T/first.txt" "$SCTRACE" -o "$T/first.txt" -- /bin/true >"$T/out" 2>"$T/err"
		launch_line sctrace >>"$T/launch.tsv"
		"$WL" launch "$T/none.txt" /bin/true >"$T/out" 2>"$T/err"
		launch_line true >>"$T/launch.tsv"
		# the same with a program that stamps the time it starts: splits
		# the latency into sctrace's setup and the wait for the first write
		"$WL" launch "$T/first.txt" "$SCTRACE" -o "$T/first.txt" -- "$WL" stamp >"$T/out" 2>"$T/err"
		launch_line stamp >>"$T/launch.tsv"
		log "launch latency run $i/$RUNS: $(awk '$1 == "sctrace" { s = sprintf("first event %.1f ms, whole run %.1f ms", $2 / 1e6, $3 / 1e6) }
			$1 == "stamp" { e = sprintf(", command started at %.1f ms", $4 / 1e6) } END { print s e }' "$T/launch.tsv")"
	done
	rm -f "$T/first.txt"
}

# one line "what first_event_ns total_ns exec_ns" from a launch run's output
launch_line() {
	awk -v what="$1" '/^WL mode=/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
		END { e = (v["now_ns"] != "") ? v["now_ns"] - v["start_ns"] : -1
			if (v["total_ns"] != "") print what, v["first_event_ns"], v["total_ns"], e }' "$T/out"
}

# BPF ids (map_id / prog_id) of the fds a process holds
fd_ids() {
	local pid=$1 key=$2 f
	for f in /proc/"$pid"/fdinfo/*; do
		sed -n "s/^$key:[[:space:]]*//p" "$f" 2>/dev/null
	done | sort -un
}

# start sctrace (extra args) in the background; sets SCT_PID; 0 when attached
start_sctrace_bg() {
	"$SCTRACE" "$@" 2>"$T/bgerr" &
	SCT_PID=$!
	BG_PIDS="$BG_PIDS $SCT_PID"
	local i
	for ((i = 0; i < 400; i++)); do
		grep -q attached "$T/bgerr" 2>/dev/null && return 0
		kill -0 "$SCT_PID" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

stop_bg() {
	kill -INT "$1" 2>/dev/null
	wait "$1" 2>/dev/null
}

# BPF map memory: what `bpftool map show` says of sctrace's maps while it runs
measure_maps() {
	: >"$T/maps.tsv"
	if ! start_sctrace_bg -p "$SLEEPER" -o /dev/null; then
		log "map memory: sctrace did not start: $(head -n 1 "$T/bgerr")"
		stop_bg "$SCT_PID"
		return
	fi
	local id
	for id in $(fd_ids "$SCT_PID" map_id); do
		bpftool -j map show id "$id" 2>/dev/null |
			jq -r '[.name, .type, .max_entries, .bytes_memlock] | @tsv' >>"$T/maps.tsv"
	done
	stop_bg "$SCT_PID"
	log "map memory: $(awk -F'\t' '{ s += $4 } END { printf "%d maps, %.1f MiB", NR, s / 1048576 }' "$T/maps.tsv")"
}

# Where the time goes: kernel.bpf_stats_enabled for the per-call cost of
# sctrace's programs (filtered-out path and traced path), and sctrace's own
# CPU per record while it traces a getppid loop as JSON.
prog_stats() {  # pid -> "name run_cnt run_time_ns verified_insns" per program
	local f id cnt ns vi
	for f in /proc/"$1"/fdinfo/*; do
		grep -q '^verified_insns:' "$f" 2>/dev/null || continue  # program fds only
		awk '{ v[$1] = $2 } END { print v["prog_id:"], v["run_cnt:"] + 0, v["run_time_ns:"] + 0, v["verified_insns:"] }' "$f"
	done | sort -un | while read -r id cnt ns vi; do
		printf '%s\t%s\t%s\t%s\n' "$(bpftool -j prog show id "$id" 2>/dev/null | jq -r .name)" "$cnt" "$ns" "$vi"
	done
}

# Program load (verifier) time: bpf(BPF_PROG_LOAD) durations as strace -T
# sees them while sctrace starts, the main part of the launch latency
measure_load() {
	: >"$T/load.tsv"
	command -v strace >/dev/null 2>&1 || return
	strace -f -T -e trace=bpf -o "$T/load.strace" "$SCTRACE" -o /dev/null -- /bin/true >/dev/null 2>&1
	sed -n 's/.*BPF_PROG_LOAD.*prog_name="\([^"]*\)".*<\([0-9.]*\)>$/\1\t\2/p' "$T/load.strace" >"$T/load.tsv"
	awk 'match($0, /bpf\(BPF_[A-Z_]+/) { c = substr($0, RSTART + 4, RLENGTH - 4)
			if (match($0, /<[0-9.]+>$/)) { t = substr($0, RSTART + 1, RLENGTH - 2); s[c] += t; all += t }
			n[c]++; nall++ }
		END { for (c in n) printf "cmd\t%s\t%d\t%f\n", c, n[c], s[c]; printf "all\tall bpf() calls\t%d\t%f\n", nall, all }' \
		"$T/load.strace" >>"$T/load.tsv"
	log "program load times measured"
}

measure_costs() {
	: >"$T/costs.tsv"
	local old
	old=$(sysctl -n kernel.bpf_stats_enabled 2>/dev/null) || { log "no kernel.bpf_stats_enabled"; return; }
	sysctl -q -w kernel.bpf_stats_enabled=1 || return

	# 1. filtered out: sctrace -p SLEEPER while the workload runs untraced
	if start_sctrace_bg -p "$SLEEPER" -o /dev/null; then
		"$WL" getppid "$(iters getppid fast)" >/dev/null
		prog_stats "$SCT_PID" | awk -F'\t' '{ print "filtered\t" $0 }' >>"$T/costs.tsv"
	fi
	stop_bg "$SCT_PID"

	# 2. traced: attach to a running getppid loop for about 2 s, once as
	# JSON and once as text, written to a file in tmpfs (to count records)
	local dir=$FILEDIR fmt
	for fmt in json text; do
		"$WL" getppid 30000000 >/dev/null &
		local w=$!
		BG_PIDS="$BG_PIDS $w"
		local out="$dir/cost.$fmt" fl=
		[ "$fmt" = json ] && fl=--json
		# shellcheck disable=SC2086  # $fl: no option or one word
		if start_sctrace_bg $fl -p "$w" -o "$out"; then
			local t0 t1 c0 c1 l0 l1
			sleep 0.5
			read -r c0 < <(awk '{ print $14 + $15 }' "/proc/$SCT_PID/stat")
			l0=$(wc -l <"$out")
			t0=$(date +%s%N)
			sleep 2
			read -r c1 < <(awk '{ print $14 + $15 }' "/proc/$SCT_PID/stat")
			l1=$(wc -l <"$out")
			t1=$(date +%s%N)
			[ "$fmt" = json ] && prog_stats "$SCT_PID" | awk -F'\t' '{ print "traced\t" $0 }' >>"$T/costs.tsv"
			printf 'consumer\t%s\t%s\t%s\t%s\t%s\n' "$((c1 - c0))" "$(getconf CLK_TCK)" "$((l1 - l0))" "$((t1 - t0))" "$fmt" >>"$T/costs.tsv"
		fi
		stop_bg "$SCT_PID"
		kill "$w" 2>/dev/null
		wait "$w" 2>/dev/null
		rm -f "$out"
	done

	# 3. the floor's empty programs, for comparison: floor runs a script
	# that runs the loop, then says it is done and waits to be killed
	rm -f "$T/floor.done"
	# shellcheck disable=SC2016  # expanded by that sh
	"$FLOOR" -- sh -c '"$1" getppid "$2" >/dev/null; echo $$ >"$3.tmp"; mv "$3.tmp" "$3"; exec sleep 60' \
		sh "$WL" "$(iters getppid fast)" "$T/floor.done" &
	local fp=$! i
	BG_PIDS="$BG_PIDS $fp"
	for ((i = 0; i < 1200; i++)); do
		[ -s "$T/floor.done" ] && break
		kill -0 "$fp" 2>/dev/null || break
		sleep 0.05
	done
	if [ -s "$T/floor.done" ]; then
		prog_stats "$fp" | awk -F'\t' '{ print "floor\t" $0 }' >>"$T/costs.tsv"
		kill "$(cat "$T/floor.done")" 2>/dev/null
	fi
	wait "$fp" 2>/dev/null

	sysctl -q -w kernel.bpf_stats_enabled="$old"
	log "BPF program costs measured"
}

# Per-call cost of the syscall programs in bpf_stats (run_time_ns / run_cnt
# of each program over a 1.5 s window, started once the loop runs): the
# getppid loop untraced under the floor's empty programs, under sctrace -p
# of another process (filtered out), and traced by sctrace -p (text, and
# JSON, to /dev/null).  The loop and sctrace run SCHED_FIFO on CPUs of their own
# when there are two: the window then holds no preemption by other load
# (the programs run preemptible).  BENCH_RUNS rounds, medians.
bpf_snap() {  # pid -> "name run_cnt run_time_ns" of its syscall programs
	local f
	for f in /proc/"$1"/fdinfo/*; do
		grep -q '^verified_insns:' "$f" 2>/dev/null || continue
		awk '{ v[$1] = $2 } END { print v["prog_id:"], v["run_cnt:"] + 0, v["run_time_ns:"] + 0 }' "$f"
	done | sort -un | while read -r id cnt ns; do
		printf '%s %s %s\n' "$(bpftool -j prog show id "$id" 2>/dev/null | jq -r .name)" "$cnt" "$ns"
	done | grep -E '^(sys_enter|sys_exit|floor_)' | sort
}

bpf_window() {  # case pid: one line "case prog ns_per_run" per program
	bpf_snap "$2" >"$T/bs.a"
	sleep 1.5
	bpf_snap "$2" >"$T/bs.b"
	join "$T/bs.a" "$T/bs.b" | awk -v c="$1" '$4 > $2 { printf "%s\t%s\t%.1f\n", c, $1, ($5 - $3) / ($4 - $2) }'
}

measure_bpf_stats() {
	: >"$T/bpfstats.tsv"
	local old i w pin_wl="" pin_sct=""
	old=$(sysctl -n kernel.bpf_stats_enabled 2>/dev/null) || return
	sysctl -q -w kernel.bpf_stats_enabled=1 || return
	if [ "$(nproc)" -ge 2 ] && command -v chrt >/dev/null && command -v taskset >/dev/null; then
		pin_wl="taskset -c 1 chrt -f 10"
		pin_sct="taskset -c 0 chrt -f 10"
	fi
	for ((i = 1; i <= RUNS; i++)); do
		# shellcheck disable=SC2086  # $pin_*: a command prefix or nothing
		$pin_wl "$FLOOR" -- "$WL" getppid 200000000 >/dev/null 2>&1 &
		w=$!
		BG_PIDS="$BG_PIDS $w"
		sleep 0.5
		bpf_window floor "$w" >>"$T/bpfstats.tsv"
		kill "$w" 2>/dev/null
		pkill -P "$w" 2>/dev/null
		wait "$w" 2>/dev/null
		local tag
		for tag in filtered traced tracedjson; do
			# shellcheck disable=SC2086
			$pin_wl "$WL" getppid 200000000 >/dev/null &
			w=$!
			BG_PIDS="$BG_PIDS $w"
			local target=$SLEEPER fl=
			[ "$tag" = filtered ] || target=$w
			[ "$tag" = tracedjson ] && fl=--json
			# shellcheck disable=SC2086  # (taskset and chrt exec: the pid is sctrace's)
			$pin_sct "$SCTRACE" $fl -p "$target" -o /dev/null 2>"$T/bgerr" &
			SCT_PID=$!
			BG_PIDS="$BG_PIDS $SCT_PID"
			local j
			for ((j = 0; j < 400; j++)); do
				grep -q attached "$T/bgerr" 2>/dev/null && break
				kill -0 "$SCT_PID" 2>/dev/null || break
				sleep 0.05
			done
			if grep -q attached "$T/bgerr" 2>/dev/null; then
				sleep 0.3
				bpf_window "$tag" "$SCT_PID" >>"$T/bpfstats.tsv"
			fi
			stop_bg "$SCT_PID"
			kill "$w" 2>/dev/null
			wait "$w" 2>/dev/null
		done
		log "bpf_stats round $i/$RUNS: $(tail -n 8 "$T/bpfstats.tsv" | awk -F'\t' -v ORS=' ' '{ print $1 "/" $2 " " $3 }')"
	done
	sysctl -q -w kernel.bpf_stats_enabled="$old"
}

# median ns per run of a program in a case of measure_bpf_stats
bpf_ns() { awk -F'\t' -v c="$1" -v p="$2" '$1 == c && $2 == p { print $3 }' "$T/bpfstats.tsv" | median; }

# ---------------------------------------------------------------- report

# stat MODE CFG FIELD: median|min|max|n|lostmax|rssmax|nsrec (median consumer
# ns per record)|freezemax
stat_of() {
	local mode=$1 cfg=$2 what=$3
	case $what in
		median) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c { print $3 }' "$RESULTS" | median ;;
		min) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c { print $3 }' "$RESULTS" | sort -g | head -n 1 ;;
		max) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c { print $3 }' "$RESULTS" | sort -g | tail -n 1 ;;
		n) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c { n++ } END { print n + 0 }' "$RESULTS" ;;
		lostmax) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c && $4 != "-" { if ($4 > x) x = $4; s = 1 } END { print s ? x + 0 : "-" }' "$RESULTS" ;;
		rssmax) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c && $5 != "-" { if ($5 > x) x = $5; s = 1 } END { print s ? x + 0 : "-" }' "$RESULTS" ;;
		nsrec) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c && $8 != "-" && $8 != "" { print $8 }' "$RESULTS" | median ;;
		freezemax) awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c && $9 != "-" && $9 != "" { if ($9 > x) x = $9; s = 1 } END { print s ? x + 0 : "-" }' "$RESULTS" ;;
	esac
}

fmt_ns() { awk -v v="$1" 'BEGIN { if (v == "") print "-"; else if (v >= 100000) printf "%.0f", v; else if (v >= 100) printf "%.0f", v; else printf "%.1f", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f×", a / b }'; }
ratio_num() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print ""; else printf "%.4f", a / b }'; }

mode_title() {
	case $1 in
		getppid)  echo "getppid loop (ns per call)" ;;
		openrc)   echo "openat + read + close loop (ns per call, 3 calls an iteration)" ;;
		threads)  echo "8 threads, getppid loop each (wall ns per call, all threads' calls)" ;;
		forkexec) echo "fork + execve + exit + wait4 loop (ns per iteration, not per call)" ;;
		spin)     echo "CPU-bound: about 1 ms of arithmetic, then one getppid (ns per iteration)" ;;
	esac
}

# lost counts of each run, in run order
lost_list() {
	awk -F'\t' -v m="$1" -v c="$2" '$1 == m && $2 == c { printf "%s%s", sep, $4; sep = ", " }' "$RESULTS"
}

fail_reason() {
	awk -F'\t' -v m="$1" -v c="$2" '$1 == m && $2 == c { print $3; exit }' "$FAILS"
}

# met? for "value <= limit" (or >= with ge)
verdict() {
	awk -v v="$1" -v l="$2" -v op="${3:-le}" 'BEGIN { if (v == "") print "n/a";
		else if ((op == "le" && v + 0 <= l + 0) || (op == "ge" && v + 0 >= l + 0)) print "yes"; else print "**no**" }'
}

write_doc() {
	local mode cfg med base floor n lost rss why
	local kernel cpu mem date_s commit strace_v perf_v bt_v
	kernel=$(uname -r)
	cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
	mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
	date_s=$(date -u '+%Y-%m-%d %H:%M UTC')
	commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
	if ! git -C "$ROOT" diff --quiet HEAD -- src bpf include 2>/dev/null; then
		commit="$commit + uncommitted changes"
	fi
	strace_v=$(strace -V 2>/dev/null | head -n 1)
	perf_v=$(perf version 2>/dev/null | head -n 1)
	bt_v=$(bpftrace --version 2>/dev/null | head -n 1)
	local elapsed=$(($(date +%s) - BENCH_START))

	{
	echo "# sctrace performance"
	echo
	echo "Generated by \`bench/run.sh\` (\`make bench\`) on $date_s; do not edit by hand,"
	echo "run the benchmark again instead. Every number below was measured in that run."
	echo
	echo "- Command: \`make bench\` (= \`bash bench/run.sh\`; BENCH_RUNS=$RUNS BENCH_SLOW_RUNS=$SLOW_RUNS BENCH_SCALE=$SCALE), $elapsed s in all"
	echo "- Machine: Linux $kernel, $(nproc) CPUs ($cpu), $mem; load average $LOAD_BEFORE before the runs, $LOAD_AFTER after"
	echo "- sctrace: commit $commit; $strace_v; $perf_v; $bt_v"
	echo
	echo "Each workload (\`bench/workload.c\`) times its own loop with \`clock_gettime(CLOCK_MONOTONIC)\`"
	echo "and makes its calls with \`syscall(__NR_...)\`; a tenth of the loop runs untimed first."
	echo "The numbers are medians of $RUNS runs ($SLOW_RUNS for strace, perf trace and bpftrace),"
	echo "the configurations interleaved run by run. strace and perf trace run fewer iterations"
	echo "(they are 100× slower); the per-call cost does not depend on the count."
	echo

	echo "## Targets"
	echo
	echo "| target | goal | measured | met? |"
	echo "| --- | --- | --- | --- |"
	for mode in $MODES; do
		base=$(stat_of "$mode" untraced median)
		med=$(stat_of "$mode" json median)
		local r lostm
		r=$(ratio_num "$med" "$base")
		lostm=$(stat_of "$mode" json lostmax)
		local ok
		ok=$(verdict "$r" 3.0)
		[ "$ok" = yes ] && [ "$lostm" != 0 ] && ok="**no** (lost)"
		echo "| JSON to /dev/null, $mode | ≤ 3.0× untraced, 0 lost | $(ratio "$med" "$base") untraced, $lostm lost | $ok |"
	done
	for mode in $MODES; do
		floor=$(stat_of "$mode" floor median)
		med=$(stat_of "$mode" filtered median)
		echo "| filtered out, $mode | ≤ 1.15× floor | $(ratio "$med" "$floor") floor | $(verdict "$(ratio_num "$med" "$floor")" 1.15) |"
	done
	local sct st pf
	sct=$(stat_of getppid text median)
	st=$(stat_of getppid strace median)
	pf=$(stat_of getppid perf median)
	if [ -n "$st" ]; then
		echo "| vs strace -f, getppid (text to /dev/null both) | ≥ 150× faster | $(ratio "$st" "$sct") | $(verdict "$(ratio_num "$st" "$sct")" 150 ge) |"
	else
		echo "| vs strace -f, getppid | ≥ 150× faster | strace did not run: $(fail_reason getppid strace) | n/a |"
	fi
	if [ -n "$pf" ]; then
		echo "| vs perf trace, getppid (text to /dev/null both) | ≥ 40× faster | $(ratio "$pf" "$sct") | $(verdict "$(ratio_num "$pf" "$sct")" 40 ge) |"
	else
		echo "| vs perf trace, getppid | ≥ 40× faster | perf trace did not run: $(fail_reason getppid perf) | n/a |"
	fi
	local ty tx
	ty=$(stat_of openrc texty median)
	tx=$(stat_of openrc text median)
	if [ -n "$ty" ] && [ -n "$tx" ]; then
		echo "| -y, openrc (text to /dev/null both) | ≤ 1.5× without -y | $(ratio "$ty" "$tx") without -y | $(verdict "$(ratio_num "$ty" "$tx")" 1.5) |"
	fi
	local tk
	tk=$(stat_of openrc textk median)
	if [ -n "$tk" ] && [ -n "$tx" ]; then
		echo "| -k, openrc (text to /dev/null both) | reported | $(ratio "$tk" "$tx") without -k | reported |"
	fi
	# sctrace's own CPU time per ring record (SCTRACE_STATS), median of runs
	local pr
	pr=$(stat_of getppid json nsrec)
	echo "| consumer CPU per record, JSON, getppid | ≤ 120 ns | ${pr:+$(fmt_ns "$pr") ns} | $(verdict "$pr" 120) |"
	pr=$(stat_of getppid text nsrec)
	echo "| consumer CPU per record, text, getppid | ≤ 90 ns | ${pr:+$(fmt_ns "$pr") ns} | $(verdict "$pr" 90) |"
	# lossless: nothing lost in any threads run as JSON (to /dev/null or a
	# file), and each file run holds exactly one getppid line a call made,
	# warm-up included
	local jl fl exact nf ok
	jl=$(stat_of threads json lostmax)
	fl=$(stat_of threads jsonfile lostmax)
	read -r exact nf < <(awk -F'\t' '$1 == "threads" { n++; if ($4 == $3 + $5) e++ } END { print e + 0, n + 0 }' "$T/filelines.tsv" 2>/dev/null)
	ok=n/a
	if [ "${nf:-0}" -gt 0 ] && [ "$jl" != - ] && [ "$fl" != - ]; then
		ok=yes
		{ [ "$jl" != 0 ] || [ "$fl" != 0 ] || [ "$exact" != "$nf" ]; } && ok="**no**"
	fi
	echo "| lossless (default), threads, JSON: records == calls | 0 lost, one getppid line a call | lost max $jl a run (/dev/null), $fl (file); file runs with getppid lines == calls: ${exact:-0} of ${nf:-0} | $ok |"
	local ll lm
	med=$(stat_of threads json median)
	ll=$(stat_of threads jsonlossy median)
	lm=$(stat_of threads jsonlossy lostmax)
	echo "| lossless slowdown vs --lossy, threads, JSON (to /dev/null both) | reported | $(ratio "$med" "$ll") --lossy (--lossy lost up to $lm a run) | reported |"
	# CPU-bound with a call a millisecond: the tracer costs nothing visible
	local sp fz
	base=$(stat_of spin untraced median)
	sp=$(stat_of spin text median)
	fz=$(stat_of spin text freezemax)
	ok=$(verdict "$(ratio_num "$sp" "$base")" 1.02)
	[ "$ok" = yes ] && [ "$fz" != 0 ] && ok="**no** (froze)"
	echo "| CPU-bound with few syscalls (spin), text: slowdown within noise | ≤ 1.02× untraced, no freeze | $(ratio "$sp" "$base") untraced, freezes max $fz a run | $ok |"
	local first_ms rss_mb
	first_ms=$(awk '$1 == "sctrace" && $2 >= 0 { print $2 / 1e6 }' "$T/launch.tsv" 2>/dev/null | median)
	echo "| launch to first event (\`sctrace -o FILE -- true\`) | ≤ 150 ms | ${first_ms:+$(printf '%.1f' "$first_ms") ms} | $(verdict "$first_ms" 150) |"
	# the syscall programs' own time per traced call (bpf_stats, medians),
	# less what bpf_stats gives the floor's empty program (its own two
	# clock reads a run, about 50 ns here: no program could be under it)
	local be bx
	be=$(awk -v a="$(bpf_ns traced sys_enter_btf)" -v f="$(bpf_ns floor floor_enter)" 'BEGIN { if (a != "" && f != "") print a - f }')
	bx=$(awk -v a="$(bpf_ns traced sys_exit_btf)" -v f="$(bpf_ns floor floor_exit)" 'BEGIN { if (a != "" && f != "") print a - f }')
	echo "| BPF sys_enter per traced getppid call, text (bpf_stats less the empty program's) | ≤ 50 ns | ${be:+$(printf '%.0f' "$be") ns} | $(verdict "$be" 50) |"
	echo "| BPF sys_exit per traced getppid call, text (bpf_stats less the empty program's) | ≤ 110 ns | ${bx:+$(printf '%.0f' "$bx") ns} | $(verdict "$bx" 110) |"
	rss_mb=$(awk -F'\t' '($2 == "text" || $2 == "texty" || $2 == "json" || $2 == "jsonfile" || $2 == "jsonlossy" || $2 == "filtered") && $5 != "-" { if ($5 > x) x = $5 } END { if (x) print x / 1024 }' "$RESULTS")
	echo "| peak RSS of sctrace (all its runs) | ≤ 30 MB | ${rss_mb:+$(printf '%.1f' "$rss_mb") MiB} | $(verdict "$rss_mb" 30) |"
	echo

	for mode in $MODES; do
		echo "## $(mode_title "$mode")"
		echo
		echo "| configuration | iterations | runs | median | min–max | × untraced | × floor | lost (max/run) | consumer ns/record |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
		base=$(stat_of "$mode" untraced median)
		floor=$(stat_of "$mode" floor median)
		for cfg in $CONFIGS; do
			applies "$mode" "$cfg" || continue
			n=$(stat_of "$mode" "$cfg" n)
			if [ "$n" = 0 ]; then
				why=$(fail_reason "$mode" "$cfg")
				echo "| $(cfg_label "$cfg") | $(iters "$mode" "$(cfg_class "$cfg")") | 0 | could not run: ${why:-unknown} | | | | | |"
				continue
			fi
			med=$(stat_of "$mode" "$cfg" median)
			echo "| $(cfg_label "$cfg") | $(iters "$mode" "$(cfg_class "$cfg")") | $n | $(fmt_ns "$med") | $(fmt_ns "$(stat_of "$mode" "$cfg" min)")–$(fmt_ns "$(stat_of "$mode" "$cfg" max)") | $(ratio "$med" "$base") | $(ratio "$med" "$floor") | $(stat_of "$mode" "$cfg" lostmax) | $(pr=$(stat_of "$mode" "$cfg" nsrec); [ -n "$pr" ] && fmt_ns "$pr" || echo -) |"
		done
		echo
		# how quiet the machine was: spread of the untraced runs, load average
		awk -F'\t' -v m="$mode" '$1 == m { if ($2 == "untraced") { if (!lo || $3 < lo) lo = $3; if ($3 > hi) hi = $3 }
				if (lmin == "" || $7 < lmin) lmin = $7; if ($7 > lmax) lmax = $7 }
			END { if (!lo) exit
				printf "Untraced runs spread %.2f× (max/min); 1-minute load average %s–%s at the start of these runs%s.\n",
					hi / lo, lmin, lmax, (hi / lo > 1.3) ? ": **the machine was busy with other work, these numbers are noisy**" : "" }' "$RESULTS"
		echo
	done

	echo "## Other measurements"
	echo
	echo "| metric | value |"
	echo "| --- | --- |"
	for mode in getppid threads; do
		med=$(stat_of "$mode" json median)
		[ -n "$med" ] || continue
		echo "| events/s delivered, $mode loop at full speed traced as JSON to /dev/null (calls / elapsed, median) | $(awk -v v="$med" 'BEGIN { printf "%.0f", 1e9 / v }'); lost per run: $(lost_list "$mode" json) of $(iters "$mode" fast) calls (+10% warm-up) |"
	done
	if [ -s "$T/filelines.tsv" ]; then
		awk -F'\t' '$1 == "getppid" { n++; if ($2 < $3) short++ } END { if (n) printf "| JSON to a file, getppid: runs whose file had fewer lines than calls made | %d of %d |\n", short, n }' "$T/filelines.tsv"
	fi
	for cfg in filtered text texty textk json jsonfile jsonlossy; do
		local lsum
		lsum=$(awk -F'\t' -v c="$cfg" '$2 == c && $4 != "-" { s += $4; n++ } END { if (n) printf "%d in %d runs", s, n }' "$RESULTS")
		echo "| lost events, $(cfg_label "$cfg"), all workloads | ${lsum:--} |"
	done
	if [ -s "$T/launch.tsv" ]; then
		echo "| launch to first event: \`sctrace -o FILE -- true\` until FILE has its first byte (median) | $(awk '$1 == "sctrace" && $2 >= 0 { print $2 / 1e6 }' "$T/launch.tsv" | median | xargs printf '%.1f') ms |"
		echo "| whole run of \`sctrace -o FILE -- true\` (median) | $(awk '$1 == "sctrace" { print $3 / 1e6 }' "$T/launch.tsv" | median | xargs printf '%.1f') ms |"
		echo "| whole run of \`true\` alone (median) | $(awk '$1 == "true" { print $3 / 1e6 }' "$T/launch.tsv" | median | xargs printf '%.1f') ms |"
		echo "| of the launch latency: start of sctrace to the command's exec (setup: load, attach; median) | $(awk '$1 == "stamp" && $4 >= 0 { print $4 / 1e6 }' "$T/launch.tsv" | median | xargs printf '%.1f') ms |"
		echo "| of the launch latency: the command's exec to the first byte written (median) | $(awk '$1 == "stamp" && $4 >= 0 && $2 >= 0 { print ($2 - $4) / 1e6 }' "$T/launch.tsv" | median | xargs printf '%.1f') ms |"
	fi
	for cfg in filtered text texty textk json jsonfile jsonlossy; do
		rss=$(awk -F'\t' -v c="$cfg" '$2 == c && $5 != "-" { if ($5 > x) x = $5 } END { if (x) printf "%.1f", x / 1024 }' "$RESULTS")
		echo "| peak RSS, $(cfg_label "$cfg") (max over runs) | ${rss:--} MiB |"
	done
	if [ -s "$T/maps.tsv" ]; then
		echo "| BPF map memory of sctrace (bpftool memlock, all maps) | $(awk -F'\t' '{ s += $4 } END { printf "%.2f MiB in %d maps", s / 1048576, NR }' "$T/maps.tsv") |"
	fi
	echo
	if [ -s "$T/maps.tsv" ]; then
		echo "BPF maps of a running sctrace (\`bpftool map show\`, default options):"
		echo
		echo "| map | type | max_entries | memlock |"
		echo "| --- | --- | ---: | ---: |"
		awk -F'\t' '{ printf "| %s | %s | %s | %.1f KiB |\n", $1, $2, $3, $4 / 1024 }' "$T/maps.tsv"
		echo
	fi
	if [ -s "$T/bpfstats.tsv" ]; then
		echo "## BPF programs per getppid call (bpf_stats)"
		echo
		echo "\`kernel.bpf_stats_enabled=1\`: run_time_ns / run_cnt of each syscall program over 1.5 s of the"
		echo "getppid loop, median of $RUNS rounds (the loop and sctrace SCHED_FIFO on CPUs of their own, so"
		echo "that no other load preempts the programs inside the window).  The kernel's accounting itself"
		echo "(two clock reads a run) is in every figure: the floor's empty programs show how much."
		echo "Text without -t/-r/-T reads no clock for the call (nothing shows its time); JSON reads it twice."
		echo
		echo "| case | sys_enter ns/run | sys_exit ns/run | both | both − floor |"
		echo "| --- | ---: | ---: | ---: | ---: |"
		local c e x fl
		fl=$(awk -v a="$(bpf_ns floor floor_enter)" -v b="$(bpf_ns floor floor_exit)" 'BEGIN { if (a != "" && b != "") print a + b }')
		for c in floor filtered traced tracedjson; do
			if [ "$c" = floor ]; then
				e=$(bpf_ns floor floor_enter)
				x=$(bpf_ns floor floor_exit)
			else
				e=$(bpf_ns "$c" sys_enter_btf)
				x=$(bpf_ns "$c" sys_exit_btf)
			fi
			[ -n "$e" ] && [ -n "$x" ] || continue
			awk -v c="$c" -v e="$e" -v x="$x" -v f="$fl" 'BEGIN {
				d = (f == "") ? "-" : sprintf("%.1f", e + x - f)
				printf "| %s | %.1f | %.1f | %.1f | %s |\n", c, e, x, e + x, d }'
		done | sed 's/^| floor |/| floor (empty programs) |/; s/^| filtered |/| sctrace, filtered out (-p of another pid) |/; s/^| traced |/| sctrace -p, traced (text to \/dev\/null) |/; s/^| tracedjson |/| sctrace -p --json, traced (to \/dev\/null) |/'
		echo
	fi
	if [ -s "$T/costs.tsv" ]; then
		echo "## Where the time goes"
		echo
		echo "Separate runs with \`kernel.bpf_stats_enabled=1\` (which itself adds two clock reads per program run):"
		echo "average time per run of each BPF program, and sctrace's own CPU time per record written."
		echo
		echo "| case | program | runs | ns per run |"
		echo "| --- | --- | ---: | ---: |"
		awk -F'\t' '$1 != "consumer" && $3 > 0 { printf "| %s | %s | %d | %.0f |\n", $1, $2, $3, $4 / $3 }' "$T/costs.tsv"
		echo
		echo "sctrace itself (the consumer) while it traces a getppid loop (\`sctrace -p\`) for 2 s into a file"
		echo "in $FILEDIR_DESC, counting its lines; its CPU time from /proc/PID/stat:"
		echo
		echo "| output | records/s | consumer CPU per record | consumer CPU use |"
		echo "| --- | ---: | ---: | ---: |"
		awk -F'\t' '$1 == "consumer" && $4 > 0 { cpu_ns = $2 / $3 * 1e9;
			printf "| %s | %.0f | %.0f ns | %.0f%% of a CPU |\n", $6, $4 / ($5 / 1e9), cpu_ns / $4, cpu_ns / $5 * 100 }' "$T/costs.tsv"
		echo
	fi
	if [ -s "$T/load.tsv" ]; then
		echo "Loading sctrace's BPF programs, seen by \`strace -T -e trace=bpf sctrace -o /dev/null -- true\`:"
		echo "the time in each \`bpf(BPF_PROG_LOAD)\` (mostly the verifier), and the instructions the verifier"
		echo "processed (\`verified_insns\` in the program fd's fdinfo)."
		echo
		echo "| program | load time | verified insns |"
		echo "| --- | ---: | ---: |"
		awk -F'\t' 'FILENAME == ARGV[1] { if ($1 == "filtered") v[$2] = $5; next }
			$1 != "cmd" && $1 != "all" && $1 != "" { printf "| %s | %.1f ms | %s |\n", $1, $2 * 1000, ($1 in v) ? v[$1] : "-" }' "$T/costs.tsv" "$T/load.tsv"
		echo
		echo "All \`bpf()\` calls while sctrace starts, by command (strace adds some µs to every call, which"
		echo "inflates the many short ones, the map updates, more than the long program loads):"
		echo
		echo "| command | calls | time |"
		echo "| --- | ---: | ---: |"
		awk -F'\t' '$1 == "cmd" || $1 == "all" { printf "| %s | %d | %.1f ms |\n", $2, $3, $4 * 1000 }' "$T/load.tsv" | sort -t'|' -k4 -gr
		echo
	fi
	echo "## Notes"
	echo
	echo "- floor: \`bench/floor.bpf.c\`, empty \`tp_btf/sys_enter\` and \`tp_btf/sys_exit\` programs: the cost"
	echo "  of having any program on the raw_syscalls tracepoints (every task then takes the slow syscall path)."
	echo "- filtered out: \`sctrace -p PID\` of a sleeping process while the workload runs untraced."
	echo "- JSON to a file: a file in $FILEDIR_DESC, removed after each run (a few hundred MB a run: on the"
	echo "  disk, its writeback would go on disturbing the runs after it)."
	echo "- bpftrace: \`bench/pairing.bt\`, entry time per tid in a map, counted and summed per syscall at exit."
	echo "- Peak RSS: GNU time's maximum resident set size of \`sctrace -- workload\` (the workload's own is"
	echo "  about 1 MiB), and VmHWM for \`sctrace -p\`."
	echo "- The ratios vs strace and perf trace compare medians of the getppid loop, sctrace's text to /dev/null."
	echo "- consumer ns/record: sctrace's own CPU time (all its threads, from attach to exit) divided by the ring"
	echo "  records it consumed, as \`SCTRACE_STATS=1\` prints them at exit; median of the runs. It includes the"
	echo "  workload's start and exit, which weigh most where records are few (forkexec, spin)."
	echo "- lost: \`SCTRACE_STATS=1\`'s lost count. sctrace traces a launched command losslessly by default"
	echo "  (its cgroup frozen while the ring buffer is too full); \`--lossy\` turns that off."
	echo "- spin: no strace, perf trace or bpftrace runs (one call a millisecond: they would only add seconds)."
	if [ "$BUSY_RUNS" -gt 0 ]; then
		echo "- **$BUSY_RUNS runs had another process's BPF programs on sys_enter/sys_exit** (pids"
		echo "  $(echo "$BUSY_PIDS" | tr ' ' '\n' | sort -un | tr '\n' ' ' | sed 's/^ //; s/ $//'); marked * below): those runs, untraced ones included, paid for them too."
	else
		echo "- No other program was attached to sys_enter/sys_exit during any run (checked before each)."
	fi
	echo "- Every run (ns per call, lost, freezes), in run order:"
	for mode in $MODES; do
		for cfg in $CONFIGS; do
			awk -F'\t' -v m="$mode" -v c="$cfg" '$1 == m && $2 == c { x = ($4 == "-" || $4 == 0) ? "" : $4 " lost"
					if ($9 != "" && $9 != "-" && $9 != 0) x = x (x == "" ? "" : ", ") $9 " freezes"
					printf "%s%s%s%s", sep, $3, (x == "") ? "" : " (" x ")", ($6 != 0) ? "*" : ""; sep = ", " }
				END { if (sep) print "" }' "$RESULTS" | sed "s/^/  - $mode, $cfg: /"
		done
	done
	local nf
	nf=$(wc -l <"$FAILS")
	if [ "$nf" -gt 0 ]; then
		echo "- Runs that produced no result:"
		sort "$FAILS" | uniq -c | awk '{ c = $1; $1 = ""; sub(/^ /, ""); printf "  - %s (%d)\n", $0, c }' | sed 's/\t/ /g'
	fi
	} >"$T/doc.md"
	mkdir -p "$(dirname "$DOC")"
	mv "$T/doc.md" "$DOC"
	log "wrote $DOC"
}

# ---------------------------------------------------------------- main

need_tools
check_inputs
# a private copy: a rebuild of ./sctrace during the run cannot mix versions
cp "$SCTRACE" "$T/sctrace" || exit 1
SCTRACE=$T/sctrace
sleep 100000 &
SLEEPER=$!
log "sctrace $SCTRACE; workloads $MODES; configurations $CONFIGS"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
run_matrix
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
measure_launch
measure_maps
measure_load
measure_costs
measure_bpf_stats
write_doc
exit 0
