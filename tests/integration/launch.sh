# How the command is started (src/procs.c): -u, -E, --kill-on-exit, as
# strace 7.2 has them.  Needs root (-u) like the rest.

# launch_line NAME RESULT: a line as printed, the result at column 40
launch_line() { printf '%-40s= %s' "$1" "$2"; }
# launch_gone_now PID: exited (or a zombie nobody reaps)
launch_gone_now() {
	[ -e "/proc/$1" ] || return 0
	[ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" = Z ]
}
# launch_gone PID: the same, within 5 s
launch_gone() {
	local i
	for ((i = 0; i < 100; i++)); do
		launch_gone_now "$1" && return 0
		sleep 0.05
	done
	return 1
}
# launch_child_of PID NAME: the pid of PID's child NAME once it has
# exec'd (5 s at most), or nothing
launch_child_of() {
	local i c
	for ((i = 0; i < 100; i++)); do
		c=$(pgrep -P "$1" -x "$2" | head -1)
		[ -n "$c" ] && { echo "$c"; return 0; }
		sleep 0.05
	done
	return 1
}

if want launch-user; then
	nuid=$(id -u nobody) ngid=$(id -g nobody) ngroups=$(id -G nobody | wc -w)
	# a copy the other users can run: the clone (and $T) may sit below a
	# directory only root can enter
	UB=$(mktemp -d /tmp/sctrace-user.XXXXXX)
	chmod 755 "$UB"
	cp $B/sc_launch "$UB/"
	$SCT -o "$T/user.txt" -u nobody -- $UB/sc_launch ids
	check "launch -u: exit status" $? "nonzero"
	has_line "launch -u: getuid" "$T/user.txt" "$(launch_line 'getuid()' "$nuid")"
	has_line "launch -u: getgid" "$T/user.txt" "$(launch_line 'getgid()' "$ngid")"
	has_line "launch -u: supplementary groups (initgroups)" "$T/user.txt" \
		"$(launch_line 'getgroups(0, NULL)' "$ngroups")"
	# the change happens before tracing starts, as in strace
	has_re "launch -u: first line is the execve" <(head -1 "$T/user.txt") '^execve\('
	no_re "launch -u: the uid change is not traced" "$T/user.txt" '^(setgroups|setgid|setuid|prctl)\('
	$SCT -o "$T/user-long.txt" --user=nobody -- $UB/sc_launch ids
	has_line "launch --user=" "$T/user-long.txt" "$(launch_line 'getuid()' "$nuid")"
	# UID:GID: no lookup, no supplementary groups
	$SCT -o "$T/user-ids.txt" -u 123:456 -- $UB/sc_launch ids
	expect_lines "launch -u UID:GID" "$T/user-ids.txt" <<EOF2
$(launch_line 'getuid()' 123)
$(launch_line 'getgid()' 456)
$(launch_line 'getgroups(0, NULL)' 0)
EOF2
	# sctrace stays root: it could trace (and so print) at all
	has_line "launch -u: last line" <(tail -1 "$T/user-ids.txt") '+++ exited with 0 +++'
	rm -rf "$UB"

	# strace's messages; an unknown user is exit 1 (as strace), a
	# malformed UID:GID a usage error (2); the command never runs
	for bad in "nosuchuser-sct" "65534"; do
		$SCT -u "$bad" -- touch "$T/ran" 2>"$T/user-bad.err"
		check "launch -u $bad: exit status 1" "$([ $? = 1 ]; echo $?)" "status"
		has_line "launch -u $bad: message" "$T/user-bad.err" "sctrace: Cannot find user '$bad'"
		check "launch -u $bad: one line" "$([ "$(wc -l <"$T/user-bad.err")" = 1 ]; echo $?)" "lines" "$T/user-bad.err"
	done
	for bad in "1:x" "nobody:1" "1:" "-1:1" "4294967295:1"; do
		$SCT -u "$bad" -- touch "$T/ran" 2>"$T/user-bad.err"
		check "launch -u $bad: exit status 2" "$([ $? = 2 ]; echo $?)" "status"
		has_re "launch -u $bad: message" "$T/user-bad.err" "^sctrace: Invalid UID:GID pair '$bad'"
		check "launch -u $bad: one line" "$([ "$(wc -l <"$T/user-bad.err")" = 1 ]; echo $?)" "lines" "$T/user-bad.err"
	done
	check "launch -u bad: the command did not run" "$([ ! -e "$T/ran" ]; echo $?)" "it ran"
fi

if want launch-env; then
	$SCT -o "$T/env.txt" -E FOO=bar -E HOME -- $B/sc_launch env FOO HOME >"$T/env.out"
	check "launch -E: exit status" $? "nonzero"
	has_line "launch -E VAR=VAL: set" "$T/env.out" "FOO=bar"
	has_line "launch -E VAR: removed" "$T/env.out" "HOME unset"
	has_line "launch -E: the command used it" "$T/env.txt" \
		'openat(AT_FDCWD, "/nonexistent/bar", O_RDONLY) = -1 ENOENT (No such file or directory)'
	# in order; the last one wins; long form; an empty value is a value
	FOO=outer $SCT -o "$T/env2.txt" --env=A=1 -E A -E B -E B=2 -E FOO= -E C=x=y -- \
		$B/sc_launch env A B FOO C >"$T/env2.out"
	expect_lines "launch -E in order" "$T/env2.out" <<'EOF2'
A unset
B=2
FOO=
C=x=y
EOF2
	# sctrace's own environment is not changed: PATH still finds the command
	$SCT -o "$T/env3.txt" -E PATH=/nonexistent -- true
	check "launch -E PATH: the command is looked up with sctrace's PATH" $? "nonzero"
	for bad in "" "=x"; do
		$SCT -E "$bad" -- touch "$T/ran" 2>"$T/env-bad.err"
		check "launch -E '$bad': exit status 2" "$([ $? = 2 ]; echo $?)" "status"
		has_re "launch -E '$bad': message" "$T/env-bad.err" "^sctrace: invalid -E '$bad': empty variable name"
		check "launch -E '$bad': one line" "$([ "$(wc -l <"$T/env-bad.err")" = 1 ]; echo $?)" "lines" "$T/env-bad.err"
	done
	check "launch -E bad: the command did not run" "$([ ! -e "$T/ran" ]; echo $?)" "it ran"
fi

if want launch-kill; then
	# sctrace ended by a signal: the command goes with it (SIGKILL: by
	# PR_SET_PDEATHSIG, as sctrace can do nothing)
	for sig in TERM INT KILL; do
		$SCT --kill-on-exit -o "$T/kill.txt" -- sleep 30 &
		sct=$!
		BG_PIDS+=("$sct")
		sl=$(launch_child_of "$sct" sleep)
		check "--kill-on-exit SIG$sig: the command started" "$([ -n "$sl" ]; echo $?)" "no sleep"
		kill -"$sig" "$sct"
		wait "$sct" 2>/dev/null
		if [ -n "$sl" ]; then
			launch_gone "$sl"
			check "--kill-on-exit SIG$sig: the command is killed" $? "sleep $sl still runs"
			kill -9 "$sl" 2>/dev/null
		fi
	done
	# without it the command outlives sctrace (the control; SIGKILL: with
	# -o, SIGTERM is ignored and the trace goes on, as strace's -I3)
	$SCT -o "$T/kill.txt" -- sleep 30 &
	sct=$!
	BG_PIDS+=("$sct")
	sl=$(launch_child_of "$sct" sleep)
	kill -KILL "$sct"
	wait "$sct" 2>/dev/null
	sleep 0.3
	check "no --kill-on-exit: the command lives on" "$([ -n "$sl" ] && ! launch_gone_now "$sl"; echo $?)" "sleep gone"
	[ -n "$sl" ] && kill -9 "$sl" 2>/dev/null

	# -f: the command's descendants too
	$SCT --kill-on-exit -f -o "$T/kill-f.txt" -- $B/sc_launch tree "$T/pids" &
	sct=$!
	BG_PIDS+=("$sct")
	wait_for "$T/pids" '^[0-9]+ [0-9]+ [0-9]+$' 5
	check "--kill-on-exit -f: the tree started" $? "no pids"
	kill -TERM "$sct"
	wait "$sct" 2>/dev/null
	for p in $(cat "$T/pids" 2>/dev/null); do
		launch_gone "$p"
		check "--kill-on-exit -f: process $p killed" $? "still runs"
		kill -9 "$p" 2>/dev/null
	done

	# an error ends sctrace: the trace cannot be written
	$SCT --kill-on-exit -o /dev/full -- sleep 30 2>"$T/kill-err.err" &
	sct=$!
	BG_PIDS+=("$sct")
	sl=$(launch_child_of "$sct" sleep)
	for ((i = 0; i < 100; i++)); do [ -e "/proc/$sct" ] || break; sleep 0.05; done
	wait "$sct" 2>/dev/null
	check "--kill-on-exit, write error: sctrace exits 1" "$([ $? = 1 ]; echo $?)" "status" "$T/kill-err.err"
	if [ -n "$sl" ]; then
		launch_gone "$sl"
		check "--kill-on-exit, write error: the command is killed" $? "sleep $sl still runs"
		kill -9 "$sl" 2>/dev/null
	fi

	# strace's message for -p; without a command there is nothing to kill
	$SCT --kill-on-exit -p 1 2>"$T/kill-bad.err"
	check "--kill-on-exit -p: exit status 2" "$([ $? = 2 ]; echo $?)" "status"
	has_re "--kill-on-exit -p: message" "$T/kill-bad.err" \
		'^sctrace: --kill-on-exit and -p/--attach are mutually exclusive options'
	check "--kill-on-exit -p: one line" "$([ "$(wc -l <"$T/kill-bad.err")" = 1 ]; echo $?)" "lines" "$T/kill-bad.err"
	$SCT --kill-on-exit 2>"$T/kill-bad.err"
	check "--kill-on-exit without COMMAND: exit status 2" "$([ $? = 2 ]; echo $?)" "status"
	check "--kill-on-exit without COMMAND: one line" "$([ "$(wc -l <"$T/kill-bad.err")" = 1 ]; echo $?)" "lines" "$T/kill-bad.err"
	# a command that ends by itself: nothing changes
	$SCT --kill-on-exit -o "$T/kill-ok.txt" -- $B/sc_launch ids
	check "--kill-on-exit: a normal run exits 0" $? "nonzero"
	has_line "--kill-on-exit: a normal run's last line" <(tail -1 "$T/kill-ok.txt") '+++ exited with 0 +++'
fi

if want launch-completion; then
	# what bash offers for LINE (words split at spaces and '=', as
	# COMP_WORDBREAKS does)
	launch_compl() {
		bash -c '
			. completion/sctrace.bash
			line=$1
			COMP_LINE=$line COMP_POINT=${#line} COMP_WORDS=()
			read -r -a ws <<<"$line"
			for w in "${ws[@]}"; do
				while [[ $w =~ ^([^=]*)(=)(.*)$ ]]; do
					[[ -n ${BASH_REMATCH[1]} ]] && COMP_WORDS+=("${BASH_REMATCH[1]}")
					COMP_WORDS+=("${BASH_REMATCH[2]}")
					w=${BASH_REMATCH[3]}
				done
				[[ -n $w ]] && COMP_WORDS+=("$w")
			done
			[[ $line == *" " ]] && COMP_WORDS+=("")
			COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
			_sctrace
			printf "%s\n" "${COMPREPLY[@]}"
		' _ "$1" 2>&1 | paste -sd' '
	}
	c=$(launch_compl "$SCT --kill-on");     check "completion: --kill-on-exit" "$([ "$c" = "--kill-on-exit" ]; echo $?)" "got '$c'"
	c=$(launch_compl "$SCT -u nobod");      check "completion: users after -u" "$([ "$c" = "nobody" ]; echo $?)" "got '$c'"
	c=$(launch_compl "$SCT --user=nobod");  check "completion: --user=" "$([ "$c" = "nobody" ]; echo $?)" "got '$c'"
	c=$(SCT_COMPL_VAR=1 launch_compl "$SCT -E SCT_COMPL_V")
	check "completion: variables after -E" "$([ "$c" = "SCT_COMPL_VAR" ]; echo $?)" "got '$c'"
	c=$(launch_compl "$SCT -u nobody tru")
	check "completion: the command after -u USER" "$([[ " $c " == *" true "* ]]; echo $?)" "got '$c'"
fi
if want launch; then
	# --json on stdout: the command's own stdout goes to stderr, the
	# stream stays JSON
	$SCT --json -e trace=write -- sh -c 'echo hello' 2>"$T/json-cmd.err" > "$T/json-cmd.json"
	jq_true "launch --json: stdout is JSON only, the command's output on stderr" "$T/json-cmd.json" \
		'(map(select(.type == "syscall")) | length == 1) and (.[0].args.buf == "hello\n") and (.[-1].type == "exit")'
	has_line "launch --json: the command's output" "$T/json-cmd.err" "hello"
fi
