#!/usr/bin/env bash
# sctrace test runner: the unit tests, then integration tests that trace
# our own small programs (tests/progs, raw syscall(2) calls) for real, as
# root, and compare exact lines and JSON fields.
# Usage: tests/run.sh [NAME-FILTER]      Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
# Fds the caller left open (a terminal's, a CI agent's) would be inherited by
# every traced program and shift the fd numbers the tests expect: close them
# so that every machine runs the tests with 0, 1 and 2 only.
for fd in /proc/$$/fd/*; do
	fd=${fd##*/}
	case $fd in 0 | 1 | 2 | 255) ;; *) eval "exec $fd>&-" 2>/dev/null ;; esac
done

SCT=${SCT:-./sctrace}
B=${B:-build/tests}
FILTER=${1:-}
PASS=0
FAIL=0
T=$(mktemp -d /tmp/sctrace-test.XXXXXX)
BG_PIDS=()
cleanup() {
	for p in "${BG_PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
	rm -rf "$T"
}
trap cleanup EXIT

# shellcheck source=tests/lib.sh
. tests/lib.sh
want() { [ -z "$FILTER" ] || [[ "$1" == *"$FILTER"* ]]; }
# run_until_traced FILE STRING CMD...: a system-wide sctrace has no "ready"
# signal, so run CMD until its line shows in FILE (5 s at most)
run_until_traced() {
	local file=$1 str=$2 i
	shift 2
	for ((i = 0; i < 50; i++)); do
		"$@" >/dev/null
		grep -qF -- "$str" "$file" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# ---------------------------------------------------------------- unit
if want unit; then
	out=$(${UNIT:-build/unit-tests} 2>"$T/unit.err")
	line=$(echo "$out" | grep -E '^unit: [0-9]+ passed, [0-9]+ failed$')
	if [ -n "$line" ]; then
		p=$(echo "$line" | sed -E 's/unit: ([0-9]+) passed.*/\1/')
		f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed/\1/')
		PASS=$((PASS + p))
		FAIL=$((FAIL + f))
		echo "ok   unit tests: $line"
		[ "$f" != 0 ] && cat "$T/unit.err"
	else
		fail "unit tests" "runner gave no result" "$T/unit.err"
	fi
fi

if [ "$(id -u)" != 0 ]; then
	echo "SKIP integration tests: they need root (BPF); only the unit tests ran"
	echo "$PASS passed, $FAIL failed"
	[ "$FAIL" = 0 ]
	exit
fi

# ---------------------------------------------------------------- launch, text
if want launch; then
	$SCT -o "$T/basic.txt" -- $B/sc_basic >"$T/basic.out"
	check "launch: exit status 0" $? "exit status $?"
	has_re "launch: first line is the execve" <(head -1 "$T/basic.txt") \
		'^execve\("build/tests/sc_basic", \["build/tests/sc_basic"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = 0$'
	has_line "launch: openat decoded" "$T/basic.txt" 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC) = 3'
	has_line "launch: close aligned at column 40" "$T/basic.txt" 'close(3)                                = 0'
	has_line "launch: errno name and text" "$T/basic.txt" \
		'openat(AT_FDCWD, "/nonexistent/sctrace-test", O_RDONLY) = -1 ENOENT (No such file or directory)'
	has_re "launch: getppid" "$T/basic.txt" '^getppid\(\) {31}= [0-9]+$'
	has_line "launch: write buffer" "$T/basic.txt" 'write(1, "hello\n", 6)                  = 6'
	has_line "launch: exit_group never returns" "$T/basic.txt" 'exit_group(0)                           = ?'
	has_line "launch: last line" <(tail -1 "$T/basic.txt") '+++ exited with 0 +++'
	has_line "launch: command's stdout untouched" "$T/basic.out" 'hello'

	# the same lines as strace prints for the same calls
	strace -o "$T/basic.strace" $B/sc_basic >/dev/null
	norm() { sed -n '/"\/etc\/hostname"/,$p' "$1" | sed -E 's/^(getppid\(\) +)= [0-9]+$/\1= PPID/'; }
	diff <(norm "$T/basic.strace") <(norm "$T/basic.txt") >"$T/basic.diff"
	check "launch: identical to strace from the first openat on" $? "differs from strace" "$T/basic.diff"

	$SCT -- $B/sc_basic >/dev/null 2>"$T/stderr.txt"
	has_line "launch: text goes to stderr by default" "$T/stderr.txt" 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC) = 3'

	$SCT -o "$T/e7.txt" $B/sc_basic 7 >/dev/null
	check "launch: exit status of the command (no --)" "$([ $? = 7 ]; echo $?)" "want 7"
	has_line "launch: exited with 7" "$T/e7.txt" '+++ exited with 7 +++'

	$SCT -o "$T/kill.txt" -- $B/sc_basic kill >/dev/null
	rc=$?
	check "launch: killed command: sctrace dies the same way (137)" "$([ $rc = 137 ]; echo $?)" "got $rc"
	has_line "launch: killed by SIGKILL" "$T/kill.txt" '+++ killed by SIGKILL +++'
	has_re "launch: kill of itself never returns (as strace: = ?)" "$T/kill.txt" '^kill\([0-9]+, SIGKILL\) += \?$'
fi

# ---------------------------------------------------------------- JSON
if want json; then
	$SCT --json -- $B/sc_basic 2>"$T/json.err" >"$T/basic.json.all"
	rc=$?
	check "json: exit status (sctrace's)" "$rc" "exit status $rc"
	# the command's own stdout ("hello") goes to stderr: stdout is the trace
	cp "$T/basic.json.all" "$T/basic.json"
	jq -e . "$T/basic.json" >/dev/null 2>&1
	check "json: every line parses" $? "jq failed" "$T/basic.json"
	check "json: on stderr, only the command's own output" \
		"$([ "$(cat "$T/json.err")" = hello ]; echo $?)" "stderr: $(head -c 200 "$T/json.err")" "$T/json.err"
	jq_true "json: openat fields" "$T/basic.json" \
		'[.[] | select(.syscall == "openat" and .args.filename == "/etc/hostname")] | length == 1 and
		 (.[0] | .type == "syscall" and .nr == 257 and .args.dfd == "AT_FDCWD" and
		  .args.flags == "O_RDONLY|O_CLOEXEC" and .ret == 3 and (has("errno") | not) and
		  .comm == "sc_basic" and .pid == .tid and (.dur_ns | type) == "number" and
		  (.ts | type) == "number" and .ts > 1500000000)'
	jq_true "json: errno" "$T/basic.json" \
		'.[] | select(.syscall == "openat" and .args.filename == "/nonexistent/sctrace-test") |
		 .ret == -2 and .errno == "ENOENT"'
	jq_true "json: numbers are numbers" "$T/basic.json" \
		'.[] | select(.syscall == "close" and .ret == 0) | .args.fd == 3'
	jq_true "json: write buffer is a string" "$T/basic.json" \
		'.[] | select(.syscall == "write") | .args.buf == "hello\n" and .args.count == 6'
	jq_true "json: execve argv array" "$T/basic.json" \
		'.[0] | .syscall == "execve" and .args.argv == ["build/tests/sc_basic"] and .ret == 0'
	jq_true "json: exit record" "$T/basic.json" \
		'.[-1] | .type == "exit" and .exit_code == 0 and .process == true'
