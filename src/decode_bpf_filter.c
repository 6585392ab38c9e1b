// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Classic BPF programs (struct sock_filter arrays) as strace 7.2 prints
 * them, for socket filters (setsockopt SO_ATTACH_FILTER and
 * SO_ATTACH_REUSEPORT_CBPF, getsockopt SO_GET_FILTER) and seccomp filters
 * (seccomp SECCOMP_SET_MODE_FILTER):
 *   [BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_LL_OFF+4),
 *    BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x11, 0, 0x5),
 *    BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x1), ...]
 * An instruction with a jump offset is a BPF_JUMP, any other a BPF_STMT
 * whose constant is decoded by the program's flavour: a socket filter's
 * ancillary/network/link-layer offsets of BPF_LD|BPF_ABS, a seccomp
 * filter's SECCOMP_RET_* of BPF_RET.  Each instruction is one token
 * (emit_sym), built with xval_append() so that -X raw/verbose apply to
 * every name in it.
 */
#include "decode_priv.h"

#include <string.h>
#include <linux/bpf.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#define X(v) { v, #v }

static const struct flag_name bpf_classes[] = {
	X(BPF_LD), X(BPF_LDX), X(BPF_ST), X(BPF_STX), X(BPF_ALU), X(BPF_JMP),
	X(BPF_RET), X(BPF_MISC),
	{ 0, NULL }
};

/* strace names eBPF's BPF_DW and BPF_XADD in classic programs too */
static const struct flag_name bpf_sizes[] = {
	X(BPF_W), X(BPF_H), X(BPF_B), X(BPF_DW),
	{ 0, NULL }
};

static const struct flag_name bpf_modes[] = {
	X(BPF_IMM), X(BPF_ABS), X(BPF_IND), X(BPF_MEM), X(BPF_LEN), X(BPF_MSH),
	X(BPF_XADD),
	{ 0, NULL }
};

static const struct flag_name bpf_srcs[] = {
	X(BPF_K), X(BPF_X),
	{ 0, NULL }
};

static const struct flag_name bpf_alu_ops[] = {
	X(BPF_ADD), X(BPF_SUB), X(BPF_MUL), X(BPF_DIV), X(BPF_OR), X(BPF_AND),
	X(BPF_LSH), X(BPF_RSH), X(BPF_NEG), X(BPF_MOD), X(BPF_XOR), X(BPF_MOV),
	X(BPF_ARSH), X(BPF_END),
	{ 0, NULL }
};

#define K_BPF_JCOND 0xe0   /* linux/bpf.h, Linux 6.9 */
static const struct flag_name bpf_jmp_ops[] = {
	X(BPF_JA), X(BPF_JEQ), X(BPF_JGT), X(BPF_JGE), X(BPF_JSET), X(BPF_JNE),
	X(BPF_JSGT), X(BPF_JSGE), X(BPF_CALL), X(BPF_EXIT), X(BPF_JLT), X(BPF_JLE),
	X(BPF_JSLT), X(BPF_JSLE), { K_BPF_JCOND, "BPF_JCOND" },
	{ 0, NULL }
};

/* BPF_RET's source of the return value */
static const struct flag_name bpf_rvals[] = {
	X(BPF_K), X(BPF_X), X(BPF_A),
	{ 0, NULL }
};

static const struct flag_name bpf_miscops[] = {
	X(BPF_TAX), X(BPF_TXA),
	{ 0, NULL }
};

/* ancillary data offsets after SKF_AD_OFF */
static const struct flag_name skf_ads[] = {
	X(SKF_AD_PROTOCOL), X(SKF_AD_PKTTYPE), X(SKF_AD_IFINDEX), X(SKF_AD_NLATTR),
	X(SKF_AD_NLATTR_NEST), X(SKF_AD_MARK), X(SKF_AD_QUEUE), X(SKF_AD_HATYPE),
	X(SKF_AD_RXHASH), X(SKF_AD_CPU), X(SKF_AD_ALU_XOR_X), X(SKF_AD_VLAN_TAG),
	X(SKF_AD_VLAN_TAG_PRESENT), X(SKF_AD_PAY_OFFSET), X(SKF_AD_RANDOM),
	X(SKF_AD_VLAN_TPID),
	{ 0, NULL }
};

/* the base offsets themselves, printed as named constants */
static const struct flag_name skf_offs[] = {
	{ (uint32_t)SKF_AD_OFF, "SKF_AD_OFF" },
	{ (uint32_t)SKF_NET_OFF, "SKF_NET_OFF" },
	{ (uint32_t)SKF_LL_OFF, "SKF_LL_OFF" },
	{ 0, NULL }
};

