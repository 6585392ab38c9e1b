/*
 * The kernel family (modules, kexec, reboot, seccomp, landlock, LSM
 * attributes, keys, syslog) against strace 7.2's own output: synthetic
 * records decoded through the text emitter.  Expected lines are taken
 * from strace 7.2 runs (its test suite, or tests/progs/sc_kernel.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/unistd_extra.h"

TEST(kernel_modules)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_finit_module, E(38), (uint64_t)-1, 0x200000100, 7);
	blob(r, 1, SCT_CAP_STR, 0, "param=1", 7);
	CHECK_STREQ(dec(r), "-1, \"param=1\", MODULE_INIT_IGNORE_MODVERSIONS|"
		    "MODULE_INIT_IGNORE_VERMAGIC|MODULE_INIT_COMPRESSED_FILE");

	r = REC(&b, __NR_delete_module, E(38), 0x7f12ac424000, 0xfacef157);
	blob(r, 0, SCT_CAP_STR, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "0x7f12ac424000, 0xfacef157 /* O_??? */");

	r = REC(&b, __NR_delete_module, E(38), 0x7f12ac423ff8, 0xdeade71c);
	blob(r, 0, SCT_CAP_STR, 0, "\200\201\202\203\204\205\206", 7);
	CHECK_STREQ(dec(r), "\"\\200\\201\\202\\203\\204\\205\\206\", O_TRUNC|0xdeade51c");

	r = REC(&b, __NR_init_module, E(38), 0, 0xffffffff00000000ULL, 0);
	CHECK_STREQ(dec(r), "NULL, 18446744069414584320, NULL");
}

TEST(kernel_kexec)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t seg[8] = { 0x1000, 16, 0x100000, 4096, 0, 0, 0x200000, 8192 };

	r = REC(&b, __NR_kexec_load, E(38), 0x1000, 2, 0x200000400, (62UL << 16) | 1 | 0x100);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, seg, sizeof(seg));
	CHECK_STREQ(dec(r), "0x1000, 2, [{buf=0x1000, bufsz=16, mem=0x100000, memsz=4096}, "
		    "{buf=NULL, bufsz=0, mem=0x200000, memsz=8192}], "
		    "KEXEC_ARCH_X86_64|KEXEC_ON_CRASH|0x100");

	r = REC(&b, __NR_kexec_load, E(38), 0, 0, 0, 0xbadc0dedda7a1050ULL);
	CHECK_STREQ(dec(r), "NULL, 0, NULL, 0xda7a0000 /* KEXEC_ARCH_??? */|"
		    "0xbadc0ded00001050 /* KEXEC_??? */");

	r = REC(&b, __NR_kexec_load, E(38), 0, 17, 0x200000400, 0xdead0000);
	CHECK_STREQ(dec(r), "NULL, 17, 0x200000400, 0xdead0000 /* KEXEC_ARCH_??? */");

	r = REC(&b, __NR_kexec_file_load, E(38), (uint64_t)-1, (uint64_t)-1, 4, 0x200000300, 0x42);
	blob(r, 3, SCT_CAP_BUF_IN, 0, "abc\0", 4);
	CHECK_STREQ(dec(r), "-1, -1, 4, \"abc\\0\", KEXEC_FILE_ON_CRASH|0x40");

	r = REC(&b, __NR_kexec_file_load, E(38), (uint64_t)-1159878751, (uint64_t)-553988398, 23,
		 0x7f49cc30a000, 0xbadc0dedda7a1040ULL);
	blob(r, 3, SCT_CAP_BUF_IN, SCT_BF_TRUNC, "deadcodebadc0ded", 9);
	CHECK_STREQ(dec_s(r, 9), "-1159878751, -553988398, 23, \"deadcodeb\"..., "
		    "0xbadc0dedda7a1040 /* KEXEC_FILE_??? */");
}