fi

# ---------------------------------------------------------------- -e trace=
if want filter; then
	$SCT -e trace=openat -o "$T/only.txt" -- $B/sc_basic >/dev/null
	has_line "-e trace=openat: openat shown" "$T/only.txt" 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC) = 3'
	no_re "-e trace=openat: nothing else" "$T/only.txt" '^(execve|close|write|getppid|exit_group|mmap)\('

	$SCT -e 'trace=!openat,mmap' -o "$T/neg.txt" -- $B/sc_basic >/dev/null
	no_re "-e trace=!openat,mmap: no openat or mmap" "$T/neg.txt" '^(openat|mmap)\('
	has_line "-e trace=!openat,mmap: the rest shown" "$T/neg.txt" 'close(3)                                = 0'

	$SCT -e trace=%file -o "$T/file.txt" -- $B/sc_basic >/dev/null
	has_line "-e trace=%file: openat" "$T/file.txt" 'openat(AT_FDCWD, "/nonexistent/sctrace-test", O_RDONLY) = -1 ENOENT (No such file or directory)'
	no_re "-e trace=%file: no close/write/getppid" "$T/file.txt" '^(close|write|getppid)\('

	$SCT -e trace=%process,write -o "$T/proc.txt" -- $B/sc_basic >/dev/null
	has_line "-e trace=%process,write: write" "$T/proc.txt" 'write(1, "hello\n", 6)                  = 6'
	has_line "-e trace=%process,write: exit_group" "$T/proc.txt" 'exit_group(0)                           = ?'
	no_re "-e trace=%process,write: no openat" "$T/proc.txt" '^openat\('

	$SCT -e trace=openat,bogus -- true >"$T/bad.out" 2>"$T/bad.err"
	rc=$?
	check "-e unknown name: exit 2" "$([ $rc = 2 ]; echo $?)" "got $rc"
	check "-e unknown name: one line naming it" \
		"$([ "$(wc -l <"$T/bad.err")" = 1 ] && grep -q "'bogus'" "$T/bad.err"; echo $?)" "stderr:" "$T/bad.err"
	check "-e unknown name: nothing on stdout" "$([ ! -s "$T/bad.out" ]; echo $?)" "stdout not empty"
fi

# ---------------------------------------------------------------- blocked call
if want block; then
	mkfifo "$T/fifo"
	exec 7<>"$T/fifo"
	$SCT -o "$T/block.txt" -- $B/sc_block <"$T/fifo" &
	sct=$!
	BG_PIDS+=("$sct")
	# as strace 7.2: the line is written up to the entry arguments and left open
	wait_for "$T/block.txt" '^read\(0$' 5
	check "blocked read shows while it blocks (-o FILE)" $? "no open read line" "$T/block.txt"
	echo hi >&7
	wait "$sct"
	has_line "blocked read: the same line completes it" "$T/block.txt" 'read(0, "hi\n", 64)                     = 3'
	$SCT --json -- $B/sc_block <"$T/fifo" >"$T/block.json" &
	sct=$!
	BG_PIDS+=("$sct")
	wait_for "$T/block.json" '"type":"unfinished"' 5
	check "blocked read shows while it blocks (JSON)" $? "no unfinished record" "$T/block.json"
	echo hi >&7
	wait "$sct"
	jq_true "blocked read: JSON unfinished then syscall" "$T/block.json" \
		'(map(select(.syscall == "read" and .args.fd == 0)) | .[0].type == "unfinished" and .[0].args.fd == 0 and
		  .[1].type == "syscall" and .[1].args.buf == "hi\n" and .[1].ret == 3)'
	exec 7>&-
fi

# ---------------------------------------------------------------- untouched page
if want untouched; then
	$SCT -o "$T/untouched.txt" -- $B/sc_untouched "$T/pathfile"
	check "untouched page: command ran" $? "nonzero exit"
	has_re "untouched page: path still printed" "$T/untouched.txt" \
		'^openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\) = [0-9]+$'
	$SCT -o "$T/untouched2.txt" -- $B/sc_untouched "$T/pathfile2" $B/sc_basic >/dev/null
	check "untouched page: exec'd program ran" $? "nonzero exit"
	has_re "untouched page: execve's path and argv printed" "$T/untouched2.txt" \
		'^execve\("build/tests/sc_basic", \["build/tests/sc_basic"\], 0x[0-9a-f]+ /\* 0 vars \*/\) = 0$'
fi

# ---------------------------------------------------------------- ia32
if want ia32; then
	$SCT -o "$T/ia32.txt" -- $B/sc_ia32
	check "ia32: exit status" $? "nonzero"
	has_re "ia32: getppid by its own number (64), not x86_64's" "$T/ia32.txt" '^getppid\(0, 0, 0, 0, 0, 0\) += [0-9]+$'
	has_re "ia32: open (5), not x86_64's fstat" "$T/ia32.txt" '^open\(0x[0-9a-f]+, 0, 0, 0, 0, 0\) += -1 ENOENT'
	has_line "ia32: exit_group (252) never returns" "$T/ia32.txt" 'exit_group(0, 0, 0, 0, 0, 0)            = ?'
	has_re "ia32: the 64-bit execve before it is x86_64's" "$T/ia32.txt" '^execve\("build/tests/sc_ia32", \["build/tests/sc_ia32"\]'
	$SCT -e trace=open -o "$T/ia32e.txt" -- $B/sc_ia32
	check "ia32: -e trace=open picks ia32's open by name" \
		"$(grep -c '' "$T/ia32e.txt" | grep -qx 2 && grep -q '^open(' "$T/ia32e.txt"; echo $?)" "lines" "$T/ia32e.txt"
	$SCT --json -o "$T/ia32.json" -- $B/sc_ia32
	jq_true "ia32: JSON compat flag and ia32 number" "$T/ia32.json" \
		'map(select(.compat)) | map(.syscall) == ["getppid", "open", "exit_group"] and .[1].nr == 5'
fi