static const struct flag_name seccomp_ret_actions[] = {
	X(SECCOMP_RET_KILL_PROCESS), X(SECCOMP_RET_KILL_THREAD), X(SECCOMP_RET_TRAP),
	X(SECCOMP_RET_ERRNO), X(SECCOMP_RET_USER_NOTIF), X(SECCOMP_RET_TRACE),
	X(SECCOMP_RET_LOG), X(SECCOMP_RET_ALLOW),
	{ 0, NULL }
};

#define INSN_BUF 320   /* one instruction's text, comments and all */

static size_t or_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
			uint64_t v)
{
	len = str_append(buf, size, len, "|");
	return xval_append(buf, size, len, tab, v, "BPF_???");
}

/* bits no field explains: `|0x100 / * BPF_??? * /` whatever -X says */
static size_t rest_append(char *buf, size_t size, size_t len, unsigned v)
{
	if (!v)
		return len;
	len = str_append(buf, size, len, "|");
	len = hex_append(buf, size, len, v);
	return str_append(buf, size, len, " /* BPF_??? */");
}

/* the opcode: its class, then the fields that class has */
static size_t code_append(char *buf, size_t size, size_t len, uint16_t code)
{
	unsigned rest = code & ~BPF_CLASS(code);

	len = xval_append(buf, size, len, bpf_classes, BPF_CLASS(code), "BPF_???");
	switch (BPF_CLASS(code)) {
	case BPF_ST:
	case BPF_STX:
		len = rest_append(buf, size, len, rest);
		break;
	case BPF_LD:
	case BPF_LDX:
		len = or_append(buf, size, len, bpf_sizes, BPF_SIZE(code));
		len = or_append(buf, size, len, bpf_modes, BPF_MODE(code));
		break;
	case BPF_MISC:
		len = or_append(buf, size, len, bpf_miscops, BPF_MISCOP(code));
		len = rest_append(buf, size, len, rest & ~BPF_MISCOP(code));
		break;
	case BPF_ALU:
		len = or_append(buf, size, len, bpf_srcs, BPF_SRC(code));
		len = or_append(buf, size, len, bpf_alu_ops, BPF_OP(code));
		break;
	case BPF_JMP:
		len = or_append(buf, size, len, bpf_srcs, BPF_SRC(code));
		len = or_append(buf, size, len, bpf_jmp_ops, BPF_OP(code));
		break;
	case BPF_RET:
		len = or_append(buf, size, len, bpf_rvals, BPF_RVAL(code));
		len = rest_append(buf, size, len, rest & ~BPF_RVAL(code));
		break;
	}
	return len;
}

/* eBPF's classes: 6 and 7 are JMP32 and ALU64, not RET and MISC */
static const struct flag_name ebpf_classes[] = {
	X(BPF_LD), X(BPF_LDX), X(BPF_ST), X(BPF_STX), X(BPF_ALU), X(BPF_JMP),
	{ 0x06, "BPF_JMP32" }, X(BPF_ALU64),
	{ 0, NULL }
};

/* eBPF's modes (strace's ebpf_mode: no BPF_LEN, BPF_MSH) */
#define K_BPF_MEMSX  0x80   /* linux/bpf.h, Linux 6.6 */
#define K_BPF_ATOMIC 0xc0   /* linux/bpf.h, Linux 5.12 (was BPF_XADD) */
static const struct flag_name ebpf_modes[] = {
	X(BPF_IMM), X(BPF_ABS), X(BPF_IND), X(BPF_MEM), { K_BPF_MEMSX, "BPF_MEMSX" },
	{ K_BPF_ATOMIC, "BPF_ATOMIC" },
	{ 0, NULL }
};

/* strace's print_bpf_filter_code(code, true): class 6 (BPF_JMP32, BPF_RET
 * in classic BPF) is decoded no further */
size_t ebpf_code_append(char *buf, size_t size, size_t len, uint8_t code)
{
	len = xval_append(buf, size, len, ebpf_classes, BPF_CLASS(code), "BPF_???");
	switch (BPF_CLASS(code)) {
	case BPF_LD: case BPF_LDX: case BPF_ST: case BPF_STX:
		len = or_append(buf, size, len, bpf_sizes, BPF_SIZE(code));
		len = or_append(buf, size, len, ebpf_modes, BPF_MODE(code));
		break;
	case BPF_ALU: case BPF_ALU64:
		len = or_append(buf, size, len, bpf_srcs, BPF_SRC(code));
		len = or_append(buf, size, len, bpf_alu_ops, BPF_OP(code));
		break;
	case BPF_JMP:
		len = or_append(buf, size, len, bpf_srcs, BPF_SRC(code));
		len = or_append(buf, size, len, bpf_jmp_ops, BPF_OP(code));
		break;
	default:   /* 6 */
		len = rest_append(buf, size, len, code & ~BPF_CLASS(code));
		break;
	}
	return len;
}

