# -P / --trace-path and -e trace-fds= (src/pathtrace.c): which calls strace
# 7.2 prints; whole outputs as strace 7.2 prints them for sc_pathtrace,
# run in a fresh directory where "p" exists already (mmap's address: ADDR)
pt_run() {
	local sct=$SCT b=$B out=$1
	shift
	[[ $sct == /* ]] || sct=$PWD/$sct
	[[ $b == /* ]] || b=$PWD/$b
	rm -rf "$T/pt" && mkdir -p "$T/pt" && touch "$T/pt/p"
	(cd "$T/pt" && "$sct" "$@" -- "$b/sc_pathtrace") >"$out" 2>"$out.err"
}
# pt_same NAME FILE < EXPECTED: FILE is exactly EXPECTED (the padding
# before " = " aside: it depends on the length of the test's directory)
pt_same() {
	sed -E 's/= 0x[0-9a-f]+$/= ADDR/; s/\) +=/) =/' "$2" >"$2.n"
	sed -E 's/\) +=/) =/' | diff -u - "$2.n" >"$2.diff"
	check "$1" $? "differs from strace 7.2's output" "$2.diff"
}
if want pathtrace; then
	D="$T/pt"
	# epoll_ctl's data prints differently (not this test's business);
	# select's fds are compared by number only (sctrace.8)
	pt_run "$T/pt.out" -o "$T/pt.txt" -P p -e 'trace=!epoll_ctl,select'
	check "pathtrace: exit status" $? "nonzero" "$T/pt.txt.err"
	# the symlink "l" is not p (its linkpath), nor is "./p", nor o's
	# calls, nor fd 3 once it is q's, nor calls without fds (getpid)
	pt_same "pathtrace: -P p" "$T/pt.txt" <<EOF2
openat(AT_FDCWD, "p", O_RDWR|O_TRUNC)   = 3
write(3, "abc", 3)                      = 3
lseek(3, 0, SEEK_SET)                   = 0
read(3, "abc", 3)                       = 3
dup(3)                                  = 5
write(5, "d", 1)                        = 1
dup2(3, 7)                              = 7
dup2(4, 7)                              = 7
mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3, 0) = ADDR
access("p", F_OK)                       = 0
access("$D/p", F_OK)                    = 0
read(6, "a", 1)                         = 1
close(6)                                = 0
poll([{fd=4, events=POLLIN}, {fd=3, events=POLLIN}], 2, 0) = 2 ([{fd=4, revents=POLLIN}, {fd=3, revents=POLLIN}])
close(3)                                = 0
unlink("p")                             = 0
write(5, "e", 1)                        = 1
close(5)                                = 0
+++ exited with 0 +++
EOF2
	has_line "pathtrace: -P says what the path resolved into" "$T/pt.out.err" \
		"sctrace: Requested path \"p\" resolved into \"$D/p\""

	# -y shows the files; without it (above) none
	pt_run "$T/pt.out" -o "$T/pt-y.txt" -y -P p -e trace=write,dup2,mmap
	pt_same "pathtrace: -y -P p" "$T/pt-y.txt" <<EOF2
write(3<$D/p>, "abc", 3)         = 3
write(5<$D/p>, "d", 1)           = 1
dup2(3<$D/p>, 7)                 = 7<$D/p>
dup2(4<$D/o>, 7<$D/p>)    = 7<$D/o>
mmap(NULL, 4096, PROT_READ, MAP_SHARED, 3<$D/p>, 0) = ADDR
write(5<$D/p>(deleted), "e", 1)  = 1
+++ exited with 0 +++
EOF2

	# fd numbers, whatever the file (select's sets too)
	pt_run "$T/pt.out" -o "$T/pt-fds.txt" -e trace-fds=3 -e trace=write,lseek,dup,dup2,poll,select
	pt_same "pathtrace: -e trace-fds=3" "$T/pt-fds.txt" <<'EOF2'
write(3, "abc", 3)                      = 3
lseek(3, 0, SEEK_SET)                   = 0
dup(3)                                  = 5
dup2(3, 7)                              = 7
poll([{fd=4, events=POLLIN}, {fd=3, events=POLLIN}], 2, 0) = 2 ([{fd=4, revents=POLLIN}, {fd=3, revents=POLLIN}])
select(4, [3], NULL, NULL, {tv_sec=0, tv_usec=0}) = 1 (in [3], left {tv_sec=0, tv_usec=0})
write(3, "q", 1)                        = 1
+++ exited with 0 +++
EOF2
	pt_run "$T/pt.out" -o "$T/pt-neg.txt" --trace-fds='!3,4,5,6,7'
	pt_same "pathtrace: --trace-fds=!3,4,5,6,7" "$T/pt-neg.txt" <<'EOF2'
+++ exited with 0 +++
EOF2
	# either matches; "o" did not exist at startup: only its name
	pt_run "$T/pt.out" -o "$T/pt-or.txt" -e trace-fds=none -P o
	pt_same "pathtrace: -P of a file made later, trace-fds=none" "$T/pt-or.txt" <<'EOF2'
openat(AT_FDCWD, "o", O_RDWR|O_CREAT, 0600) = 4
+++ exited with 0 +++
EOF2
	pt_run "$T/pt.out" -o "$T/pt-cl.txt" -P p -e trace-fds=4 -e trace=close
	pt_same "pathtrace: -P and trace-fds= together" "$T/pt-cl.txt" <<'EOF2'
close(6)                                = 0
close(3)                                = 0
close(5)                                = 0
close(4)                                = 0
+++ exited with 0 +++
EOF2
	pt_run "$T/pt.out" -o "$T/pt-none.txt" -P nonexistent
	pt_same "pathtrace: -P of no file" "$T/pt-none.txt" <<'EOF2'
+++ exited with 0 +++
EOF2
	check "pathtrace: -P of no file: no message" "$([ ! -s "$T/pt.out.err" ]; echo $?)" \
		"stderr:" "$T/pt.out.err"
	pt_run "$T/pt.out" -o /dev/null -P p -e quiet=path-resolution
	check "pathtrace: -e quiet=path-resolution (after -P)" "$([ ! -s "$T/pt.out.err" ]; echo $?)" \
		"stderr:" "$T/pt.out.err"
	pt_run "$T/pt.out" -o /dev/null -P p -P "$D/p" -P p
	check "pathtrace: the message once per -P that resolves" \
		"$([ "$(grep -c 'Requested path "p"' "$T/pt.out.err")" = 2 ] &&
		   [ "$(wc -l <"$T/pt.out.err")" = 2 ]; echo $?)" "stderr:" "$T/pt.out.err"

	# JSON: the same calls, no files without -y
	pt_run "$T/pt.json" -j -P p -e 'trace=!epoll_ctl,select'
	jq_true "pathtrace: JSON -P p: the calls" "$T/pt.json" \
		'[.[] | select(.type == "syscall") | .syscall] == ["openat", "write", "lseek",
		  "read", "dup", "write", "dup2", "dup2", "mmap", "access", "access", "read",
		  "close", "poll", "close", "unlink", "write", "close"]'
	jq_true "pathtrace: JSON -P p: no fd paths without -y" "$T/pt.json" \
		'[.[] | select(.type == "syscall") | .args | keys[] | select(endswith("_path"))] == []'
	jq_true "pathtrace: JSON -P p: the fds" "$T/pt.json" \
		'[.[] | select(.syscall == "write") | .args.fd] == [3, 5, 5]'

	# bad values: one line naming the word, exit 2
	$SCT -e trace-fds=x -- true 2>"$T/pt.err"
	check "pathtrace: -e trace-fds=x: exit 2" "$([ $? = 2 ]; echo $?)" "other status"
	has_line "pathtrace: -e trace-fds=x: message" "$T/pt.err" \
		"sctrace: invalid descriptor 'x' (try 'sctrace --help')"
	$SCT --trace-fds=-1 -- true 2>"$T/pt.err"
	check "pathtrace: --trace-fds=-1: exit 2, one line" \
		"$([ $? = 2 ] && [ "$(wc -l <"$T/pt.err")" = 1 ] && grep -q "'-1'" "$T/pt.err"; echo $?)" \
		"other status or message" "$T/pt.err"
	$SCT -P 2>"$T/pt.err"
	check "pathtrace: -P without a value: exit 2" "$([ $? = 2 ]; echo $?)" "other status" "$T/pt.err"
fi