TEST(kernel_reboot)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_reboot, E(22), 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "0 /* LINUX_REBOOT_MAGIC1??? */, 0 /* LINUX_REBOOT_MAGIC2??? */, "
		    "LINUX_REBOOT_CMD_CAD_OFF");

	r = REC(&b, __NR_reboot, E(22), 0xfee1dead, 0, 0xa1b2c3d4, 0x200000500);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, "now\0", 4);
	CHECK_STREQ(dec(r), "LINUX_REBOOT_MAGIC1, 0 /* LINUX_REBOOT_MAGIC2??? */, "
		    "LINUX_REBOOT_CMD_RESTART2, \"now\"");

	/* 255 bytes at most: a 254-character string is whole, a 256 one cut */
	char s[300];
	memset(s, 'a', sizeof(s));
	r = REC(&b, __NR_reboot, E(22), 0x1234, 85072278, 0xa1b2c3d4, 0x1000);
	s[254] = '\0';
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, s, 255);
	const char *got = dec_s(r, 256);
	CHECK(strstr(got, "LINUX_REBOOT_MAGIC2A, LINUX_REBOOT_CMD_RESTART2, \"a") != NULL);
	CHECK(got[strlen(got) - 1] == '"');
	r = REC(&b, __NR_reboot, E(22), 0x1234, 85072278, 0xa1b2c3d4, 0x1000);
	s[254] = 'a';
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, s, 255);
	got = dec_s(r, 256);
	CHECK(strlen(got) > 5 && strcmp(got + strlen(got) - 5, "a\"...") == 0);
}

TEST(kernel_seccomp)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint32_t act = 0x7ffc0000;

	r = REC(&b, __NR_seccomp, 0, 2, 0, 0x200000600);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &act, 4);
	CHECK_STREQ(dec(r), "SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_LOG]");
	act = 0xffffffff;
	r = REC(&b, __NR_seccomp, E(95), 2, 0, 0x200000600);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &act, 4);
	CHECK_STREQ(dec(r), "SECCOMP_GET_ACTION_AVAIL, 0, [0xffffffff /* SECCOMP_RET_??? */]");
	r = REC(&b, __NR_seccomp, E(22), 3, 0xdeadbeef, 0);
	CHECK_STREQ(dec(r), "SECCOMP_GET_NOTIF_SIZES, 0xdeadbeef, NULL");
	r = REC(&b, __NR_seccomp, E(22), 99, 0, 0);
	CHECK_STREQ(dec(r), "0x63 /* SECCOMP_??? */, 0, NULL");
}

TEST(kernel_landlock)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t attr[6] = { 5, 1, 2, 0, 0, 1 };

	r = REC(&b, __NR_landlock_create_ruleset, E(22), 0x200000700, 24, 8);
	blob(r, 0, SCT_CAP_BUF_IN, 0, attr, 24);
	CHECK_STREQ(dec(r), "{handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|LANDLOCK_ACCESS_FS_READ_FILE, "
		    "handled_access_net=LANDLOCK_ACCESS_NET_BIND_TCP, scoped=LANDLOCK_SCOPE_SIGNAL}, 24, "
		    "0x8 /* LANDLOCK_CREATE_RULESET_??? */");
	memset(attr, 0, sizeof(attr));
	attr[5] = 1;
	r = REC(&b, __NR_landlock_create_ruleset, E(7), 0x1000, 52, 0);
	blob(r, 0, SCT_CAP_BUF_IN, SCT_BF_TRUNC, attr, 48);
	CHECK_STREQ(dec(r), "{handled_access_fs=0, handled_access_net=0, scoped=0, quiet_access_fs=0, "
		    "quiet_access_net=0, quiet_scoped=LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET, ...}, 52, 0");
	r = REC(&b, __NR_landlock_create_ruleset, E(22), 0x200000700, 4, 0);
	blob(r, 0, SCT_CAP_BUF_IN, 0, attr, 4);
	CHECK_STREQ(dec(r), "0x200000700, 4, 0");

	uint64_t rule[2] = { 3, 0xffffffff };
	r = REC(&b, __NR_landlock_add_rule, E(9), (uint64_t)-1, 1, 0x200000800, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, rule, 16);
	CHECK_STREQ(dec(r), "-1, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=LANDLOCK_ACCESS_FS_EXECUTE|"
		    "LANDLOCK_ACCESS_FS_WRITE_FILE, parent_fd=-1}, 0");
	rule[0] = 2; rule[1] = 80;
	r = REC(&b, __NR_landlock_add_rule, E(9), (uint64_t)-1, 2, 0x200000810, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, rule, 16);
	CHECK_STREQ(dec(r), "-1, LANDLOCK_RULE_NET_PORT, {allowed_access=LANDLOCK_ACCESS_NET_CONNECT_TCP, "
		    "port=80}, 0");
	r = REC(&b, __NR_landlock_add_rule, E(22), 1729, 3, 0x7f39ef1c9000, 0xffffffff);
	CHECK_STREQ(dec(r), "1729, 0x3 /* LANDLOCK_RULE_??? */, 0x7f39ef1c9000, "
		    "LANDLOCK_ADD_RULE_QUIET|0xfffffffe");
	r = REC(&b, __NR_landlock_restrict_self, E(22), (uint64_t)-1, 0xffffffff);
	CHECK_STREQ(dec(r), "-1, 0xffffffff");
}

