# --color=WHEN (src/color.c, src/emit_text.c, src/out_text.c): the bytes
# strace 7.2 prints with --color=always, taken from its output for
# tests/progs/sc_color.c.  Expected lines are written with \033 escapes and
# turned into bytes by printf %b.

# color_lines NAME FILE < LINES: every line of stdin (\033 escapes) is a
# line of FILE; failures show the line with cat -v
color_lines() {
	local name=$1 file=$2 line bytes
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		bytes=$(printf '%b' "$line")
		grep -qxF -- "$bytes" "$file"
		check "$name: $(printf '%s' "$bytes" | sed 's/\x1b\[[0-9;]*m//g')" $? \
			"no such line: $(printf '%s' "$bytes" | cat -v)" "$T/$name.v"
	done
}

if want color; then
	$SCT --color=always -o "$T/color.txt" -e trace=openat,fcntl,close,write,setns,umask,nanosleep,setgroups,rt_sigprocmask,bind,getsockname -- $B/sc_color >/dev/null
	check "color: exit status" $? "nonzero"
	cat -v "$T/color.txt" >"$T/color.v"
	color_lines "color" "$T/color.txt" <<'EOF2'
\033[33mopenat\033[0m(\033[35m\033[34mAT_FDCWD\033[35m\033[0m, \033[35m"/dev/null"\033[0m, \033[35m\033[34mO_RDONLY|O_CLOEXEC\033[35m\033[0m\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m3\033[0m\033[0m
\033[33mopenat\033[0m(\033[35m\033[34mAT_FDCWD\033[35m\033[0m, \033[35m"/nonexistent/color"\033[0m, \033[35m\033[34mO_WRONLY|O_CREAT|O_TRUNC\033[35m\033[0m, \033[35m0644\033[0m\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m-1\033[0m \033[31mENOENT\033[0m \033[31m(No such file or directory)\033[0m\033[0m
\033[33mfcntl\033[0m(\033[35m3\033[0m, \033[35m\033[34mF_GETFD\033[35m\033[0m\033[0m)\033[0m                       \033[0m=\033[0m\033[0m \033[32m0x1\033[0m \033[32m(flags FD_CLOEXEC)\033[0m\033[0m
\033[33mfcntl\033[0m(\033[35m3\033[0m, \033[35m\033[34mF_GETFL\033[35m\033[0m\033[0m)\033[0m                       \033[0m=\033[0m\033[0m \033[32m0x8000\033[0m \033[32m(flags O_RDONLY|O_LARGEFILE)\033[0m\033[0m
\033[33mclose\033[0m(\033[35m3\033[0m\033[0m)\033[0m                                \033[0m=\033[0m\033[0m \033[32m0\033[0m\033[0m
\033[33mclose\033[0m(\033[35m-1\033[0m\033[0m)\033[0m                               \033[0m=\033[0m\033[0m \033[32m-1\033[0m \033[31mEBADF\033[0m \033[31m(Bad file descriptor)\033[0m\033[0m
\033[33mwrite\033[0m(\033[35m-1\033[0m, \033[35m"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\033[0m...\033[35m\033[0m, \033[35m64\033[0m\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m-1\033[0m \033[31mEBADF\033[0m \033[31m(Bad file descriptor)\033[0m\033[0m
\033[33msetns\033[0m(\033[35m-1\033[0m, \033[35m0x1\033[36m /* CLONE_NEW???\033[36m */\033[35m\033[0m\033[0m)\033[0m       \033[0m=\033[0m\033[0m \033[32m-1\033[0m \033[31mEBADF\033[0m \033[31m(Bad file descriptor)\033[0m\033[0m
\033[33mumask\033[0m(\033[35m022\033[0m\033[0m)\033[0m                              \033[0m=\033[0m\033[0m \033[32m022\033[0m\033[0m
\033[33mnanosleep\033[0m(\033[35m\033[0m{\033[35m\033[39mtv_sec\033[0m=\033[35m0\033[0m, \033[35m\033[39mtv_nsec\033[0m=\033[35m1000\033[0m}\033[35m\033[0m\033[0m, \033[35mNULL\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m0\033[0m\033[0m
\033[33msetgroups\033[0m(\033[35m2\033[0m, \033[35m\033[0m[\033[35m0\033[0m, \033[35m1\033[0m]\033[35m\033[0m\033[0m)\033[0m                    \033[0m=\033[0m\033[0m \033[32m0\033[0m\033[0m
\033[33msetgroups\033[0m(\033[35m2\033[0m, \033[35m0x10001000\033[0m\033[0m)\033[0m                \033[0m=\033[0m\033[0m \033[32m-1\033[0m \033[31mEFAULT\033[0m \033[31m(Bad address)\033[0m\033[0m
\033[33mrt_sigprocmask\033[0m(\033[35m\033[34mSIG_BLOCK\033[35m\033[0m, \033[35m[USR1 TERM]\033[0m\033[0m, \033[35mNULL\033[0m, \033[35m8\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m0\033[0m\033[0m
\033[33mrt_sigprocmask\033[0m(\033[35m\033[34mSIG_UNBLOCK\033[35m\033[0m, \033[35m[USR1 TERM]\033[0m\033[0m, \033[35m[USR1 TERM]\033[0m, \033[35m8\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m0\033[0m\033[0m
\033[33mbind\033[0m(\033[35m3\033[0m, \033[35m\033[0m{\033[35m\033[39msa_family\033[0m=\033[35m\033[34mAF_UNIX\033[35m\033[0m, \033[35m\033[39msun_path\033[0m=\033[35m@"sctcolor"\033[0m}\033[35m\033[0m, \033[35m11\033[0m\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m0\033[0m\033[0m
\033[33mgetsockname\033[0m(\033[35m3\033[0m\033[0m, \033[35m\033[0m{\033[35m\033[39msa_family\033[0m=\033[35m\033[34mAF_UNIX\033[35m\033[0m, \033[35m\033[39msun_path\033[0m=\033[35m@"sctcolor"\033[0m}\033[35m\033[0m, \033[35m\033[0m[\033[35m110\033[0m => \033[35m11\033[0m]\033[35m\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m0\033[0m\033[0m
+++ exited with 0 +++\033[0m
EOF2
	# the signal line (si_pid varies)
	sed -E 's/si_pid(\x1b\[0m=\x1b\[35m)[0-9]+/si_pid\1N/' "$T/color.txt" >"$T/color-n.txt"
	color_lines "color signal" "$T/color-n.txt" <<'EOF2'
--- SIGUSR1 \033[0m{\033[35m\033[39msi_signo\033[0m=\033[35mSIGUSR1\033[0m, \033[35m\033[39msi_code\033[0m=\033[35m\033[34mSI_USER\033[35m\033[0m, \033[35m\033[39msi_pid\033[0m=\033[35mN\033[0m, \033[35m\033[39msi_uid\033[0m=\033[35m0\033[0m}\033[35m ---\033[0m
EOF2

	# -X verbose: numbers with their names in comments
	$SCT --color=always -Xverbose -o "$T/color-X.txt" -e trace=openat,setns -- $B/sc_color >/dev/null
	cat -v "$T/color-X.txt" >"$T/color-X.v"
	color_lines "color-X" "$T/color-X.txt" <<'EOF2'
\033[33mopenat\033[0m(\033[35m-100\033[36m /* AT_FDCWD\033[36m */\033[35m\033[0m, \033[35m"/dev/null"\033[0m, \033[35m0x80000\033[36m /* O_RDONLY|O_CLOEXEC\033[36m */\033[35m\033[0m\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m3\033[0m\033[0m
\033[33msetns\033[0m(\033[35m-1\033[0m, \033[35m0x1\033[36m /* CLONE_NEW???\033[36m */\033[35m\033[0m\033[0m)\033[0m       \033[0m=\033[0m\033[0m \033[32m-1\033[0m \033[31mEBADF\033[0m \033[31m(Bad file descriptor)\033[0m\033[0m
EOF2

	# -T: the duration in angle brackets
	$SCT --color=always -T -o "$T/color-T.txt" -e trace=umask -- $B/sc_color >/dev/null
	sed -E 's/<(\x1b\[35m)[0-9]+\.[0-9]+/<\1T/' "$T/color-T.txt" >"$T/color-T-n.txt"
	cat -v "$T/color-T-n.txt" >"$T/color-T.v"
	color_lines "color-T" "$T/color-T-n.txt" <<'EOF2'
\033[33mumask\033[0m(\033[35m022\033[0m\033[0m)\033[0m                              \033[0m=\033[0m\033[0m \033[32m022\033[0m \033[32m\033[0m<\033[35mT\033[0m>\033[35m\033[0m\033[0m
EOF2

	# a call left unfinished ([pid N] prefix), resumed in a thread that
	# exit_group ends
	$SCT --color=always -f -e trace=read,exit_group -- $B/sc_color thread 2>"$T/color-f.raw" >/dev/null
	sed -E 's/pid +[0-9]+/pid N/' "$T/color-f.raw" >"$T/color-f.txt"
	cat -v "$T/color-f.txt" >"$T/color-f.v"
	color_lines "color-f" "$T/color-f.txt" <<'EOF2'
\033[0m[\033[35mpid N\033[0m]\033[35m \033[33mread\033[0m(\033[35m3\033[0m <unfinished ...>\033[0m
\033[0m[\033[35mpid N\033[0m]\033[35m \033[33mexit_group\033[0m(\033[35m0\033[0m\033[0m)\033[0m               \033[0m=\033[0m\033[0m \033[32m?\033[0m\033[0m
\033[0m[\033[35mpid N\033[0m]\033[35m <... read resumed> <unfinished ...>\033[0m)\033[0m \033[0m=\033[0m\033[0m \033[32m?\033[0m\033[0m
EOF2

	# never, and auto to a file: plain lines; NO_COLOR does not stop always
	$SCT --color=never -o "$T/color-never.txt" -e trace=umask -- $B/sc_color >/dev/null
	has_line "color: never" "$T/color-never.txt" 'umask(022)                              = 022'
	no_re "color: never has no escape" "$T/color-never.txt" $'\x1b'
	$SCT --color=auto -o "$T/color-auto.txt" -e trace=umask -- $B/sc_color >/dev/null
	has_line "color: auto to a file" "$T/color-auto.txt" 'umask(022)                              = 022'
	$SCT -o "$T/color-dflt.txt" -e trace=umask -- $B/sc_color >/dev/null
	no_re "color: default to a file" "$T/color-dflt.txt" $'\x1b'
	NO_COLOR=1 $SCT --color=ALWAYS -o "$T/color-nc.txt" -e trace=umask -- $B/sc_color >/dev/null
	has_re "color: always despite NO_COLOR" "$T/color-nc.txt" $'^\x1b\\[33mumask'
	# auto (the default) on a terminal: colour unless NO_COLOR or TERM=dumb
	if command -v script >/dev/null; then
		TERM=xterm script -qc "$SCT -e trace=umask -- $B/sc_color" /dev/null >"$T/color-tty.txt" 2>&1
		has_re "color: auto on a terminal" "$T/color-tty.txt" $'^\x1b\\[33mumask'
		TERM=xterm NO_COLOR= script -qc "$SCT -e trace=umask -- $B/sc_color" /dev/null >"$T/color-tty-nc.txt" 2>&1
		has_re "color: auto with NO_COLOR" "$T/color-tty-nc.txt" '^umask\(022\) +'
		TERM=dumb script -qc "$SCT -e trace=umask -- $B/sc_color" /dev/null >"$T/color-tty-dumb.txt" 2>&1
		has_re "color: auto with TERM=dumb" "$T/color-tty-dumb.txt" '^umask\(022\) +'
	fi
	# JSON is never coloured
	$SCT --color=always -j -e trace=umask -- $B/sc_color >"$T/color.json" 2>/dev/null
	no_re "color: json has no escape" "$T/color.json" $'\x1b'
	jq_true "color: json umask" "$T/color.json" 'map(select(.syscall == "umask")) | length == 2'

	# a bad WHEN: one line, exit 2
	$SCT --color=sometimes true >"$T/color-bad.out" 2>"$T/color-bad.err"
	rc=$?
	check "color: bad WHEN exits 2" $([ $rc = 2 ]; echo $?) "exit $rc"
	check "color: bad WHEN one line" $([ "$(wc -l <"$T/color-bad.err")" = 1 ]; echo $?) "not one line" "$T/color-bad.err"
	has_re "color: bad WHEN named" "$T/color-bad.err" "sometimes"
fi
