/*
 * The process, time and misc decoders (src/decode_misc.c, decode_time.c,
 * decode_process.c) against strace 7.2's output: synthetic records decoded
 * through the text emitter; the expected strings are lines of strace's
 * own tests (clone3, futex_requeue, setns, setrlimit-X*, ...) and of
 * strace 7.2 runs of tests/progs/sc_misc.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/unistd_extra.h"

/* ------------------------------------------------------------ tests */

/* a test under other -X / -v settings, restored after */
static void set_xlat(enum xlat_style x) { decode_opts.xlat = x; }

TEST(misc_time_unsigned_nsec_and_rem)
{
	struct recbuf b, en;
	struct sct_syscall *r, *e;
	int64_t bad[2] = { -1, -1 }, req[2] = { 0, 999999999 }, rem[2] = { 0, 888894508 };

	r = REC(&b, __NR_nanosleep, E(22), 0x5555, 0x7fffffed87e0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, bad, 16);
	CHECK_STREQ(dec(r), "{tv_sec=-1, tv_nsec=18446744073709551615}, 0x7fffffed87e0");
	/* interrupted: the entry record read rem before the kernel wrote it */
	e = ENTER(&en, __NR_nanosleep, 0x5555, 0x7fffffed87e0);
	blob(e, 0, SCT_CAP_STRUCT_IN, 0, req, 16);
	blob(e, 1, SCT_CAP_STRUCT_IN, 0, bad, 16);
	r = REC(&b, __NR_nanosleep, E(516), 0x5555, 0x7fffffed87e0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, req, 16);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, rem, 16);
	CHECK_STREQ(dec_range(r, e, 32, 0, -1),
		    "{tv_sec=0, tv_nsec=999999999}, {tv_sec=0, tv_nsec=888894508}");
	/* not interrupted: rem's address */
	r = REC(&b, __NR_nanosleep, 0, 0x5555, 0x7fffffed87e0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, req, 16);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, rem, 16);
	CHECK_STREQ(dec(r), "{tv_sec=0, tv_nsec=999999999}, 0x7fffffed87e0");
	/* TIMER_ABSTIME: the kernel leaves rem alone */
	r = REC(&b, __NR_clock_nanosleep, E(514), 0, 1, 0x5555, 0x7ffe3aa5bb90);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, req, 16);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, rem, 16);
	CHECK_STREQ(dec(r), "CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=0, tv_nsec=999999999}, 0x7ffe3aa5bb90");

	r = REC(&b, __NR_clock_adjtime, E(14), 1, 0);
	CHECK_STREQ(dec(r), "CLOCK_MONOTONIC, NULL");
	r = REC(&b, __NR_clock_adjtime, E(14), 0, 0x7f2d3a138fff);
	CHECK_STREQ(dec(r), "CLOCK_REALTIME, 0x7f2d3a138fff");

	/* the robust-list unlock variants of futex (strace 7.2's names) */
	r = REC(&b, __NR_futex, E(38), 0x7f5a5ab50000, 0x287, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "0x7f5a5ab50000, FUTEX_UNLOCK_PI_LIST64_PRIVATE");
	r = REC(&b, __NR_futex, E(38), 0x7f5a5ab4fffc, 0x68a, 10, 0, 0, 0x9caffee1);
	CHECK_STREQ(dec(r), "0x7f5a5ab4fffc, FUTEX_UNLOCK_BITSET_LIST32_PRIVATE, 10, 0x9caffee1");
}