TEST(kernel_lsm)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t ctx[4] = { 0x8786858483828180ULL, 0, 0, 0 };
	uint32_t size = 31;

	r = REC(&b, __NR_lsm_get_self_attr, E(22), 103, 0x7fdb2dc8dfe0, 0x1000, 3);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, ctx, 32);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &size, 4);
	CHECK_STREQ(dec(r), "LSM_ATTR_KEYCREATE, {id=0x8786858483828180} => 0x7fdb2dc8dfe0, [31], "
		    "LSM_FLAG_SINGLE|0x2");
	size = 0xdeadbeef;
	r = REC(&b, __NR_lsm_get_self_attr, E(14), 101, 0x7fdb2dc8dfe1, 0x1000, 1);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &size, 4);
	CHECK_STREQ(dec(r), "LSM_ATTR_EXEC, 0x7fdb2dc8dfe1, [3735928559], LSM_FLAG_SINGLE");
	r = REC(&b, __NR_lsm_get_self_attr, E(22), 0xfacefed1, 0x1000, 0x2000, 0xfacefed2);
	CHECK_STREQ(dec(r), "0xfacefed1 /* LSM_ATTR_??? */, 0x1000, 0x2000, "
		    "0xfacefed2 /* LSM_FLAG_??? */");
	r = REC(&b, __NR_lsm_set_self_attr, E(22), 0xfacefed1, 0, 0, 3);
	CHECK_STREQ(dec(r), "0xfacefed1 /* LSM_ATTR_??? */, NULL, 0, 0x3");
}

TEST(kernel_keys)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_add_key, E(19), 0x200000900, 0x200000920, 0x200000940, 7, (uint64_t)-2);
	blob(r, 0, SCT_CAP_STR, 0, "sct_no_type", 11);
	blob(r, 1, SCT_CAP_STR, 0, "desc", 4);
	blob(r, 2, SCT_CAP_BUF_IN, 0, "payload", 7);
	CHECK_STREQ(dec(r), "\"sct_no_type\", \"desc\", \"payload\", 7, KEY_SPEC_PROCESS_KEYRING");
	r = REC(&b, __NR_request_key, E(14), 0, 0, 0, (uint64_t)-1234567890);
	CHECK_STREQ(dec(r), "NULL, NULL, NULL, -1234567890");
	r = REC(&b, __NR_keyctl, E(126), 5, 0x7fffffff, 0x3f010000);
	CHECK_STREQ(dec(r), "KEYCTL_SETPERM, 2147483647, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|"
		    "KEY_POS_SEARCH|KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW");
	r = REC(&b, __NR_keyctl, E(126), 4, 0x7fffffff, 0xffffffff, 0);
	CHECK_STREQ(dec(r), "KEYCTL_CHOWN, 2147483647, -1, 0");
	r = REC(&b, __NR_keyctl, E(126), 30, 0x7fffffff, (uint64_t)-4, (uint64_t)-5, 1);
	CHECK_STREQ(dec(r), "KEYCTL_MOVE, 2147483647, KEY_SPEC_USER_KEYRING, "
		    "KEY_SPEC_USER_SESSION_KEYRING, KEYCTL_MOVE_EXCL");
	r = REC(&b, __NR_keyctl, E(95), 0xdead, 1, 2, 3, 4);
	CHECK_STREQ(dec(r), "0xdead /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4");
	r = REC(&b, __NR_keyctl, E(126), 3, 0x7fffffff);
	CHECK_STREQ(dec(r), "KEYCTL_REVOKE, 2147483647");
}