# ---------------------------------------------------------------- unreadable memory
if want unreadable; then
	$SCT -o "$T/fault.txt" -- $B/sc_fault 2>"$T/fault.err"
	has_line "unreadable path: its address, as strace" "$T/fault.txt" \
		'openat(AT_FDCWD, 0x10, O_RDONLY)        = -1 EFAULT (Bad address)'
	has_line "unreadable path: counted and said at exit" "$T/fault.err" \
		'sctrace: 1 syscall arguments could not be read (shown as addresses)'
fi

# ---------------------------------------------------------------- -f
if want fork; then
	$SCT -f -o "$T/fork.txt" -- $B/sc_fork $B/sc_basic >/dev/null
	check "-f: exit status" $? "nonzero"
	parent=$(head -1 "$T/fork.txt" | awk '{print $1}')
	child=$(grep -E '^[0-9]+ +openat\(AT_FDCWD, "/nonexistent/child"' "$T/fork.txt" | awk '{print $1}')
	check "-f: child traced from its first syscalls" "$([ -n "$child" ] && [ "$child" != "$parent" ]; echo $?)" \
		"no child line" "$T/fork.txt"
	has_re "-f: pid prefix is strace's %-5d" "$T/fork.txt" "^$parent +execve\(\"build/tests/sc_fork\""
	has_re "-f: child's execve" "$T/fork.txt" "^$child +execve\(\"build/tests/sc_basic\", \[\"build/tests/sc_basic\", \"3\"\], 0x[0-9a-f]+ /\* 0 vars \*/\) = 0$"
	has_re "-f: child's calls after exec" "$T/fork.txt" "^$child +openat\(AT_FDCWD, \"/etc/hostname\", O_RDONLY\|O_CLOEXEC\) = 3$"
	has_re "-f: child exit" "$T/fork.txt" "^$child +\+\+\+ exited with 3 \+\+\+$"
	has_re "-f: parent's wait4" "$T/fork.txt" \
		"^$parent +(wait4\($child, \[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 3\}\], 0, NULL\) += $child|<\.\.\. wait4 resumed>, \[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 3\}\], 0, NULL\) += $child)$"
	has_re "-f: parent after the child" "$T/fork.txt" "^$parent +openat\(AT_FDCWD, \"/nonexistent/parent\", O_RDONLY\) = -1 ENOENT"
	has_re "-f: parent exit last" <(tail -1 "$T/fork.txt") "^$parent +\+\+\+ exited with 0 \+\+\+$"

	$SCT -o "$T/nofork.txt" -- $B/sc_fork $B/sc_basic >/dev/null
	no_re "without -f: the child is not traced" "$T/nofork.txt" '"/nonexistent/child"'
	has_line "without -f: the parent is" "$T/nofork.txt" 'openat(AT_FDCWD, "/nonexistent/parent", O_RDONLY) = -1 ENOENT (No such file or directory)'
fi

# ---------------------------------------------------------------- threads dying mid-call
if want die; then
	SCTRACE_STATS=1 $SCT -f -o "$T/die.txt" -- $B/sc_die 2>"$T/die.err"
	check "threads killed inside read: exit 0" $? "nonzero"
	has_line "threads killed inside read: no per-thread state left in the kernel" "$T/die.err" \
		'sctrace: stats: inflight=0 lost=0 entry_full=0 unreadable=0 record_full=0'
	check "threads killed inside read: each read ends, each thread exits" \
		"$([ "$(grep -cE '^[0-9]+ +(<\.\.\. read resumed>|read\(3) <unfinished \.\.\.>\) += \?$' "$T/die.txt")" = 4 ] &&
		   [ "$(grep -cE '^[0-9]+ +\+\+\+ exited with 0 \+\+\+$' "$T/die.txt")" = 5 ]; echo $?)" "counts" "$T/die.txt"
	has_re "exit_group never returns (-f)" "$T/die.txt" '^[0-9]+ +exit_group\(0\) += \?$'

	SCTRACE_STATS=1 $SCT -f -o "$T/tx.txt" -- $B/sc_die exec $B/sc_basic 5 >/dev/null 2>"$T/tx.err"
	rc=$?
	check "exec from a non-leader thread: exit status of the new program" "$([ $rc = 5 ]; echo $?)" "got $rc"
	leader=$(head -1 "$T/tx.txt" | awk '{print $1}')
	has_re "exec from a non-leader thread: execve pairs under the leader's pid" "$T/tx.txt" \
		"^$leader +<\.\.\. execve resumed>\) += 0$"
	has_re "exec from a non-leader thread: the new program is traced" "$T/tx.txt" \
		"^$leader +openat\(AT_FDCWD, \"/nonexistent/sctrace-test\", O_RDONLY\) = -1 ENOENT"
	has_re "exec from a non-leader thread: no state left" "$T/tx.err" 'sctrace: stats: inflight=0 lost=0'
fi

# ---------------------------------------------------------------- -p
if want attach; then
	$B/sc_loop &
	loop=$!
	BG_PIDS+=("$loop")
	$SCT -p "$loop" -o "$T/p.txt" 2>"$T/p.err" &
	sct=$!
	BG_PIDS+=("$sct")
	wait_for "$T/p.txt" 'sctrace-loop' 5
	check "-p: sees the running process" $? "nothing traced" "$T/p.txt"
	kill -TERM "$loop"
	for _ in $(seq 50); do kill -0 "$sct" 2>/dev/null || break; sleep 0.1; done
	! kill -0 "$sct" 2>/dev/null
	check "-p: stops when the process exits" $? "sctrace still running"
	wait "$sct"
	check "-p: exit status 0" $? "nonzero"
	has_line "-p: decoded line" "$T/p.txt" 'openat(AT_FDCWD, "/nonexistent/sctrace-loop", O_RDONLY) = -1 ENOENT (No such file or directory)'
	has_line "-p: killed by SIGTERM" "$T/p.txt" '+++ killed by SIGTERM +++'
	has_line "-p: attached message on stderr" "$T/p.err" "sctrace: Process $loop attached"

	$B/sc_loop &
	loop=$!
	BG_PIDS+=("$loop")
	$SCT -p "$loop" -o "$T/p2.txt" 2>"$T/p2.err" &
	sct=$!
	BG_PIDS+=("$sct")
	wait_for "$T/p2.txt" 'sctrace-loop' 5
	kill -INT "$sct"
	wait "$sct"
	rc=$?
	check "-p: SIGINT detaches, then dies of it as strace (130)" "$([ $rc = 130 ]; echo $?)" "got $rc"
	kill -0 "$loop" 2>/dev/null
	check "-p: the process lives on after detach" $? "it died"
	has_line "-p: detached message" "$T/p2.err" "sctrace: Process $loop detached"
	kill -9 "$loop"
fi