TEST(misc_futex2)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t w[6] = { 0x8786858483828180, 0x8f8e8d8c8b8a8988, 0x9796959400000000ull | 0xffffff70,
			  0x9f9e9d9c9b9a9998, 0xa7a6a5a4a3a2a1a0, 0xafaeadac00000082ull };
	const char *want =
		"[{val=0x8786858483828180, uaddr=0x8f8e8d8c8b8a8988, flags=FUTEX2_SIZE_U8|0xffffff70, "
		"__reserved=0x97969594}, {val=0x9f9e9d9c9b9a9998, uaddr=0xa7a6a5a4a3a2a1a0, "
		"flags=FUTEX2_SIZE_U32|FUTEX2_PRIVATE, __reserved=0xafaeadac}], 0xfacefed0, -87097647, -87097646";

	r = REC(&b, __NR_futex_requeue, E(22), 0x5555, 0xfacefed0, (uint32_t)-87097647, (uint32_t)-87097646);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, w, 48);
	CHECK_STREQ(dec(r), want);
	r = REC(&b, __NR_futex_requeue, E(22), 0x7f25ca45a000, 0xfacefed0, (uint32_t)-87097647,
		(uint32_t)-87097646);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "0x7f25ca45a000, 0xfacefed0, -87097647, -87097646");

	set_xlat(XLAT_VERBOSE);
	r = REC(&b, __NR_futex_requeue, E(22), 0x5555, 0xfacefed0, (uint32_t)-87097647, (uint32_t)-87097646);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, w, 48);
	CHECK_STREQ(dec(r),
		"[{val=0x8786858483828180, uaddr=0x8f8e8d8c8b8a8988, flags=0xffffff70 /* FUTEX2_SIZE_U8|0xffffff70 */, "
		"__reserved=0x97969594}, {val=0x9f9e9d9c9b9a9998, uaddr=0xa7a6a5a4a3a2a1a0, "
		"flags=0x82 /* FUTEX2_SIZE_U32|FUTEX2_PRIVATE */, __reserved=0xafaeadac}], 0xfacefed0, -87097647, -87097646");
	set_xlat(XLAT_RAW);
	CHECK_STREQ(dec_range(r, NULL, 32, 0, 1),
		"[{val=0x8786858483828180, uaddr=0x8f8e8d8c8b8a8988, flags=0xffffff70, "
		"__reserved=0x97969594}, {val=0x9f9e9d9c9b9a9998, uaddr=0xa7a6a5a4a3a2a1a0, "
		"flags=0x82, __reserved=0xafaeadac}]");
	set_xlat(XLAT_ABBREV);

	r = REC(&b, __NR_futex_wake, 0, 0x10000300, 0xffffffff, 1, 0x82);
	CHECK_STREQ(dec(r), "0x10000300, FUTEX_BITSET_MATCH_ANY, 1, FUTEX2_SIZE_U32|FUTEX2_PRIVATE");
}

TEST(misc_namespaces_pidfd)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_setns, E(9), (uint32_t)-559038242, 0x80);
	CHECK_STREQ(dec(r), "-559038242, CLONE_NEWTIME");
	r = REC(&b, __NR_setns, E(9), (uint32_t)-559038242, 0x81fdff7f);
	CHECK_STREQ(dec(r), "-559038242, 0x81fdff7f /* CLONE_NEW??? */");
	r = REC(&b, __NR_setns, E(9), (uint32_t)-559038242, 0xffffffff);
	CHECK_STREQ(dec(r), "-559038242, CLONE_NEWTIME|CLONE_NEWNS|CLONE_NEWCGROUP|CLONE_NEWUTS|"
		    "CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|CLONE_NEWNET|0x81fdff7f");
	r = REC(&b, __NR_unshare, 0, 0x20000 | 0x10000000);
	CHECK_STREQ(dec(r), "CLONE_NEWNS|CLONE_NEWUSER");

	r = REC(&b, __NR_pidfd_open, E(22), 0, 0xffffffff);
	CHECK_STREQ(dec(r), "0, PIDFD_NONBLOCK|PIDFD_THREAD|PIDFD_AUTOKILL|0xfffff57f");
	r = REC(&b, __NR_pidfd_open, E(22), 17621, 0xfacef46d);
	CHECK_STREQ(dec(r), "17621, 0xfacef46d /* PIDFD_??? */");
	r = REC(&b, __NR_pidfd_send_signal, E(9), 3, 10, 0x7fabb11b1f81, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "3, SIGUSR1, 0x7fabb11b1f81, 0");

	uint32_t rq[8] = { 32, 0, 0x8b8a8988, 0x8f8e8d8c, 0x40020000, 0, 0x9abcdef0, 0x12345678 };
	r = REC(&b, __NR_listns, E(38), 0x5555, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, rq, 32);
	CHECK_STREQ(dec(r), "{size=32, ns_id=0x8f8e8d8c8b8a8988, ns_type=MNT_NS|NET_NS, "
		    "user_ns_id=0x123456789abcdef0}, NULL, 0, 0");
	r = REC(&b, __NR_listns, E(38), 0, 0x7f6b09807ff0, 0, 0);
	CHECK_STREQ(dec(r), "NULL, [], 0, 0");
}