TEST(kernel_syslog)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_syslog, E(22), 99, 0, 0);
	CHECK_STREQ(dec(r), "99 /* SYSLOG_ACTION_??? */, NULL, 0");
	r = REC(&b, __NR_syslog, E(22), 3, 0x200000a00, 0xffffffff);
	CHECK_STREQ(dec(r), "3 /* SYSLOG_ACTION_READ_ALL */, 0x200000a00, -1");
	r = REC(&b, __NR_syslog, 4096, 10, 0, 0);
	CHECK_STREQ(dec(r), "10 /* SYSLOG_ACTION_SIZE_BUFFER */");
}

TEST(kernel_perf_event_open)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t attr[6] = { 1 | (64ULL << 32), 9, 1000, 3, 0, 1 | (1ULL << 20) };

	r = REC(&b, __NR_perf_event_open, E(22), 0x200000b00, (uint64_t)-1, (uint64_t)-1,
		 (uint64_t)-1, 8);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, attr, sizeof(attr));
	CHECK_STREQ(dec(r), "{type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER0, "
		    "config=PERF_COUNT_SW_DUMMY, sample_period=1000, "
		    "sample_type=PERF_SAMPLE_IP|PERF_SAMPLE_TID, read_format=0, disabled=1, "
		    "precise_ip=0 /* arbitrary skid */, exclude_guest=1, ...}, -1, -1, -1, "
		    "PERF_FLAG_FD_CLOEXEC");
	r = REC(&b, __NR_perf_event_open, E(22), 0, 0, 0, 0, 0x10);
	CHECK_STREQ(dec(r), "NULL, 0, 0, 0, 0x10 /* PERF_FLAG_??? */");

	/* HW cache config, pieces above the known ones */
	uint64_t hc[6] = { 3 | (72ULL << 32), 0x01020207, 7, 0, 0, 0 };
	r = REC(&b, __NR_perf_event_open, E(22), 0x1000, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, hc, sizeof(hc));
	CHECK_STREQ(dec(r), "{type=PERF_TYPE_HW_CACHE, size=PERF_ATTR_SIZE_VER1, "
		    "config=0x1<<24|0x2 /* PERF_COUNT_HW_CACHE_RESULT_??? */<<16|"
		    "PERF_COUNT_HW_CACHE_OP_PREFETCH<<8|0x7 /* PERF_COUNT_HW_CACHE_??? */, "
		    "sample_period=7, sample_type=0, read_format=0, "
		    "precise_ip=0 /* arbitrary skid */, ...}, 0, 0, 0, 0");
}

TEST(kernel_bpf)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint32_t freeze = 0xffffffff;

	r = REC(&b, __NR_bpf, E(9), 22, 0x200000c00, 4);
	blob(r, 1, SCT_CAP_BUF_IN, 0, &freeze, 4);
	CHECK_STREQ(dec(r), "BPF_MAP_FREEZE, {map_fd=-1}, 4");

	uint32_t mc[5] = { 2, 4, 8, 0, 1 << 10 };
	r = REC(&b, __NR_bpf, E(22), 0, 0x200000c40, 20);
	blob(r, 1, SCT_CAP_BUF_IN, 0, mc, sizeof(mc));
	CHECK_STREQ(dec(r), "BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, "
		    "value_size=8, max_entries=0, map_flags=BPF_F_MMAPABLE}, 20");

	r = REC(&b, __NR_bpf, E(22), 0xdead, 0, 0);
	CHECK_STREQ(dec(r), "0xdead /* BPF_??? */, NULL, 0");

	/* non-zero bytes past the attr strace knows: "..." */
	uint8_t ga[256] = { 0 };
	ga[0] = 0xef; ga[1] = 0xbe; ga[2] = 0xad; ga[3] = 0xde; ga[200] = 1;
	r = REC(&b, __NR_bpf, E(7), 13, 0x1000, 256);
	blob(r, 1, SCT_CAP_BUF_IN, 0, ga, sizeof(ga));
	CHECK_STREQ(dec(r), "BPF_PROG_GET_FD_BY_ID, {prog_id=3735928559, ...}, 256");

	/* more than a page: the address */
	r = REC(&b, __NR_bpf, E(7), 0, 0x7fee7228a000, 4097);
	CHECK_STREQ(dec(r), "BPF_MAP_CREATE, 0x7fee7228a000, 4097");
}

