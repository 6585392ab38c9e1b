# The fs family (src/decode_fs.c): mount and the new mount API, umount2,
# swap, acct, fanotify, ustat, _sysctl, sysfs, syncfs; every call of
# tests/progs/sc_fs.c fails harmlessly.  Expected lines: strace 7.2.
if want fs; then
	$SCT -o "$T/fs.txt" -e trace=mount,umount2,pivot_root,chroot,acct,swapon,swapoff,fsopen,fsconfig,fsmount,fspick,move_mount,open_tree,mount_setattr,open_tree_attr,statmount,listmount,fanotify_init,fanotify_mark,ustat,_sysctl,sysfs,syncfs -- $B/sc_fs >/dev/null
	expect_lines "fs" "$T/fs.txt" <<'EOF2'
mount("/nonexistent/src", "/nonexistent/dst", "tmpfs", MS_MGC_VAL|MS_RDONLY|MS_NOEXEC, "size=1m") = -1 ENOENT (No such file or directory)
mount("/nonexistent/src", "/nonexistent/dst", 0x20000200, MS_BIND, 0x20000240) = -1 ENOENT (No such file or directory)
mount("/nonexistent/src", "/nonexistent/dst", 0x20000200, MS_REMOUNT, "data") = -1 ENOENT (No such file or directory)
mount(NULL, NULL, NULL, 0x200 /* MS_??? */, NULL) = -1 EFAULT (Bad address)
umount2("/nonexistent/dst", MNT_DETACH|UMOUNT_NOFOLLOW) = -1 ENOENT (No such file or directory)
umount2("/nonexistent/dst", 0x20 /* MNT_??? */) = -1 EINVAL (Invalid argument)
pivot_root("/nonexistent/new", "/nonexistent/old") = -1 ENOENT (No such file or directory)
chroot("/nonexistent/root")             = -1 ENOENT (No such file or directory)
acct("/nonexistent/acct")               = -1 ENOENT (No such file or directory)
swapon("/nonexistent/swap", SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5) = -1 ENOENT (No such file or directory)
swapoff(0xffffffffffffffff)             = -1 EFAULT (Bad address)
fsopen("nonexistent_fs", FSOPEN_CLOEXEC) = -1 ENODEV (No such device)
fsopen(NULL, 0x10 /* FSOPEN_??? */)     = -1 EINVAL (Invalid argument)
fsconfig(-1, FSCONFIG_SET_STRING, "source", "none", 0) = -1 EINVAL (Invalid argument)
fsconfig(-1, FSCONFIG_SET_PATH, "source", "/nonexistent", AT_FDCWD) = -1 EINVAL (Invalid argument)
fsconfig(-1, FSCONFIG_CMD_CREATE, NULL, NULL, 0) = -1 EINVAL (Invalid argument)
fsconfig(-1, 0x64 /* FSCONFIG_??? */, NULL, NULL, 7) = -1 EINVAL (Invalid argument)
fsmount(-1, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY|MOUNT_ATTR_STRICTATIME) = -1 EBADF (Bad file descriptor)
fspick(AT_FDCWD, "/nonexistent", FSPICK_CLOEXEC|FSPICK_EMPTY_PATH) = -1 ENOENT (No such file or directory)
move_mount(-1, "/nonexistent/a", AT_FDCWD, "/nonexistent/b", MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_EMPTY_PATH) = -1 ENOENT (No such file or directory)
open_tree(AT_FDCWD, "/nonexistent", OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_RECURSIVE) = -1 ENOENT (No such file or directory)
mount_setattr(-1, "/nonexistent", AT_RECURSIVE, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID, attr_clr=MOUNT_ATTR_STRICTATIME, propagation=MS_PRIVATE, userns_fd=0}, 32) = -1 EINVAL (Invalid argument)
mount_setattr(-1, "/nonexistent", 0, 0x20000040, 8) = -1 EINVAL (Invalid argument)
mount_setattr(-1, "/nonexistent", 0, 0x20001000, 32) = -1 EFAULT (Bad address)
open_tree_attr(AT_FDCWD, "/nonexistent", OPEN_TREE_CLONE, NULL, 0) = -1 ENOENT (No such file or directory)
statmount({size=32, mnt_ns_fd=0, mnt_id=0x1, param=STATMOUNT_SB_BASIC|STATMOUNT_FS_TYPE, mnt_ns_id=0}, 0x20000400, 512, 0) = -1 EINVAL (Invalid argument)
statmount(NULL, NULL, 0, 0)             = -1 EFAULT (Bad address)
listmount({size=32, mnt_ns_fd=0, mnt_id=0x1, param=0x21, mnt_ns_id=0}, 0x20000800, 4, LISTMOUNT_REVERSE) = -1 EINVAL (Invalid argument)
listmount(NULL, [], 0, 0)               = -1 EFAULT (Bad address)
fanotify_init(FAN_CLASS_PRE_CONTENT|FAN_REPORT_TID, O_RDONLY) = 3
fanotify_mark(-1, FAN_MARK_ADD|FAN_MARK_MOUNT, FAN_OPEN|FAN_ONDIR, AT_FDCWD, "/nonexistent") = -1 EBADF (Bad file descriptor)
fanotify_mark(-1, FAN_MARK_REMOVE, FAN_ACCESS, FAN_NOFD, NULL) = -1 EBADF (Bad file descriptor)
ustat(makedev(0x123, 0x45), NULL)       = -1 EINVAL (Invalid argument)
_sysctl(NULL)                           = -1 ENOSYS (Function not implemented)
sysfs(0x1, 0x20000280, 0)               = -1 EINVAL (Invalid argument)
sysfs(0x2, 0x270f, 0x20000c00)          = -1 EINVAL (Invalid argument)
syncfs(-1)                              = -1 EBADF (Bad file descriptor)
EOF2
fi
