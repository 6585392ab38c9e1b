# Lifecycle: seccomp, threads, exits, exec, signals, stops, attach, and
# strace's process options (-q, -e quiet/signal/status, --syscall-limit,
# -ff, --always-show-pid).  Expected lines are strace 7.2's, with pids as
# patterns; where strace sees something only because of ptrace (SIGCONT,
# SIGCHLD of a stopped child), what the kernel does.
if want lifecycle; then
	L=$B/sc_life
	ERB='ERESTART_RESTARTBLOCK \(Interrupted by signal\)'

	# seccomp's SECCOMP_RET_ERRNO: sys_enter never fires, sys_exit does
	$SCT -o "$T/lc-sec.txt" -e trace=getppid,uname,getpid -- $L seccomp
	check "seccomp: exit status" $? "nonzero"
	expect_lines "seccomp: refused calls shown" "$T/lc-sec.txt" <<'EOF2'
getppid()                               = -1 EPERM (Operation not permitted)
uname(NULL)                             = -1 ENOSYS (Function not implemented)
EOF2
	has_re "seccomp: the allowed call too" "$T/lc-sec.txt" '^getpid\(\) += [0-9]+$'
	$SCT --json -e trace=getppid,uname -- $L seccomp >"$T/lc-sec.json"
	jq_true "seccomp: JSON has the refused calls" "$T/lc-sec.json" \
		'[.[] | select(.type == "syscall") | "\(.syscall) \(.ret) \(.errno) \(.attached)"] == ["getppid -1 EPERM null", "uname -38 ENOSYS null"]'
	$SCT -c -o "$T/lc-sec-c.txt" -e trace=getppid,uname,getpid -- $L seccomp
	has_re "seccomp: -c counts the refused calls" "$T/lc-sec-c.txt" '^ .* +1 +1 getppid$'
	has_re "seccomp: -c counts uname" "$T/lc-sec-c.txt" '^ .* +1 +1 uname$'

	# SECCOMP_RET_TRAP: the call "returns" its number, then SIGSYS kills;
	# RET_KILL_PROCESS: the forced SIGSYS is never delivered as such
	$SCT -o "$T/lc-trap.txt" -e trace=getppid,getpid -- $L seccomp-trap
	rc=$?
	check "seccomp trap: sctrace dies the same way (159)" "$([ $rc = 159 ]; echo $?)" "got $rc"
	expect_lines "seccomp trap" "$T/lc-trap.txt" <<'EOF2'
getppid()                               = 110
+++ killed by SIGSYS +++
EOF2
	has_re "seccomp trap: the SIGSYS line" "$T/lc-trap.txt" \
		'^--- SIGSYS \{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x[0-9a-f]+, si_syscall=__NR_getppid, si_arch=AUDIT_ARCH_X86_64\} ---$'
	$SCT -o "$T/lc-kill.txt" -e trace=getppid,getpid -- $L seccomp-kill
	expect_lines "seccomp kill" "$T/lc-kill.txt" <<'EOF2'
