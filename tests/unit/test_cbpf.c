/*
 * Classic BPF programs (src/decode_bpf_filter.c) in setsockopt
 * SO_ATTACH_FILTER / SO_ATTACH_REUSEPORT_CBPF, getsockopt SO_GET_FILTER
 * and seccomp SECCOMP_SET_MODE_FILTER, against strace 7.2: synthetic
 * records decoded through the text emitter.  Expected lines are strace
 * 7.2's for the same calls (its sock_filter-v tests and
 * tests/progs/sc_cbpf.c), except where commented as ours (a filter longer
 * than BPF's capture).
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <netinet/in.h>
#include "unit.h"
#include "records.h"

/* -v for nr (no abbreviation) or back to the default */
static void set_abbrev(int nr, bool on)
{
	if (on)
		decode_opts.abbrev[nr / 64] |= 1ULL << (nr % 64);
	else
		decode_opts.abbrev[nr / 64] &= ~(1ULL << (nr % 64));
}

static void set_verbose(int nr, bool on)
{
	if (on)
		decode_opts.verbose[nr / 64] |= 1ULL << (nr % 64);
	else
		decode_opts.verbose[nr / 64] &= ~(1ULL << (nr % 64));
}

static const struct sock_filter sock_prog[] = {
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_LL_OFF + 4),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_NET_OFF + 8),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, IPPROTO_UDP, 0, 5),
	BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JGE, 100, 0, 3),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 42),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, 'a', 0, 1),
	BPF_STMT(BPF_RET | BPF_K, -1U),
	BPF_STMT(BPF_RET | BPF_K, 0),
};

#define SOCK_PROG_TEXT \
	"[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_LL_OFF+4), " \
	"BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_NET_OFF+8), " \
	"BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL), " \
	"BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x11, 0, 0x5), " \
	"BPF_STMT(BPF_LD|BPF_W|BPF_LEN, 0), " \
	"BPF_JUMP(BPF_JMP|BPF_K|BPF_JGE, 0x64, 0, 0x3), " \
	"BPF_STMT(BPF_LD|BPF_B|BPF_ABS, 0x2a), " \
	"BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x61, 0, 0x1), " \
	"BPF_STMT(BPF_RET|BPF_K, 0xffffffff), " \
	"BPF_STMT(BPF_RET|BPF_K, 0)]"

#define FP 0x2c0000000ULL
#define FILTER 0x2c0000100ULL

/* a setsockopt(3, SOL_SOCKET, name, FP, 16) record with a sock_fprog of
 * len instructions at filter, `have` bytes of them captured */
static struct sct_syscall *setsockopt_rec(struct recbuf *b, int64_t ret, unsigned name,
					  unsigned len, uint64_t filter,
					  const void *insns, int flags, uint32_t have)
{
	struct sock_fprog fp = { .len = (unsigned short)len,
				 .filter = (struct sock_filter *)(uintptr_t)filter };
	struct sct_syscall *r = REC(b, __NR_setsockopt, ret, 3, SOL_SOCKET, name, FP, 16);
	blob(r, 3, SCT_CAP_DEREF, 0, &fp, sizeof(fp));
	if (insns)
		blob_aux(r, 3, SCT_CAP_DEREF, flags, 1, insns, have, 0);
	return r;
}