TEST(kernel_bpf_link_create)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint32_t lc[8] = { 0, 0, 45, 0, 0, 0, 0, 0 };   /* BPF_NETFILTER */

	r = REC(&b, __NR_bpf, E(22), 28, 0x1000, 32);
	blob(r, 1, SCT_CAP_BUF_IN, 0, lc, sizeof(lc));
	CHECK_STREQ(dec(r), "BPF_LINK_CREATE, {link_create={prog_fd=0, target_fd=0, "
		    "attach_type=BPF_NETFILTER, flags=0, netfilter={pf=0, hooknum=0, priority=0, "
		    "flags=0}}}, 32");
	uint32_t lc2[4] = { (uint32_t)-1, (uint32_t)-559038737, 0, 4 };
	r = REC(&b, __NR_bpf, E(9), 28, 0x1000, 16);
	blob(r, 1, SCT_CAP_BUF_IN, 0, lc2, sizeof(lc2));
	CHECK_STREQ(dec(r), "BPF_LINK_CREATE, {link_create={prog_fd=-1, target_fd=-559038737, "
		    "attach_type=BPF_CGROUP_INET_INGRESS, flags=BPF_F_REPLACE}}, 16");
}

TEST(kernel_lsm_sizes)
{
	struct recbuf b, eb;
	struct sct_syscall *r, *en;
	uint32_t in = 64, out = 0;

	/* the entry record keeps the size passed, the exit one the size written */
	en = ENTER(&eb, __NR_lsm_get_self_attr, 100, 0x300000700, 0x300000800, 0);
	blob(en, 2, SCT_CAP_STRUCT_IN, 0, &in, 4);
	r = REC(&b, __NR_lsm_get_self_attr, E(95), 100, 0x300000700, 0x300000800, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &out, 4);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1), "LSM_ATTR_CURRENT, 0x300000700, [64 => 0], 0");
}

TEST(kernel_page_end_strings)
{
	struct recbuf b;
	struct sct_syscall *r;
	const char *s33 = "0123456789:;<=>?@ABCDEFGHIJKLMNO";   /* + 'P' below */
	char buf[40];

	/* 33 readable bytes before an unreadable page, no NUL: -s 32 of them */
	memcpy(buf, s33, 32);
	buf[32] = 'P';
	r = REC(&b, __NR_init_module, E(38), 0xfffffeedffffface, 0, 0x7f5af5a3bfdf);
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, buf, 33);
	CHECK_STREQ(dec(r), "0xfffffeedffffface, 0, \"0123456789:;<=>?@ABCDEFGHIJKLMNO\"...");

	/* 8 readable bytes, no NUL: strace cannot read the string */
	r = REC(&b, __NR_delete_module, E(38), 0x7f12ac423ff8, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, "\200\201\202\203\204\205\206\207", 8);
	CHECK_STREQ(dec(r), "0x7f12ac423ff8, 0");

	/* a NUL before the page ends */
	r = REC(&b, __NR_finit_module, E(38), (uint64_t)-1091571699, 0x7f6912d0fff8, 1);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, "\200\201\202\203\204\205\206\0", 8);
	CHECK_STREQ(dec(r), "-1091571699, \"\\200\\201\\202\\203\\204\\205\\206\", "
		    "MODULE_INIT_IGNORE_MODVERSIONS");
}