TEST(misc_robust_list_groups_caps)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t head = 0x7f71fc723a20, len = 24;

	r = REC(&b, __NR_get_robust_list, 0, 18736, 0x5555, 0x6666);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, &head, 8);
	blob(r, 2, SCT_CAP_STRUCT_OUT, 0, &len, 8);
	CHECK_STREQ(dec(r), "18736, [0x7f71fc723a20], [24]");
	r = REC(&b, __NR_get_robust_list, E(14), 0, 0, 0);
	CHECK_STREQ(dec(r), "0, NULL, NULL");

	uint32_t g[4] = { 0xfffffffe, 0xfffffffd, 0, 1 };
	r = REC(&b, __NR_setgroups, 0, 2, 0x5555);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, g, 16);
	CHECK_STREQ(dec(r), "2, [4294967294, 4294967293]");
	r = REC(&b, __NR_setgroups, E(22), 4, 0x5555);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, g, 16);
	CHECK_STREQ(dec_range(r, NULL, 2, 0, -1), "4, [4294967294, 4294967293, ...]");
	r = REC(&b, __NR_setgroups, 0, 0, 0x5555);
	CHECK_STREQ(dec(r), "0, []");
	r = REC(&b, __NR_setgroups, E(22), 65537, 0x5555);
	CHECK_STREQ(dec(r), "65537, 0x5555");

	uint32_t h[2] = { 0x20080522, 0 }, d[6] = { 1 | 4, 1 | 4, 0, 0, 0x80, 0 };
	r = REC(&b, __NR_capget, 0, 0x5555, 0x6666);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, h, 8);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, d, 24);
	CHECK_STREQ(dec(r), "{version=_LINUX_CAPABILITY_VERSION_3, pid=0}, "
		    "{effective=1<<CAP_CHOWN|1<<CAP_DAC_READ_SEARCH, "
		    "permitted=1<<CAP_CHOWN|1<<CAP_DAC_READ_SEARCH|1<<CAP_BPF, "
		    "inheritable=0}");
}

TEST(misc_rlimit_rusage_clone3)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint64_t rl[2] = { 8388608, UINT64_MAX };

	r = REC(&b, __NR_setrlimit, 0, 3, 0x5555);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, rl, 16);
	CHECK_STREQ(dec(r), "RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}");
	set_xlat(XLAT_RAW);
	CHECK_STREQ(dec(r), "0x3, {rlim_cur=8388608, rlim_max=18446744073709551615}");
	set_xlat(XLAT_VERBOSE);
	CHECK_STREQ(dec(r), "0x3 /* RLIMIT_STACK */, {rlim_cur=8388608 /* 8192*1024 */, "
		    "rlim_max=18446744073709551615 /* RLIM64_INFINITY */}");
	set_xlat(XLAT_ABBREV);

	/* getrusage under -v: every field */
	int64_t ru[18] = { 0, 845, 0, 0, 1084, 0, 0, 0, 78 };
	int nr = __NR_getrusage;
	uint64_t saved = decode_opts.abbrev[nr / 64];
	decode_opts.abbrev[nr / 64] &= ~(1ull << (nr % 64));
	r = REC(&b, __NR_getrusage, 0, 0, 0x5555);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, ru, sizeof(ru));
	CHECK_STREQ(dec(r), "RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=845}, ru_stime={tv_sec=0, tv_usec=0}, "
		    "ru_maxrss=1084, ru_ixrss=0, ru_idrss=0, ru_isrss=0, ru_minflt=78, ru_majflt=0, "
		    "ru_nswap=0, ru_inblock=0, ru_oublock=0, ru_msgsnd=0, ru_msgrcv=0, ru_nsignals=0, "
		    "ru_nvcsw=0, ru_nivcsw=0}");
	decode_opts.abbrev[nr / 64] = saved;
	CHECK_STREQ(dec(r), "RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=845}, ru_stime={tv_sec=0, tv_usec=0}, ...}");

	uint64_t ca[11] = { 0x200000000ull };
	r = REC(&b, __NR_clone3, E(9), 0x5555, 88);
	blob(r, 0, SCT_CAP_BUF_IN, 0, ca, 88);
	CHECK_STREQ(dec(r), "{flags=CLONE_INTO_CGROUP, exit_signal=0, stack=NULL, stack_size=0, cgroup=0}, 88");
	ca[0] = 0x100100000ull;
	r = REC(&b, __NR_clone3, 18395, 0x5555, 88);
	blob(r, 0, SCT_CAP_BUF_IN, 0, ca, 88);
	CHECK_STREQ(dec(r), "{flags=CLONE_PARENT_SETTID|CLONE_CLEAR_SIGHAND, parent_tid=NULL, exit_signal=0, "
		    "stack=NULL, stack_size=0} => {parent_tid=NULL}, 88");
	ca[0] = 0xbad0000000001001ull;
	ca[4] = 17;
	set_xlat(XLAT_VERBOSE);
	r = REC(&b, __NR_clone3, E(22), 0x5555, 64);
	blob(r, 0, SCT_CAP_BUF_IN, 0, ca, 64);
	CHECK_STREQ(dec(r), "{flags=0xbad0000000001001 /* CLONE_PIDFD|0xbad0000000000001 */, pidfd=NULL, "
		    "exit_signal=17 /* SIGCHLD */, stack=NULL, stack_size=0}, 64");
	set_xlat(XLAT_ABBREV);
}