TEST(cbpf_setsockopt)
{
	static struct recbuf b;
	struct sct_syscall *r;
	int nr = __NR_setsockopt;

	set_abbrev(nr, false);
	r = setsockopt_rec(&b, 0, SO_ATTACH_FILTER, 10, FILTER, sock_prog, 0, sizeof(sock_prog));
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=10, filter="
		    SOCK_PROG_TEXT "}, 16");
	r = setsockopt_rec(&b, E(22), SO_ATTACH_REUSEPORT_CBPF, 10, FILTER, sock_prog, 0,
			   sizeof(sock_prog));
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, {len=10, filter="
		    SOCK_PROG_TEXT "}, 16");

	/* optlen is not a sock_fprog's: the address */
	r = setsockopt_rec(&b, E(22), SO_ATTACH_FILTER, 10, FILTER, sock_prog, 0,
			   sizeof(sock_prog));
	r->args[4] = 12;
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_ATTACH_FILTER, 0x2c0000000, 12");

	/* empty, NULL, unreadable */
	r = setsockopt_rec(&b, E(22), SO_ATTACH_FILTER, 0, FILTER, "", 0, 0);
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=0, filter=[]}, 16");
	r = setsockopt_rec(&b, E(22), SO_ATTACH_FILTER, 1, 0, NULL, 0, 0);
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=1, filter=NULL}, 16");
	r = setsockopt_rec(&b, E(14), SO_ATTACH_FILTER, 2, 0x2c0001000, "", SCT_BF_FAULT, 0);
	CHECK_STREQ(dec(r),
		    "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=0x2c0001000}, 16");
	r = setsockopt_rec(&b, E(14), SO_ATTACH_FILTER, 2, 0x2c0001000, NULL, 0, 0);
	CHECK_STREQ(dec(r),
		    "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=0x2c0001000}, 16");

	/* ours: more instructions than BPF captured */
	r = setsockopt_rec(&b, E(22), SO_ATTACH_FILTER, 600, FILTER, sock_prog, 0, 16);
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=600, filter="
		    "[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_LL_OFF+4), "
		    "BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_NET_OFF+8), ...]}, 16");

	/* without -v: the address; -e verbose=none: the struct's address */
	set_abbrev(nr, true);
	r = setsockopt_rec(&b, 0, SO_ATTACH_FILTER, 10, FILTER, sock_prog, 0, sizeof(sock_prog));
	CHECK_STREQ(dec(r),
		    "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=10, filter=0x2c0000100}, 16");
	set_verbose(nr, false);
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_ATTACH_FILTER, 0x2c0000000, 16");
	set_verbose(nr, true);
}

/* every class and field, known and not, in the three -X styles */
static const struct sock_filter odd_prog[] = {
	BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TPID),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + 64),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_NET_OFF - 1),
	BPF_STMT(BPF_LD | 0x18 | BPF_IND, 7),
	BPF_STMT(BPF_LDX | BPF_W | BPF_ABS, SKF_LL_OFF),
	BPF_STMT(BPF_LD | BPF_W | 0xe0, 1),
	BPF_STMT(BPF_ST | 0x40, 2),
	BPF_STMT(BPF_ALU | BPF_K | 0xf0, 1),
	BPF_JUMP(BPF_JMP | BPF_X | BPF_JSET, 0, 1, 2),
	BPF_STMT(BPF_JMP | BPF_K | 0xe0, 1),
	BPF_STMT(BPF_MISC | BPF_TAX, 0),
	BPF_STMT(BPF_MISC | 0x08, 0),
	BPF_STMT(0x100 | BPF_MISC | BPF_TXA, 0),
	BPF_STMT(0x8000 | BPF_ALU | BPF_K | BPF_OR, 0),
	BPF_STMT(BPF_RET | 0x18, 0),
	BPF_STMT(BPF_RET | BPF_K | 0x20, 0x30000),
};

