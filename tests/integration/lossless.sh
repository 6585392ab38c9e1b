# Lossless tracing (src/lossless.c): a launched command's cgroup is frozen
# while the ring buffer is too full, so that nothing is lost; --lossy
# keeps the counted loss; -p --lossless moves the process and back.
# sc_lossless: 8 threads x 20000 getppid in a child, waited for with
# WUNTRACED|WCONTINUED (it exits 1 on any stop or continue report).
ll_v2=$(awk '$0 ~ / - cgroup2 / { print $5; exit }' /proc/self/mountinfo)
# sctrace makes its cgroup below its own (this shell's) cgroup v2
ll_own=$(sed -n 's|^0::/*||p' /proc/self/cgroup)
ll_cg=$ll_v2${ll_own:+/$ll_own}
if want lossless && [ -z "$ll_v2" ]; then
	echo "SKIP lossless: no cgroup v2 hierarchy mounted here"
elif want lossless; then
	# every call, with the default buffer and with a 64 KiB one (freezes)
	for bs in default 64K; do
		opt=(); [ $bs = default ] || opt=(--buffer-size $bs)
		SCTRACE_STATS=1 $SCT --json -f "${opt[@]}" -e trace=getppid -o "$T/ll-$bs.json" \
			-- $B/sc_lossless 2>"$T/ll-$bs.err"
		check "lossless $bs: the command saw no stop, no continue (exit 0)" $? "exit $?" "$T/ll-$bs.err"
		n=$(grep -c '"syscall":"getppid"' "$T/ll-$bs.json")
		check "lossless $bs: exactly 160000 getppid records" $([ "$n" = 160000 ] && echo 0 || echo 1) "$n" "$T/ll-$bs.err"
		has_line "lossless $bs: 0 lost" "$T/ll-$bs.err" "sctrace: stats: inflight=0 lost=0 entry_full=0 unreadable=0 record_full=0"
		jq_true "lossless $bs: no lost record, 10 exits" "$T/ll-$bs.json" \
			'(map(select(.type == "lost")) | length == 0) and (map(select(.type == "exit")) | length == 10)'
	done
	has_re "lossless 64K: the cgroup was frozen" "$T/ll-64K.err" '^sctrace: stats: freezes=[1-9][0-9]*$'
	# the consumer blocked on a full pipe: the freeze still holds
	SCTRACE_STATS=1 $SCT --json -f --buffer-size 64K -e trace=getppid -- $B/sc_lossless \
		2>"$T/ll-pipe.err" | (sleep 1; cat) > "$T/ll-pipe.json"
	n=$(grep -c '"syscall":"getppid"' "$T/ll-pipe.json")
	check "lossless, output blocked a second: exactly 160000 getppid records" \
		$([ "$n" = 160000 ] && echo 0 || echo 1) "$n" "$T/ll-pipe.err"
	# no signal line either (strace would show none)
	$SCT -f --buffer-size 64K -e trace=none -e signal=all -o "$T/ll-sig.txt" -- $B/sc_lossless 2000
	check "lossless: exit 0" $? "nonzero"
	check "lossless: no signal line" $(grep -q -- '---' "$T/ll-sig.txt" && echo 1 || echo 0) \
		"a signal line" "$T/ll-sig.txt"
	# --lossy, 4 KiB: what is emitted plus what is lost is every record
	$SCT --json -f --lossy --buffer-size 4K -e trace=getppid -o "$T/ll-lossy.json" \
		-- $B/sc_lossless 2>"$T/ll-lossy.err"
	# every record counts: a lost fork record (a thread started while the
	# ring was full) is lost as well as a call's, so the attach lines the
	# fork records make (all but the command's own) are in the sum
	jq_true "lossy 4K: emitted + lost == 160000 calls + 10 exits + 8 forks, exactly" "$T/ll-lossy.json" \
		'(map(select(.type == "syscall" or .type == "exit" or .type == "attach")) | length) - 1 + (map(select(.type == "lost")) | last | .total // 0) == 160018'
	has_re "lossy 4K: the loss is said" "$T/ll-lossy.err" '^sctrace: [0-9]+ events lost '
	# no cgroup left behind once the command is gone (the watchdogs remove
	# them as they see them empty); a cgroup of an sctrace still running
	# (another test run on this machine) is that one's
	for i in $(seq 50); do
		left=0
		for d in "$ll_cg"/sctrace.*; do
			[ -d "$d" ] && ! kill -0 "${d##*.}" 2>/dev/null && left=$((left + 1))
		done
		[ "$left" = 0 ] && break
		sleep 0.1
	done
	check "lossless: the cgroups are removed" $([ "$left" = 0 ] && echo 0 || echo 1) "$left left"
	# sctrace killed (SIGKILL) while the cgroup is frozen: the watchdog
	# thaws it and the command runs to its end
	rm -f "$T/ll.pid"
	( $SCT --json -f --buffer-size 16K -e trace=getppid -- $B/sc_lossless pidfile "$T/ll.pid" 50000 \
		2>/dev/null | sleep 60 ) &
	ll_bg=$!
	for i in $(seq 50); do [ -s "$T/ll.pid" ] && break; sleep 0.1; done
	sleep 3.5   # the child starts its calls after 3 s; the pipe then fills
	# sctrace's pid names its cgroup: the command's (other sctraces on the
	# machine have theirs)
	ll_sct=$(sed -n 's|^0::.*/sctrace\.\([0-9]*\)$|\1|p' "/proc/$(cat "$T/ll.pid")/cgroup" 2>/dev/null)
	frozen=$(cat "$ll_cg/sctrace.$ll_sct/cgroup.freeze" 2>/dev/null)
	check "lossless, output never read: the cgroup is frozen" $([ "$frozen" = 1 ] && echo 0 || echo 1) "freeze=$frozen"
	kill -9 "$ll_sct"
	ll_child=$(cat "$T/ll.pid")
	for i in $(seq 100); do kill -0 "$ll_child" 2>/dev/null || break; sleep 0.1; done
	check "lossless, sctrace SIGKILLed: the command is thawed and ends" \
		$(kill -0 "$ll_child" 2>/dev/null && echo 1 || echo 0) "pid $ll_child still there"
	pkill -P "$ll_bg" sleep 2>/dev/null; wait "$ll_bg" 2>/dev/null
	for i in $(seq 30); do [ -d "$ll_cg/sctrace.$ll_sct" ] || break; sleep 0.1; done
	check "lossless, sctrace SIGKILLed: the watchdog removes the cgroup" \
		$([ -d "$ll_cg/sctrace.$ll_sct" ] && echo 1 || echo 0) "$ll_cg/sctrace.$ll_sct"
	# -p --lossless: moved into sctrace's cgroup while traced, then back
	rm -f "$T/ll.pid"
	$B/sc_lossless pidfile "$T/ll.pid" 30000 > /dev/null &
	ll_bg=$!
	for i in $(seq 50); do [ -s "$T/ll.pid" ] && break; sleep 0.1; done
	ll_child=$(cat "$T/ll.pid")
	before=$(grep '^0::' /proc/$ll_child/cgroup)
	$SCT --lossless -f --buffer-size 64K -p "$ll_child" -e trace=getppid -o "$T/ll-p.txt" &
	ll_sctp=$!
	sleep 1
	during=$(grep '^0::' /proc/$ll_child/cgroup)
	check "lossless -p: the process is in sctrace's cgroup" \
		$([[ $during == "0::${ll_own:+/$ll_own}/sctrace.$ll_sctp" ]] && echo 0 || echo 1) "$during"
	kill -INT $ll_sctp; wait $ll_sctp 2>/dev/null
	after=$(grep '^0::' /proc/$ll_child/cgroup 2>/dev/null)
	check "lossless -p: detached, it is back where it was" \
		$([ "$after" = "$before" ] && echo 0 || echo 1) "before $before, after $after"
	wait $ll_bg
	check "lossless -p: the process saw no stop (exit 0)" $? "nonzero"
	# a launched command stays below the cgroup sctrace runs in: run from
	# inside a --cgroup filter's cgroup, it is traced (its lossless cgroup
	# is a child of that one)
	ll_in="$ll_v2/sctrace-test-in.$$"
	mkdir "$ll_in"
	sh -c 'echo $$ > "$1/cgroup.procs" && exec "$2" --cgroup "$1" -e trace=getppid -o "$3" -- "$4"' \
		sh "$ll_in" "$(realpath "$SCT")" "$T/ll-in.txt" "$B/sc_stack-nofp"
	has_re "lossless, --cgroup of sctrace's own cgroup: the command's call" "$T/ll-in.txt" \
		'^getppid\(\) += [0-9]+$'
	for i in $(seq 30); do rmdir "$ll_in" 2>/dev/null && break; sleep 0.1; done
	check "lossless, --cgroup: its cgroup below the filter's removed" \
		$([ -d "$ll_in" ] && echo 1 || echo 0) "$(ls "$ll_in" 2>&1 | grep sctrace)"
	# ...and from outside the filter's cgroup: said on stderr, nothing traced
	mkdir "$ll_in"
	$SCT --cgroup "$ll_in" -e trace=getppid -o "$T/ll-out.txt" -- "$B/sc_stack-nofp" 2>"$T/ll-out.err"
	has_re "--cgroup, the command starting outside it: said" "$T/ll-out.err" \
		"^sctrace: the command starts in .*, outside the cgroups of --cgroup/--container: only what runs after moving into one is traced\$"
	check "--cgroup, the command starting outside it: nothing traced" \
		$([ -s "$T/ll-out.txt" ] && echo 1 || echo 0) "$(head -2 "$T/ll-out.txt")"
	rmdir "$ll_in"
	# bad combinations: one line, exit 2
	err=$($SCT --lossless --cgroup / -p 1 2>&1 >/dev/null)
	check "lossless: --lossless with --cgroup exits 2" \
		$([ $? = 2 ] && [[ $err == *"--lossless cannot be combined with --cgroup"* ]] && echo 0 || echo 1) "$err"
	err=$($SCT --lossless true 2>&1 >/dev/null)
	check "lossless: --lossless without -p exits 2" $([ $? = 2 ] && echo 0 || echo 1) "$err"
	err=$($SCT --lossy --lossless -p 1 2>&1 >/dev/null)
	check "lossless: --lossy with --lossless exits 2" $([ $? = 2 ] && [[ $err == *--lossy* ]] && echo 0 || echo 1) "$err"
fi
