# shellcheck shell=bash
# Storm, overload and failure tests.  Sourced by tests/run.sh (fast sizes,
# the "storm" section) and by tests/storm/run.sh (make test-storm: bigger
# sizes, more repetitions).  Uses the runner's helpers and variables:
# SCT B T BG_PIDS pass fail check has_line has_re no_re wait_for.
#
#   storm_tests fast|full
#
# Everything here must end by itself: every sctrace run is under `timeout`.

# storm_count FILE ERE: lines matching
storm_count() { grep -cE -- "$2" "$1" 2>/dev/null; }

# storm_eq NAME GOT WANT [FILE]
storm_eq() { check "$1" "$([ "$2" = "$3" ]; echo $?)" "got $2, want $3" "${4:-}"; }

# storm_usage NAME RC ARGS...: exit RC, exactly one line on stderr, nothing on stdout
storm_usage() {
	local name=$1 want=$2 rc
	shift 2
	timeout 5 "$@" </dev/null >"$T/u.out" 2>"$T/u.err"
	rc=$?
	check "$name: exit $want, one line on stderr, nothing on stdout" \
		"$([ $rc = "$want" ] && [ "$(wc -l <"$T/u.err")" = 1 ] && [ ! -s "$T/u.out" ] &&
		   grep -q '^sctrace: ' "$T/u.err"; echo $?)" "rc=$rc" "$T/u.err"
}