# ---------------------------------------------------------------- system-wide
if want system; then
	$SCT --comm sc_basic -o "$T/comm.txt" &
	sct=$!
	BG_PIDS+=("$sct")
	run_until_traced "$T/comm.txt" 'hostname' $B/sc_basic
	kill -INT "$sct"
	wait "$sct"
	check "--comm: stops on SIGINT, exit 0" $? "nonzero"
	has_re "--comm: PID<comm> prefix" "$T/comm.txt" \
		'^[0-9]+<sc_basic> openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\|O_CLOEXEC\) = 3$'
	no_re "--comm: only that comm" "$T/comm.txt" '^[0-9]+<([^s]|s[^c]|sc[^_]|sc_[^b])'

	$SCT -e trace=openat -o "$T/sys.txt" &
	sct=$!
	BG_PIDS+=("$sct")
	run_until_traced "$T/sys.txt" 'sc_basic> openat(AT_FDCWD, "/etc/hostname"' $B/sc_basic
	kill -TERM "$sct"
	wait "$sct"
	check "system-wide: stops on SIGTERM, exit 0" $? "nonzero"
	has_re "system-wide -e trace=openat: our program seen" "$T/sys.txt" \
		'^[0-9]+<sc_basic> openat\(AT_FDCWD, "/nonexistent/sctrace-test", O_RDONLY\) = -1 ENOENT'
	grep -E '^[0-9]+<[^>]*> [a-z_0-9]+\(' "$T/sys.txt" | grep -vE '^[0-9]+<[^>]*> openat\(' >"$T/sys.other"
	check "system-wide: only openat lines" "$([ ! -s "$T/sys.other" ]; echo $?)" "other syscalls" "$T/sys.other"
	no_re "system-wide: never traces itself" "$T/sys.txt" "^$sct<"

	# to a terminal, sctrace's ancestors (here `script`, which copies the
	# terminal's output) are left out: tracing them would feed back
	if command -v script >/dev/null; then
		script -qc "(sleep 0.7; $B/sc_basic >/dev/null) & timeout -s INT 2 $SCT --color=never -e trace=write" \
			"$T/tty.txt" >/dev/null 2>&1
		has_re "system-wide to a terminal: other processes traced" "$T/tty.txt" \
			'^[0-9]+<sc_basic> write\(1, "hello\\n", 6\) += 6'
		no_re "system-wide to a terminal: not the terminal's own writer (no feedback)" "$T/tty.txt" '^[0-9]+<script> '
	fi

	$SCT -e trace=openat --comm "$(printf 'x> a\n1<sshd> o')" -o "$T/forge.txt" &
	sct=$!
	BG_PIDS+=("$sct")
	run_until_traced "$T/forge.txt" 'sctrace-rename' $B/sc_rename
	kill -INT "$sct"
	wait "$sct"
	has_re "a comm cannot forge a line: escaped like strace's strings" "$T/forge.txt" \
		'^[0-9]+<x\\076 a\\0121\\074sshd\\076 o> openat\(AT_FDCWD, "/nonexistent/sctrace-rename", O_RDONLY\) = -1 ENOENT'
	no_re "a comm cannot forge a line: no line starts as another task" "$T/forge.txt" '^1<sshd>'
fi

# ---------------------------------------------------------------- threads
if want threads; then
	$SCT --json -e trace=getppid,openat -- $B/sc_threads 8 1000 >"$T/thr.json"
	check "threads: exit status" $? "nonzero"
	jq_true "threads: exactly 8000 getppid records" "$T/thr.json" '[.[] | select(.syscall == "getppid")] | length == 8000'
	jq_true "threads: 8 distinct thread ids" "$T/thr.json" \
		'[.[] | select(.syscall == "openat" and .args.filename == "/nonexistent/thread") | .tid] | unique | length == 8'
fi

# ---------------------------------------------------------------- command line
if want options; then
	$SCT --help >"$T/help.txt" 2>&1
	check "--help: exit 0" $? "nonzero"
	has_re "--help: shows examples" "$T/help.txt" 'jq'
	$SCT -V >"$T/v.txt"
	has_re "-V: version" "$T/v.txt" '^sctrace [0-9]+\.[0-9]+'
	for args in "--bogus" "-p abc" "-p 0" "-p -5" "-s x" "-e trace=" "--comm 0123456789abcdefghij" "-p 1 -- true" "--buffer-size 1000"; do
		# shellcheck disable=SC2086
		$SCT $args >"$T/o.out" 2>"$T/o.err"
		rc=$?
		check "bad command line '$args': exit 2, one line, no stdout" \
			"$([ $rc = 2 ] && [ "$(wc -l <"$T/o.err")" = 1 ] && [ ! -s "$T/o.out" ]; echo $?)" \
			"rc=$rc" "$T/o.err"
	done
	$SCT -p 999999999 >"$T/o.out" 2>"$T/o.err"
	rc=$?
	check "nonexistent pid: exit 1, one line" "$([ $rc = 1 ] && [ "$(wc -l <"$T/o.err")" = 1 ]; echo $?)" "rc=$rc" "$T/o.err"
	$SCT -- /nonexistent/cmd >"$T/o.out" 2>"$T/o.err"
	rc=$?
	check "missing command: exit 1, one line" "$([ $rc = 1 ] && [ "$(wc -l <"$T/o.err")" = 1 ]; echo $?)" "rc=$rc" "$T/o.err"
	$SCT -o /nonexistent/dir/out -- true >"$T/o.out" 2>"$T/o.err"
	rc=$?
	check "unwritable -o: exit 1, one line" "$([ $rc = 1 ] && [ "$(wc -l <"$T/o.err")" = 1 ]; echo $?)" "rc=$rc" "$T/o.err"
fi