getppid()                               = 110
+++ killed by SIGSYS +++
EOF2
	no_re "seccomp kill: no SIGSYS delivery line (as strace)" "$T/lc-kill.txt" '^---'

	$SCT -f -o "$T/lc-killt.txt" -e trace=getppid,getuid -- $L seccomp-killt
	check "seccomp kill-thread: the process goes on (exit 0)" $? "nonzero"
	thr=$(grep -E 'getppid' "$T/lc-killt.txt" | awk '{print $1}')
	has_re "seccomp kill-thread: the call never returns" "$T/lc-killt.txt" '^[0-9]+ +getppid\(\) += \?$'
	has_re "seccomp kill-thread: the thread is killed" "$T/lc-killt.txt" "^$thr +\+\+\+ killed by SIGSYS \+\+\+$"
	has_re "seccomp kill-thread: the leader goes on" "$T/lc-killt.txt" '^[0-9]+ +getuid\(\) += 0$'

	# a failed execve of strings in pages never touched: read at its exit
	$SCT -e trace=execve -o "$T/lc-xf.txt" -- $L execfail
	has_re "failed execve: strings, not addresses" "$T/lc-xf.txt" \
		'^execve\("/nonexistent/sc_life-exec", \["/nonexistent/sc_life-exec", "arg"\], NULL\) = -1 ENOENT \(No such file or directory\)$'

	# threads without -f, to a file: once a second task is traced every
	# line carries its tid (strace -f -o's "N  " form)
	$SCT -o "$T/lc-thr.txt" -- $L threads
	rc=$?
	check "threads -o: exit status 3" "$([ $rc = 3 ]; echo $?)" "got $rc"
	n_all=$(grep -c . "$T/lc-thr.txt")
	first_pfx=$(grep -nE '^[0-9]+ {1,5}[a-z<+]' "$T/lc-thr.txt" | head -1 | cut -d: -f1)
	n_after=$(tail -n +"${first_pfx:-1}" "$T/lc-thr.txt" | grep -cvE '^[0-9]+ +')
	check "threads -o: every line from the second task on has a tid" \
		"$([ -n "$first_pfx" ] && [ "$n_after" = 0 ]; echo $?)" "$n_after lines without" "$T/lc-thr.txt"
	leader=$(grep -E '^[0-9]+ +exit_group\(3\)' "$T/lc-thr.txt" | awk '{print $1}')
	has_re "threads -o: the worker's exit line" "$T/lc-thr.txt" "^[0-9]+ +\+\+\+ exited with 0 \+\+\+$"
	has_re "threads -o: the process's exit line, last" <(tail -1 "$T/lc-thr.txt") \
		"^$leader +\+\+\+ exited with 3 \+\+\+$"

	# the leader ends first (exit), a thread ends the process later: the
	# leader's line comes last, with the process's status
	$SCT -f -o "$T/lc-lead.txt" -e trace=exit,exit_group,getppid -- $L leader
	rc=$?
	check "leader first: exit status 3" "$([ $rc = 3 ]; echo $?)" "got $rc"
	lead=$(grep -E '^[0-9]+ +exit\(0\) += \?$' "$T/lc-lead.txt" | awk '{print $1}')
	check "leader first: exit(0) = ?" "$([ -n "$lead" ]; echo $?)" "no line" "$T/lc-lead.txt"
	has_re "leader first: the thread ends the process" "$T/lc-lead.txt" '^[0-9]+ +exit_group\(3\) += \?$'
	check "leader first: two exit lines, the leader's last" \
		"$([ "$(grep -c '+++ exited with 3 +++' "$T/lc-lead.txt")" = 2 ] &&
		   tail -1 "$T/lc-lead.txt" | grep -qE "^$lead +\+\+\+ exited with 3 \+\+\+$"; echo $?)" \
		"order" "$T/lc-lead.txt"

	# a stopped and continued child: strace's stop lines; the interrupted
	# nanosleep resumes as restart_syscall
	$SCT -f -o "$T/lc-stop.txt" -e trace=nanosleep,restart_syscall,kill -- $L stop
	check "stop: exit status" $? "nonzero"
	child=$(grep -E '^[0-9]+ +kill\([0-9]+, SIGSTOP\)' "$T/lc-stop.txt" | sed -E 's/.*kill\(([0-9]+),.*/\1/')
	parent=$(grep -E '^[0-9]+ +kill\([0-9]+, SIGSTOP\)' "$T/lc-stop.txt" | awk '{print $1}')
	has_re "stop: the sleep is interrupted" "$T/lc-stop.txt" \
		"^$child +(nanosleep\(\{tv_sec=0, tv_nsec=400000000\}|<\.\.\. nanosleep resumed>), NULL\) += \? $ERB$"
	has_re "stop: the stop signal" "$T/lc-stop.txt" \
		"^$child +--- SIGSTOP \{si_signo=SIGSTOP, si_code=SI_USER, si_pid=$parent, si_uid=0\} ---$"
	has_re "stop: stopped by" "$T/lc-stop.txt" "^$child +--- stopped by SIGSTOP ---$"
	has_re "stop: restart_syscall names the call it resumes" "$T/lc-stop.txt" \
		"^$child +restart_syscall\(<\.\.\. resuming interrupted nanosleep \.\.\.>\) += 0$"
	no_re "stop: no SIGCONT line (only ptrace makes one)" "$T/lc-stop.txt" 'SIGCONT \{'
	$SCT -f -e signal=none -o "$T/lc-stop-q.txt" -e trace=kill -- $L stop
	no_re "-e signal=none: no signal lines" "$T/lc-stop-q.txt" '^[0-9]+ +---'
	$SCT -f -e signal=SIGSTOP -o "$T/lc-stop-s.txt" -e trace=kill -- $L stop
	has_re "-e signal=SIGSTOP: its line" "$T/lc-stop-s.txt" '--- stopped by SIGSTOP ---'
	$SCT -f --json -e trace=kill -- $L stop >"$T/lc-stop.json"
	jq_true "stop: JSON signal record says stopped" "$T/lc-stop.json" \
		'[.[] | select(.type == "signal" and .signal == "SIGSTOP") | .stopped] == [true]'
	$SCT -f --json -e trace=restart_syscall,nanosleep -- $L stop >"$T/lc-rs.json"
	jq_true "restart_syscall: JSON names the resumed call" "$T/lc-rs.json" \
		'[.[] | select(.syscall == "restart_syscall") | .resuming] == ["nanosleep"]'

	# a fatal signal that is not SIGKILL: the call returns, then the
	# signal shows as itself (the kernel turns it into SIGKILL)
	$SCT -o "$T/lc-term.txt" -e trace=kill -- $L term
	rc=$?
	check "SIGTERM: sctrace dies the same way (143)" "$([ $rc = 143 ]; echo $?)" "got $rc"
	self=$(grep -E '^kill\(' "$T/lc-term.txt" | sed -E 's/kill\(([0-9]+),.*/\1/')
	expect_lines "SIGTERM: lines" "$T/lc-term.txt" <<EOF2