storm_tests() {
	local full=0 threads=500 forks=1000 vforks=200 clones=500 threxecs=100 runs=3 calls=10000
	local burst_calls=20000 burst_runs=2
	if [ "$1" = full ]; then
		full=1 threads=2000 forks=5000 vforks=2000 clones=3000 threxecs=500 runs=20 calls=10000
		burst_calls=50000 burst_runs=10
	fi
	local rc n i

	# ------------------------------------------------------ many threads
	SCTRACE_STATS=1 timeout 120 $SCT -f --json -o "$T/st-thr.json" -- $B/sc_storm threads $threads 2>"$T/st-thr.err"
	rc=$?
	storm_eq "storm: $threads threads alive at once: exit 0" $rc 0 "$T/st-thr.err"
	storm_eq "storm: $threads threads: one getppid each" \
		"$(storm_count "$T/st-thr.json" '"syscall":"getppid"')" $threads
	storm_eq "storm: $threads threads: every thread's exit, then the process's" \
		"$(storm_count "$T/st-thr.json" '"type":"exit"')" $((threads + 1))
	has_line "storm: $threads threads: no kernel state left, nothing lost" "$T/st-thr.err" \
		'sctrace: stats: inflight=0 lost=0 entry_full=0 unreadable=0 record_full=0'

	# ------------------------------------------------------ fork + exec
	SCTRACE_STATS=1 timeout 300 $SCT -f -o "$T/st-fe.txt" -- $B/sc_storm forkexec $forks 2>"$T/st-fe.err"
	rc=$?
	storm_eq "storm: $forks fork+exec: exit 0" $rc 0 "$T/st-fe.err"
	storm_eq "storm: $forks fork+exec: every child's execve" \
		"$(storm_count "$T/st-fe.txt" '^[0-9]+ +execve\("build/tests/sc_storm", \["build/tests/sc_storm", ("nop"|\.\.\.)\]')" $forks
	# argv is read at execve's entry, where a page the child has not touched
	# since fork may not be mapped yet; sched_process_exec reads it again,
	# and an entry that could not be read is not shown early.
	if true; then
		storm_eq "storm: $forks fork+exec: every child's argv read whole" \
			"$(storm_count "$T/st-fe.txt" '^[0-9]+ +execve\("build/tests/sc_storm", \["build/tests/sc_storm", "nop"\]')" $forks
		grep -E '^[0-9]+ +execve\("build/tests/sc_storm", \["build/tests/sc_storm", \.\.\.\]' "$T/st-fe.txt" | head -3 | sed 's/^/     | /'
	fi
	storm_eq "storm: $forks fork+exec: every child's getppid after its exec" \
		"$(storm_count "$T/st-fe.txt" '^[0-9]+ +getppid\(\) += [0-9]+$')" $forks
	storm_eq "storm: $forks fork+exec: every exit" \
		"$(storm_count "$T/st-fe.txt" '^[0-9]+ +\+\+\+ exited with 0 \+\+\+$')" $((forks + 1))
	storm_eq "storm: $forks fork+exec: each <unfinished ...> resumed" \
		"$(storm_count "$T/st-fe.txt" '<unfinished \.\.\.>$')" "$(storm_count "$T/st-fe.txt" '<\.\.\. [a-z0-9_]+ resumed>')"
	has_re "storm: $forks fork+exec: no kernel state left, nothing lost" "$T/st-fe.err" \
		'^sctrace: stats: inflight=0 lost=0 entry_full=0 '

	# ------------------------------------------------------ vfork
	SCTRACE_STATS=1 timeout 300 $SCT -f -o "$T/st-vf.txt" -- $B/sc_storm vfork $vforks 2>"$T/st-vf.err"
	rc=$?
	storm_eq "storm: $vforks vfork+exec: exit 0" $rc 0 "$T/st-vf.err"
	storm_eq "storm: $vforks vfork+exec: every child's getppid" \
		"$(storm_count "$T/st-vf.txt" '^[0-9]+ +getppid\(\) += [0-9]+$')" $vforks
	storm_eq "storm: $vforks vfork+exec: every vfork returns in the parent" \
		"$(storm_count "$T/st-vf.txt" '^[0-9]+ +(vfork\(|<\.\.\. vfork resumed>).*= [0-9]+$')" $vforks
	storm_eq "storm: $vforks vfork+exec: each <unfinished ...> resumed" \
		"$(storm_count "$T/st-vf.txt" '<unfinished \.\.\.>$')" "$(storm_count "$T/st-vf.txt" '<\.\.\. [a-z0-9_]+ resumed>')"
	has_re "storm: $vforks vfork+exec: no kernel state left" "$T/st-vf.err" '^sctrace: stats: inflight=0 lost=0 '

	# ------------------------------------------------------ clone3
	SCTRACE_STATS=1 timeout 300 $SCT -f --json -o "$T/st-c3.json" -- $B/sc_storm clone3 $clones 2>"$T/st-c3.err"
	rc=$?
	storm_eq "storm: $clones clone3: exit 0" $rc 0 "$T/st-c3.err"
	storm_eq "storm: $clones clone3: the parent's calls" \
		"$(storm_count "$T/st-c3.json" '"syscall":"clone3".*"ret":[1-9]')" $clones
	storm_eq "storm: $clones clone3: every child traced from its first call" \
		"$(storm_count "$T/st-c3.json" '"syscall":"getppid"')" $clones
	storm_eq "storm: $clones clone3: every exit" \
		"$(storm_count "$T/st-c3.json" '"type":"exit"')" $((clones + 1))
	has_re "storm: $clones clone3: no kernel state left" "$T/st-c3.err" '^sctrace: stats: inflight=0 lost=0 '

	# ------------------------------------------------------ exec from a non-leader thread
	SCTRACE_STATS=1 timeout 300 $SCT -f -o "$T/st-tx.txt" -- $B/sc_storm threxec $threxecs 2>"$T/st-tx.err"
	rc=$?
	storm_eq "storm: $threxecs execs from a non-leader thread: exit 0" $rc 0 "$T/st-tx.err"
	storm_eq "storm: $threxecs execs from a non-leader thread: each execve returns 0" \
		"$(storm_count "$T/st-tx.txt" '^[0-9]+ +(<\.\.\. execve resumed>\)|execve\("build/tests/sc_storm", \["build/tests/sc_storm", "nop"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\)) += 0$')" $threxecs
	storm_eq "storm: $threxecs execs from a non-leader thread: the new program is traced" \
		"$(storm_count "$T/st-tx.txt" '^[0-9]+ +getppid\(\) += [0-9]+$')" $threxecs
	has_re "storm: $threxecs execs from a non-leader thread: no kernel state left" "$T/st-tx.err" \
		'^sctrace: stats: inflight=0 lost=0 '

	# ------------------------------------------------------ exact counts, every run
	local bad=0 got
	for ((i = 0; i < runs; i++)); do
		SCTRACE_STATS=1 timeout 120 $SCT --json -e trace=getppid -- $B/sc_threads 8 $calls \
			>"$T/st-exact.json" 2>"$T/st-exact.err"
		got=$(storm_count "$T/st-exact.json" '"syscall":"getppid"')
		if [ "$got" != $((8 * calls)) ] || ! grep -q 'lost=0 ' "$T/st-exact.err"; then
			bad=$((bad + 1))
			echo "     | run $i: $got getppid records, $(cat "$T/st-exact.err")"
		fi
	done
	storm_eq "storm: 8 threads x $calls getppid reported exactly $((8 * calls)) times, $runs runs of $runs" $bad 0

	# ------------------------------------------------------ overload: a 4 KiB ring
	# sctrace -p attaches to 8 threads that already exist and wait for
	# SIGUSR1: no fork records, so every record is visible in JSON and
	#   getppid records + exit records + lost == 8 x N + 9, exactly.
	bad=0
	local lost_runs=0
	for ((i = 0; i < burst_runs; i++)); do
		rm -f "$T/st-burst.out" "$T/st-ov.json" "$T/st-ov.err"
		$B/sc_storm burst 8 $burst_calls >"$T/st-burst.out" &
		local bp=$!
		BG_PIDS+=("$bp")
		wait_for "$T/st-burst.out" '^ready' 5
		SCTRACE_STATS=1 timeout 120 $SCT -p $bp --json -e trace=getppid --buffer-size 4096 \
			>"$T/st-ov.json" 2>"$T/st-ov.err" &
		local sp=$!
		BG_PIDS+=("$sp")
		wait_for "$T/st-ov.err" 'attached' 5
		kill -USR1 $bp
		wait $bp
		wait $sp
		rc=$?
		local g x l tot stderr_lost stats_lost
		g=$(storm_count "$T/st-ov.json" '"syscall":"getppid"')
		x=$(storm_count "$T/st-ov.json" '"type":"exit"')
		l=$(sed -nE 's/^\{"type":"lost","count":([0-9]+),.*/\1/p' "$T/st-ov.json" | awk '{s += $1} END {print s + 0}')
		tot=$(sed -nE 's/^\{"type":"lost",.*"total":([0-9]+).*/\1/p' "$T/st-ov.json" | tail -1)
		stderr_lost=$(sed -nE 's/^sctrace: ([0-9]+) events lost.*/\1/p' "$T/st-ov.err")
		stats_lost=$(sed -nE 's/^sctrace: stats: .*lost=([0-9]+) .*/\1/p' "$T/st-ov.err")
		[ "$l" -gt 0 ] && lost_runs=$((lost_runs + 1))
		if [ $rc != 0 ] || [ $((g + x + l)) != $((8 * burst_calls + 9)) ] ||
		   [ "${tot:-0}" != "$l" ] || [ "${stderr_lost:-0}" != "$l" ] || [ "$stats_lost" != "$l" ]; then
			bad=$((bad + 1))
			echo "     | run $i: rc=$rc getppid=$g exits=$x lost(json)=$l total=$tot stderr=$stderr_lost stats=$stats_lost want $((8 * burst_calls + 9))"
		fi
	done
	storm_eq "storm: 4 KiB ring, 8 threads x $burst_calls: emitted + lost == generated exactly, $burst_runs runs" $bad 0
	check "storm: 4 KiB ring: the overload did lose records" "$([ $lost_runs -gt 0 ]; echo $?)" "nothing lost: no overload"

	# ------------------------------------------------------ SIGKILL leaves nothing attached
	$SCT -o /dev/null -- $B/sc_storm count 2000000000 &
	local sk=$!
	BG_PIDS+=("$sk")
	local ids=""
	for ((i = 0; i < 100; i++)); do
		ids=$(grep -hE '^(prog_id|link_id):' /proc/$sk/fdinfo/* 2>/dev/null | sort -u | tr -d '\t' | tr '\n' ' ')
		[[ "$ids" == *link_id* ]] && break
		sleep 0.05
	done
	local orphan
	orphan=$(cat /proc/$sk/task/*/children 2>/dev/null)
	kill -9 $sk
	wait $sk 2>/dev/null
	local left=""
	for ((i = 0; i < 40; i++)); do
		left=""
		for id in $ids; do
			case $id in
			prog_id:*) bpftool prog show id "${id#prog_id:}" >/dev/null 2>&1 && left="$left $id" ;;
			link_id:*) bpftool link show id "${id#link_id:}" >/dev/null 2>&1 && left="$left $id" ;;
			esac
		done
		[ -z "$left" ] && break
		sleep 0.1
	done
	check "storm: SIGKILL of sctrace: its programs and links were attached" "$([[ "$ids" == *link_id* ]]; echo $?)" "none seen"
	check "storm: SIGKILL of sctrace: no program or link left behind" "$([ -z "$left" ]; echo $?)" "left:$left"
	[ -n "$orphan" ] && kill -9 $orphan 2>/dev/null  # the command, untraced now

	# ------------------------------------------------------ closed pipe
	timeout 60 $SCT --json -- $B/sc_storm count 200000 2>"$T/st-pipe.err" | head -1 >"$T/st-pipe.out"
	local ps=("${PIPESTATUS[@]}")
	check "storm: closed pipe (--json | head -1): sctrace ends, exit 0" "$([ "${ps[0]}" = 0 ]; echo $?)" "exit ${ps[0]}"
	check "storm: closed pipe: quietly (nothing on stderr)" "$([ ! -s "$T/st-pipe.err" ]; echo $?)" "stderr" "$T/st-pipe.err"
	has_re "storm: closed pipe: the line before it is whole JSON" "$T/st-pipe.out" '^\{"type":"syscall",.*\}$'
	timeout 60 $SCT -o /dev/stdout -- $B/sc_storm count 200000 2>"$T/st-pipe2.err" | head -1 >/dev/null
	ps=("${PIPESTATUS[@]}")
	check "storm: closed pipe (text, -o /dev/stdout | head -1): exit 0, quietly" \
		"$([ "${ps[0]}" = 0 ] && [ ! -s "$T/st-pipe2.err" ]; echo $?)" "exit ${ps[0]}" "$T/st-pipe2.err"

	# ------------------------------------------------------ ENOSPC, EIO
	mkdir -p "$T/tiny"
	if mount -t tmpfs -o size=64k tmpfs "$T/tiny" 2>/dev/null; then
		timeout 60 $SCT -o "$T/tiny/out" -- $B/sc_storm count 100000 >"$T/st-nospc.out" 2>"$T/st-nospc.err"
		rc=$?
		umount "$T/tiny"
		storm_eq "storm: -o on a full filesystem: exit 1" $rc 1 "$T/st-nospc.err"
		has_line "storm: -o on a full filesystem: ENOSPC reported, one line" "$T/st-nospc.err" \
			"sctrace: writing the trace to $T/tiny/out failed: No space left on device"
		storm_eq "storm: -o on a full filesystem: one line on stderr" "$(wc -l <"$T/st-nospc.err")" 1 "$T/st-nospc.err"
	else
		fail "storm: -o on a full filesystem" "cannot mount a tmpfs"
	fi
	timeout 60 $SCT --json -- $B/sc_storm count 100000 >/dev/full 2>"$T/st-full.err"
	rc=$?
	storm_eq "storm: JSON to /dev/full: exit 1" $rc 1 "$T/st-full.err"
	has_line "storm: JSON to /dev/full: ENOSPC reported" "$T/st-full.err" \
		"sctrace: writing the trace to stdout failed: No space left on device"
	timeout 60 $SCT -o /proc/version -- $B/sc_storm count 10 >"$T/st-eio.out" 2>"$T/st-eio.err"
	rc=$?
	storm_eq "storm: -o FILE that fails writes with EIO: exit 1" $rc 1 "$T/st-eio.err"
	has_line "storm: -o FILE that fails writes with EIO: reported, one line" "$T/st-eio.err" \
		"sctrace: writing the trace to /proc/version failed: Input/output error"

	# ------------------------------------------------------ bad input
	local a
	for a in "-p" "-s" "-o" "-e" "-a" "--buffer-size" "--comm" "-e trace=%bogus" "-e trace=nosuch" \
		 "-e trace=!" "-e bogus=1" "--trace=open,%nope" "-s -1" "-s 99999999999999999999" \
		 "-s 1e3" "-a x" "--buffer-size 0" "--buffer-size 3K" "--buffer-size 2G" "--buffer-size -4096" \
		 "-p 2147483648" "-p -1" "-p 0" "-p 1.5" "-p 0x10" "-p abc" "-p 1,x" "--comm=" \
		 "--comm 0123456789abcdef" "-p 1 -- true" "--nonexistent-option" "-Q" "--json=1"; do
		# shellcheck disable=SC2086
		storm_usage "bad input '$a'" 2 $SCT $a
	done
	# `-p ,` once traced the whole system; without privileges the message
	# once blamed the kernel ("lacks BPF ring buffers")
	storm_usage "bad input '-p ,' (no pid at all)" 2 $SCT -p ,
	storm_usage "bad input: nonexistent pid" 1 $SCT -p 4194304
	storm_usage "bad input: nonexistent command" 1 $SCT -- /nonexistent/cmd
	storm_usage "bad input: -o a directory" 1 $SCT -o / -- true
	storm_usage "bad input: -o in a missing directory" 1 $SCT -o /nonexistent/dir/out -- true
	if command -v setpriv >/dev/null; then
		storm_usage "bad input: without privileges" 1 \
			setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all $SCT -- true
		has_re "bad input: without privileges: says what is needed" "$T/u.err" 'root|CAP_BPF'
	fi
}
