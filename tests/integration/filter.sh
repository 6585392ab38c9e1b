# -e trace= at sys_exit: a call outside the set is dropped on the number
# in orig_ax before the inflight lookup (bpf/sctrace.bpf.c, on_exit).
# Calls that return with another number must still pair with their entry:
# rt_sigreturn restores orig_ax as -1 (its mask is read at exit), a
# successful execveat returns as the new image's execve.
if want filter; then
	$SCT -e trace=rt_sigreturn -o "$T/filter-sig.txt" -- $B/sc_color >/dev/null
	has_line "filter: rt_sigreturn alone, its mask read at exit" "$T/filter-sig.txt" \
		'rt_sigreturn({mask=[]})                 = 0'
	$SCT -e trace=execveat -o "$T/filter-execveat.txt" -- $B/sc_execveat
	has_line "filter: execveat alone, ended as execve" "$T/filter-execveat.txt" \
		'execveat(AT_FDCWD, "/bin/true", ["true"], NULL, 0) = 0'
	$SCT -e trace=getppid,exit_group -o "$T/filter-two.txt" -- $B/sc_basic >/dev/null
	grep -vE '^(getppid|exit_group)\(|^\+\+\+ ' "$T/filter-two.txt" >"$T/filter-other.txt"
	check "filter: getppid and exit_group, nothing else" "$([ -s "$T/filter-other.txt" ]; echo $((!$?)))" \
		"other lines" "$T/filter-other.txt"
	has_re "filter: getppid in the set" "$T/filter-two.txt" '^getppid\(\) += [0-9]+$'
fi