TEST(kernel_keyctl_structs)
{
	struct recbuf b;
	struct sct_syscall *r;
	int32_t dh[3] = { -3, 12345, -1 };

	r = REC(&b, __NR_keyctl, E(95), 23, 0x300000400, 0x300000500, 16, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, dh, sizeof(dh));
	CHECK_STREQ(dec(r), "KEYCTL_DH_COMPUTE, {private=KEY_SPEC_SESSION_KEYRING, prime=12345, "
		    "base=KEY_SPEC_THREAD_KEYRING}, 0x300000500, 16, NULL");

	uint32_t pk[10] = { 0, 0, 0 };
	r = REC(&b, __NR_keyctl, E(22), 28, 0x300000400, 0x300000000, 0x300000020, 0x300000600);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, pk, sizeof(pk));
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, "user\0", 5);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, "x", 1);
	blob(r, 4, SCT_CAP_STRUCT_IN, 0, "y", 1);
	CHECK_STREQ(dec(r), "KEYCTL_PKEY_VERIFY, {key_id=0, in_len=0, in2_len=0}, \"user\", \"\", \"\"");

	uint64_t iov[4] = { 0, 0, 0, 0 };
	r = REC(&b, __NR_keyctl, E(1), 20, 0x7fffffff, 0x300000300, 2, (uint64_t)-3);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, iov, sizeof(iov));
	CHECK_STREQ(dec(r), "KEYCTL_INSTANTIATE_IOV, 2147483647, [{iov_base=NULL, iov_len=0}, "
		    "{iov_base=NULL, iov_len=0}], 2, KEY_SPEC_SESSION_KEYRING");
}

/* Nested captures (blob arg SCT_NEST_ARG, idx the row's rule): BPF_PROG_LOAD's
 * license and log as the entry record has them (inputs); strace 7.2's lines */
TEST(kernel_bpf_nested)
{
	struct recbuf b, be;
	struct sct_syscall *r, *en;
	uint8_t attr[40] = { 0 };
	uint64_t insns = 0x22000800, lic = 0x22000200, log = 0x22000400;
	attr[4] = 1;                              /* insn_cnt */
	memcpy(attr + 8, &insns, 8);
	memcpy(attr + 16, &lic, 8);
	attr[24] = 1;                             /* log_level */
	attr[28] = 4;                             /* log_size */
	memcpy(attr + 32, &log, 8);

	en = ENTER(&be, __NR_bpf, 5, 0x22000000, 40);
	blob(en, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	blob_aux(en, SCT_NEST_ARG, SCT_CAP_NEST, 0, 0, "GPL", 3, 0);
	blob_aux(en, SCT_NEST_ARG, SCT_CAP_NEST, SCT_BF_TRUNC, 1, "log ", 4, 0);
	r = REC(&b, __NR_bpf, E(22), 5, 0x22000000, 40);
	blob(r, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, 0, "BSD", 3, 0);   /* changed since */
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, 1, "func#0", 6, 0);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1),
		    "BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_UNSPEC, insn_cnt=1, insns=0x22000800, "
		    "license=\"GPL\", log_level=1, log_size=4, log_buf=\"log \"...}, 40");
	/* no nested blob (unreadable, or not captured): the addresses */
	r = REC(&b, __NR_bpf, E(14), 5, 0x22000000, 40);
	blob(r, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, SCT_BF_FAULT, 0, NULL, 0, 0);
	CHECK_STREQ(dec(r), "BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_UNSPEC, insn_cnt=1, "
		    "insns=0x22000800, license=0x22000200, log_level=1, log_size=4, "
		    "log_buf=0x22000400}, 40");
	/* -s 2: the license cut, no NUL within -s + 1 bytes */
	r = REC(&b, __NR_bpf, E(22), 5, 0x22000000, 40);
	blob(r, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, SCT_BF_TRUNC, 0, "GPL", 3, 0);
	CHECK_STREQ(dec_s(r, 2), "BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_UNSPEC, insn_cnt=1, "
		    "insns=0x22000800, license=\"GP\"..., log_level=1, log_size=4, "
		    "log_buf=0x22000400}, 40");
}

/* BPF_OBJ_GET_INFO_BY_FD of a program under -y -v: struct bpf_prog_info
 * as passed (the entry record's nested copy) => as the kernel left it
 * (the exit record's), and the arrays behind it (rules read at exit) as
 * many as both counts allow; strace 7.2's forms */