/* Structs sized by the caller, read up to an unreadable page (PARTIAL
 * blobs of CAP_SIZED), their tails, forced hex (strace's clone3, listns,
 * setgroups and getrandom tests) */
TEST(misc_partial_structs)
{
	struct recbuf b;
	struct sct_syscall *r;

	/* clone3: a tail past struct clone_args, unreadable or not zero */
	uint64_t ca[13] = { 0 };
	r = REC(&b, __NR_clone3, E(14), 0x7f1fa7190fa8, 96);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, ca, 88);
	CHECK_STREQ(dec(r), "{flags=0, exit_signal=0, stack=NULL, stack_size=0, ???}, 96");
	ca[4] = 0xdeadface00000000ull | 17;
	ca[11] = 0xfacefeeddeadc0deull;
	r = REC(&b, __NR_clone3, E(7), 0x7f1fa7190fa0, 96);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, ca, 96);
	CHECK_STREQ(dec(r), "{flags=0, exit_signal=16045756810061152273, stack=NULL, stack_size=0, "
		    "/* bytes 88..95 */ \"\\xde\\xc0\\xad\\xde\\xed\\xfe\\xce\\xfa\"}, 96");
	ca[4] = 0xdeadc0de;
	r = REC(&b, __NR_clone3, E(7), 0x7f1fa7190fa0, 104);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, ca, 96);
	CHECK_STREQ(dec(r), "{flags=0, exit_signal=3735929054, stack=NULL, stack_size=0, ???}, 104");
	/* a struct that is not all readable: the address */
	r = REC(&b, __NR_clone3, E(14), 0x7f1fa7190fc0, 88);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, ca, 64);
	CHECK_STREQ(dec(r), "0x7f1fa7190fc0, 88");
	/* clone3's own flags (clone(2) does not name them) */
	memset(ca, 0, sizeof(ca));
	ca[0] = 0xface3effbeefc0deull;
	ca[4] = 0x1e55c0de;
	r = REC(&b, __NR_clone3, E(22), 0x5555, 64);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, ca, sizeof(ca));
	CHECK_STREQ(dec(r), "{flags=CLONE_VFORK|CLONE_PARENT|CLONE_THREAD|CLONE_NEWNS|CLONE_SYSVSEM|"
		    "CLONE_SETTLS|CLONE_CHILD_CLEARTID|CLONE_UNTRACED|CLONE_NEWCGROUP|CLONE_NEWUTS|"
		    "CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|CLONE_IO|CLONE_NEWTIME|CLONE_CLEAR_SIGHAND|"
		    "CLONE_INTO_CGROUP|CLONE_AUTOREAP|CLONE_NNP|CLONE_PIDFD_AUTOKILL|CLONE_EMPTY_MNTNS|"
		    "0xface3ec00040005e, child_tid=NULL, exit_signal=508936414, stack=NULL, "
		    "stack_size=0, tls=NULL}, 64");

	/* listns: the size alone, `???`, the tail */
	uint32_t rq[10] = { 31, 0, 0x8b8a8988, 0x8f8e8d8c, 0x40020000, 0, 0x9abcdef0, 0x12345678,
			    0x83828180, 0x87868584 };
	r = REC(&b, __NR_listns, E(38), 0x7f1eb4d51ffd, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, rq, 3);
	CHECK_STREQ(dec(r), "0x7f1eb4d51ffd, NULL, 0, 0");
	r = REC(&b, __NR_listns, E(38), 0x7f1eb4d51ffc, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, rq, 4);
	CHECK_STREQ(dec(r), "{size=31}, NULL, 0, 0");
	rq[0] = 32;
	r = REC(&b, __NR_listns, E(38), 0x7f1eb4d51ffc, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, rq, 4);
	CHECK_STREQ(dec(r), "{size=32, ???}, NULL, 0, 0");
	rq[0] = 33;
	r = REC(&b, __NR_listns, E(38), 0x7f1eb4d51fe0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, rq, 32);
	CHECK_STREQ(dec(r), "{size=33, ns_id=0x8f8e8d8c8b8a8988, ns_type=MNT_NS|NET_NS, "
		    "user_ns_id=0x123456789abcdef0, ???}, NULL, 0, 0");
	rq[0] = 40;
	r = REC(&b, __NR_listns, E(38), 0x7f1eb4d51fd8, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, rq, 40);
	CHECK_STREQ(dec(r), "{size=40, ns_id=0x8f8e8d8c8b8a8988, ns_type=MNT_NS|NET_NS, "
		    "user_ns_id=0x123456789abcdef0, /* bytes 32..39 */ "
		    "\"\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\"}, NULL, 0, 0");

	/* setgroups: gids up to an unreadable page, then where it starts */
	uint32_t g[3] = { 0xffffffff, 0xfffffffe, 0xfffffffd };
	r = REC(&b, __NR_setgroups, E(22), 2, 0x7f1799f7bffc);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, g, 4);
	CHECK_STREQ(dec(r), "2, [-1, ... /* 0x7f1799f7c000 */]");
	r = REC(&b, __NR_setgroups, E(14), 3, 0x7f1799d8bff8);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, g + 1, 8);
	CHECK_STREQ(dec_range(r, NULL, 2, 0, -1),
		    "3, [4294967294, 4294967293, ... /* 0x7f1799d8c000 */]");
	r = REC(&b, __NR_setgroups, E(14), 1, 0x7f1799f7c000);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "1, 0x7f1799f7c000");
	r = REC(&b, __NR_setgroups, E(22), 3, 0x7f1799d8bff4);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, g, 12);
	CHECK_STREQ(dec_range(r, NULL, 2, 0, -1), "3, [-1, 4294967294, ...]");

	/* getrandom: every byte in hex */
	r = REC(&b, __NR_getrandom, 3, 0x5555, 3, 0);
	blob(r, 0, SCT_CAP_BUF_OUT, 0, "\x38\x14\xf6", 3);
	CHECK_STREQ(dec_range(r, NULL, 3, 0, -1), "\"\\x38\\x14\\xf6\", 3, 0");
	r = REC(&b, __NR_getrandom, 4, 0x5555, 4, 1);
	blob(r, 0, SCT_CAP_BUF_OUT, 0, "\x95\x42\x0e\x01", 4);
	CHECK_STREQ(dec_range(r, NULL, 3, 0, -1), "\"\\x95\\x42\\x0e\"..., 4, GRND_NONBLOCK");
	r = REC(&b, __NR_getrandom, E(22), 0x7ffd69f41f0c, 4, 1 | 2 | 0x3000);
	CHECK_STREQ(dec(r), "0x7ffd69f41f0c, 4, GRND_NONBLOCK|GRND_RANDOM|0x3000");
	r = REC(&b, __NR_getrandom, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "NULL, 0, 0");
}