static size_t udec_append(char *buf, size_t size, size_t len, uint32_t v)
{
	char tmp[16];
	size_t n = 0;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10));
	while (n && len + 1 < size)
		buf[len++] = tmp[--n];
	buf[len < size ? len : size - 1] = '\0';
	return len;
}

/* a BPF_STMT's constant: SKF_AD_OFF+SKF_AD_PROTOCOL, SKF_NET_OFF+8 (socket
 * filters' absolute loads), SECCOMP_RET_ERRNO|0x1 (seccomp's returns), hex */
static size_t k_append(char *buf, size_t size, size_t len, uint16_t code, uint32_t k,
		       bool seccomp)
{
	if (seccomp && BPF_CLASS(code) == BPF_RET) {
		uint32_t action = k & SECCOMP_RET_ACTION_FULL, data = k & ~action;
		len = xval_append(buf, size, len, seccomp_ret_actions, action, "SECCOMP_RET_???");
		if (data) {
			len = str_append(buf, size, len, "|");
			len = hex_append(buf, size, len, data);
		}
		return len;
	}
	if (!seccomp && BPF_CLASS(code) == BPF_LD && BPF_MODE(code) == BPF_ABS) {
		if (k >= (uint32_t)SKF_AD_OFF) {
			len = xval_append(buf, size, len, skf_offs, (uint32_t)SKF_AD_OFF, NULL);
			len = str_append(buf, size, len, "+");
			return xval_append(buf, size, len, skf_ads, k - (uint32_t)SKF_AD_OFF,
					   "SKF_AD_???");
		}
		uint32_t base = k >= (uint32_t)SKF_NET_OFF ? (uint32_t)SKF_NET_OFF :
				k >= (uint32_t)SKF_LL_OFF ? (uint32_t)SKF_LL_OFF : 0;
		if (base) {
			len = xval_append(buf, size, len, skf_offs, base, NULL);
			len = str_append(buf, size, len, "+");
			return udec_append(buf, size, len, k - base);
		}
	}
	return hex_append(buf, size, len, k);
}

/* one struct sock_filter (8 bytes: u16 code, u8 jt, u8 jf, u32 k) */
static void emit_insn(struct emit *e, const uint8_t *p, bool seccomp)
{
	struct sock_filter f;
	char buf[INSN_BUF];
	size_t len;

	memcpy(&f, p, sizeof(f));
	buf[0] = '\0';
	if (f.jt || f.jf) {
		len = str_append(buf, sizeof(buf), 0, "BPF_JUMP(");
		len = code_append(buf, sizeof(buf), len, f.code);
		len = str_append(buf, sizeof(buf), len, ", ");
		len = hex_append(buf, sizeof(buf), len, f.k);
		len = str_append(buf, sizeof(buf), len, ", ");
		len = hex_append(buf, sizeof(buf), len, f.jt);
		len = str_append(buf, sizeof(buf), len, ", ");
		len = hex_append(buf, sizeof(buf), len, f.jf);
	} else {
		len = str_append(buf, sizeof(buf), 0, "BPF_STMT(");
		len = code_append(buf, sizeof(buf), len, f.code);
		len = str_append(buf, sizeof(buf), len, ", ");
		len = k_append(buf, sizeof(buf), len, f.code, f.k, seccomp);
	}
	str_append(buf, sizeof(buf), len, ")");
	emit_sym(e, NULL, buf);
}

void emit_bpf_filter(struct emit *e, const char *key, const struct call *c, uint64_t addr,
		     unsigned len, const uint8_t *insns, size_t have, bool seccomp)
{
	const size_t isz = sizeof(struct sock_filter);

	/* strace shows the instructions only under -v; an array that would
	 * wrap around the address space, or that could not be read at all,
	 * is its address */
	if (call_abbrev(c) || !addr || (len && addr + (uint64_t)len * isz <= addr) ||
	    (len && (!insns || have < isz))) {
		emit_ptr(e, key, addr);
		return;
	}
	/* strace stops at BPF_MAXINSNS instructions; we at what BPF captured */
	size_t n = have / isz;
	if (n > len)
		n = len;
	if (n > BPF_MAXINSNS)
		n = BPF_MAXINSNS;
	emit_begin_array(e, key);
	for (size_t k = 0; k < n; k++)
		emit_insn(e, insns + k * isz, seccomp);
	if (n < len)
		emit_more(e);
	emit_end_array(e);
}
