# The file family (src/decode_file.c, the file rows of src/syscall_fmt.c): modes
# and ints by their C type's bits, mknod, open/openat2 flags, utimes & co,
# close_range, fcntl's newer commands, execveat's flags, as strace 7.2 prints
# them (tests/progs/sc_file.c).  TZ=UTC: the dates of utimes & co.
if want file; then
	TZ=UTC $SCT -o "$T/file.txt" -e trace=creat,mkdir,mkdirat,chmod,fchmodat,fchmodat2,umask,open,openat,mknod,mknodat,close_range,getdents,getdents64,utimes,futimesat,utime,utimensat,openat2,fcntl,execveat \
		-- $B/sc_file >/dev/null
	check "file: exit status" $? "nonzero"
	expect_lines "file" "$T/file.txt" <<'EOF2'
creat("/tmp/sc_file.nonexistent/f", 0644) = -1 ENOENT (No such file or directory)
mkdir("/tmp/sc_file.nonexistent/f", 0177777) = -1 ENOENT (No such file or directory)
mkdirat(AT_FDCWD, "/tmp/sc_file.nonexistent/f", 0755) = -1 ENOENT (No such file or directory)
mkdirat(-1, NULL, 000)                  = -1 EFAULT (Bad address)
chmod("/tmp/sc_file.nonexistent/f", 04755) = -1 ENOENT (No such file or directory)
fchmodat(AT_FDCWD, "/tmp/sc_file.nonexistent/f", 01777) = -1 ENOENT (No such file or directory)
fchmodat2(AT_FDCWD, "/tmp/sc_file.nonexistent/f", 0644, AT_SYMLINK_NOFOLLOW) = -1 ENOENT (No such file or directory)
fchmodat2(-1, NULL, 000, 0x80000000 /* AT_??? */) = -1 EINVAL (Invalid argument)
umask(050042)                           = 022
umask(022)                              = 042
open("/tmp/sc_file.nonexistent/f", O_WRONLY|O_CREAT|O_EXCL, 0600) = -1 ENOENT (No such file or directory)
open("/tmp/sc_file.nonexistent/f", O_RDONLY|O_CLOEXEC|O_DIRECTORY) = -1 ENOENT (No such file or directory)
openat(-1, "/tmp/sc_file.nonexistent/f", O_RDWR|O_TMPFILE, 000) = -1 ENOENT (No such file or directory)
openat(AT_FDCWD, NULL, O_RDONLY|O_APPEND|0x80000000) = -1 EFAULT (Bad address)
mknod("/tmp/sc_file.nonexistent/f", S_IFCHR|0600, makedev(0x1, 0x3)) = -1 ENOENT (No such file or directory)
mknod("/tmp/sc_file.nonexistent/f", S_IFBLK|S_ISUID|0640, makedev(0xc0d, 0xbaded)) = -1 ENOENT (No such file or directory)
mknod("/tmp/sc_file.nonexistent/f", S_IFIFO|0600) = -1 ENOENT (No such file or directory)
mknodat(AT_FDCWD, "/tmp/sc_file.nonexistent/f", 0170777) = -1 EINVAL (Invalid argument)
mknodat(-1, "/tmp/sc_file.nonexistent/f", 000) = -1 ENOENT (No such file or directory)
close_range(4294967294, 4294967295, 0x1 /* CLOSE_RANGE_??? */) = -1 EINVAL (Invalid argument)
close_range(1000, 999, CLOSE_RANGE_CLOEXEC|0x8) = -1 EINVAL (Invalid argument)
close_range(1000, 1001, CLOSE_RANGE_UNSHARE) = 0
getdents64(-1, NULL, 4096)              = -1 EBADF (Bad file descriptor)
getdents(-1, 0x22000000, 8192)          = -1 EBADF (Bad file descriptor)
utimes("/tmp/sc_file.nonexistent/f", NULL) = -1 ENOENT (No such file or directory)
utimes("/tmp/sc_file.nonexistent/f", [{tv_sec=1492358607, tv_usec=345678} /* 2017-04-16T16:03:27.345678+0000 */, {tv_sec=1492356078, tv_usec=0} /* 2017-04-16T15:21:18+0000 */]) = -1 ENOENT (No such file or directory)
utimes("/tmp/sc_file.nonexistent/f", 0x22000ff0) = -1 EFAULT (Bad address)
futimesat(AT_FDCWD, "/tmp/sc_file.nonexistent/f", [{tv_sec=1492358607, tv_usec=345678} /* 2017-04-16T16:03:27.345678+0000 */, {tv_sec=1492356078, tv_usec=0} /* 2017-04-16T15:21:18+0000 */]) = -1 ENOENT (No such file or directory)
futimesat(-1, NULL, [{tv_sec=0, tv_usec=1000000}, {tv_sec=-1, tv_usec=18446744073709551615}]) = -1 EINVAL (Invalid argument)
utime("/tmp/sc_file.nonexistent/f", {actime=1492358607 /* 2017-04-16T16:03:27+0000 */, modtime=345678 /* 1970-01-05T00:01:18+0000 */}) = -1 ENOENT (No such file or directory)
utime("/tmp/sc_file.nonexistent/f", 0x22000ff8) = -1 EFAULT (Bad address)
utimensat(AT_FDCWD, "/tmp/sc_file.nonexistent/f", [UTIME_NOW, UTIME_OMIT], 0) = -1 ENOENT (No such file or directory)
utimensat(-1, "/tmp/sc_file.nonexistent/f", [{tv_sec=1492358607, tv_nsec=123456789} /* 2017-04-16T16:03:27.123456789+0000 */, {tv_sec=1, tv_nsec=1000000000}], AT_SYMLINK_NOFOLLOW) = -1 ENOENT (No such file or directory)
openat2(AT_FDCWD, "/tmp/sc_file.nonexistent/f", {flags=O_WRONLY|O_CREAT, mode=0644, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_IN_ROOT}, 24) = -1 ENOENT (No such file or directory)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=O_WRONLY|O_CREAT, mode=0644, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_IN_ROOT}, 32) = -1 EBADF (Bad file descriptor)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=O_WRONLY|O_CREAT, mode=0644, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_IN_ROOT, /* bytes 24..31 */ "\x08\x07\x06\x05\x04\x03\x02\x01"}, 32) = -1 E2BIG (Argument list too long)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=O_RDONLY|OPENAT2_REGULAR, resolve=0x40 /* RESOLVE_??? */}, 24) = -1 EINVAL (Invalid argument)
openat2(-1, "/tmp/sc_file.nonexistent/f", 0x22000100, 11) = -1 EINVAL (Invalid argument)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=O_RDONLY|OPENAT2_REGULAR, resolve=0x40 /* RESOLVE_??? */, ???}, 32) = -1 EFAULT (Bad address)
openat2(-1, NULL, NULL, 24)             = -1 EFAULT (Bad address)
fcntl(-1, F_SETOWN_EX, {type=F_OWNER_PID, pid=1234567890}) = -1 EBADF (Bad file descriptor)
fcntl(-1, F_SETOWN_EX, {type=F_OWNER_PID, pid=1234567890}) = -1 EBADF (Bad file descriptor)
fcntl(-1, F_SET_RW_HINT, [RWH_WRITE_LIFE_SHORT]) = -1 EBADF (Bad file descriptor)
fcntl(-1, F_SET_FILE_RW_HINT, [0xdeadc0de /* RWH_WRITE_LIFE_??? */]) = -1 EBADF (Bad file descriptor)
fcntl(-1, F_GET_RW_HINT, 0x22000400)    = -1 EBADF (Bad file descriptor)
fcntl(-1, F_DUPFD_QUERY, 0)             = -1 EBADF (Bad file descriptor)
fcntl(-1, F_CREATED_QUERY, 0)           = -1 EBADF (Bad file descriptor)
fcntl(-1, F_SETDELEG, {d_flags=0, d_type=F_WRLCK, __pad=0x1}) = -1 EBADF (Bad file descriptor)
fcntl(-1, F_GETDELEG, 0x22000600)       = -1 EBADF (Bad file descriptor)
execveat(-1, "", NULL, NULL, AT_EMPTY_PATH|AT_EXECVE_CHECK) = -1 EBADF (Bad file descriptor)
execveat(AT_FDCWD, NULL, NULL, NULL, 0xfffeeeff /* AT_??? */) = -1 EFAULT (Bad address)
EOF2
	$SCT -X verbose -o "$T/file-xv.txt" -e trace=mknod,mknodat,openat2,fcntl -- $B/sc_file >/dev/null
	expect_lines "file -X verbose" "$T/file-xv.txt" <<'EOF2'