TEST(kernel_bpf_prog_info)
{
	enum { INFO = 7, XLATED = 16, MAP_IDS = 17 };   /* the row's rules */
	struct recbuf b, be;
	struct sct_syscall *r, *en;
	unsigned fds = decode_opts.decode_fds;
	uint64_t abbrev = decode_opts.abbrev[__NR_bpf / 64];
	decode_opts.decode_fds = DECODE_FD_PATH;
	decode_opts.abbrev[__NR_bpf / 64] &= ~(1ULL << (__NR_bpf % 64));

	uint8_t attr[16] = { 4 }, attr_out[16];
	uint64_t infop = 0x23000400, insnp = 0x23000800, idsp = 0x23000c00;
	attr[4] = 40;                                   /* info_len */
	memcpy(attr + 8, &infop, 8);
	uint8_t in[232] = { 0 }, out[232] = { 0 };
	in[20] = 8;                                     /* xlated_prog_len */
	memcpy(in + 32, &insnp, 8);
	memcpy(out, in, sizeof(out));
	out[0] = 1;                                     /* BPF_PROG_TYPE_SOCKET_FILTER */
	out[4] = 7;                                     /* id */
	memcpy(out + 8, "\x59\xf4\xa9\x31\x74\x4d\xcd\xc6", 8);
	out[16] = 20;                                   /* jited_prog_len */
	out[20] = 16;
	static const uint8_t insns[16] = { 0xb7, 0, 0, 0, 0, 0, 0, 0, 0x95 };

	en = ENTER(&be, __NR_bpf, 15, 0x23000000, 16);
	blob(en, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	blob_aux(en, SCT_NEST_ARG, SCT_CAP_NEST, 0, INFO, in, 40, 0);
	r = REC(&b, __NR_bpf, 0, 15, 0x23000000, 16);
	blob(r, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	blob_aux(r, 1, SCT_CAP_FDPATH, 0, 1, "anon_inode:bpf-prog", 19, 0);
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, INFO, out, 40, 0);
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, XLATED, insns, 16, 0);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1),
		    "BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4<anon_inode:bpf-prog>, info_len=40, "
		    "info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=7, "
		    "tag=\"\\x59\\xf4\\xa9\\x31\\x74\\x4d\\xcd\\xc6\", jited_prog_len=0 => 20, "
		    "jited_prog_insns=NULL, xlated_prog_len=8 => 16, xlated_prog_insns=[{code="
		    "BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}]}}}, 16");

	/* the whole struct, info_len written back; map ids: 4 => 1 */
	attr[4] = 0x28;
	attr[5] = 1;                                    /* 296 */
	memcpy(attr_out, attr, 16);
	attr_out[4] = 232;
	attr_out[5] = 0;
	in[20] = 0;
	in[52] = 4;                                     /* nr_map_ids */
	memcpy(in + 56, &idsp, 8);
	memcpy(out + 52, "\1\0\0\0", 4);
	memcpy(out + 56, &idsp, 8);
	memcpy(out + 64, "sc", 3);
	out[84] = 1;                                    /* gpl_compatible */
	out[216] = 2;                                   /* verified_insns */
	uint32_t id = 42;
	en = ENTER(&be, __NR_bpf, 15, 0x23000000, 16);
	blob(en, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	/* more than the 256 bytes captured at most */
	blob_aux(en, SCT_NEST_ARG, SCT_CAP_NEST, SCT_BF_TRUNC, INFO, in, sizeof(in), 0);
	r = REC(&b, __NR_bpf, 0, 15, 0x23000000, 16);
	blob(r, 1, SCT_CAP_BUF_IN, 0, attr_out, sizeof(attr_out));
	blob_aux(r, 1, SCT_CAP_FDPATH, 0, 1, "anon_inode:bpf-prog", 19, 0);
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, INFO, out, sizeof(out), 0);
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, MAP_IDS, &id, 4, 0);
	const char *s = dec_range(r, en, 32, 0, -1);
	CHECK(strstr(s, "info_len=296 => 232, info={type=BPF_PROG_TYPE_SOCKET_FILTER") != NULL);
	CHECK(strstr(s, ", xlated_prog_len=0 => 16, xlated_prog_insns=[], load_time=0") != NULL);
	CHECK(strstr(s, ", created_by_uid=0, nr_map_ids=4 => 1, map_ids=[42], name=\"sc\", "
		      "ifindex=0, gpl_compatible=1, netns_dev=makedev(0, 0), netns_ino=0, "
		      "nr_jited_ksyms=0, nr_jited_func_lens=0, jited_ksyms=NULL, "
		      "jited_func_lens=NULL, btf_id=0, func_info_rec_size=0, func_info=NULL, ") != NULL);
	CHECK(strstr(s, ", verified_insns=2, attach_btf_obj_id=0, attach_btf_id=0}}}, 16") != NULL);
	/* not a program or map (no -y file): the address */
	r = REC(&b, __NR_bpf, 0, 15, 0x23000000, 16);
	blob(r, 1, SCT_CAP_BUF_IN, 0, attr_out, sizeof(attr_out));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, INFO, out, sizeof(out), 0);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1),
		    "BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=4, info_len=296 => 232, "
		    "info=0x23000400}}, 16");
	decode_opts.decode_fds = fds;
	decode_opts.abbrev[__NR_bpf / 64] = abbrev;
}

