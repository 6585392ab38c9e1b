# -Y / --decode-pids=comm,pidns: lines as strace 7.2 prints them
# (tests/progs/sc_pids.c prints its pids; the lines are built from them)

# strace's line: "PREFIX" "call(...)" padded to column 40, then "= RET"
pids_line() {
	local s="$1$2 "
	while [ ${#s} -lt 40 ]; do s="$s "; done
	printf '%s= %s\n' "$s" "$3"
}

if want pids; then
	trace='getpid,gettid,getppid,getpgid,getsid,getpgrp,setpgid,kill,tkill,tgkill,sched_getscheduler,sched_getparam,sched_rr_get_interval,getpriority,pidfd_open,process_vm_readv,kcmp,waitid,ioprio_get,ptrace,set_tid_address,clone,wait4,migrate_pages,move_pages,capget,prlimit64'
	$SCT -Y -f -o "$T/pids.txt" -e trace="$trace" -- $B/sc_pids >"$T/pids.out"
	check "pids: exit status" $? "nonzero"
	read -r _ P _ G S K <"$T/pids.out"
	p="$P<sc-pids> "
	{
		pids_line "$p" "getpid()" "$P<sc-pids>"
		pids_line "$p" "gettid()" "$P<sc-pids>"
		pids_line "$p" "getpgid(0)" "$G"
		pids_line "$p" "getsid(0)" "$S"
		pids_line "$p" "getpgrp()" "$G"
		pids_line "$p" "getpgid($K<sc-kid>)" "$G"
		pids_line "$p" "getsid($K<sc-kid>)" "$S"
		pids_line "$p" "setpgid($K<sc-kid>, $K)" "0"
		pids_line "$p" "kill($K<sc-kid>, 0)" "0"
		pids_line "$p" "kill(-$K, 0)" "0"
		pids_line "$p" "kill(0, 0)" "0"
		pids_line "$p" "tkill($P<sc-pids>, 0)" "0"
		pids_line "$p" "tgkill($P<sc-pids>, $P<sc-pids>, 0)" "0"
		pids_line "$p" "tgkill($K<sc-kid>, $K<sc-kid>, 0)" "0"
		pids_line "$p" "sched_getscheduler($K<sc-kid>)" "0 (SCHED_OTHER)"
		pids_line "$p" "sched_getparam($K<sc-kid>, {sched_priority=0})" "0"
		pids_line "$p" "sched_rr_get_interval($K<sc-kid>, {tv_sec=0, tv_nsec=0})" "0"
		pids_line "$p" "process_vm_readv($K<sc-kid>, [{iov_base=\"\", iov_len=8}], 1, [{iov_base=NULL, iov_len=0}], 1, 0)" "0"
		pids_line "$p" "waitid(P_PID, $K<sc-kid>, {}, WNOHANG|WEXITED, NULL)" "0"
		pids_line "$p" "waitid(P_PGID, $K, {}, WNOHANG|WEXITED, NULL)" "0"
		pids_line "$p" "migrate_pages($K<sc-kid>, 0, NULL, NULL)" "-1 EINVAL (Invalid argument)"
		pids_line "$p" "move_pages($K<sc-kid>, 0, NULL, NULL, NULL, 0)" "0"
		pids_line "$p" "ptrace(PTRACE_PEEKDATA, $K<sc-kid>, NULL, NULL)" "-1 ESRCH (No such process)"
		pids_line "$p" "kill($P<sc-pids>, SIGUSR1)" "0"
		pids_line "$p" "kill(999999999, 0)" "-1 ESRCH (No such process)"
		pids_line "$p" "set_tid_address(NULL)" "$P<sc-pids>"
	} >"$T/pids.want"
	expect_lines "pids -Y" "$T/pids.txt" <"$T/pids.want"
	# numbers that depend on the machine
	has_re "pids -Y: getppid" "$T/pids.txt" "^$P<sc-pids> getppid\(\) += [0-9]+<sctrace>\$"
	has_re "pids -Y: getpriority(PRIO_PROCESS)" "$T/pids.txt" "^$P<sc-pids> getpriority\(PRIO_PROCESS, $K<sc-kid>\) += [0-9]+\$"
	has_re "pids -Y: getpriority(PRIO_PGRP): no comm" "$T/pids.txt" "^$P<sc-pids> getpriority\(PRIO_PGRP, $K\) += [0-9]+\$"
	has_re "pids -Y: ioprio_get" "$T/pids.txt" "^$P<sc-pids> ioprio_get\(IOPRIO_WHO_PROCESS, $K<sc-kid>\) += "
	has_re "pids -Y: pidfd_open" "$T/pids.txt" "^$P<sc-pids> pidfd_open\($K<sc-kid>, 0\) += [0-9]+\$"
	has_re "pids -Y: kcmp" "$T/pids.txt" "^$P<sc-pids> kcmp\($P<sc-pids>, $K<sc-kid>, KCMP_VM\) += [0-9]+\$"
	has_re "pids -Y: capget's pid" "$T/pids.txt" "^$P<sc-pids> capget\(\{version=_LINUX_CAPABILITY_VERSION_3, pid=$K<sc-kid>\}, "
	has_re "pids -Y: prlimit64" "$T/pids.txt" "^$P<sc-pids> prlimit64\($K<sc-kid>, RLIMIT_NOFILE, NULL, \{"
	# a new child has its parent's comm (strace reads it before the child runs)
	has_re "pids -Y: clone's child" "$T/pids.txt" "^$P<sc-pids> clone\(.*\) += $K<sc-pids>\$"
	# the reaped child is gone: a bare number
	has_re "pids -Y: wait4 of the reaped child" "$T/pids.txt" "^$P<sc-pids> (<\.\.\. )?wait4.* = $K\$"
	has_re "pids -Y: the child's prefix" "$T/pids.txt" "^$K<sc-kid> \+\+\+ exited with 0 \+\+\+\$"
	has_line "pids -Y: si_pid" "$T/pids.txt" "$P<sc-pids> --- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=$P<sc-pids>, si_uid=0} ---"

	# clone3's parent_tid is the new thread too
	$SCT -Y -f -o "$T/pids-thr.txt" -e trace=clone3 -- $B/sc_threads >/dev/null
	has_re "pids -Y: clone3's parent_tid" "$T/pids-thr.txt" \
		'=> \{parent_tid=\[([0-9]+)<sc_threads>\]\}, 88\) += \1<sc_threads>$'

	# [pid  123<comm>] on stderr
	$SCT -Y -f -e trace=getpid,kill -- $B/sc_pids >"$T/pids2.out" 2>"$T/pids2.txt"
	read -r _ P _ G S K <"$T/pids2.out"
	pids_line "$(printf '[pid %5d<sc-pids>] ' "$P")" "kill($K<sc-kid>, 0)" 0 >"$T/pids2.want"
	pids_line "$(printf '[pid %5d<sc-pids>] ' "$P")" "getpid()" "$P<sc-pids>" >>"$T/pids2.want"
	expect_lines "pids -Y [pid]" "$T/pids2.txt" <"$T/pids2.want"

	# without -Y nothing changes
	$SCT -f -o "$T/pids3.txt" -e trace=getpid,kill -- $B/sc_pids >"$T/pids3.out"
	read -r _ P _ G S K <"$T/pids3.out"
	pids_line "$(printf '%-5d ' "$P")" "kill($K, 0)" 0 | expect_lines "pids without -Y" "$T/pids3.txt"
	no_re "pids without -Y: no <comm>" "$T/pids3.txt" '<sc-'

	# JSON: numbers stay numbers; the comm is beside them
	$SCT -j -Y -f -o "$T/pids.json" -e trace=getpid,kill,clone,getpgid -- $B/sc_pids >"$T/pids5.out"
	read -r _ P _ G S K <"$T/pids5.out"
	jq_true "pids json: kill's pid_comm" "$T/pids.json" \
		"map(select(.syscall == \"kill\" and .args.pid == $K)) | .[0].args.pid_comm == \"sc-kid\""
	jq_true "pids json: getpid's ret_comm" "$T/pids.json" \
		'map(select(.syscall == "getpid")) | .[0] | (.ret | type) == "number" and .ret_comm == "sc-pids"'
	jq_true "pids json: no comm for a group" "$T/pids.json" \
		"map(select(.syscall == \"kill\" and .args.pid == -$K)) | .[0].args | has(\"pid_comm\") | not"
	jq_true "pids json: no ret_comm for getpgid" "$T/pids.json" \
		'map(select(.syscall == "getpgid")) | all(has("ret_comm") | not)'
	$SCT -j -f -o "$T/pids2.json" -e trace=getpid,kill -- $B/sc_pids >/dev/null
	jq_true "pids json: nothing without -Y" "$T/pids2.json" \
		'map(select(.type == "syscall")) | all((has("ret_comm") | not) and (.args | has("pid_comm") | not))'

	# a bad value: one line, exit 2
	$SCT --decode-pids=comm,foo -- true 2>"$T/pids.err"
	check "pids: bad --decode-pids exits 2" "$([ $? = 2 ]; echo $?)" "rc"
	has_re "pids: bad --decode-pids names the word" "$T/pids.err" "invalid decode-pids 'foo'"
	check "pids: bad --decode-pids is one line" "$([ "$(wc -l <"$T/pids.err")" = 1 ]; echo $?)" "$(cat "$T/pids.err")"
	$SCT --decode-pids='!comm' -o "$T/pids4.txt" -e trace=getpid -- $B/sc_pids >/dev/null
	no_re "pids: --decode-pids=!comm" "$T/pids4.txt" '<sc-'
fi

# --decode-pids=pidns: the traced program in a pid namespace of its own
if want pids && command -v unshare >/dev/null && unshare --pid --fork true 2>/dev/null; then
	$SCT -f -o "$T/pidns.txt" --decode-pids=comm,pidns -e trace=getpid,getppid,kill,set_tid_address \
		-- unshare --pid --fork $B/sc_pids >"$T/pidns.out"
	check "pidns: exit status" $? "nonzero"
	# as strace: "1<comm> / * HOSTPID in strace's PID NS * /", the host pid
	# being the one in the line's prefix
	has_re "pidns: getpid" "$T/pidns.txt" \
		"^([0-9]+)<sc-pids> getpid\(\) += 1<sc-pids> /\* \1 in strace's PID NS \*/\$"
	has_re "pidns: set_tid_address" "$T/pidns.txt" \
		"^([0-9]+)<sc-pids> set_tid_address\(NULL\) += 1<sc-pids> /\* \1 in strace's PID NS \*/\$"
	has_re "pidns: kill(kid)" "$T/pidns.txt" \
		"^[0-9]+<sc-pids> kill\(2<sc-kid> /\* [0-9]+ in strace's PID NS \*/, 0\) += 0\$"
	has_re "pidns: kill(-kid): the group, no comm" "$T/pidns.txt" \
		"^[0-9]+<sc-pids> kill\(-2 /\* [0-9]+ in strace's PID NS \*/, 0\) += 0\$"
	has_re "pidns: getppid outside the namespace" "$T/pidns.txt" \
		"^[0-9]+<sc-pids> getppid\(\) += 0\$"
	has_re "pidns: unshare itself is in ours" "$T/pidns.txt" \
		"^([0-9]+)<unshare> +set_tid_address\(0x[0-9a-f]+\) += \1<unshare>\$"
	$SCT -j -f -o "$T/pidns.json" --decode-pids=pidns -e trace=getpid -- unshare --pid --fork $B/sc_pids >/dev/null
	jq_true "pidns json: ret_ns" "$T/pidns.json" \
		'map(select(.syscall == "getpid" and .ret == 1)) | .[0] | .ret_ns == .pid and (has("ret_comm") | not)'
fi