# ---------------------------------------------------------------- -c / -C / -S / -w (issue 6)
# shape of a -c data row: strace's columns, widths 6 11 11 9 9 (errors blank when 0)
CROW='^[ 0-9]{2}[0-9]\.[0-9]{2} [ 0-9]{3}[0-9]\.[0-9]{6} [ 0-9]{10}[0-9] [ 0-9]{8}[0-9] [ 0-9]{9} [a-z0-9_]+$'
CHDR='% time     seconds  usecs/call     calls    errors syscall'
CDASH='------ ----------- ----------- --------- --------- ----------------'
# calls, errors, name of each row (names sorted), from a -c table
crows() { grep -E "$CROW" "$1" | grep -v ' total$' | awk '{ print $NF, $4, (NF == 6 ? $5 : 0) }' | sort; }
if want summary; then
	$SCT -c -o "$T/c.txt" -- $B/sc_basic >"$T/c.out"
	check "-c: exit status 0" $? "nonzero"
	has_line "-c: the command's stdout untouched" "$T/c.out" 'hello'
	has_line "-c: strace's header" <(sed -n 1p "$T/c.txt") "$CHDR"
	has_line "-c: strace's dashes" <(sed -n 2p "$T/c.txt") "$CDASH"
	has_line "-c: dashes before the total" <(tail -2 "$T/c.txt" | head -1) "$CDASH"
	has_re "-c: total line last" <(tail -1 "$T/c.txt") \
		'^100\.00 [ 0-9]{3}[0-9]\.[0-9]{6} [ 0-9]{10}[0-9] [ 0-9]{8}[0-9] [ 0-9]{8}[0-9] total$'
	bad=$(sed '1,2d;$d' "$T/c.txt" | sed '$d' | grep -vcE "$CROW")
	check "-c: every row in strace's columns" "$([ "$bad" = 0 ]; echo $?)" "$bad odd rows" "$T/c.txt"
	no_re "-c: no trace lines" "$T/c.txt" '^[a-z_0-9]+\(|^\+\+\+'
	has_re "-c: openat 4 calls, 1 error" "$T/c.txt" '^ .* +4 +1 openat$'
	has_re "-c: getppid 1 call, no error" "$T/c.txt" '^ .* +1 {11}getppid$'

	# the same calls, errors and names as strace -c on the same program
	strace -c -o "$T/c.strace" -- $B/sc_basic >/dev/null
	has_line "-c: strace's header (oracle)" <(sed -n 1p "$T/c.strace") "$CHDR"
	diff <(crows "$T/c.strace") <(crows "$T/c.txt") >"$T/c.diff"
	check "-c: same rows as strace -c (calls, errors, names)" $? "differs from strace" "$T/c.diff"
	st_total=$(tail -1 "$T/c.strace" | awk '{ print $4, $5 }')
	sc_total=$(tail -1 "$T/c.txt" | awk '{ print $4, $5 }')
	check "-c: same total calls and errors as strace -c" "$([ "$st_total" = "$sc_total" ]; echo $?)" \
		"strace: $st_total, sctrace: $sc_total"

	$SCT -c -- $B/sc_basic >/dev/null 2>"$T/c.err"
	has_line "-c: the table goes to stderr by default (as strace)" <(head -1 "$T/c.err") "$CHDR"

	$SCT -C -o "$T/cc.txt" -- $B/sc_basic >/dev/null
	has_line "-C: the trace" "$T/cc.txt" 'close(3)                                = 0'
	n_exit=$(grep -n '^+++ exited with 0 +++$' "$T/cc.txt" | cut -d: -f1)
	n_hdr=$(grep -nxF "$CHDR" "$T/cc.txt" | cut -d: -f1)
	check "-C: then the table" "$([ -n "$n_exit" ] && [ "$n_hdr" = $((n_exit + 1)) ]; echo $?)" "order" "$T/cc.txt"
	has_re "-C: total last" <(tail -1 "$T/cc.txt") ' total$'

	$SCT -c -S calls -o "$T/cs.txt" -- $B/sc_basic >/dev/null
	grep -E "$CROW" "$T/cs.txt" | grep -v ' total$' | awk '{ print $4 }' >"$T/cs.calls"
	check "-S calls: most calls first" "$(sort -rn -c "$T/cs.calls" 2>/dev/null; echo $?)" "not sorted" "$T/cs.txt"
	$SCT -c -S name -o "$T/cn.txt" -- $B/sc_basic >/dev/null
	grep -E "$CROW" "$T/cn.txt" | grep -v ' total$' | awk '{ print $NF }' >"$T/cn.names"
	check "-S name: alphabetical" "$(LC_ALL=C sort -c "$T/cn.names" 2>/dev/null; echo $?)" "not sorted" "$T/cn.txt"
	$SCT -c -S errors -o "$T/ce.txt" -- $B/sc_basic >/dev/null
	has_re "-S errors: a failing call first" <(sed -n 3p "$T/ce.txt") ' 1 (access|openat)$'
	$SCT -c -S nothing -o "$T/c0.txt" -- $B/sc_basic >/dev/null
	has_re "-S nothing: syscall-number order (read first)" <(sed -n 3p "$T/c0.txt") ' read$'

	# -w: wall-clock time; the default (CPU time) does not count sleeping
	$SCT -c -w -e trace=nanosleep -o "$T/cw.txt" -- $B/sc_sleep 50 2
	has_re "-w: wall-clock seconds of 2 x 50 ms" "$T/cw.txt" \
		'^100\.00    0\.1[0-9]{5} {7}[5-9][0-9]{4}         2           nanosleep$'
	$SCT -c -e trace=nanosleep -o "$T/cpu.txt" -- $B/sc_sleep 50 2
	has_re "-c without -w: CPU time, not the sleep" "$T/cpu.txt" \
		'^[ .0-9]{6}    0\.0[0-4][0-9]{4} +[0-9]+         2           nanosleep$'

	$SCT -c -j -- $B/sc_basic 2>"$T/cj.err" >"$T/cj.json"
	jq_true "-c --json: one summary record, nothing else" "$T/cj.json" \
		'length == 1 and .[0].type == "summary" and .[0].clock == "cpu"'
	jq_true "-c --json: rows and total agree" "$T/cj.json" \
		'.[0] | (.syscalls | map(.calls) | add) == .total.calls and (.syscalls | map(.errors) | add) == .total.errors'
	jq_true "-c --json: openat row" "$T/cj.json" \
		'.[0].syscalls[] | select(.syscall == "openat") | .nr == 257 and .calls == 4 and .errors == 1 and
		 (.wall_ns > 0) and (.cpu_ns | type) == "number" and (.percent | type) == "number"'
	check "-c --json: on stderr, only the command's own output" \
		"$([ "$(cat "$T/cj.err")" = hello ]; echo $?)" "stderr" "$T/cj.err"
	$SCT -c -w -j -e trace=nanosleep -- $B/sc_sleep 20 >"$T/cwj.json"
	jq_true "-c -w --json: clock wall, percent 100" "$T/cwj.json" \
		'.[0] | .clock == "wall" and .syscalls[0].percent == 100 and .syscalls[0].wall_ns >= 20000000 and
		 .syscalls[0].usecs_per_call >= 20000'
	$SCT -C -j -- $B/sc_basic | grep -v '^hello$' >"$T/cCj.json"
	jq_true "-C --json: the records, then the summary last" "$T/cCj.json" \
		'(map(select(.type == "syscall")) | length) > 20 and .[-1].type == "summary" and .[-2].type == "exit"'

	# -c -p: attached, stopped by SIGINT, the table of what was seen
	$B/sc_loop &
	loop=$!
	BG_PIDS+=("$loop")
	$SCT -c -p "$loop" -o "$T/cp.txt" 2>/dev/null &
	sct=$!
	BG_PIDS+=("$sct")
	sleep 0.5
	kill -INT "$sct"
	wait "$sct"
	rc=$?
	check "-c -p: SIGINT ends it, then kills it as strace (130)" "$([ $rc = 130 ]; echo $?)" "got $rc"
	{ kill -9 "$loop"; wait "$loop"; } 2>/dev/null
	has_re "-c -p: every openat failed" "$T/cp.txt" '^ .* ([0-9]+) +\1 openat$'

	for args in "-c -C" "-w" "-c -S bogus" "--summary-by=tid" "-r=ms" "--syscall-times=xs" \
		    "--absolute-timestamps=format:bogus" "--relative-timestamps=sec"; do
		# shellcheck disable=SC2086
		$SCT $args -- true >"$T/o.out" 2>"$T/o.err"
		rc=$?
		check "bad command line '$args': exit 2, one line" \
			"$([ $rc = 2 ] && [ "$(wc -l <"$T/o.err")" = 1 ] && [ ! -s "$T/o.out" ]; echo $?)" "rc=$rc" "$T/o.err"
	done
