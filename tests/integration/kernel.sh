# shellcheck shell=bash
# Kernel family: modules, kexec, reboot, seccomp, landlock, LSM
# attributes, keys, syslog, perf_event_open, bpf (tests/progs/sc_kernel.c).
# Expected lines from strace 7.2 tracing the same program.
if want kernel; then
	$SCT -o "$T/kernel.txt" -e trace=finit_module,delete_module,kexec_load,kexec_file_load,reboot,seccomp,landlock_create_ruleset,landlock_add_rule,landlock_restrict_self,lsm_get_self_attr,lsm_set_self_attr,lsm_list_modules,add_key,request_key,keyctl,syslog,perf_event_open,bpf -- $B/sc_kernel >/dev/null 2>&1
	expect_lines "kernel" "$T/kernel.txt" <<'EOF2'
finit_module(-1, "param=1", MODULE_INIT_IGNORE_MODVERSIONS|MODULE_INIT_IGNORE_VERMAGIC|MODULE_INIT_COMPRESSED_FILE) = -1 ENOSYS (Function not implemented)
finit_module(-1, NULL, 0)               = -1 ENOSYS (Function not implemented)
delete_module("no_such_module_sct", O_NONBLOCK|O_TRUNC) = -1 ENOSYS (Function not implemented)
delete_module(0xffffffffffffffff, 0x10 /* O_??? */) = -1 ENOSYS (Function not implemented)
kexec_load(0x1000, 2, [{buf=0x1000, bufsz=16, mem=0x100000, memsz=4096}, {buf=NULL, bufsz=0, mem=0x200000, memsz=8192}], KEXEC_ARCH_X86_64|KEXEC_ON_CRASH|0x100) = -1 ENOSYS (Function not implemented)
kexec_load(NULL, 17, 0x200000400, 0xdead0000 /* KEXEC_ARCH_??? */) = -1 ENOSYS (Function not implemented)
kexec_file_load(-1, -1, 4, "abc\0", KEXEC_FILE_ON_CRASH|0x40) = -1 ENOSYS (Function not implemented)
reboot(0 /* LINUX_REBOOT_MAGIC1??? */, 0 /* LINUX_REBOOT_MAGIC2??? */, LINUX_REBOOT_CMD_CAD_OFF) = -1 EINVAL (Invalid argument)
reboot(LINUX_REBOOT_MAGIC1, 0 /* LINUX_REBOOT_MAGIC2??? */, LINUX_REBOOT_CMD_RESTART2, "now") = -1 EINVAL (Invalid argument)
reboot(0x1234 /* LINUX_REBOOT_MAGIC1??? */, LINUX_REBOOT_MAGIC2A, 0x9caffee1 /* LINUX_REBOOT_CMD_??? */) = -1 EINVAL (Invalid argument)
seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_LOG]) = 0
seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [0xffffffff /* SECCOMP_RET_??? */]) = -1 EOPNOTSUPP (Operation not supported)
seccomp(SECCOMP_GET_NOTIF_SIZES, 0x1, NULL) = -1 EINVAL (Invalid argument)
seccomp(0x63 /* SECCOMP_??? */, 0, NULL) = -1 EINVAL (Invalid argument)
landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|LANDLOCK_ACCESS_FS_READ_FILE, handled_access_net=LANDLOCK_ACCESS_NET_BIND_TCP, scoped=LANDLOCK_SCOPE_SIGNAL}, 24, 0x8 /* LANDLOCK_CREATE_RULESET_??? */) = -1 EINVAL (Invalid argument)
landlock_create_ruleset(0x200000700, 4, 0) = -1 EINVAL (Invalid argument)
landlock_create_ruleset(NULL, 0, 0x10 /* LANDLOCK_CREATE_RULESET_??? */) = -1 EINVAL (Invalid argument)
landlock_add_rule(-1, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=LANDLOCK_ACCESS_FS_EXECUTE|LANDLOCK_ACCESS_FS_WRITE_FILE, parent_fd=-1}, 0) = -1 EBADF (Bad file descriptor)
landlock_add_rule(-1, LANDLOCK_RULE_NET_PORT, {allowed_access=LANDLOCK_ACCESS_NET_CONNECT_TCP, port=80}, 0) = -1 EBADF (Bad file descriptor)
landlock_add_rule(-1, 0x3 /* LANDLOCK_RULE_??? */, 0x200000800, 0x2 /* LANDLOCK_ADD_RULE_??? */) = -1 EINVAL (Invalid argument)
landlock_restrict_self(-1, 0)           = -1 EBADF (Bad file descriptor)
lsm_get_self_attr(LSM_ATTR_UNDEF, NULL, NULL, 0) = -1 EINVAL (Invalid argument)
lsm_set_self_attr(0xfacefed1 /* LSM_ATTR_??? */, NULL, 0, 0x3) = -1 EINVAL (Invalid argument)
lsm_list_modules(NULL, NULL, 0)         = -1 EFAULT (Bad address)
add_key("sct_no_type", "desc", "payload", 7, KEY_SPEC_PROCESS_KEYRING) = -1 ENODEV (No such device)
add_key(NULL, NULL, NULL, 0, 12345)     = -1 EFAULT (Bad address)
request_key("sct_no_type", "desc", NULL, KEY_SPEC_THREAD_KEYRING) = -1 ENOKEY (Required key not available)
keyctl(KEYCTL_REVOKE, 2147483647)       = -1 ENOKEY (Required key not available)
keyctl(KEYCTL_SETPERM, 2147483647, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|KEY_POS_SEARCH|KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW) = -1 ENOKEY (Required key not available)
keyctl(KEYCTL_CHOWN, 2147483647, -1, 0) = -1 ENOKEY (Required key not available)
keyctl(KEYCTL_LINK, 2147483647, KEY_SPEC_SESSION_KEYRING) = -1 ENOKEY (Required key not available)
keyctl(KEYCTL_MOVE, 2147483647, KEY_SPEC_USER_KEYRING, KEY_SPEC_USER_SESSION_KEYRING, KEYCTL_MOVE_EXCL) = -1 ENOKEY (Required key not available)
keyctl(0xdead /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EOPNOTSUPP (Operation not supported)
perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER0, config=PERF_COUNT_SW_DUMMY, sample_period=1000, sample_type=PERF_SAMPLE_IP|PERF_SAMPLE_TID, read_format=0, disabled=1, precise_ip=0 /* arbitrary skid */, exclude_guest=1, ...}, -1, -1, -1, PERF_FLAG_FD_CLOEXEC) = -1 EINVAL (Invalid argument)
perf_event_open(NULL, 0, 0, 0, 0x10 /* PERF_FLAG_??? */) = -1 EINVAL (Invalid argument)
bpf(BPF_MAP_FREEZE, {map_fd=-1}, 4)     = -1 EBADF (Bad file descriptor)
bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=0, map_flags=BPF_F_MMAPABLE}, 20) = -1 EINVAL (Invalid argument)
bpf(0xdead /* BPF_??? */, NULL, 0)      = -1 EINVAL (Invalid argument)
syslog(99 /* SYSLOG_ACTION_??? */, NULL, 0) = -1 EINVAL (Invalid argument)
syslog(3 /* SYSLOG_ACTION_READ_ALL */, 0x200000a00, -1) = -1 EINVAL (Invalid argument)
EOF2
fi