$(printf '%-40s= 0' "kill($self, SIGTERM)")
--- SIGTERM {si_signo=SIGTERM, si_code=SI_USER, si_pid=$self, si_uid=0} ---
+++ killed by SIGTERM +++
EOF2

	# exec from a non-leader thread: the leader is superseded
	$SCT -f -o "$T/lc-sup.txt" -e trace=execve -- $B/sc_die exec $B/sc_basic 5 >/dev/null
	lead=$(head -1 "$T/lc-sup.txt" | awk '{print $1}')
	exec_tid=$(grep -E 'execve\("[^"]*sc_basic"' "$T/lc-sup.txt" | awk '{print $1}')
	has_re "exec from a thread: superseded" "$T/lc-sup.txt" \
		"^$lead +\+\+\+ superseded by execve in pid $exec_tid \+\+\+$"
	no_re "exec from a thread: the leader does not 'exit' with 0" "$T/lc-sup.txt" "^$lead +\+\+\+ exited with 0"
	$SCT -f --json -o "$T/lc-sup.json" -e trace=execve -- $B/sc_die exec $B/sc_basic 5 >/dev/null
	jq_true "exec from a thread: JSON superseded record" "$T/lc-sup.json" \
		'[.[] | select(.type == "superseded") | (.pid == .tid and .by_tid != .pid)] == [true]'
	$SCT -f -e quiet=thread-execve -o "$T/lc-sup-q.txt" -e trace=execve -- $B/sc_die exec $B/sc_basic 5 >/dev/null
	no_re "-e quiet=thread-execve: no superseded line" "$T/lc-sup-q.txt" 'superseded'

	# threads killed inside a call: strace's unfinished forms, JSON null
	$SCT -f --json -e trace=read -- $B/sc_die >"$T/lc-die.json"
	jq_true "killed in a call: JSON ret null, 4 reads" "$T/lc-die.json" \
		'([.[] | select(.type == "syscall" and .syscall == "read" and .ret == null)] | length) == 4 and ([.[] | select(.type == "exit" and .process)] | length) == 1 and ([.[] | select(.type == "exit")][-1] | .process and .pid == .tid)'

	# argv: at most -s elements, the cut said in JSON, never as an element
	$SCT -f -s 3 -e trace=execve -o "$T/lc-argv3.txt" -- $L argv $L
	has_re "argv -s 3: three elements, then ..." "$T/lc-argv3.txt" \
		'^[0-9]+ +execve\(".*sc_life", \["[^"]{3}"\.\.\., "a1", "a2", \.\.\.\], 0x[0-9a-f]+ /\* 0 vars \*/\) = 0$'
	$SCT -f -s 6 -e trace=execve -o "$T/lc-argv6.txt" -- $L argv $L
	has_re "argv -s 6: all six" "$T/lc-argv6.txt" \
		'^[0-9]+ +execve\(".*sc_life", \["[^"]{6}"\.\.\., "a1", "a2", "a3", "a4", "a5"\], 0x'
	$SCT -f -s 5 -e trace=execve -o "$T/lc-argv5.txt" -- $L argv $L
	has_re "argv -s 5: five, then ..." "$T/lc-argv5.txt" '"a3", "a4", \.\.\.\], 0x'
	$SCT -f -s 3 --json -e trace=execve -- $L argv $L >"$T/lc-argv.json"
	jq_true "argv JSON: 3 elements and cut" "$T/lc-argv.json" \
		'[.[] | select(.syscall == "execve")][-1] | (.args.argv | length) == 3 and (.args.argv[1:] == ["a1", "a2"]) and (.cut | index("argv") != null)'

	# --comm filters by the comm at exit: across prctl(PR_SET_NAME) and exec
	$SCT --comm renamed -e trace=prctl,getppid,execve -o "$T/lc-comm1.txt" &
	sct=$!
	BG_PIDS+=("$sct")
	run_until_traced "$T/lc-comm1.txt" 'PR_SET_NAME' $L rename $L
	sleep 0.2
	kill -INT "$sct"
	wait "$sct"
	has_re "--comm across prctl: the renaming call" "$T/lc-comm1.txt" \
		'^[0-9]+<renamed> prctl\(PR_SET_NAME, "renamed"\) += 0$'
	has_re "--comm across prctl: the failed execve" "$T/lc-comm1.txt" \
		'^[0-9]+<renamed> execve\("/nonexistent/sc_life", \["x"\], .*ENOENT'
	no_re "--comm across prctl: not the successful execve (comm sc_life at exit)" "$T/lc-comm1.txt" 'execve\(".*sc_life", \[".*sc_life", "done"\]'

	$SCT --comm sc_life -e trace=prctl,execve -o "$T/lc-comm2.txt" &
	sct=$!
	BG_PIDS+=("$sct")
	run_until_traced "$T/lc-comm2.txt" '"done"]' $L rename $L
	sleep 0.2
	kill -INT "$sct"
	wait "$sct"
	has_re "--comm across exec: the execve that gives the comm, with its strings" "$T/lc-comm2.txt" \
		'^[0-9]+<sc_life> execve\(".*sc_life", \[".*sc_life", "done"\], 0x[0-9a-f]+ /\* 0 vars \*/\) = 0$'
	no_re "--comm across exec: not the renaming prctl" "$T/lc-comm2.txt" 'PR_SET_NAME'
	no_re "--comm across exec: not the failed execve (comm renamed)" "$T/lc-comm2.txt" '/nonexistent/sc_life'

	# a call in progress at attach: strace 7.2 prints it whole
	mkfifo "$T/lc-fifo"
	$L block <"$T/lc-fifo" >/dev/null &
	blk=$!
	BG_PIDS+=("$blk")
	exec 7>"$T/lc-fifo"
	sleep 0.2
	$SCT -p "$blk" -o "$T/lc-att.txt" 2>"$T/lc-att.err" &
	sct=$!
	BG_PIDS+=("$sct")
	wait_for "$T/lc-att.err" 'attached' 5
	printf x >&7
	exec 7>&-
	wait "$sct"
	expect_lines "attach: the call in progress, whole" "$T/lc-att.txt" <<'EOF2'
