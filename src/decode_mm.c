// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the mm family: NUMA policies (mbind, set/get_mempolicy,
 * migrate_pages, move_pages), memory locks, protection keys, membarrier,
 * memfd_create/memfd_secret, userfaultfd, mincore, cachestat, mseal,
 * map_shadow_stack, process_madvise/process_mrelease, modify_ldt: each
 * syscall's row, and its own decoder where the row's kinds are not enough
 * (strace 7.2's output is the format).  The mmap/mprotect/madvise flag
 * tables live in decode_memory.c.
 */
#include "decode_priv.h"
#include "pidnames.h"
#include "unistd_extra.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <linux/fcntl.h>
#include <linux/membarrier.h>
#include <linux/memfd.h>
#include <linux/mempolicy.h>
#include <linux/mman.h>
#include <linux/userfaultfd.h>

/* ------------------------------------------------------------ tables */

/*
 * strace's printflags()/printxval() take an unsigned int: those arguments
 * print from the low 32 bits of the register (arg_uint); its
 * printflags64()/printxval64() ones (modes, get_mempolicy's flags, pkey
 * access rights) from all 64 (arg_u64).
 */

static const struct flag_name mpol_modes[] = {
	{ MPOL_DEFAULT, "MPOL_DEFAULT" },
	{ MPOL_PREFERRED, "MPOL_PREFERRED" },
	{ MPOL_BIND, "MPOL_BIND" },
	{ MPOL_INTERLEAVE, "MPOL_INTERLEAVE" },
	{ MPOL_LOCAL, "MPOL_LOCAL" },
	{ MPOL_PREFERRED_MANY, "MPOL_PREFERRED_MANY" },
	{ 6, "MPOL_WEIGHTED_INTERLEAVE" },   /* linux/mempolicy.h, Linux 6.9 */
	{ 0, NULL }
};

/* mode flags, ORed into the mode argument */
#define K_MPOL_MODE_FLAGS (MPOL_F_STATIC_NODES | MPOL_F_RELATIVE_NODES | MPOL_F_NUMA_BALANCING)
static const struct flag_name mpol_mode_flags[] = {
	{ MPOL_F_STATIC_NODES, "MPOL_F_STATIC_NODES" },
	{ MPOL_F_RELATIVE_NODES, "MPOL_F_RELATIVE_NODES" },
	{ MPOL_F_NUMA_BALANCING, "MPOL_F_NUMA_BALANCING" },
	{ 0, NULL }
};

static const struct flag_name get_mempolicy_flags[] = {
	{ MPOL_F_NODE, "MPOL_F_NODE" },
	{ MPOL_F_ADDR, "MPOL_F_ADDR" },
	{ MPOL_F_MEMS_ALLOWED, "MPOL_F_MEMS_ALLOWED" },
	{ 0, NULL }
};

static const struct flag_name mbind_flags[] = {
	{ MPOL_MF_STRICT, "MPOL_MF_STRICT" },
	{ MPOL_MF_MOVE, "MPOL_MF_MOVE" },
	{ MPOL_MF_MOVE_ALL, "MPOL_MF_MOVE_ALL" },
	{ 0, NULL }
};

static const struct flag_name move_pages_flags[] = {
	{ MPOL_MF_MOVE, "MPOL_MF_MOVE" },
	{ MPOL_MF_MOVE_ALL, "MPOL_MF_MOVE_ALL" },
	{ 0, NULL }
};

static const struct flag_name mlock_flags[] = {
	{ MLOCK_ONFAULT, "MLOCK_ONFAULT" },
	{ 0, NULL }
};

static const struct flag_name mlockall_flags[] = {
	{ MCL_CURRENT, "MCL_CURRENT" },
	{ MCL_FUTURE, "MCL_FUTURE" },
	{ MCL_ONFAULT, "MCL_ONFAULT" },
	{ 0, NULL }
};

static const struct flag_name pkey_access[] = {
	{ 0, "PKEY_UNRESTRICTED" },
	{ PKEY_DISABLE_ACCESS, "PKEY_DISABLE_ACCESS" },
	{ PKEY_DISABLE_WRITE, "PKEY_DISABLE_WRITE" },
	{ 0x4, "PKEY_DISABLE_EXECUTE" },   /* asm-generic/mman-common.h, Linux 6.12 */
	{ 0, NULL }
};

/* membarrier's commands are single bits (QUERY returns a set of them) */
static const struct flag_name membarrier_cmds[] = {
	{ MEMBARRIER_CMD_QUERY, "MEMBARRIER_CMD_QUERY" },
	{ MEMBARRIER_CMD_GLOBAL, "MEMBARRIER_CMD_GLOBAL" },
	{ MEMBARRIER_CMD_GLOBAL_EXPEDITED, "MEMBARRIER_CMD_GLOBAL_EXPEDITED" },
	{ MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED" },
	{ MEMBARRIER_CMD_PRIVATE_EXPEDITED, "MEMBARRIER_CMD_PRIVATE_EXPEDITED" },
	{ MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED" },
	{ MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE,
	  "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE" },
	{ MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ" },
	{ MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ" },
	{ 1 << 9, "MEMBARRIER_CMD_GET_REGISTRATIONS" },   /* linux/membarrier.h, Linux 6.3 */
	{ 0, NULL }
};

static const struct flag_name membarrier_flags[] = {
	{ MEMBARRIER_CMD_FLAG_CPU, "MEMBARRIER_CMD_FLAG_CPU" },
	{ 0, NULL }
};

static const struct flag_name memfd_secret_flags[] = {
	{ O_CLOEXEC, "O_CLOEXEC" },
	{ 0, NULL }
};

static const struct flag_name uffd_flags[] = {
	{ UFFD_USER_MODE_ONLY, "UFFD_USER_MODE_ONLY" },
	{ O_NONBLOCK, "O_NONBLOCK" },
	{ O_CLOEXEC, "O_CLOEXEC" },
	{ 0, NULL }
};

static const struct flag_name shadow_stack_flags[] = {
	{ 1, "SHADOW_STACK_SET_TOKEN" },   /* asm/mman.h (x86), Linux 6.6 */
	{ 0, NULL }
};

/* ------------------------------------------------------------ arrays */

/* Arrays are read as fixed-size structs of -s 32 (strace's default)
 * elements: BPF then keeps what precedes an unreadable page (PARTIAL), as
 * strace shows it.  Node masks (maxnode is in bits) and mincore's vector
 * (a byte per page) have no length argument anyway.  A longer -s (or -v)
 * shows those 32 elements of a longer array, then "..." (emit_array()). */
#define ARRAY_MAX 32

/* a node mask word: strace's %#0*lx, 16 wide */
static void elem_node(struct emit *e, const uint8_t *p)
{
	uint64_t v;
	char buf[24];
	memcpy(&v, p, sizeof(v));
	snprintf(buf, sizeof(buf), "%#016" PRIx64, v);
	emit_sym(e, NULL, buf);
}

static void elem_ptr(struct emit *e, const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, sizeof(v));
	emit_ptr(e, NULL, v);
}

/* move_pages status: a node number or -errno (strace's print_err) */
static void elem_page_status(struct emit *e, const uint8_t *p)
{
	int v;
	memcpy(&v, p, sizeof(v));
	const char *name = v < 0 ? errno_name(-v) : NULL;
	if (!name) {
		emit_int(e, NULL, v);
		return;
	}
	char num[16], buf[64];
	snprintf(num, sizeof(num), "%d", v);
	switch (decode_opts.xlat) {
	case XLAT_RAW:
		emit_int(e, NULL, v);
		return;
	case XLAT_VERBOSE:
		snprintf(buf, sizeof(buf), "%s /* -%s */", num, name);
		break;
	default:
		snprintf(buf, sizeof(buf), "-%s", name);
	}
	emit_sym(e, NULL, buf);
}

static void elem_mincore(struct emit *e, const uint8_t *p)
{
	emit_uint(e, NULL, p[0] & 1);
}

/* A node mask of `maxnode` bits (strace counts maxnode - 1 of them) */
static void emit_nodemask(struct emit *e, const char *key, const struct call *c, int i,
			  uint64_t maxnode, bool readable)
{
	uint64_t nmemb = (maxnode + 64 - 2) / 64;
	if (nmemb < maxnode / 64 || (maxnode && !nmemb)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_array(e, key, c, i, nmemb, 8, elem_node, readable);
}

/* An input struct of `size` bytes into out, or false: print the address
 * (NULL, unreadable, -e verbose=none; `out_only`: not after a failure) */
static bool fetch_struct(const struct call *c, int i, void *out, size_t size, bool out_only)
{
	if (!arg_u64(c, i) || !call_verbose(c) || (out_only && !call_ok(c)))
		return false;
	return call_struct(c, i, out, size);
}

/* ------------------------------------------------------------ NUMA */

/* MPOL_BIND, MPOL_BIND|MPOL_F_STATIC_NODES, or the flags of an unknown mode */
static void emit_mpol_mode(struct emit *e, const char *key, uint64_t arg)
{
	uint64_t mode = arg & ~(uint64_t)K_MPOL_MODE_FLAGS;
	unsigned flags = arg & K_MPOL_MODE_FLAGS;
	const char *name = lookup_value(mpol_modes, mode);

	if (!flags) {
		emit_xval(e, key, mpol_modes, mode, "MPOL_???");
		return;
	}
	if (!name) {
		emit_flags(e, key, mpol_mode_flags, arg, "MPOL_F_???");
		return;
	}
	if (decode_opts.xlat == XLAT_RAW) {
		emit_hex(e, key, arg);
		return;
	}
	char names[FLAGS_BUF], buf[FLAGS_BUF + 32];
	size_t len = str_append(names, sizeof(names), 0, name);
	len = str_append(names, sizeof(names), len, "|");
	flags_append(names, sizeof(names), len, mpol_mode_flags, flags, NULL);
	if (decode_opts.xlat == XLAT_VERBOSE) {
		len = hex_append(buf, sizeof(buf), 0, arg);
		len = str_append(buf, sizeof(buf), len, " /* ");
		len = str_append(buf, sizeof(buf), len, names);
		str_append(buf, sizeof(buf), len, " */");
		emit_sym(e, key, buf);
		return;
	}
	emit_sym(e, key, names);
}

static void sys_mbind(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2: emit_mpol_mode(e, key, arg_u64(c, 2)); break;
	case 3: emit_nodemask(e, key, c, 3, arg_u64(c, 4), true); break;
	case 4: emit_uint(e, key, arg_u64(c, 4)); break;
	case 5: emit_flags(e, key, mbind_flags, arg_uint(c, 5), "MPOL_MF_???"); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_set_mempolicy(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_mpol_mode(e, key, arg_uint(c, 0)); break;
	case 1: emit_nodemask(e, key, c, 1, arg_u64(c, 2), true); break;
	default: emit_uint(e, key, arg_u64(c, i));
	}
}

static void sys_get_mempolicy(struct emit *e, const struct call *c, int i, const char *key)
{
	int pol;
	switch (i) {
	case 0:
		if (!fetch_struct(c, 0, &pol, sizeof(pol), true)) {
			emit_ptr(e, key, arg_u64(c, 0));
			break;
		}
		emit_begin_array(e, key);
		emit_xval(e, NULL, mpol_modes, (unsigned)pol, "MPOL_???");
		emit_end_array(e);
		break;
	case 1: emit_nodemask(e, key, c, 1, arg_u64(c, 2), call_ok(c)); break;
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	case 3: emit_ptr(e, key, arg_u64(c, 3)); break;
	case 4: emit_flags(e, key, get_mempolicy_flags, arg_u64(c, 4), "MPOL_F_???"); break;
	}
}

static void sys_migrate_pages(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_pid(e, c, key, arg_int(c, 0), PT_TGID); break;
	case 1: emit_uint(e, key, arg_u64(c, 1)); break;
	default: emit_nodemask(e, key, c, i, arg_u64(c, 1), true);
	}
}

static void sys_move_pages(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t n = arg_u64(c, 1);
	switch (i) {
	case 0: emit_pid(e, c, key, arg_int(c, 0), PT_TGID); break;
	case 1: emit_uint(e, key, n); break;
	case 2: emit_array(e, key, c, 2, n, 8, elem_ptr, true); break;
	case 3: emit_array(e, key, c, 3, n, 4, emit_int_elem, true); break;
	case 4: emit_array(e, key, c, 4, n, 4, elem_page_status, call_ok(c)); break;
	case 5: emit_flags(e, key, move_pages_flags, arg_uint(c, 5), "MPOL_MF_???"); break;
	}
}

static void sys_set_mempolicy_home_node(struct emit *e, const struct call *c, int i,
					const char *key)
{
	switch (i) {
	case 0: emit_ptr(e, key, arg_u64(c, 0)); break;
	case 3: emit_hex(e, key, arg_u64(c, 3)); break;
	default: emit_uint(e, key, arg_u64(c, i));
	}
}

/* ------------------------------------------------- locks, keys, maps */

static void sys_mlock2(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 2)
		emit_flags(e, key, mlock_flags, arg_uint(c, 2), "MLOCK_???");
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_mlockall(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, mlockall_flags, arg_uint(c, 0), "MCL_???");
}

static void sys_pkey_alloc(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 0)
		emit_hex(e, key, arg_u64(c, 0));
	else
		emit_flags(e, key, pkey_access, arg_u64(c, 1), "PKEY_???");
}

static void sys_mincore(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i != 2) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	uint64_t len = arg_u64(c, 1);
	uint64_t pages = len / 4096 + ((len & 4095) ? 1 : 0);
	emit_array(e, key, c, 2, pages, 1, elem_mincore, call_ok(c));
}

static void sys_process_madvise(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_array(e, key, c, 1, arg_u64(c, 2), 16, emit_iovec_addr_elem, true); break;
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	case 3: emit_xval(e, key, madvise_advices, arg_uint(c, 3), "MADV_???"); break;
	case 4: emit_hex(e, key, arg_uint(c, 4)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_process_mrelease(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_hex(e, key, arg_uint(c, 1));
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_mseal(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_ptr(e, key, arg_u64(c, 0)); break;
	case 1: emit_uint(e, key, arg_u64(c, 1)); break;
	default: emit_hex(e, key, arg_u64(c, 2));
	}
}

static void sys_map_shadow_stack(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_ptr(e, key, arg_u64(c, 0)); break;
	case 1: emit_uint(e, key, arg_u64(c, 1)); break;
	default: emit_flags(e, key, shadow_stack_flags, arg_uint(c, 2), "SHADOW_STACK_???");
	}
}

/* ------------------------------------------------------- membarrier */

static void sys_membarrier(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned flags = arg_uint(c, 1);
	switch (i) {
	case 0: emit_xval(e, key, membarrier_cmds, arg_uint(c, 0), "MEMBARRIER_CMD_???"); break;
	case 1: emit_flags(e, key, membarrier_flags, flags, "MEMBARRIER_CMD_FLAG_???"); break;
	case 2:
		/* cpu_id only means something with MEMBARRIER_CMD_FLAG_CPU */
		if (flags & MEMBARRIER_CMD_FLAG_CPU)
			emit_int(e, key, arg_int(c, 2));
		break;
	}
}

/* MEMBARRIER_CMD_QUERY returns the supported commands: 0x3ff (A|B|...) */
static bool membarrier_query_ret(const struct call *c)
{
	return arg_int(c, 0) == MEMBARRIER_CMD_QUERY && call_ok(c) && c->rec->ret != 0;
}

static enum ret_base membarrier_ret_base(const struct call *c)
{
	return membarrier_query_ret(c) ? RB_HEX : RB_DEC;
}

static void membarrier_ret_aux(struct emit *e, const struct call *c)
{
	emit_flags(e, "ret_flags", membarrier_cmds, (uint64_t)c->rec->ret, NULL);
}

/* ----------------------------------------------------------- memfds */

static void sys_memfd_secret(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, memfd_secret_flags, arg_uint(c, 0), NULL);
}

/* MFD_CLOEXEC|MFD_HUGETLB|21<<MFD_HUGE_SHIFT; 0 is "0" */
static void emit_memfd_flags(struct emit *e, const char *key, unsigned flags)
{
	if (!flags || decode_opts.xlat == XLAT_RAW) {
		emit_hex(e, key, flags);
		return;
	}
	unsigned mask = (unsigned)MFD_HUGE_MASK << MFD_HUGE_SHIFT;
	unsigned huge = flags & mask, rest = flags & ~mask;
	char buf[FLAGS_BUF], out[FLAGS_BUF + 32];
	size_t len = 0;

	buf[0] = '\0';
	if (rest || !huge)
		len = flags_append(buf, sizeof(buf), 0, mfd_flags, rest, "MFD_???");
	if (huge) {
		char tmp[32];
		snprintf(tmp, sizeof(tmp), "%s%u<<MFD_HUGE_SHIFT", rest ? "|" : "",
			 huge >> MFD_HUGE_SHIFT);
		str_append(buf, sizeof(buf), len, tmp);
	}
	if (decode_opts.xlat == XLAT_VERBOSE) {
		len = hex_append(out, sizeof(out), 0, flags);
		len = str_append(out, sizeof(out), len, " /* ");
		len = str_append(out, sizeof(out), len, buf);
		str_append(out, sizeof(out), len, " */");
		emit_sym(e, key, out);
		return;
	}
	emit_sym(e, key, buf);
}

static void sys_memfd_create(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_memfd_flags(e, key, arg_uint(c, 1));
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_userfaultfd(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, uffd_flags, arg_uint(c, 0), "UFFD_???");
}

/* -------------------------------------------------------- cachestat */

struct k_cachestat_range { uint64_t off, len; };
struct k_cachestat { uint64_t nr_cache, nr_dirty, nr_writeback, nr_evicted, nr_recently_evicted; };

static void sys_cachestat(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: {
		struct k_cachestat_range r;
		if (!fetch_struct(c, 1, &r, sizeof(r), false)) {
			emit_ptr(e, key, arg_u64(c, 1));
			break;
		}
		emit_begin_struct(e, key);
		emit_hex(e, "off", r.off);
		emit_uint(e, "len", r.len);
		emit_end_struct(e);
		break;
	}
	case 2: {
		struct k_cachestat s;
		if (!fetch_struct(c, 2, &s, sizeof(s), true)) {
			emit_ptr(e, key, arg_u64(c, 2));
			break;
		}
		emit_begin_struct(e, key);
		emit_uint(e, "nr_cache", s.nr_cache);
		emit_uint(e, "nr_dirty", s.nr_dirty);
		emit_uint(e, "nr_writeback", s.nr_writeback);
		emit_uint(e, "nr_evicted", s.nr_evicted);
		emit_uint(e, "nr_recently_evicted", s.nr_recently_evicted);
		emit_end_struct(e);
		break;
	}
	case 3: emit_hex(e, key, arg_uint(c, 3)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* ------------------------------------------------------- modify_ldt */

/* struct user_desc (asm/ldt.h): three words, then the bit fields */
#define K_USER_DESC_SIZE 16

/* strace's %#0*x, 8 wide */
static void emit_hex08(struct emit *e, const char *key, uint32_t v)
{
	char buf[16];
	snprintf(buf, sizeof(buf), "%#08x", v);
	emit_sym(e, key, buf);
}

static void emit_user_desc(struct emit *e, const char *key, const struct call *c, int i)
{
	uint32_t d[4];
	if (!fetch_struct(c, i, d, sizeof(d), false)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	if (d[0] == UINT32_MAX)
		emit_int(e, "entry_number", -1);
	else
		emit_uint(e, "entry_number", d[0]);
	emit_hex08(e, "base_addr", d[1]);
	emit_hex08(e, "limit", d[2]);
	emit_uint(e, "seg_32bit", d[3] & 1);
	emit_uint(e, "contents", (d[3] >> 1) & 3);
	emit_uint(e, "read_exec_only", (d[3] >> 3) & 1);
	emit_uint(e, "limit_in_pages", (d[3] >> 4) & 1);
	emit_uint(e, "seg_not_present", (d[3] >> 5) & 1);
	emit_uint(e, "useable", (d[3] >> 6) & 1);
	emit_uint(e, "lm", (d[3] >> 7) & 1);
	emit_end_struct(e);
}

static void sys_modify_ldt(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_int(e, key, arg_int(c, 0)); break;
	case 1:
		/* a struct only when bytecount says one */
		if (arg_u64(c, 2) != K_USER_DESC_SIZE)
			emit_ptr(e, key, arg_u64(c, 1));
		else
			emit_user_desc(e, key, c, 1);
		break;
	case 2: emit_uint(e, key, arg_u64(c, 2)); break;
	}
}

/* ------------------------------------------------------------- rows */

#define NODEMASK_CAP CAP_IN(ARRAY_MAX * 8)

const struct syscall_row decode_rows_mm[] = {
	SYS(mbind, .decode = sys_mbind, .arg = { A_PTR, A_UINT },
	    .cap = { [3] = NODEMASK_CAP }),
	SYS(set_mempolicy, .decode = sys_set_mempolicy, .cap = { [1] = NODEMASK_CAP }),
	SYS(get_mempolicy, .decode = sys_get_mempolicy,
	    .cap = { [0] = CAP_OUT(4), [1] = CAP_OUT(ARRAY_MAX * 8) }),
	SYS(migrate_pages, .decode = sys_migrate_pages,
	    .cap = { [2] = NODEMASK_CAP, [3] = NODEMASK_CAP }),
	SYS(move_pages, .decode = sys_move_pages, .entry_args = 4,
	    .cap = { [2] = CAP_IN(ARRAY_MAX * 8), [3] = CAP_IN(ARRAY_MAX * 4),
		     [4] = CAP_OUT(ARRAY_MAX * 4) }),
	SYS(set_mempolicy_home_node, .decode = sys_set_mempolicy_home_node),
	SYS(mlock2, .decode = sys_mlock2, .arg = { A_PTR, A_UINT }),
	SYS(mlockall, .decode = sys_mlockall),
	SYS(pkey_alloc, .decode = sys_pkey_alloc),
	SYS(pkey_mprotect, .arg = { A_PTR, A_UINT, A_MMAP_PROT, A_INT }),
	SYS(mincore, .decode = sys_mincore, .arg = { A_PTR, A_UINT }, .entry_args = 2,
	    .cap = { [2] = CAP_OUT(ARRAY_MAX) }),
	SYS(remap_file_pages, .arg = { A_PTR, A_UINT, A_MMAP_PROT, A_UINT, A_MMAP_FLAGS }),
	SYS(process_madvise, .decode = sys_process_madvise, .arg = { A_FD },
	    .cap = { [1] = CAP_IN(ARRAY_MAX * 16) }),
	SYS(process_mrelease, .decode = sys_process_mrelease, .arg = { A_FD }),
	SYS(mseal, .decode = sys_mseal),
	SYS(map_shadow_stack, .decode = sys_map_shadow_stack),
	SYS(membarrier, .decode = sys_membarrier, .ret_base = membarrier_ret_base,
	    .has_ret_aux = membarrier_query_ret, .ret_aux = membarrier_ret_aux),
	SYS(memfd_secret, .decode = sys_memfd_secret, .ret = R_FD),
	SYS(memfd_create, .decode = sys_memfd_create, .arg = { A_STR }, .ret = R_FD),
	SYS(userfaultfd, .decode = sys_userfaultfd, .ret = R_FD),
	SYS(cachestat, .decode = sys_cachestat, .arg = { A_FD }, .entry_args = 2,
	    .cap = { [1] = CAP_IN(16), [2] = CAP_OUT(40) }),
	SYS(modify_ldt, .decode = sys_modify_ldt, .ret = R_U32_ERRNO,
	    .cap = { [1] = CAP_IN(K_USER_DESC_SIZE) }),
	SYS_END
};
