# -y / --decode-fds (src/fdpath.c, bpf/sctrace_fds.bpf.h): the file of every
# fd, resolved in the kernel at the call; lines as strace 7.2 prints them
# (inode numbers vary: N here, checked for equality with regexes)
# run sc_fds in directory $1 (it makes files in its cwd): fds_run DIR
# SCTRACE-OPTIONS... -- [ARG]
fds_run() {
	local dir=$1 sct=$SCT b=$B
	shift
	[[ $sct == /* ]] || sct=$PWD/$sct
	[[ $b == /* ]] || b=$PWD/$b
	local opts=() 
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	(cd "$dir" && "$sct" "${opts[@]}" -- "$b/sc_fds" "$@")
}
if want fds; then
	D="$T/fds"
	mkdir -p "$D"
	FDS_CALLS=openat,close,write,unlinkat,fsync,mkdirat,fchdir,chdir,dup2,pipe2,socket,eventfd2,socketpair,sendmsg,recvmsg
	fds_run "$D" -o "$T/fds.txt" -y -e trace=$FDS_CALLS --
	check "fds: exit status" $? "nonzero"
	sed -E 's/:\[[0-9]+\]/:[N]/g; s/\) +=/) =/' "$T/fds.txt" > "$T/fds-n.txt"
	expect_lines "fds" "$T/fds-n.txt" <<EOF2
openat(AT_FDCWD<$D>, "f", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 3<$D/f>
write(3<$D/f>, "x", 1) = 1
unlinkat(AT_FDCWD<$D>, "f", 0) = 0
fsync(3<$D/f>(deleted)) = 0
close(3<$D/f>(deleted)) = 0
openat(AT_FDCWD<$D>, "a", O_RDONLY|O_CREAT, 0644) = 3<$D/a>
close(3<$D/a>) = 0
openat(AT_FDCWD<$D>, "b", O_RDONLY|O_CREAT, 0644) = 3<$D/b>
fsync(3<$D/b>) = 0
mkdirat(AT_FDCWD<$D>, "d", 0755) = 0
openat(AT_FDCWD<$D>, "d", O_RDONLY|O_DIRECTORY) = 4<$D/d>
openat(4<$D/d>, "e", O_RDONLY|O_CREAT, 0644) = 5<$D/d/e>
unlinkat(4<$D/d>, "e", 0) = 0
close(5<$D/d/e>(deleted)) = 0
fchdir(4<$D/d>) = 0
openat(AT_FDCWD<$D/d>, "nonexistent", O_RDONLY) = -1 ENOENT (No such file or directory)
fchdir(3<$D/b>) = -1 ENOTDIR (Not a directory)
chdir("..") = 0
openat(AT_FDCWD<$D>, "n>m\1o", O_RDONLY|O_CREAT, 0644) = 5<$D/n\76m\1o>
close(5<$D/n\76m\1o>) = 0
openat(AT_FDCWD<$D>, "/dev/null", O_RDONLY) = 5</dev/null>
dup2(5</dev/null>, 3<$D/b>) = 3</dev/null>
close(3</dev/null>) = 0
close(5</dev/null>) = 0
pipe2([3<pipe:[N]>, 5<pipe:[N]>], 0) = 0
write(5<pipe:[N]>, "y", 1) = 1
close(3<pipe:[N]>) = 0
close(5<pipe:[N]>) = 0
socket(AF_UNIX, SOCK_STREAM, 0) = 3<socket:[N]>
close(3<socket:[N]>) = 0
eventfd2(0, 0) = 3<anon_inode:[eventfd]>
close(3<anon_inode:[eventfd]>) = 0
socketpair(AF_UNIX, SOCK_DGRAM, 0, [3<socket:[N]>, 5<socket:[N]>]) = 0
sendmsg(3<socket:[N]>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="z", iov_len=1}], msg_iovlen=1, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[6</dev/null>]}], msg_controllen=24, msg_flags=0}, 0) = 1
close(6</dev/null>) = 0
recvmsg(5<socket:[N]>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="z", iov_len=1}], msg_iovlen=1, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[6</dev/null>]}], msg_controllen=24, msg_flags=0}, 0) = 1
close(99) = -1 EBADF (Bad file descriptor)
EOF2
	has_re "fds: a pipe's two ends, one inode" "$T/fds.txt" \
		'^pipe2\(\[3<pipe:\[([0-9]+)\]>, 5<pipe:\[\1\]>\], 0\) += 0$'
	has_re "fds: the pipe written is that pipe" "$T/fds.txt" \
		'^write\(5<pipe:\[[0-9]+\]>, "y", 1\) += 1$'
fi
if want fds; then
	# JSON: "fd":3,"fd_path":"/x", "ret_path", "fd_deleted"; the default
	# (no -y) has none of it
	D="$T/fds-j"
	mkdir -p "$D"
	fds_run "$D" -o "$T/fds.json" -j -y -e trace=openat,close --
	jq_true "fds json: dfd_path of AT_FDCWD" "$T/fds.json" \
		"any(.[]; .syscall == \"openat\" and .args.dfd == \"AT_FDCWD\" and .args.dfd_path == \"$D\" and .args.filename == \"a\" and .ret_path == \"$D/a\")"
	jq_true "fds json: a dirfd's path" "$T/fds.json" \
		"any(.[]; .syscall == \"openat\" and .args.dfd == 4 and .args.dfd_path == \"$D/d\" and .ret_path == \"$D/d/e\")"
	jq_true "fds json: a deleted file" "$T/fds.json" \
		"any(.[]; .syscall == \"close\" and .args.fd_path == \"$D/f\" and .args.fd_deleted == true)"
	jq_true "fds json: a name with > and \\\\1, unescaped" "$T/fds.json" \
		"any(.[]; .syscall == \"close\" and .args.fd_path == \"$D/n>m\\u0001o\")"
	fds_run "$D" -o "$T/fds-noy.json" -j -e trace=openat,close --
	jq_true "fds json: nothing without -y" "$T/fds-noy.json" \
		'all(.[]; (.ret_path == null) and ((.args // {}) | has("fd_path") or has("dfd_path") | not))'
fi
if want fds; then
	# a process that exits right after the call: resolved at the call
	mkdir -p "$T/fds-c"
	fds_run "$T/fds-c" -o "$T/fds-child.txt" -f -y -e trace=openat -- child
	has_re "fds: a child exiting at once" "$T/fds-child.txt" \
		'^[0-9]+ +openat\(AT_FDCWD<[^>]*>, "/dev/null", O_RDONLY\) = 3</dev/null>$'
	# deeper than PATH_MAX: strace prints the bare number (its readlink
	# fails); JSON has the deepest components, flagged
	D="$T/fds-deep"
	mkdir -p "$D"
	fds_run "$D" -o "$T/fds-deep.txt" -y -e trace=fsync -- deep
	has_line "fds: a path past PATH_MAX" "$T/fds-deep.txt" "fsync(4)                                = 0"
	fds_run "$D" -o "$T/fds-deep.json" -j -y -e trace=fsync -- deep
	jq_true "fds json: a path past PATH_MAX, truncated" "$T/fds-deep.json" \
		'any(.[]; .syscall == "fsync" and .args.fd_path_truncated == true and (.args.fd_path | endswith("/ddddddddddddddddddd")))'
	rm -rf "$D"
	# --decode-fds= sets; a bad word: one line, exit 2
	D="$T/fds-set"
	mkdir -p "$D"
	fds_run "$D" -o "$T/fds-set.txt" --decode-fds=socket,PATH -e trace=close --
	has_re "fds: --decode-fds=socket,PATH" "$T/fds-set.txt" '^close\(3</dev/null>\) += 0$'
	rm -rf "$D"; mkdir -p "$D"
	fds_run "$D" -o "$T/fds-none.txt" --decode-fds=none -e trace=close --
	has_re "fds: --decode-fds=none" "$T/fds-none.txt" '^close\(3\) += 0$'
	rm -rf "$D"; mkdir -p "$D"
	fds_run "$D" -o "$T/fds-yy.txt" -yy -e trace=close --
	has_re "fds: -yy" "$T/fds-yy.txt" '^close\(3</dev/null<char 1:3>>\) += 0$'
	err=$($SCT --decode-fds=path,bogus true 2>&1 >/dev/null)
	check "fds: a bad --decode-fds word exits 2" $([ $? = 2 ] && echo 0 || echo 1) "not 2"
	check "fds: ... in one line naming it" $([ "$(printf '%s\n' "$err" | wc -l)" = 1 ] &&
		[[ $err == *bogus* ]] && echo 0 || echo 1) "$err"
fi
if want fds; then
	# -yy: sockets as strace's sock_diag queries show them (read here from
	# the socket at the call), eventfd counters; numbers that vary (inodes,
	# ports, port ids, eventfd ids) are N
	D="$T/fds-sock"
	rm -rf "$D"; mkdir -p "$D"
	fds_sock() { local sct=$SCT b=$B; [[ $sct == /* ]] || sct=$PWD/$sct; [[ $b == /* ]] || b=$PWD/$b
		(cd "$D" && rm -f sock && "$sct" "$@" -- "$b/sc_fdsock" sock); }
	fds_sock -o "$T/fds-sock.txt" -yy -e trace=getsockname,fstat,write,close,eventfd2
	check "fds -yy: exit status" $? "nonzero"
	sed -E 's/:\[[0-9]+([],]|->)/:[N\1/g; s/->[0-9]+([],])/->N\1/g;
		s/([0-9]|\]|ROUTE):[0-9]+([]-])/\1:N\2/g;
		s/htons\([0-9]+\)/htons(N)/; s/eventfd-id=[0-9]+/eventfd-id=N/; s/\) +=/) =/' \
		"$T/fds-sock.txt" | grep -v -e '^close(3</' > "$T/fds-sock-n.txt"
	expect_lines "fds -yy sockets" "$T/fds-sock-n.txt" <<'EOF2'
getsockname(3<TCP:[N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(3<TCP:[127.0.0.1:N]>, {sa_family=AF_INET, sin_port=htons(N), sin_addr=inet_addr("127.0.0.1")}, [16]) = 0
getsockname(5<TCP:[127.0.0.1:N->127.0.0.1:N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(4<TCP:[127.0.0.1:N->127.0.0.1:N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(6<UDP:[N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(6<UDP:[127.0.0.1:N->127.0.0.1:N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(7<TCPv6:[[::1]:N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(10<UNIX-STREAM:[N->N,"sock"]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(9<UNIX-STREAM:[N->N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(11<UNIX:[N->N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(13<UNIX:[N,@"sct-abs"]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(14<NETLINK:[N]>, NULL, NULL) = -1 EFAULT (Bad address)
getsockname(14<NETLINK:[ROUTE:N]>, NULL, NULL) = -1 EFAULT (Bad address)
eventfd2(5, 0) = 15<{eventfd-count=0x5, eventfd-id=N, eventfd-semaphore=0}>
write(15<{eventfd-count=0x5, eventfd-id=N, eventfd-semaphore=0}>, "\1\0\0\0\0\0\0\0", 8) = 8
fstat(15<{eventfd-count=0x6, eventfd-id=N, eventfd-semaphore=0}>, NULL) = -1 EFAULT (Bad address)
close(15<{eventfd-count=0x6, eventfd-id=N, eventfd-semaphore=0}>) = 0
eventfd2(0, EFD_SEMAPHORE) = 15<{eventfd-count=0, eventfd-id=N, eventfd-semaphore=1}>
fstat(15<{eventfd-count=0, eventfd-id=N, eventfd-semaphore=1}>, NULL) = -1 EFAULT (Bad address)
EOF2
	# the numbers agree: a connection's two ends mirror each other, the
	# listener's port is the one getsockname returned, UNIX peers pair up
	has_re "fds -yy: TCP ends mirror" "$T/fds-sock.txt" \
		'^getsockname\(5<TCP:\[127\.0\.0\.1:([0-9]+)->127\.0\.0\.1:([0-9]+)\]>.*'
	P1=$(sed -nE 's/^getsockname\(5<TCP:\[127\.0\.0\.1:([0-9]+)->127\.0\.0\.1:([0-9]+)\]>.*/\2:\1/p' "$T/fds-sock.txt")
	P2=$(sed -nE 's/^getsockname\(4<TCP:\[127\.0\.0\.1:([0-9]+)->127\.0\.0\.1:([0-9]+)\]>.*/\1:\2/p' "$T/fds-sock.txt")
	check "fds -yy: client's ports are the server's reversed" $([ -n "$P1" ] && [ "$P1" = "$P2" ] && echo 0 || echo 1) "$P1 vs $P2"
	has_re "fds -yy: the port bound is the one returned" "$T/fds-sock.txt" \
		'^getsockname\(3<TCP:\[127\.0\.0\.1:([0-9]+)\]>, \{sa_family=AF_INET, sin_port=htons\(\1\)'
	U1=$(sed -nE 's/^getsockname\(10<UNIX-STREAM:\[([0-9]+)->([0-9]+),.*/\1 \2/p' "$T/fds-sock.txt")
	U2=$(sed -nE 's/^getsockname\(9<UNIX-STREAM:\[([0-9]+)->([0-9]+)\]>.*/\2 \1/p' "$T/fds-sock.txt")
	check "fds -yy: UNIX peers pair up" $([ -n "$U1" ] && [ "$U1" = "$U2" ] && echo 0 || echo 1) "$U1 vs $U2"
	# -y alone: socket:[N], anon_inode:[eventfd]
	fds_sock -o "$T/fds-sock-y.txt" -y -e trace=getsockname,eventfd2
	has_re "fds -y: a socket's inode only" "$T/fds-sock-y.txt" '^getsockname\(5<socket:\[[0-9]+\]>, NULL, NULL\)'
	has_re "fds -y: an eventfd's name only" "$T/fds-sock-y.txt" '^eventfd2\(5, 0\) += 15<anon_inode:\[eventfd\]>$'
	# JSON: the same as objects
	fds_sock -o "$T/fds-sock.json" -j -yy -e trace=getsockname,eventfd2
	jq_true "fds json -yy: a TCP connection" "$T/fds-sock.json" \
		'any(.[]; .args.fd == 5 and .args.fd_socket.proto == "TCP" and .args.fd_socket.family == "AF_INET" and .args.fd_socket.src == "127.0.0.1" and .args.fd_socket.dst == "127.0.0.1" and .args.fd_socket.dport > 0 and (.args.fd_path | startswith("TCP:[127.0.0.1:")))'
	jq_true "fds json -yy: a UNIX path and peer" "$T/fds-sock.json" \
		'any(.[]; .args.fd == 10 and .args.fd_socket.path == "sock" and .args.fd_socket.peer > 0 and .args.fd_socket.inode > 0)'
	jq_true "fds json -yy: an abstract name" "$T/fds-sock.json" \
		'any(.[]; .args.fd == 13 and .args.fd_socket.abstract == "sct-abs")'
	jq_true "fds json -yy: a bound netlink socket" "$T/fds-sock.json" \
		'any(.[]; .args.fd == 14 and .args.fd_socket.protocol == "NETLINK_ROUTE" and .args.fd_socket.portid > 0)'
	jq_true "fds json -yy: an eventfd's counter" "$T/fds-sock.json" \
		'any(.[]; .syscall == "eventfd2" and .ret_path == "anon_inode:[eventfd]" and .ret_eventfd.count == 5 and .ret_eventfd.semaphore == false)'
	rm -rf "$D"
fi
if want fds; then
	# JSON -y: a relative name's absolute form, from the directory BPF
	# resolved at the call (the dirfd's, else the cwd)
	D="$T/fds-abs"
	rm -rf "$D"; mkdir -p "$D/sub"
	ABS_SCT=$(realpath "$SCT") ABS_B=$(realpath "$B")
	(cd "$D" && "$ABS_SCT" -o "$T/fds-abs.json" -j -y \
		-e trace=open,openat,renameat2,symlink,chdir,unlink,stat -- "$ABS_B/sc_fdabs")
	jq_true "fds json abs: open() against the cwd" "$T/fds-abs.json" \
		"any(.[]; .syscall == \"open\" and .args.filename == \"x.txt\" and .args.filename_abs == \"$D/x.txt\")"
	jq_true "fds json abs: .. applied" "$T/fds-abs.json" \
		"any(.[]; .syscall == \"openat\" and .args.filename == \"sub/../y\" and .args.filename_abs == \"$D/y\")"
	jq_true "fds json abs: against a dirfd" "$T/fds-abs.json" \
		"any(.[]; .syscall == \"openat\" and .args.filename == \"./z\" and .args.dfd_path == \"$D/sub\" and .args.filename_abs == \"$D/sub/z\")"
	jq_true "fds json abs: rename across two directories" "$T/fds-abs.json" \
		"any(.[]; .syscall == \"renameat2\" and .args.oldname_abs == \"$D/sub/z\" and .args.newname_abs == \"$D/w\")"
	jq_true "fds json abs: symlink's target is not a name looked up" "$T/fds-abs.json" \
		"any(.[]; .syscall == \"symlink\" and (.args | has(\"oldname_abs\") | not) and .args.newname_abs == \"$D/lnk\")"
	jq_true "fds json abs: after chdir, the new cwd" "$T/fds-abs.json" \
		"any(.[]; .syscall == \"unlink\" and .args.pathname == \"../w\" and .args.pathname_abs == \"$D/w\")"
	jq_true "fds json abs: none for an absolute name" "$T/fds-abs.json" \
		'any(.[]; .syscall == "stat" and .args.filename == "/etc/passwd" and (.args | has("filename_abs") | not))'
	(cd "$D" && "$ABS_SCT" -o "$T/fds-abs-noy.json" -j -e trace=open -- "$ABS_B/sc_fdabs")
	jq_true "fds json abs: none without -y" "$T/fds-abs-noy.json" \
		'all(.[]; .args | has("filename_abs") | not)'
	rm -rf "$D"
fi
if want fds; then
	# files of internal mounts: named as the kernel's d_dname names them
	$SCT -y -e trace=memfd_create,close -o "$T/fds-pseudo.txt" -- $B/sc_fdpseudo
	has_re "fds: a memfd" "$T/fds-pseudo.txt" '^memfd_create\("mymem", 0\) += 3</memfd:mymem>\(deleted\)$'
	has_re "fds: a namespace" "$T/fds-pseudo.txt" '^close\(4<net:\[[0-9]+\]>\) += 0$'
	has_re "fds: a memfd closed" "$T/fds-pseudo.txt" '^close\(3</memfd:mymem>\(deleted\)\) += 0$'
fi
if want fds; then
	# JSON sockaddrs: an IPv6 address under its own key (the text's
	# inet_pton(AF_INET6, "::1", &sin6_addr)), an abstract name flagged
	D="$T/fds-sa"
	rm -rf "$D"; mkdir -p "$D"
	SA_SCT=$(realpath "$SCT") SA_B=$(realpath "$B")
	(cd "$D" && "$SA_SCT" --json -e trace=bind -o "$T/fds-sa.json" -- "$SA_B/sc_fdsock" sock)
	jq_true "json sockaddr: sin6_addr" "$T/fds-sa.json" \
		'any(.[]; .args.umyaddr.sin6_addr == "::1") and all(.[]; .args | has("") | not)'
	jq_true "json sockaddr: an abstract sun_path" "$T/fds-sa.json" \
		'any(.[]; .args.umyaddr.sun_path == "sct-abs" and .args.umyaddr.sun_path_abstract == true)'
	rm -rf "$D"
fi