read(0, "x", 1)                         = 1
write(1, "x", 1)                        = 1
exit_group(0)                           = ?
+++ exited with 0 +++
EOF2

	# -q: no attach/detach messages; detaching ends calls in progress
	$L late-block <"$T/lc-fifo" >/dev/null &
	blk=$!
	BG_PIDS+=("$blk")
	exec 7>"$T/lc-fifo"
	sleep 0.2
	$SCT -q -p "$blk" -o "$T/lc-det.txt" 2>"$T/lc-det.err" &
	sct=$!
	BG_PIDS+=("$sct")
	printf g >&7
	wait_for "$T/lc-det.txt" 'read\(0, "g"' 5  # attached (no message to wait for)
	kill -INT "$sct"
	wait "$sct"
	check "-q: nothing on stderr" "$([ ! -s "$T/lc-det.err" ]; echo $?)" "$(cat "$T/lc-det.err")"
	exec 7>&-
	wait "$blk" 2>/dev/null
	$L late-block <"$T/lc-fifo" >/dev/null &
	blk=$!
	BG_PIDS+=("$blk")
	exec 7>"$T/lc-fifo"
	$SCT -p "$blk" -o "$T/lc-det2.txt" 2>"$T/lc-det2.err" &
	sct=$!
	BG_PIDS+=("$sct")
	wait_for "$T/lc-det2.err" 'attached' 5
	printf g >&7  # the second read begins while traced
	wait_for "$T/lc-det2.txt" 'read\(0$' 5
	kill -INT "$sct"
	wait "$sct"
	has_line "detach: the call in progress" "$T/lc-det2.txt" 'read(0 <detached ...>'
	has_line "detach: message" "$T/lc-det2.err" "sctrace: Process $blk detached"

	# -f, the trace on stderr: strace's "Process N attached" per new task
	$SCT -f -e trace=getppid -- $L threads 2>"$T/lc-fatt.txt"
	has_re "-f to stderr: the new thread attached, before its line" <(head -1 "$T/lc-fatt.txt") \
		'^sctrace: Process [0-9]+ attached$'
	has_re "-f to stderr: its line prefixed" "$T/lc-fatt.txt" '^\[pid +[0-9]+\] getppid\(\) += [0-9]+$'
	has_line "-f to stderr: the last line unprefixed (one task left)" <(tail -1 "$T/lc-fatt.txt") '+++ exited with 3 +++'
	exec 7>&-
	wait "$blk" 2>/dev/null

	# JSON: attach and detach records, one per thread
	$L late-block <"$T/lc-fifo" >/dev/null &
	blk=$!
	BG_PIDS+=("$blk")
	exec 7>"$T/lc-fifo"
	$SCT --json -p "$blk" -o "$T/lc-det.json" 2>"$T/lc-det3.err" &
	sct=$!
	BG_PIDS+=("$sct")
	wait_for "$T/lc-det3.err" 'attached' 5
	printf g >&7
	wait_for "$T/lc-det.json" '"detached":true|"type":"unfinished"' 5
	kill -INT "$sct"
	wait "$sct"
	exec 7>&-
	wait "$blk" 2>/dev/null
	jq_true "JSON -p: attach, the call, detached, detach" "$T/lc-det.json" \
		"[.[] | .type + \":\" + (.pid | tostring) + \":\" + ((.detached // false) | tostring)] | (.[0] == \"attach:$blk:false\") and (.[-1] == \"detach:$blk:false\") and (map(select(. == \"syscall:$blk:true\")) | length == 1)"


	# -qq and -e quiet=exit: no exit lines
	$SCT -qq -o "$T/lc-qq.txt" -e trace=getpid -- $L seccomp
	no_re "-qq: no exit line" "$T/lc-qq.txt" '\+\+\+'
	$SCT -e quiet=exit -o "$T/lc-qe.txt" -e trace=getpid -- $L seccomp
	no_re "-e quiet=exit: no exit line" "$T/lc-qe.txt" '\+\+\+'
	has_re "-e quiet=exit: the call" "$T/lc-qe.txt" '^getpid\(\)'

	# -e status=
	$SCT -e status=failed -o "$T/lc-stf.txt" -e trace=getppid,uname,getpid -- $L seccomp
	check "-e status=failed: only the failures" \
		"$([ "$(grep -cE '^[a-z]+\(' "$T/lc-stf.txt")" = 2 ] && ! grep -q '^getpid' "$T/lc-stf.txt"; echo $?)" \
		"lines" "$T/lc-stf.txt"
	$SCT -e status=successful -o "$T/lc-sts.txt" -e trace=getppid,uname,getpid -- $L seccomp
	check "-e status=successful: only getpid" \
		"$([ "$(grep -cE '^[a-z]+\(' "$T/lc-sts.txt")" = 1 ] && grep -q '^getpid' "$T/lc-sts.txt"; echo $?)" \
		"lines" "$T/lc-sts.txt"
	$SCT -f -e status=unfinished -o "$T/lc-stu.txt" -- $B/sc_die
	check "-e status=unfinished: exit_group and the 4 killed reads only" \
		"$([ "$(grep -cE '^[0-9]+ +(read\(3|<\.\.\. read resumed>) <unfinished \.\.\.>\) += \?$' "$T/lc-stu.txt")" = 4 ] &&
		   [ "$(grep -cE '^[0-9]+ +[a-z_0-9]+\(' "$T/lc-stu.txt")" -le 5 ] &&
		   grep -qE '^[0-9]+ +exit_group\(0\) += \?$' "$T/lc-stu.txt"; echo $?)" "lines" "$T/lc-stu.txt"

	# --syscall-limit: that many calls, then detach
	$SCT --syscall-limit=2 -o "$T/lc-lim.txt" -e trace=getppid,uname,getpid -- $L seccomp 2>"$T/lc-lim.err"
	check "--syscall-limit: exit 0" $? "nonzero"
	check "--syscall-limit=2: two calls" "$([ "$(grep -cE '^[a-z]+\(' "$T/lc-lim.txt")" = 2 ]; echo $?)" \
		"lines" "$T/lc-lim.txt"
	has_line "--syscall-limit: message" "$T/lc-lim.err" 'sctrace: System call limit has been reached, detaching tracees'

	# -ff: one file per task, no prefixes
	rm -f "$T"/lc-ff.*
	$SCT -ff -o "$T/lc-ff" -e trace=getppid,exit_group -- $L threads
	nf=$(ls "$T"/lc-ff.* 2>/dev/null | wc -l)
	check "-ff: one file per task (2)" "$([ "$nf" = 2 ]; echo $?)" "$nf files"
	check "-ff: each file has unprefixed lines" \
		"$(cat "$T"/lc-ff.* | grep -cE '^[0-9]+ ' | grep -qx 0; echo $?)" "prefixed"
	check "-ff: the thread's getppid in its own file" \
		"$(grep -l '^getppid()' "$T"/lc-ff.* | grep -qv "lc-ff.$(grep -l exit_group "$T"/lc-ff.* | sed 's/.*\.//')$"; echo $?)" \
		"same file"

	# --always-show-pid: the plain prefix even for one task
	$SCT --always-show-pid -o "$T/lc-asp.txt" -e trace=getpid -- $L seccomp
	has_re "--always-show-pid: prefixed" "$T/lc-asp.txt" '^[0-9]+ +getpid\(\) += [0-9]+$'

	# -p of a process that is gone or a zombie: strace's error, exit 1
	$SCT -p 4194303 -o /dev/null 2>"$T/lc-gone.err"
	rc=$?
	check "-p of a gone pid: exit 1" "$([ $rc = 1 ]; echo $?)" "got $rc"
	check "-p of a gone pid: one line" "$([ "$(wc -l <"$T/lc-gone.err")" = 1 ]; echo $?)" "$(cat "$T/lc-gone.err")"
	sh -c 'sleep 0.1 & exec sleep 2' &
	zparent=$!
	BG_PIDS+=("$zparent")
	sleep 0.5
	zombie=$(pgrep -P "$zparent" | head -1)
	$SCT -p "$zombie" -o /dev/null 2>"$T/lc-zombie.err"
	rc=$?
	check "-p of a zombie: exit 1" "$([ $rc = 1 ]; echo $?)" "got $rc"
	has_line "-p of a zombie: says so" "$T/lc-zombie.err" \
		"sctrace: cannot attach to pid $zombie: Operation not permitted (a zombie: it has exited)"

	# bad values: one line, exit 2
	for bad in "-e quiet=bogus" "-e status=maybe" "-e signal=SIGNOPE" "--syscall-limit=0" "--syscall-limit=x" "--quiet=" ; do
		$SCT $bad -- true >/dev/null 2>"$T/lc-bad.err"
		rc=$?
		check "bad value '$bad': exit 2, one line" \
			"$([ $rc = 2 ] && [ "$(wc -l <"$T/lc-bad.err")" = 1 ]; echo $?)" "rc $rc: $(cat "$T/lc-bad.err")"
	done
	# SIGTERM to sctrace with a launched command: passed on to it, its
	# end traced (sctrace exits as it did); with -o, ignored (strace's -I3)
	$SCT -e trace=none sleep 5 2>"$T/lc-term.err" & lc_pid=$!
	sleep 0.5
	kill -TERM $lc_pid; wait $lc_pid; rc=$?
	check "SIGTERM: passed on to the command, sctrace exits as it (143)" $([ $rc = 143 ] && echo 0 || echo 1) "rc $rc"
	has_re "SIGTERM: the command's end traced" "$T/lc-term.err" '^\+\+\+ killed by SIGTERM \+\+\+$'
	$SCT -e trace=none -o "$T/lc-term.txt" sleep 1 & lc_pid=$!
	sleep 0.3
	kill -TERM $lc_pid; wait $lc_pid; rc=$?
	check "SIGTERM with -o: ignored, the command runs to its end (exit 0)" $([ $rc = 0 ] && echo 0 || echo 1) "rc $rc"
	has_re "SIGTERM with -o: its end traced" "$T/lc-term.txt" '^\+\+\+ exited with 0 \+\+\+$'

fi