mknod("/tmp/sc_file.nonexistent/f", 020600 /* S_IFCHR|0600 */, 0x103 /* makedev(0x1, 0x3) */) = -1 ENOENT (No such file or directory)
mknod("/tmp/sc_file.nonexistent/f", 064640 /* S_IFBLK|S_ISUID|0640 */, 0xbadc0ded /* makedev(0xc0d, 0xbaded) */) = -1 ENOENT (No such file or directory)
mknod("/tmp/sc_file.nonexistent/f", 010600 /* S_IFIFO|0600 */) = -1 ENOENT (No such file or directory)
mknodat(-100 /* AT_FDCWD */, "/tmp/sc_file.nonexistent/f", 0170777) = -1 EINVAL (Invalid argument)
mknodat(-1, "/tmp/sc_file.nonexistent/f", 000 /* 000 */) = -1 ENOENT (No such file or directory)
openat2(-100 /* AT_FDCWD */, "/tmp/sc_file.nonexistent/f", {flags=0x41 /* O_WRONLY|O_CREAT */, mode=0644, resolve=0x14 /* RESOLVE_NO_SYMLINKS|RESOLVE_IN_ROOT */}, 24) = -1 ENOENT (No such file or directory)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=0x41 /* O_WRONLY|O_CREAT */, mode=0644, resolve=0x14 /* RESOLVE_NO_SYMLINKS|RESOLVE_IN_ROOT */}, 32) = -1 EBADF (Bad file descriptor)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=0x41 /* O_WRONLY|O_CREAT */, mode=0644, resolve=0x14 /* RESOLVE_NO_SYMLINKS|RESOLVE_IN_ROOT */, /* bytes 24..31 */ "\x08\x07\x06\x05\x04\x03\x02\x01"}, 32) = -1 E2BIG (Argument list too long)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=0x100000000 /* O_RDONLY|OPENAT2_REGULAR */, resolve=0x40 /* RESOLVE_??? */}, 24) = -1 EINVAL (Invalid argument)
openat2(-1, "/tmp/sc_file.nonexistent/f", 0x22000100, 11) = -1 EINVAL (Invalid argument)
openat2(-1, "/tmp/sc_file.nonexistent/f", {flags=0x100000000 /* O_RDONLY|OPENAT2_REGULAR */, resolve=0x40 /* RESOLVE_??? */, ???}, 32) = -1 EFAULT (Bad address)
openat2(-1, NULL, NULL, 24)             = -1 EFAULT (Bad address)
fcntl(-1, 0xf /* F_SETOWN_EX */, {type=0x1 /* F_OWNER_PID */, pid=1234567890}) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0xf /* F_SETOWN_EX */, {type=0x1 /* F_OWNER_PID */, pid=1234567890}) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0x40c /* F_SET_RW_HINT */, [0x2 /* RWH_WRITE_LIFE_SHORT */]) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0x40e /* F_SET_FILE_RW_HINT */, [0xdeadc0de /* RWH_WRITE_LIFE_??? */]) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0x40b /* F_GET_RW_HINT */, 0x22000400) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0x403 /* F_DUPFD_QUERY */, 0) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0x404 /* F_CREATED_QUERY */, 0) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0x410 /* F_SETDELEG */, {d_flags=0, d_type=0x1 /* F_WRLCK */, __pad=0x1}) = -1 EBADF (Bad file descriptor)
fcntl(-1, 0x40f /* F_GETDELEG */, 0x22000600) = -1 EBADF (Bad file descriptor)
EOF2
fi
if want file; then
	# paths at PATH_MAX: 4095 bytes are whole; 4096 without a NUL, ending
	# at an unmapped page, are cut (strace 7.2's lines)
	$SCT -o "$T/pathmax.txt" -e trace=openat -- $B/sc_pathmax
	A=$(printf 'a%.0s' $(seq 4095))
	has_line "file: a path of PATH_MAX - 1 bytes, whole" "$T/pathmax.txt" \
		"openat(AT_FDCWD, \"$A\", O_RDONLY) = -1 ENAMETOOLONG (File name too long)"
	has_line "file: a path of PATH_MAX bytes before an unmapped page, cut" "$T/pathmax.txt" \
		"openat(AT_FDCWD, \"$A\"..., O_RDONLY) = -1 ENAMETOOLONG (File name too long)"
fi