fi

# ---------------------------------------------------------------- -z / -Z
if want retfilter; then
	$SCT -Z -o "$T/Z.txt" -- $B/sc_basic >/dev/null
	strace -Z -o "$T/Z.strace" -- $B/sc_basic >/dev/null
	diff "$T/Z.strace" "$T/Z.txt" >"$T/Z.diff"
	check "-Z: the same lines as strace -Z" $? "differs" "$T/Z.diff"
	has_line "-Z: the failed openat" "$T/Z.txt" \
		'openat(AT_FDCWD, "/nonexistent/sctrace-test", O_RDONLY) = -1 ENOENT (No such file or directory)'
	no_re "-Z: no successful call" "$T/Z.txt" '\) += [0-9]'

	$SCT -z -o "$T/z.txt" -- $B/sc_basic >/dev/null
	strace -z -o "$T/z.strace" -- $B/sc_basic >/dev/null
	# from the first openat on (strace -z, like sctrace, omits exit_group: no result)
	zn() { sed -n '/"\/etc\/hostname"/,$p' "$1" | sed -E 's/^(getppid\(\) +)= [0-9]+$/\1= PPID/'; }
	diff <(zn "$T/z.strace") <(zn "$T/z.txt") >"$T/z.diff"
	check "-z: the same lines as strace -z" $? "differs" "$T/z.diff"
	no_re "-z: no failed call" "$T/z.txt" '= -1 E'

	$SCT -c -Z -o "$T/cZ.txt" -- $B/sc_basic >/dev/null
	has_re "-c -Z: counts only the failures" "$T/cZ.txt" '^100\.00 .* +2 +2 total$'
fi

# ---------------------------------------------------------------- -t / -tt / -ttt / -r / -T
# a line's shape: digits as N, so that strace's and ours compare
shape() { grep -E "$2" "$1" | sed -E 's/[0-9]/N/g'; }
if want timestamps; then
	for flag in -t -tt -ttt -r -T "-tt -T" "-t -r" "-ttt -r -T"; do
		# shellcheck disable=SC2086
		$SCT $flag -o "$T/ts.txt" -- $B/sc_basic >/dev/null
		# shellcheck disable=SC2086
		strace $flag -o "$T/ts.strace" -- $B/sc_basic >/dev/null
		pat='close\(3\)|write\(1, "hello|exit_group|\+\+\+ exited|getppid|nonexistent'
		diff <(shape "$T/ts.strace" "$pat") <(shape "$T/ts.txt" "$pat") >"$T/ts.diff"
		check "$flag: the same line format as strace" $? "differs from strace" "$T/ts.diff"
	done
	$SCT -t -o "$T/t.txt" -- $B/sc_basic >/dev/null
	has_re "-t: HH:MM:SS, then the line aligned at 40" "$T/t.txt" '^[0-2][0-9]:[0-5][0-9]:[0-6][0-9] close\(3\) {23}= 0$'
	$SCT -tt -o "$T/tt.txt" -- $B/sc_basic >/dev/null
	has_re "-tt: microseconds" "$T/tt.txt" '^[0-2][0-9]:[0-5][0-9]:[0-6][0-9]\.[0-9]{6} close\(3\) {16}= 0$'
	now=$(date +%s)
	$SCT -ttt -o "$T/ttt.txt" -- $B/sc_basic >/dev/null
	first=$(head -1 "$T/ttt.txt" | cut -d' ' -f1)
	check "-ttt: seconds since the epoch, now" \
		"$(echo "$first" | grep -qE '^[0-9]{10}\.[0-9]{6}$' && [ $(( ${first%.*} - now )) -ge -2 ] && [ $(( ${first%.*} - now )) -le 5 ]; echo $?)" \
		"first=$first now=$now" "$T/ttt.txt"
	has_re "-ttt: the execve first" "$T/ttt.txt" '^[0-9]{10}\.[0-9]{6} execve\("build/tests/sc_basic"'
	has_re "-ttt: exit lines too" "$T/ttt.txt" '^[0-9]{10}\.[0-9]{6} \+\+\+ exited with 0 \+\+\+$'
	$SCT -r -o "$T/r.txt" -- $B/sc_basic >/dev/null
	has_re "-r: the first line at 0" <(head -1 "$T/r.txt") '^     0\.000000 execve\('
	bad=$(grep -cvE '^ +[0-9]+\.[0-9]{6} ' "$T/r.txt")
	check "-r: every line" "$([ "$bad" = 0 ]; echo $?)" "$bad lines without" "$T/r.txt"
	$SCT -T -o "$T/T.txt" -- $B/sc_basic >/dev/null
	has_re "-T: <seconds> at the end" "$T/T.txt" '^close\(3\) {32}= 0 <0\.[0-9]{6}>$'
	has_re "-T: after the errno text" "$T/T.txt" 'O_RDONLY\) = -1 ENOENT \(No such file or directory\) <0\.[0-9]{6}>$'
	has_line "-T: not on a call that never returned" "$T/T.txt" 'exit_group(0)                           = ?'
	$SCT -e trace=nanosleep -T -o "$T/Tn.txt" -- $B/sc_sleep 30 >/dev/null
	has_re "-T: the time of a 30 ms sleep" "$T/Tn.txt" '^nanosleep\(.*\) += 0 <0\.0[3-9][0-9]{4}>$'
	$SCT --relative-timestamps=ns --syscall-times=ms --absolute-timestamps=unix,ms -e trace=close \
		-o "$T/tsp.txt" -- $B/sc_basic >/dev/null
	has_re "precisions: unix,ms, -r ns, -T ms" "$T/tsp.txt" \
		'^[0-9]{10}\.[0-9]{3} \(\+ +[0-9]+\.[0-9]{9}\) close\(3\) = 0 <0\.[0-9]{3}>$'
	$SCT --syscall-times=s -e trace=close -o "$T/ts0.txt" -- $B/sc_basic >/dev/null
	has_re "precision s: -T <0>" "$T/ts0.txt" '^close\(3\) {32}= 0 <0>$'
	$SCT -f -tt -o "$T/tf.txt" -- $B/sc_fork $B/sc_basic >/dev/null
	has_re "-f -tt: the timestamp after the pid" "$T/tf.txt" \
		'^[0-9]+ +[0-9:]{8}\.[0-9]{6} openat\(AT_FDCWD, "/nonexistent/parent", O_RDONLY\) = -1 ENOENT'
	$SCT -j -tt -T -r -- $B/sc_basic | grep -v '^hello$' >"$T/tsj.json"
	jq_true "JSON is not changed by -tt -T -r" "$T/tsj.json" \
		'all(.[]; .type != "syscall" or ((.ts | type) == "number" and (.dur_ns | type) == "number"))'