static const char *const odd_text[3] = {
	[XLAT_ABBREV] = "[BPF_STMT(BPF_LD|BPF_H|BPF_ABS, SKF_AD_OFF+SKF_AD_VLAN_TPID), "
	"BPF_STMT(BPF_LD|BPF_W|BPF_ABS, SKF_AD_OFF+0x40 /* SKF_AD_??? */), "
	"BPF_STMT(BPF_LD|BPF_W|BPF_ABS, SKF_LL_OFF+1048575), "
	"BPF_STMT(BPF_LD|BPF_DW|BPF_IND, 0x7), "
	"BPF_STMT(BPF_LDX|BPF_W|BPF_ABS, 0xffe00000), "
	"BPF_STMT(BPF_LD|BPF_W|0xe0 /* BPF_??? */, 0x1), "
	"BPF_STMT(BPF_ST|0x40 /* BPF_??? */, 0x2), "
	"BPF_STMT(BPF_ALU|BPF_K|0xf0 /* BPF_??? */, 0x1), "
	"BPF_JUMP(BPF_JMP|BPF_X|BPF_JSET, 0, 0x1, 0x2), "
	"BPF_STMT(BPF_JMP|BPF_K|BPF_JCOND, 0x1), "
	"BPF_STMT(BPF_MISC|BPF_TAX, 0), "
	"BPF_STMT(BPF_MISC|0x8 /* BPF_??? */, 0), "
	"BPF_STMT(BPF_MISC|BPF_TXA|0x100 /* BPF_??? */, 0), "
	"BPF_STMT(BPF_ALU|BPF_K|BPF_OR, 0), "
	"BPF_STMT(BPF_RET|0x18 /* BPF_??? */, 0), "
	"BPF_STMT(BPF_RET|BPF_K|0x20 /* BPF_??? */, 0x30000)]",
	[XLAT_RAW] = "[BPF_STMT(0|0x8|0x20, 0xfffff000+0x3c), "
	"BPF_STMT(0|0|0x20, 0xfffff000+0x40), "
	"BPF_STMT(0|0|0x20, 0xffe00000+1048575), "
	"BPF_STMT(0|0x18|0x40, 0x7), "
	"BPF_STMT(0x1|0|0x20, 0xffe00000), "
	"BPF_STMT(0|0|0xe0, 0x1), "
	"BPF_STMT(0x2|0x40 /* BPF_??? */, 0x2), "
	"BPF_STMT(0x4|0|0xf0, 0x1), "
	"BPF_JUMP(0x5|0x8|0x40, 0, 0x1, 0x2), "
	"BPF_STMT(0x5|0|0xe0, 0x1), "
	"BPF_STMT(0x7|0, 0), "
	"BPF_STMT(0x7|0x8, 0), "
	"BPF_STMT(0x7|0x80|0x100 /* BPF_??? */, 0), "
	"BPF_STMT(0x4|0|0x40, 0), "
	"BPF_STMT(0x6|0x18, 0), "
	"BPF_STMT(0x6|0|0x20 /* BPF_??? */, 0x30000)]",
	[XLAT_VERBOSE] = "[BPF_STMT(0 /* BPF_LD */|0x8 /* BPF_H */|0x20 /* BPF_ABS */, "
	"0xfffff000 /* SKF_AD_OFF */+0x3c /* SKF_AD_VLAN_TPID */), "
	"BPF_STMT(0 /* BPF_LD */|0 /* BPF_W */|0x20 /* BPF_ABS */, "
	"0xfffff000 /* SKF_AD_OFF */+0x40 /* SKF_AD_??? */), "
	"BPF_STMT(0 /* BPF_LD */|0 /* BPF_W */|0x20 /* BPF_ABS */, "
	"0xffe00000 /* SKF_LL_OFF */+1048575), "
	"BPF_STMT(0 /* BPF_LD */|0x18 /* BPF_DW */|0x40 /* BPF_IND */, 0x7), "
	"BPF_STMT(0x1 /* BPF_LDX */|0 /* BPF_W */|0x20 /* BPF_ABS */, 0xffe00000), "
	"BPF_STMT(0 /* BPF_LD */|0 /* BPF_W */|0xe0 /* BPF_??? */, 0x1), "
	"BPF_STMT(0x2 /* BPF_ST */|0x40 /* BPF_??? */, 0x2), "
	"BPF_STMT(0x4 /* BPF_ALU */|0 /* BPF_K */|0xf0 /* BPF_??? */, 0x1), "
	"BPF_JUMP(0x5 /* BPF_JMP */|0x8 /* BPF_X */|0x40 /* BPF_JSET */, 0, 0x1, 0x2), "
	"BPF_STMT(0x5 /* BPF_JMP */|0 /* BPF_K */|0xe0 /* BPF_JCOND */, 0x1), "
	"BPF_STMT(0x7 /* BPF_MISC */|0 /* BPF_TAX */, 0), "
	"BPF_STMT(0x7 /* BPF_MISC */|0x8 /* BPF_??? */, 0), "
	"BPF_STMT(0x7 /* BPF_MISC */|0x80 /* BPF_TXA */|0x100 /* BPF_??? */, 0), "
	"BPF_STMT(0x4 /* BPF_ALU */|0 /* BPF_K */|0x40 /* BPF_OR */, 0), "
	"BPF_STMT(0x6 /* BPF_RET */|0x18 /* BPF_??? */, 0), "
	"BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */|0x20 /* BPF_??? */, 0x30000)]",
};