/* eBPF opcodes under -X (strace's print_bpf_filter_code(code, true)):
 * each field as -X says, BPF_ATOMIC, class 6 (BPF_JMP32) undecoded */
TEST(kernel_bpf_insns_xlat)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t abbrev = decode_opts.abbrev[__NR_bpf / 64];
	decode_opts.abbrev[__NR_bpf / 64] &= ~(1ULL << (__NR_bpf % 64));
	uint8_t attr[24] = { 1, 0, 0, 0, 3 };
	uint64_t insnp = 0x23000800;
	memcpy(attr + 8, &insnp, 8);
	static const uint8_t insns[24] = {
		0xb7, 0x01, 0, 0, 0, 0, 0, 0,
		0xdb, 0x21, 0xf8, 0xff, 1, 0, 0, 0,
		0x16, 0, 0, 0, 0, 0, 0, 0,
	};
	r = REC(&b, __NR_bpf, E(14), 5, 0x23000000, 24);
	blob(r, 1, SCT_CAP_BUF_IN, 0, attr, sizeof(attr));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, 14 /* BPF_NEST_INSNS */, insns, 24, 0);
	CHECK_STREQ(dec(r), "BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=3, "
		    "insns=[{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_1, src_reg=BPF_REG_0, "
		    "off=0, imm=0}, {code=BPF_STX|BPF_DW|BPF_ATOMIC, dst_reg=BPF_REG_1, "
		    "src_reg=BPF_REG_2, off=-8, imm=0x1}, {code=BPF_JMP32|0x10 /* BPF_??? */, "
		    "dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}], license=NULL}, 24");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "0x5, {prog_type=0x1, insn_cnt=3, insns=[{code=0x7|0|0xb0, "
		    "dst_reg=0x1, src_reg=0, off=0, imm=0}, {code=0x3|0x18|0xc0, dst_reg=0x1, "
		    "src_reg=0x2, off=-8, imm=0x1}, {code=0x6|0x10 /* BPF_??? */, dst_reg=0, "
		    "src_reg=0, off=0, imm=0}], license=NULL}, 24");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "0x5 /* BPF_PROG_LOAD */, {prog_type=0x1 /* "
		    "BPF_PROG_TYPE_SOCKET_FILTER */, insn_cnt=3, insns=[{code=0x7 /* BPF_ALU64 */|0 "
		    "/* BPF_K */|0xb0 /* BPF_MOV */, dst_reg=0x1 /* BPF_REG_1 */, src_reg=0 /* "
		    "BPF_REG_0 */, off=0, imm=0}, {code=0x3 /* BPF_STX */|0x18 /* BPF_DW */|0xc0 /* "
		    "BPF_ATOMIC */, dst_reg=0x1 /* BPF_REG_1 */, src_reg=0x2 /* BPF_REG_2 */, off=-8, "
		    "imm=0x1}, {code=0x6 /* BPF_JMP32 */|0x10 /* BPF_??? */, dst_reg=0 /* BPF_REG_0 "
		    "*/, src_reg=0 /* BPF_REG_0 */, off=0, imm=0}], license=NULL}, 24");
	decode_opts.abbrev[__NR_bpf / 64] = abbrev;
}