fi

# ---------------------------------------------------------------- --histogram
HROW='^(\[[01]\]|\[[0-9]+[KMGT]?, ([0-9]+[KMGT]?|\.\.\.)\)) +[0-9]+ \|[@ ]{52}\|$'
if want histogram; then
	$SCT --histogram -e trace=nanosleep -o "$T/h.txt" -- $B/sc_sleep 20
	check "--histogram: exit 0" $? "nonzero"
	has_line "--histogram: a heading per syscall" <(head -1 "$T/h.txt") 'nanosleep: 1 call, wall time in ns'
	# 20 ms = 2^24.25 ns: the [16M, 32M) bucket, alone, full bar
	has_line "--histogram: 20 ms in [16M, 32M)" <(sed -n 2p "$T/h.txt") \
		'[16M, 32M)             1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|'
	check "--histogram: nothing else" "$([ "$(wc -l <"$T/h.txt")" = 2 ]; echo $?)" "more lines" "$T/h.txt"

	$SCT --histogram -e trace=openat,close -o "$T/h2.txt" -- $B/sc_basic >/dev/null
	has_line "--histogram: openat heading" "$T/h2.txt" 'openat: 4 calls, wall time in ns'
	has_line "--histogram: close heading" "$T/h2.txt" 'close: 3 calls, wall time in ns'
	bad=$(grep -vE "$HROW|^(openat|close): [0-9]+ calls?, wall time in ns$|^$" "$T/h2.txt" | wc -l)
	check "--histogram: bpftrace's row format" "$([ "$bad" = 0 ]; echo $?)" "$bad odd lines" "$T/h2.txt"
	sum=$(sed -n '/^openat:/,/^$/p' "$T/h2.txt" | grep -E "$HROW" | sed -E 's/^.*\) +([0-9]+) \|.*/\1/; s/^\[[01]\] +([0-9]+) .*/\1/' | paste -sd+ | bc)
	check "--histogram: openat buckets add up to 4" "$([ "$sum" = 4 ]; echo $?)" "sum=$sum" "$T/h2.txt"
	no_re "--histogram alone: no trace lines" "$T/h2.txt" '^[a-z_0-9]+\(|^\+\+\+'

	$SCT --histogram -j -e trace=nanosleep,openat -- $B/sc_sleep 20 3 >"$T/hj.json"
	jq_true "--histogram --json: records" "$T/hj.json" \
		'all(.[]; .type == "histogram") and (map(.syscall) | index("nanosleep")) != null'
	jq_true "--histogram --json: bucket counts add up to calls" "$T/hj.json" \
		'all(.[]; (.buckets | map(.count) | add) == .calls)'
	jq_true "--histogram --json: contiguous log2 buckets" "$T/hj.json" \
		'all(.[]; .buckets as $b | all(range(1; $b | length); $b[.].from == $b[. - 1].to) and
		 all($b[]; .to == null or (.from == 0 and .to == 1) or .to == 2 * .from))'
	jq_true "--histogram --json: 3 x 20 ms in [2^24, 2^25)" "$T/hj.json" \
		'.[] | select(.syscall == "nanosleep") | .calls == 3 and .buckets == [{"from":16777216,"to":33554432,"count":3}]'

	$SCT -c --histogram -e trace=nanosleep -o "$T/ch.txt" -- $B/sc_sleep 20
	has_line "-c --histogram: the table first" <(head -1 "$T/ch.txt") "$CHDR"
	has_line "-c --histogram: then a blank line and the histograms" <(sed -n '/ total$/,$p' "$T/ch.txt" | sed -n 2,3p | paste -sd'|') \
		'|nanosleep: 1 call, wall time in ns'
fi

# ---------------------------------------------------------------- --summary-by
if want summary-by; then
	$SCT --summary-by=pid -f -e trace=openat,close -o "$T/sbp.txt" -- $B/sc_fork $B/sc_basic >/dev/null
	check "--summary-by=pid: exit 0" $? "nonzero"
	has_re "--summary-by=pid: the parent's table" "$T/sbp.txt" '^pid [0-9]+ \(sc_fork\)$'
	has_re "--summary-by=pid: the child's table" "$T/sbp.txt" '^pid [0-9]+ \(sc_basic\)$'
	check "--summary-by=pid: two tables, each with strace's header and total" \
		"$([ "$(grep -cxF "$CHDR" "$T/sbp.txt")" = 2 ] && [ "$(grep -c ' total$' "$T/sbp.txt")" = 2 ]; echo $?)" \
		"counts" "$T/sbp.txt"
	has_line "--summary-by=pid: each heading right before a header" \
		<(grep -A1 -E '^pid [0-9]+ ' "$T/sbp.txt" | grep -vE '^pid |^--$' | sort -u) "$CHDR"

	$SCT --summary-by=comm -c -f -e trace=openat,close -o "$T/sbc.txt" -- $B/sc_fork $B/sc_basic >/dev/null
	has_line "--summary-by=comm -c: the whole table first" <(head -1 "$T/sbc.txt") "$CHDR"
	has_line "--summary-by=comm: sc_fork" "$T/sbc.txt" 'comm sc_fork'
	has_line "--summary-by=comm: sc_basic" "$T/sbc.txt" 'comm sc_basic'

	$SCT --summary-by=pid -c -j -f -e trace=openat,close -- $B/sc_fork $B/sc_basic | grep -v '^hello$' >"$T/sbj.json"
	jq_true "--summary-by=pid --json: the whole summary, then one per process" "$T/sbj.json" \
		'length == 3 and all(.[]; .type == "summary") and (.[0] | has("pid") | not) and
		 ([.[1:][] | .pid] | unique | length) == 2 and ([.[1:][] | .comm] | sort) == ["sc_basic", "sc_fork"]'
	jq_true "--summary-by=pid --json: the groups add up to the whole" "$T/sbj.json" \
		'([.[1:][] | .total.calls] | add) == .[0].total.calls and ([.[1:][] | .total.errors] | add) == .[0].total.errors'
	$SCT --summary-by=comm -j -f -e trace=openat -- $B/sc_fork $B/sc_basic | grep -v '^hello$' >"$T/sbcj.json"
	jq_true "--summary-by=comm --json: comm, no pid" "$T/sbcj.json" \
		'length == 2 and all(.[]; has("comm") and (has("pid") | not))'