TEST(cbpf_xlat_styles)
{
	static struct recbuf b;
	int nr = __NR_setsockopt;
	unsigned n = sizeof(odd_prog) / sizeof(odd_prog[0]);
	enum xlat_style saved = decode_opts.xlat;
	static const char *const head[3] = {
		[XLAT_ABBREV] = "3, SOL_SOCKET, SO_ATTACH_FILTER, {len=16, filter=",
		[XLAT_RAW] = "3, 0x1, 0x1a, {len=16, filter=",
		[XLAT_VERBOSE] = "3, 0x1 /* SOL_SOCKET */, 0x1a /* SO_ATTACH_FILTER */, {len=16, filter=",
	};
	char want[4096];

	set_abbrev(nr, false);
	for (int x = XLAT_ABBREV; x <= XLAT_VERBOSE; x++) {
		decode_opts.xlat = (enum xlat_style)x;
		struct sct_syscall *r = setsockopt_rec(&b, E(22), SO_ATTACH_FILTER, n, FILTER,
						       odd_prog, 0, sizeof(odd_prog));
		snprintf(want, sizeof(want), "%s%s}, 16", head[x], odd_text[x]);
		CHECK_STREQ(dec(r), want);
	}
	decode_opts.xlat = saved;
	set_abbrev(nr, true);
}

static const struct sock_filter sc_prog[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4),
	BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, 3, 0, 1),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 16),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_THREAD),
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 1),
	BPF_STMT(BPF_RET | BPF_K, 0xdead0001),
	BPF_STMT(BPF_RET | BPF_A, SECCOMP_RET_ALLOW),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF),
};

static struct sct_syscall *seccomp_rec(struct recbuf *b, int64_t ret, uint64_t flags,
				       unsigned len, uint64_t filter, const void *insns,
				       int iflags, uint32_t have)
{
	struct sock_fprog fp = { .len = (unsigned short)len,
				 .filter = (struct sock_filter *)(uintptr_t)filter };
	struct sct_syscall *r = REC(b, __NR_seccomp, ret, SECCOMP_SET_MODE_FILTER, flags, FP);
	blob(r, 2, SCT_CAP_DEREF, 0, &fp, sizeof(fp));
	if (insns)
		blob_aux(r, 2, SCT_CAP_DEREF, iflags, 1, insns, have, 0);
	return r;
}

