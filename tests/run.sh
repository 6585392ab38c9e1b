#!/usr/bin/env bash
# sctrace test runner: the unit tests, then integration tests that trace
# our own small programs (tests/progs, raw syscall(2) calls) for real, as
# root, and compare exact lines and JSON fields.
# Usage: tests/run.sh [NAME-FILTER]      Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/.."

SCT=./sctrace
B=build/tests
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

pass() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() {
	FAIL=$((FAIL + 1))
	echo "FAIL $1: $2"
	[ -n "${3:-}" ] && [ -f "$3" ] && sed 's/^/     | /' "$3" | head -40
}
# check NAME COND-EXIT-STATUS MESSAGE [FILE-TO-SHOW]
check() { if [ "$2" = 0 ]; then pass "$1"; else fail "$1" "$3" "${4:-}"; fi; }
# has_line NAME FILE LINE: FILE has exactly this line
has_line() { grep -qxF -- "$3" "$2"; check "$1" $? "no line: $3" "$2"; }
# has_re NAME FILE ERE: some line matches (anchored by the caller)
has_re() { grep -qE -- "$3" "$2"; check "$1" $? "no line matching: $3" "$2"; }
no_re() { ! grep -qE -- "$3" "$2"; check "$1" $? "unexpected line matching: $3" "$2"; }
# jq_true NAME FILE FILTER: jq -e over the JSON lines (slurped)
jq_true() { jq -e -s "$3" "$2" >/dev/null 2>&1; check "$1" $? "jq: $3" "$2"; }
want() { [ -z "$FILTER" ] || [[ "$1" == *"$FILTER"* ]]; }
# wait_for FILE ERE SECONDS: until a line matches
wait_for() {
	local i
	for ((i = 0; i < $3 * 20; i++)); do
		grep -qE -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}

# ---------------------------------------------------------------- unit
if want unit; then
	out=$(build/unit-tests 2>"$T/unit.err")
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
	echo "integration tests need root (BPF): skipped"
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
	has_re "launch: kill of itself returns before the signal lands" "$T/kill.txt" '^kill\([0-9]+, SIGKILL\) += 0$'
fi

# ---------------------------------------------------------------- JSON
if want json; then
	$SCT --json -- $B/sc_basic 2>"$T/json.err" >"$T/basic.json.all"
	# the command writes "hello" to the same stdout
	grep -v "^hello$" "$T/basic.json.all" >"$T/basic.json"
	check "json: exit status" $? "nonzero"
	jq -e . "$T/basic.json" >/dev/null 2>&1
	check "json: every line parses" $? "jq failed" "$T/basic.json"
	check "json: nothing on stderr" "$([ ! -s "$T/json.err" ]; echo $?)" "stderr not empty" "$T/json.err"
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
	wait_for "$T/block.txt" '^read\(0,  <unfinished \.\.\.>$' 5
	check "blocked read shows while it blocks (-o FILE)" $? "no unfinished line" "$T/block.txt"
	echo hi >&7
	wait "$sct"
	has_line "blocked read resumes" "$T/block.txt" '<... read resumed>"hi\n", 64)           = 3'
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
		"^$parent +(wait4\($child, \[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 3\}\], 0, NULL\) += $child|<\.\.\. wait4 resumed>\[\{WIFEXITED\(s\) && WEXITSTATUS\(s\) == 3\}\], 0, NULL\) += $child)$"
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
		"$([ "$(grep -cE '^[0-9]+ +<\.\.\. read resumed>0x[0-9a-f]+, 1\) += \? ERESTARTSYS' "$T/die.txt")" = 4 ] &&
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
	check "-p: SIGINT detaches, exit 0" $? "nonzero"
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
	for _ in $(seq 50); do
		$B/sc_basic >/dev/null
		grep -q 'hostname' "$T/comm.txt" 2>/dev/null && break
		sleep 0.1
	done
	kill -INT "$sct"
	wait "$sct"
	check "--comm: stops on SIGINT, exit 0" $? "nonzero"
	has_re "--comm: PID<comm> prefix" "$T/comm.txt" \
		'^[0-9]+<sc_basic> openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\|O_CLOEXEC\) = 3$'
	no_re "--comm: only that comm" "$T/comm.txt" '^[0-9]+<([^s]|s[^c]|sc[^_]|sc_[^b])'

	$SCT -e trace=openat -o "$T/sys.txt" &
	sct=$!
	BG_PIDS+=("$sct")
	for _ in $(seq 50); do
		$B/sc_basic >/dev/null
		grep -q 'sc_basic> openat(AT_FDCWD, "/etc/hostname"' "$T/sys.txt" 2>/dev/null && break
		sleep 0.1
	done
	kill -TERM "$sct"
	wait "$sct"
	check "system-wide: stops on SIGTERM, exit 0" $? "nonzero"
	has_re "system-wide -e trace=openat: our program seen" "$T/sys.txt" \
		'^[0-9]+<sc_basic> openat\(AT_FDCWD, "/nonexistent/sctrace-test", O_RDONLY\) = -1 ENOENT'
	grep -E '^[0-9]+<[^>]*> [a-z_0-9]+\(' "$T/sys.txt" | grep -vE '^[0-9]+<[^>]*> openat\(' >"$T/sys.other"
	check "system-wide: only openat lines" "$([ ! -s "$T/sys.other" ]; echo $?)" "other syscalls" "$T/sys.other"
	no_re "system-wide: never traces itself" "$T/sys.txt" "^$sct<"
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

echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
