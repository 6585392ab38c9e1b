# Strings on pages the task never touched, in calls that fail before the
# kernel reads them (tests/progs/sc_latestr.c): read again from the task
# before the call returns to user mode (bpf_task_work, Linux 6.18+), so
# they print as strace 7.2 prints them.  Older kernels print addresses.
if want late; then
	if bpftool btf dump file /sys/kernel/btf/vmlinux 2>/dev/null |
		grep -q "FUNC 'bpf_task_work_schedule_resume_impl'"; then
		SCTRACE_STATS=1 $SCT -o "$T/late.txt" -e trace=getxattrat,setxattrat,file_setattr \
			-- $B/sc_latestr "$T/late.file" 2>"$T/late.err"
		check "late strings: command ran" $? "nonzero exit"
		expect_lines "late strings" "$T/late.txt" <<'EOF2'
getxattrat(-1, "/etc/hostname", 0, "user.sctrace.late", NULL, 15) = -1 EINVAL (Invalid argument)
setxattrat(-1, "/tmp/late-across-pages", 0, "user.a.name.longer.than.thirty.t"..., NULL, 15) = -1 EINVAL (Invalid argument)
file_setattr(-1, "", NULL, 23, 0)       = -1 EINVAL (Invalid argument)
EOF2
		has_re "late strings: none counted unreadable" "$T/late.err" 'unreadable=0 '
		$SCT --json -o "$T/late.json" -e trace=getxattrat -- $B/sc_latestr "$T/late2.file"
		jq_true "late strings: JSON has the strings, once" "$T/late.json" \
			'map(select(.syscall == "getxattrat"))[0].args | .pathname == "/etc/hostname" and .name == "user.sctrace.late"'
	else
		echo "skip late strings: no bpf_task_work in this kernel (Linux 6.18+)"
	fi
fi
