# The xattr family: classic xattr calls, *xattrat, file_[gs]etattr and
# quotactl, as strace 7.2 prints them (tests/progs/sc_xattr.c).
# xattr_args.value's contents: tests/integration/nest.sh.
if want xattr; then
	$SCT -o "$T/xattr.txt" -e trace='/xattr|quotactl|file_.etattr' \
		-- $B/sc_xattr >/dev/null
	expect_lines "xattr" "$T/xattr.txt" <<'EOF2'
fsetxattr(-1, NULL, NULL, 0, XATTR_CREATE) = -1 EFAULT (Bad address)
fsetxattr(-1, "user.sc", "foo\0bar", 8, XATTR_REPLACE) = -1 EBADF (Bad file descriptor)
fsetxattr(-1, "user.sc", 0x21000000, 65537, 0) = -1 E2BIG (Argument list too long)
fsetxattr(-1, "user.sc", 0x21000ffc, 8, XATTR_CREATE|0x4) = -1 EINVAL (Invalid argument)
fsetxattr(-1, "user.sc", "foo\0bar", 7, 0x10 /* XATTR_??? */) = -1 EINVAL (Invalid argument)
setxattr("/tmp/sc_xattr.file", "user.sc", "foo\0bar", 8, XATTR_CREATE) = 0
lsetxattr("/tmp/sc_xattr.file", "user.sc", "foo\0bar", 7, XATTR_REPLACE) = 0
getxattr("/tmp/sc_xattr.file", "user.sc", 0x21000400, 0) = 7
lgetxattr("/tmp/sc_xattr.file", "user.sc", "foo\0bar", 64) = 7
fgetxattr(-1, "user.sc", 0x21000400, 64) = -1 EBADF (Bad file descriptor)
getxattr("/tmp/sc_xattr.file", "user.sc", NULL, 64) = -1 EFAULT (Bad address)
listxattr("/tmp/sc_xattr.file", 0x21000400, 0) = 8
llistxattr("/tmp/sc_xattr.file", "user.sc\0", 64) = 8
flistxattr(-1, 0x21000400, 64)          = -1 EBADF (Bad file descriptor)
removexattr("/tmp/sc_xattr.file", "user.sc") = 0
lremovexattr("/tmp/sc_xattr.file", "user.sc") = -1 ENODATA (No data available)
fremovexattr(-1, NULL)                  = -1 EFAULT (Bad address)
getxattrat(AT_FDCWD, "/tmp/sc_xattr.file", AT_SYMLINK_NOFOLLOW, "user.sc", {value=0x21000400, size=0, flags=0}, 16) = 8
getxattrat(AT_FDCWD, "/tmp/sc_xattr.file", 0, "", {value=0x21000400, size=64, flags=0}, 16) = -1 ERANGE (Numerical result out of range)
getxattrat(-1, NULL, AT_EMPTY_PATH, "user.sc", 0x21000200, 8) = -1 EINVAL (Invalid argument)
setxattrat(-1, "", 0, "user.sc", {value=NULL, size=0, flags=0x4 /* XATTR_??? */, /* bytes 16..23 */ "\x90\x90\x90\x90\x90\x90\x90\x90"}, 24) = -1 E2BIG (Argument list too long)
setxattrat(-1, NULL, 0x1 /* AT_??? */, "user.sc", {value="", size=0, flags=0}, 24) = -1 EINVAL (Invalid argument)
listxattrat(AT_FDCWD, "/tmp/sc_xattr.file", 0, "user.sc\0", 64) = 8
listxattrat(AT_FDCWD, "/tmp/sc_xattr.file", 0, 0x21000400, 0) = 8
removexattrat(AT_FDCWD, "/tmp/sc_xattr.file", AT_SYMLINK_NOFOLLOW, "user.sc") = 0
removexattrat(3, NULL, AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH|0xffffeeff, "user.sc") = -1 EINVAL (Invalid argument)
file_setattr(-1, "", {fa_xflags=FS_XFLAG_REALTIME|FS_XFLAG_PREALLOC|FS_XFLAG_IMMUTABLE|FS_XFLAG_APPEND|FS_XFLAG_SYNC|FS_XFLAG_NOATIME|FS_XFLAG_NODUMP|FS_XFLAG_RTINHERIT|FS_XFLAG_PROJINHERIT|FS_XFLAG_NOSYMLINKS|FS_XFLAG_EXTSIZE|FS_XFLAG_EXTSZINHERIT|FS_XFLAG_NODEFRAG|FS_XFLAG_FILESTREAM|FS_XFLAG_DAX|FS_XFLAG_COWEXTSIZE|FS_XFLAG_VERITY|FS_XFLAG_HASATTR|FS_XFLAG_CASEFOLD|FS_XFLAG_CASENONPRESERVING, fa_extsize=1, fa_projid=0xcafe, fa_cowextsize=3}, 24, 0) = -1 EINVAL (Invalid argument)
file_setattr(-1, NULL, {fa_xflags=0xffffffff7ff00004 /* FS_XFLAG_??? */, fa_extsize=0, fa_projid=0, fa_cowextsize=0, /* bytes 24..31 */ "\x80\x80\x80\x80\x80\x80\x80\x80"}, 32, AT_EMPTY_PATH) = -1 E2BIG (Argument list too long)
file_setattr(-1, "", 0x21000800, 23, 0xffffeeff /* AT_??? */) = -1 EINVAL (Invalid argument)
file_setattr(-1, NULL, {fa_xflags=0, fa_extsize=0, fa_projid=0, fa_cowextsize=0, ???}, 32, AT_EMPTY_PATH) = -1 EFAULT (Bad address)
setxattrat(-1, NULL, AT_EMPTY_PATH, "user.sc", {value=NULL, size=0, flags=0, ???}, 17) = -1 EFAULT (Bad address)
file_getattr(-1, "", 0x21000800, 24, 0) = -1 ENOENT (No such file or directory)
file_getattr(AT_FDCWD, NULL, NULL, 24, AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH) = -1 EFAULT (Bad address)
file_getattr(AT_FDCWD, "/tmp/sc_xattr.file", {fa_xflags=0, fa_extsize=0, fa_nextents=0, fa_projid=0, fa_cowextsize=0}, 32, 0) = 0
quotactl(QCMD(Q_SYNC, USRQUOTA), NULL)  = 0
quotactl(QCMD(Q_QUOTAON, GRPQUOTA), "/nonexistent/dev", QFMT_VFS_V0, "/tmp/sc_xattr.file") = -1 ENOENT (No such file or directory)
quotactl(QCMD(Q_GETQUOTA, PRJQUOTA), "/nonexistent/dev", -1, 0x21000400) = -1 ENOENT (No such file or directory)
quotactl(QCMD(Q_SETINFO, USRQUOTA), "/nonexistent/dev", {dqi_bgrace=1, dqi_igrace=2, dqi_flags=DQF_ROOT_SQUASH|DQF_SYS_FILE, dqi_valid=IIF_FLAGS}) = -1 ENOENT (No such file or directory)
quotactl(QCMD(Q_XQUOTAON, USRQUOTA), "/nonexistent/dev", [FS_QUOTA_UDQ_ACCT|FS_QUOTA_UDQ_ENFD|FS_QUOTA_GDQ_ACCT|FS_QUOTA_GDQ_ENFD|FS_QUOTA_PDQ_ENFD|0xdeadbec0]) = -1 ENOENT (No such file or directory)
quotactl(QCMD(Q_XQUOTARM, GRPQUOTA), NULL, [FS_USER_QUOTA|FS_PROJ_QUOTA|FS_GROUP_QUOTA|0xdeadbee8]) = -1 ENODEV (No such device)
quotactl(QCMD(0xbadc0d /* Q_??? */, 0xed /* ???QUOTA */), NULL, 7, 0x21000400) = -1 EINVAL (Invalid argument)
quotactl_fd(-1, QCMD(Q_GETFMT, GRPQUOTA), 0x21000400) = -1 EBADF (Bad file descriptor)
EOF2
fi