fi

# ---------------------------------------------------------------- -l, --help, man page, completion, install
if want list; then
	$SCT -l >"$T/l.txt"
	check "-l: exit 0" $? "nonzero"
	has_re "-l: openat with its number and classes" "$T/l.txt" '^openat +257  %file %desc$'
	has_re "-l: the classes" "$T/l.txt" '^%file +.* openat( |$)'
	has_re "-l: %process" "$T/l.txt" '^%process +.*\bexecve\b'
	$SCT -e "trace=$(awk '!/^#/ { print $1 }' "$T/l.txt" | paste -sd,)" -c -o /dev/null -- true
	check "-l: every name and class listed is accepted by -e trace=" $? "rejected"
fi

if want help; then
	$SCT --help >"$T/h.txt"
	check "--help: exit 0" $? "nonzero"
	for g in "Startup:" "Tracing:" "Filtering:" "Output format:" "Statistics (counted in the kernel):" "Miscellaneous:" "Examples:"; do
		has_line "--help: group $g" "$T/h.txt" "$g"
	done
	has_re "--help: example -p" "$T/h.txt" '^  sctrace -p [0-9]+'
	has_re "--help: example --json | jq" "$T/h.txt" '^  sctrace --json .*\| jq '
	has_re "--help: example --comm" "$T/h.txt" '^  sctrace --comm '
	has_re "--help: example -e trace=%file" "$T/h.txt" '^  sctrace -e trace=%file '
	long=$(awk 'length > 80' "$T/h.txt")
	check "--help: lines fit in 80 columns" "$([ -z "$long" ]; echo $?)" "$long"
	# every long option of --help is in the man page and in the completion
	missing=""
	for o in $(grep -oE -- '--[a-z][a-z-]+' "$T/h.txt" | sort -u); do
		grep -qF -- "$(echo "$o" | sed 's/-/\\-/g')" docs/sctrace.8 || missing="$missing man:$o"
		grep -qE -- "(^|[ '])$o(=| |'|\$)" completion/sctrace.bash || missing="$missing completion:$o"
	done
	check "--help, man page and completion name the same options" "$([ -z "$missing" ]; echo $?)" "missing:$missing"
fi

if want man; then
	groff -man -ww -z docs/sctrace.8 >"$T/groff.out" 2>&1
	check "man page: groff -man -ww -z renders it without warnings" \
		"$([ $? = 0 ] && [ ! -s "$T/groff.out" ]; echo $?)" "groff said:" "$T/groff.out"
	for s in NAME SYNOPSIS DESCRIPTION OPTIONS "TEXT OUTPUT" "JSON OUTPUT" "EXIT STATUS" EXAMPLES "SEE ALSO"; do
		has_line "man page: section $s" docs/sctrace.8 ".SH $s"
	done
fi

if want completion; then
	# what bash would offer: COMP_WORDS split at spaces, '=' and ':' (as COMP_WORDBREAKS)
	compl() {
		bash -c '
			. completion/sctrace.bash
			line=$1
			COMP_LINE=$line COMP_POINT=${#line} COMP_WORDS=()
			read -r -a ws <<<"$line"
			for w in "${ws[@]}"; do
				while [[ $w =~ ^([^=:]*)([=:])(.*)$ ]]; do
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
	c=$(compl "$SCT --histo");                   check "completion: options" "$([ "$c" = "--histogram" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT -e trace=%fi");              check "completion: -e trace=%class" "$([ "$c" = "%file" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT -e trace=read,getpp");       check "completion: -e trace=a,b" "$([ "$c" = "read,getppid" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT -e trace=!openat2");         check "completion: -e trace=!name" "$([ "$c" = "!openat2" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT --trace=clock_nanos");       check "completion: --trace=name" "$([ "$c" = "clock_nanosleep" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT -e tr");                     check "completion: -e trace=" "$([ "$c" = "trace=" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT -p $$");                     check "completion: pids after -p" "$([[ " $c " == *" $$ "* ]]; echo $?)" "got '$c'"
	c=$(compl "$SCT -S ca");                     check "completion: -S" "$([ "$c" = "calls" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT --summary-by=");             check "completion: --summary-by=" "$([ "$c" = "pid comm" ]; echo $?)" "got '$c'"
	c=$(compl "$SCT -c -- build/tests/sc_bas");  check "completion: the command's files after --" "$([ "$c" = "build/tests/sc_basic" ]; echo $?)" "got '$c'"
fi

if want install; then
	d=$(mktemp -d /tmp/sctrace-install.XXXXXX)
	make -s install DESTDIR="$d" PREFIX=/usr/local >"$T/install.out" 2>&1
	check "make install DESTDIR=: exit 0" $? "failed" "$T/install.out"
	for f in bin/sctrace share/man/man8/sctrace.8 share/bash-completion/completions/sctrace; do
		check "make install: /usr/local/$f" "$([ -s "$d/usr/local/$f" ]; echo $?)" "missing"
	done
	check "make install: the binary is executable and runs" \
		"$("$d/usr/local/bin/sctrace" -V | grep -q '^sctrace '; echo $?)" "does not run"
	check "make install: the man page renders" \
		"$(MANWIDTH=80 man -l "$d/usr/local/share/man/man8/sctrace.8" 2>/dev/null | grep -q 'summary-by'; echo $?)" "man -l"
	check "make install: nothing else installed" "$([ "$(find "$d" -type f | wc -l)" = 3 ]; echo $?)" "$(find "$d" -type f)"
	make -s uninstall DESTDIR="$d" PREFIX=/usr/local >/dev/null 2>&1
	check "make uninstall: removes them" "$([ "$(find "$d" -type f | wc -l)" = 0 ]; echo $?)" "left: $(find "$d" -type f)"
	rm -rf "$d"
fi

# ---------------------------------------------------------------- decoders
# One file per decoder family: traces a program of ours (tests/progs) making
# the family's calls with syscall(2) and compares exact lines (strace 7.2's).
for f in tests/integration/*.sh; do
	[ -e "$f" ] || continue
	# shellcheck disable=SC1090
	. "$f"
done

# ---------------------------------------------------------------- storms, overload, failures
# tests/storm/storm.sh at the fast sizes (a few seconds); make test-storm
# runs the same at full size.
if want storm; then
	# shellcheck source=tests/storm/storm.sh
	. tests/storm/storm.sh
	storm_tests fast
fi

echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
