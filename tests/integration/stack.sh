# -k / --stack-trace (bpf/sctrace_stack.bpf.h, src/stacktrace.c): the
# user stack of each call, unwound with DWARF CFI in userspace from the
# registers and stack copy taken at the call's entry.  sc_stack is built
# four ways (frame pointers or not, debug info or not): every build must
# name g, f and main, in that order, under the libc wrapper's frame.
if want stack; then
	# stack_frames FILE: the frame lines after the first getppid line
	stack_frames() { awk '/^getppid\(\)/ { on = 1; next } on && /^ > / { print; next } on { exit }' "$1"; }
	for v in fp nofp fp-g nofp-g; do
		prog="$B/sc_stack-$v"
		# frames name the file the kernel mapped: symlinks resolved
		# (check-asan runs the suite through a tree of them)
		mod=$(realpath "$prog")
		$SCT -k -e trace=getppid -o "$T/stack-$v.txt" -- "$prog" >/dev/null
		stack_frames "$T/stack-$v.txt" > "$T/stack-$v.frames"
		# the libc wrapper, as strace prints a frame: FILE(SYMBOL+0xOFF) [0xADDR]
		has_re "stack $v: the libc wrapper's frame first" "$T/stack-$v.frames" \
			'^ > /.*/libc\.so\.6\(syscall\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$'
		sed -nE 's/^ > (.*)\(([a-z_]+)\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$/\1 \2/p' "$T/stack-$v.frames" |
			grep -F "$mod " | head -3 | awk '{ print $2 }' | paste -sd, > "$T/stack-$v.chain"
		check "stack $v: g, f, main in order" $([ "$(cat "$T/stack-$v.chain")" = g,f,main ] && echo 0 || echo 1) \
			"$(cat "$T/stack-$v.chain")" "$T/stack-$v.txt"
		# the offsets are right: the frame's address minus its offset in
		# g is where nm says g starts (a caller's address is its return
		# address minus one, inside g)
		g_line=$(grep -F "$mod(g+" "$T/stack-$v.frames" | head -1)
		g_off=$(sed -nE 's/.*\(g\+(0x[0-9a-f]+)\).*/\1/p' <<<"$g_line")
		g_rel=$(sed -nE 's/.*\) \[(0x[0-9a-f]+)\]$/\1/p' <<<"$g_line")
		g_nm=$(nm "$prog" | awk '$3 == "g" { print "0x" $1 }')
		check "stack $v: g's offset and address agree with nm" \
			$([ -n "$g_off" ] && [ -n "$g_nm" ] && [ $((g_rel - g_off)) = $((g_nm)) ] && echo 0 || echo 1) \
			"g+$g_off at $g_rel, nm: $g_nm"
	done
	# debug info: -kk adds the source line of each frame of ours
	$SCT -kk -e trace=getppid -o "$T/stack-src.txt" -- "$B/sc_stack-nofp-g" >/dev/null
	has_re "stack -kk: g's file and line" "$T/stack-src.txt" \
		"^ > .*/sc_stack-nofp-g\\(g\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\] .*sc_stack\\.c:[0-9]+$"
	# without a symbol table: the file and the address only
	strip -o "$T/sc_stack-stripped" "$B/sc_stack-nofp"
	$SCT -k -e trace=getppid -o "$T/stack-stripped.txt" -- "$T/sc_stack-stripped" >/dev/null
	has_re "stack stripped: FILE() [0xADDR]" "$T/stack-stripped.txt" \
		"^ > $T/sc_stack-stripped\\(\\) \\[0x[0-9a-f]+\\]$"
	# the process exits right after the call: symbols still (the kernel
	# side sent the files it mapped as it mapped them)
	$SCT -k -e trace=getppid,exit_group -o "$T/stack-exit.txt" -- "$B/sc_stack-nofp" exit >/dev/null
	stack_frames "$T/stack-exit.txt" > "$T/stack-exit.frames"
	has_re "stack exit: g after the call's process is gone" "$T/stack-exit.frames" \
		"/sc_stack-nofp\\(g\\+0x[0-9a-f]+\\)"
	# exit_group never returns: its stack (taken at entry) after "= ?"
	awk '/^exit_group\(0\) += \?$/ { getline; print; exit }' "$T/stack-exit.txt" > "$T/stack-exit2"
	has_re "stack exit_group: its frames after its line" "$T/stack-exit2" '^ > /.*libc\.so\.6\(syscall\+'
	# a thread's stack ends in clone3, as strace shows it
	$SCT -f -k -e trace=getppid -o "$T/stack-thread.txt" -- "$B/sc_stack-nofp" thread >/dev/null
	has_re "stack thread: thread_main under f" "$T/stack-thread.txt" "/sc_stack-nofp\\(thread_main\\+0x"
	has_re "stack thread: start_thread below it" "$T/stack-thread.txt" 'libc\.so\.6\(start_thread\+0x'
	# system-wide: a child that never execs has its parent's mappings
	# (fork records are sent for -k), though it is gone before its stack
	# is read
	$SCT -k --comm sc_stack-nofp -e trace=getppid -o "$T/stack-sw.txt" & st_pid=$!
	sleep 1
	"$B/sc_stack-nofp" fork
	sleep 0.3
	kill -INT $st_pid; wait $st_pid 2>/dev/null
	check "stack system-wide: a forked child's frames resolve" \
		$(grep -c "/sc_stack-nofp(main+0x" "$T/stack-sw.txt" | grep -qx 1 && echo 0 || echo 1) "" "$T/stack-sw.txt"
	# --stack-trace-frame-limit: that many, then why it stopped
	$SCT -k --stack-trace-frame-limit=2 -e trace=getppid -o "$T/stack-lim.txt" -- "$B/sc_stack-nofp" >/dev/null
	stack_frames "$T/stack-lim.txt" > "$T/stack-lim.frames"
	check "stack limit 2: two frames and the reason" \
		$([ "$(wc -l < "$T/stack-lim.frames")" = 3 ] && [ "$(tail -1 "$T/stack-lim.frames")" = " > too many stack frames" ] && echo 0 || echo 1) \
		"$(cat "$T/stack-lim.frames")"
	# -p: a process that ran before tracing (its maps from /proc)
	"$B/sc_stack-nofp" loop & sp=$!
	BG_PIDS+=("$sp")
	sleep 0.2
	$SCT -k -p $sp -e trace=getppid -o "$T/stack-p.txt" 2>/dev/null & st_pid=$!
	sleep 1
	kill -INT $st_pid; wait $st_pid 2>/dev/null
	kill $sp; wait $sp 2>/dev/null
	has_re "stack -p: a process running before tracing" "$T/stack-p.txt" "/sc_stack-nofp\\(f\\+0x"
	# C++ names demangled, as strace's libiberty build prints them
	$SCT -k -e trace=getppid -o "$T/stack-cxx.txt" -- "$B/sc_stack-nofp" cxx >/dev/null
	has_re "stack c++: a mangled symbol demangled" "$T/stack-cxx.txt" \
		'^ > /.*/sc_stack-nofp\(ns::inner::call\(int\)\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$'
	$SCT -j -k -e trace=getppid -o "$T/stack-cxx.json" -- "$B/sc_stack-nofp" cxx >/dev/null
	jq_true "stack c++ json: the demangled name" "$T/stack-cxx.json" \
		'[.[] | select(.syscall == "getppid")][0].stack | map(.symbol) | index("ns::inner::call(int)") == 3'
	# a frame bigger than the stack copy: the frames up to it, then why it
	# stopped (the copy's end), in text and JSON
	$SCT -k -e trace=getppid -o "$T/stack-deep.txt" -- "$B/sc_stack-nofp" deep >/dev/null
	stack_frames "$T/stack-deep.txt" > "$T/stack-deep.frames"
	check "stack cut: big's frame, then the copy's end" \
		$(tail -2 "$T/stack-deep.frames" | paste -sd'|' |
			grep -qE '/sc_stack-nofp\(big\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]\| > the stack copy \([0-9]+ bytes\) ends here$' &&
			echo 0 || echo 1) "" "$T/stack-deep.frames"
	$SCT -j -k -e trace=getppid -o "$T/stack-deep.json" -- "$B/sc_stack-nofp" deep >/dev/null
	jq_true "stack cut json: stack_error says so" "$T/stack-deep.json" \
		'[.[] | select(.syscall == "getppid")][0] | (.stack_error | test("^the stack copy \\([0-9]+ bytes\\) ends here$")) and (.stack[-1].symbol == "big")'
	# the dynamic loader's first calls: its _start is the outermost frame
	# (its caller slot holds argc, no code): no error line after it
	$SCT -k -e trace=brk -o "$T/stack-ld.txt" -- "$B/sc_stack-nofp" >/dev/null
	awk '/^brk\(/ { n++ } n == 1 && /^ > /' "$T/stack-ld.txt" > "$T/stack-ld.frames"
	check "stack ld.so: ends at _start, no error line" \
		$(tail -1 "$T/stack-ld.frames" | grep -qE '/ld-linux-x86-64\.so\.2\(_start\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' &&
			! grep -qv '^ > /' "$T/stack-ld.frames" && echo 0 || echo 1) "" "$T/stack-ld.frames"
	# a program whose file was deleted while it runs: its frames named as
	# /proc/PID/maps names them, symbols read through /proc/PID/map_files
	cp "$B/sc_stack-nofp" "$T/sc_stack-del"
	"$T/sc_stack-del" loop & sp=$!
	BG_PIDS+=("$sp")
	sleep 0.2
	rm "$T/sc_stack-del"
	$SCT -k -p $sp -e trace=getppid -o "$T/stack-del.txt" 2>/dev/null & st_pid=$!
	$SCT -j -k -p $sp -e trace=getppid -o "$T/stack-del.json" 2>/dev/null & st_pid2=$!
	sleep 1
	kill -INT $st_pid $st_pid2; wait $st_pid $st_pid2 2>/dev/null
	kill $sp; wait $sp 2>/dev/null
	jq_true "stack deleted json: module the path, module_deleted true" "$T/stack-del.json" \
		"[.[] | select(.syscall == \"getppid\")][0].stack | map(select(.symbol == \"f\"))[0] | .module == \"$T/sc_stack-del\" and .module_deleted == true"
	has_re "stack deleted: 'PATH (deleted)' with its symbols" "$T/stack-del.txt" \
		"^ > $T/sc_stack-del \\(deleted\\)\\(f\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]\$"
	# a program deleted, or replaced by another file, as soon as it has
	# exited (before sctrace has unwound its call, or after): its frames
	# either right or "PATH (deleted)" without symbols, never symbols read
	# from whatever file has the path now
	for how in rm mv; do
		cp "$B/sc_stack-nofp" "$T/sc_stack-gone"
		cp /bin/true "$T/sc_stack-other"
		if [ $how = rm ]; then after="rm '$T/sc_stack-gone'"; else after="mv '$T/sc_stack-other' '$T/sc_stack-gone'"; fi
		$SCT -f -k -e trace=getppid -o "$T/stack-gone-$how.txt" -- sh -c "'$T/sc_stack-gone'; $after" >/dev/null
		awk '/ getppid\(\) / { on = 1; next } on && /^ > / { print; next } on { exit }' "$T/stack-gone-$how.txt" |
			grep -F "$T/sc_stack-gone" > "$T/stack-gone-$how.frames"
		check "stack, binary ${how}'d at its exit: right symbols or 'PATH (deleted)()'" \
			$([ -s "$T/stack-gone-$how.frames" ] &&
				! grep -vqE "^ > $T/sc_stack-gone(\((g|f|main|_start)\+0x[0-9a-f]+\)| \(deleted\)\(\)) \[0x[0-9a-f]+\]\$" "$T/stack-gone-$how.frames" &&
				echo 0 || echo 1) "" "$T/stack-gone-$how.frames"
		rm -f "$T/sc_stack-gone" "$T/sc_stack-other"
	done
	# the launched command's execve: made by sctrace's code, not shown (as
	# the launch code is hidden); a later execve of its own is
	$SCT -f -k -e trace=execve -o "$T/stack-exec.txt" -- sh -c "exec '$B/sc_stack-nofp'" >/dev/null
	check "stack execve: none for the launched command's, frames for its own" \
		$(awk '/execve\(/ { n++; next } /^ > / { f[n]++ } END { exit !(n == 2 && !f[1] && f[2] > 0) }' "$T/stack-exec.txt" &&
			echo 0 || echo 1) "" "$T/stack-exec.txt"
	# code in no file (JIT): its frame, and no claim of a cut copy
	$SCT -k -e trace=getppid -o "$T/stack-jit.txt" -- "$B/sc_stack-nofp" jit >/dev/null
	stack_frames "$T/stack-jit.txt" > "$T/stack-jit.frames"
	check "stack jit: [unknown] frame, no 'stack copy ends' line" \
		$(head -1 "$T/stack-jit.frames" | grep -qE '^ > \[unknown\] \[0x[0-9a-f]+\]$' &&
			! grep -q "stack copy" "$T/stack-jit.frames" && echo 0 || echo 1) "" "$T/stack-jit.frames"
	# JSON: "stack" as frame objects
	$SCT -j -k -e trace=getppid -o "$T/stack.json" -- "$B/sc_stack-fp-g" >/dev/null
	jq_true "stack json: g, f, main with modules and offsets" "$T/stack.json" \
		'[.[] | select(.syscall == "getppid") | .stack[] | select(.module | test("sc_stack-fp-g$")) | .symbol][0:3] == ["g","f","main"]'
	jq_true "stack json: ip a hex string, offset and module_offset numbers" "$T/stack.json" \
		'[.[] | select(.syscall == "getppid") | .stack[0]] | .[0] | (.ip | test("^0x[0-9a-f]+$")) and (.offset | type == "number") and (.module_offset | type == "number") and (.symbol == "syscall")'
	# without -k: no stack, no cost of its programs
	$SCT -j -e trace=getppid -o "$T/stack-none.json" -- "$B/sc_stack-fp" >/dev/null
	jq_true "stack json: none without -k" "$T/stack-none.json" 'all(.[]; has("stack") | not)'
	# bad values
	for bad in "--stack-trace-frame-limit=0" "--stack-trace-frame-limit=x" "--stack-trace=bogus" "-kkk"; do
		out=$($SCT $bad -- true 2>&1 >/dev/null); rc=$?
		# the option and its bad value (-kkk: "too many -k options")
		case $bad in --*) want_words=("${bad%%=*}" "'${bad#*=}'") ;; *) want_words=("-k") ;; esac
		named=0
		for w in "${want_words[@]}"; do [[ $out == *"$w"* ]] || named=1; done
		check "stack bad '$bad': exit 2, one line naming it" \
			$([ $rc = 2 ] && [ "$(wc -l <<<"$out")" = 1 ] && [ $named = 0 ] && echo 0 || echo 1) "rc=$rc: $out"
	done
fi