TEST(cbpf_seccomp)
{
	static struct recbuf b;
	struct sct_syscall *r;
	int nr = __NR_seccomp;
	enum xlat_style saved = decode_opts.xlat;

	set_abbrev(nr, false);
	r = seccomp_rec(&b, E(22), 0x40, 8, FILTER, sc_prog, 0, sizeof(sc_prog));
	CHECK_STREQ(dec(r), "SECCOMP_SET_MODE_FILTER, 0x40 /* SECCOMP_FILTER_FLAG_??? */, "
		    "{len=8, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x4), "
		    "BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x3, 0, 0x1), "
		    "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x10), "
		    "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_KILL_THREAD), "
		    "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_TRACE|0x1), "
		    "BPF_STMT(BPF_RET|BPF_K, 0xdead0000 /* SECCOMP_RET_??? */|0x1), "
		    "BPF_STMT(BPF_RET|BPF_A, SECCOMP_RET_ALLOW), "
		    "BPF_STMT(BPF_LD|BPF_B|BPF_ABS, 0xfffff000)]}");
	decode_opts.xlat = XLAT_RAW;
	CHECK_STREQ(dec(r), "0x1, 0x40, "
		    "{len=8, filter=[BPF_STMT(0|0|0x20, 0x4), BPF_JUMP(0x5|0|0x10, 0x3, 0, 0x1), "
		    "BPF_STMT(0x6|0, 0x50000|0x10), BPF_STMT(0x6|0, 0), "
		    "BPF_STMT(0x6|0, 0x7ff00000|0x1), BPF_STMT(0x6|0, 0xdead0000|0x1), "
		    "BPF_STMT(0x6|0x10, 0x7fff0000), BPF_STMT(0|0x10|0x20, 0xfffff000)]}");
	decode_opts.xlat = XLAT_VERBOSE;
	r = seccomp_rec(&b, E(22), 0x40, 4, FILTER, sc_prog + 2, 0, 32);
	CHECK_STREQ(dec(r), "0x1 /* SECCOMP_SET_MODE_FILTER */, "
		    "0x40 /* SECCOMP_FILTER_FLAG_??? */, {len=4, filter=["
		    "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0x50000 /* SECCOMP_RET_ERRNO */|0x10), "
		    "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0 /* SECCOMP_RET_KILL_THREAD */), "
		    "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0x7ff00000 /* SECCOMP_RET_TRACE */|0x1), "
		    "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0xdead0000 /* SECCOMP_RET_??? */|0x1)]}");
	decode_opts.xlat = saved;

	/* empty, NULL, unreadable, the struct itself unreadable or short */
	r = seccomp_rec(&b, E(22), 0, 0, FILTER, "", 0, 0);
	CHECK_STREQ(dec(r), "SECCOMP_SET_MODE_FILTER, 0, {len=0, filter=[]}");
	r = seccomp_rec(&b, E(22), 0, 3, 0, NULL, 0, 0);
	CHECK_STREQ(dec(r), "SECCOMP_SET_MODE_FILTER, 0, {len=3, filter=NULL}");
	r = seccomp_rec(&b, E(14), 0, 3, 0x2c0001000, "", SCT_BF_FAULT, 0);
	CHECK_STREQ(dec(r), "SECCOMP_SET_MODE_FILTER, 0, {len=3, filter=0x2c0001000}");
	r = REC(&b, __NR_seccomp, E(14), SECCOMP_SET_MODE_FILTER, 0, 0);
	CHECK_STREQ(dec(r), "SECCOMP_SET_MODE_FILTER, 0, NULL");
	r = REC(&b, __NR_seccomp, E(14), SECCOMP_SET_MODE_FILTER, 0, 0x2c0000ff8);
	blob(r, 2, SCT_CAP_DEREF, SCT_BF_PARTIAL, "\1\0\0\0\0\0\0\0", 8);
	CHECK_STREQ(dec(r), "SECCOMP_SET_MODE_FILTER, 0, 0x2c0000ff8");
	r = seccomp_rec(&b, 0, SECCOMP_FILTER_FLAG_LOG, 4, FILTER, sc_prog, 0, 32);

	/* without -v the filter's address */
	set_abbrev(nr, true);
	CHECK_STREQ(dec(r), "SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, "
		    "{len=4, filter=0x2c0000100}");
}

TEST(cbpf_getsockopt)
{
	static struct recbuf eb, b;
	struct sct_syscall *en, *r;
	int nr = __NR_getsockopt;
	int32_t l11 = 11, l10 = 10, l0 = 0;

	set_abbrev(nr, false);
	en = ENTER(&eb, nr, 3, SOL_SOCKET, SO_GET_FILTER, 0x2c0000800, 0x2c0000040);
	blob(en, 4, SCT_CAP_STRUCT_IN, 0, &l11, 4);
	r = REC(&b, nr, 0, 3, SOL_SOCKET, SO_GET_FILTER, 0x2c0000800, 0x2c0000040);
	blob(r, 3, SCT_CAP_STRUCT_OUT, 0, sock_prog, sizeof(sock_prog));
	blob(r, 4, SCT_CAP_STRUCT_IN, 0, &l10, 4);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1), "3, SOL_SOCKET, SO_GET_FILTER, " SOCK_PROG_TEXT ", [11 => 10]");

	/* a length query: the address */
	en = ENTER(&eb, nr, 3, SOL_SOCKET, SO_GET_FILTER, 0x2c0000800, 0x2c0000040);
	blob(en, 4, SCT_CAP_STRUCT_IN, 0, &l0, 4);
	r = REC(&b, nr, 0, 3, SOL_SOCKET, SO_GET_FILTER, 0x2c0000800, 0x2c0000040);
	blob(r, 3, SCT_CAP_STRUCT_OUT, 0, sock_prog, 8);
	blob(r, 4, SCT_CAP_STRUCT_IN, 0, &l10, 4);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1), "3, SOL_SOCKET, SO_GET_FILTER, 0x2c0000800, [0 => 10]");
	set_abbrev(nr, true);
}
