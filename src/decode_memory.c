// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Memory: mmap/mprotect protections, mmap flags (type, flags, huge page
 * size), madvise advice, msync and mremap flags.  x86_64 values.
 */
#include "decode_priv.h"

#include <linux/mman.h>
#include <stdio.h>

const struct flag_name mmap_prot[] = {
	{ PROT_NONE, "PROT_NONE" },
	{ PROT_READ, "PROT_READ" },
	{ PROT_WRITE, "PROT_WRITE" },
	{ PROT_EXEC, "PROT_EXEC" },
	{ PROT_SEM, "PROT_SEM" },
	{ PROT_GROWSDOWN, "PROT_GROWSDOWN" },
	{ PROT_GROWSUP, "PROT_GROWSUP" },
	{ 0, NULL }
};

/* The mapping type (flags & MAP_TYPE) is a value, not bits; strace looks
 * it up in the same table as the flags, so MAP_DROPPABLE (a type value
 * since Linux 6.11) and MAP_FILE (0) are named there too. */
#define K_MAP_DROPPABLE 0x08   /* linux/mman.h, Linux 6.11 */
const struct flag_name mmap_types[] = {
	{ MAP_FILE, "MAP_FILE" },
	{ MAP_SHARED, "MAP_SHARED" },
	{ MAP_PRIVATE, "MAP_PRIVATE" },
	{ MAP_SHARED_VALIDATE, "MAP_SHARED_VALIDATE" },
	{ K_MAP_DROPPABLE, "MAP_DROPPABLE" },
	{ 0, NULL }
};

/* In strace's (x86_64) order */
#define K_MAP_ABOVE4G 0x80     /* asm/mman.h (x86), Linux 6.6 */
const struct flag_name mmap_flags[] = {
	{ MAP_FIXED, "MAP_FIXED" },
	{ MAP_ANONYMOUS, "MAP_ANONYMOUS" },
	{ MAP_32BIT, "MAP_32BIT" },
	{ K_MAP_ABOVE4G, "MAP_ABOVE4G" },
	{ MAP_NORESERVE, "MAP_NORESERVE" },
	{ MAP_POPULATE, "MAP_POPULATE" },
	{ MAP_NONBLOCK, "MAP_NONBLOCK" },
	{ MAP_GROWSDOWN, "MAP_GROWSDOWN" },
	{ MAP_DENYWRITE, "MAP_DENYWRITE" },
	{ MAP_EXECUTABLE, "MAP_EXECUTABLE" },
	{ MAP_LOCKED, "MAP_LOCKED" },
	{ MAP_STACK, "MAP_STACK" },
	{ MAP_HUGETLB, "MAP_HUGETLB" },
	{ MAP_SYNC, "MAP_SYNC" },
	{ MAP_UNINITIALIZED, "MAP_UNINITIALIZED" },
	{ MAP_FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE" },
	{ 0, NULL }
};

const struct flag_name madvise_advices[] = {
	{ MADV_NORMAL, "MADV_NORMAL" },
	{ MADV_RANDOM, "MADV_RANDOM" },
	{ MADV_SEQUENTIAL, "MADV_SEQUENTIAL" },
	{ MADV_WILLNEED, "MADV_WILLNEED" },
	{ MADV_DONTNEED, "MADV_DONTNEED" },
	{ MADV_FREE, "MADV_FREE" },
	{ MADV_REMOVE, "MADV_REMOVE" },
	{ MADV_DONTFORK, "MADV_DONTFORK" },
	{ MADV_DOFORK, "MADV_DOFORK" },
	{ MADV_MERGEABLE, "MADV_MERGEABLE" },
	{ MADV_UNMERGEABLE, "MADV_UNMERGEABLE" },
	{ MADV_HUGEPAGE, "MADV_HUGEPAGE" },
	{ MADV_NOHUGEPAGE, "MADV_NOHUGEPAGE" },
	{ MADV_DONTDUMP, "MADV_DONTDUMP" },
	{ MADV_DODUMP, "MADV_DODUMP" },
	{ MADV_WIPEONFORK, "MADV_WIPEONFORK" },
	{ MADV_KEEPONFORK, "MADV_KEEPONFORK" },
	{ MADV_COLD, "MADV_COLD" },
	{ MADV_PAGEOUT, "MADV_PAGEOUT" },
	{ MADV_POPULATE_READ, "MADV_POPULATE_READ" },
	{ MADV_POPULATE_WRITE, "MADV_POPULATE_WRITE" },
	{ MADV_DONTNEED_LOCKED, "MADV_DONTNEED_LOCKED" },
	{ MADV_COLLAPSE, "MADV_COLLAPSE" },
	{ MADV_HWPOISON, "MADV_HWPOISON" },
	{ MADV_SOFT_OFFLINE, "MADV_SOFT_OFFLINE" },
	{ 102, "MADV_GUARD_INSTALL" },  /* asm-generic/mman-common.h, Linux 6.13 */
	{ 103, "MADV_GUARD_REMOVE" },
	{ 0, NULL }
};

static const struct flag_name fadvices[] = {
	{ 0, "POSIX_FADV_NORMAL" },
	{ 1, "POSIX_FADV_RANDOM" },
	{ 2, "POSIX_FADV_SEQUENTIAL" },
	{ 3, "POSIX_FADV_WILLNEED" },
	{ 4, "POSIX_FADV_DONTNEED" },
	{ 5, "POSIX_FADV_NOREUSE" },
	{ 0, NULL }
};

static const struct flag_name msync_flags[] = {
	{ MS_ASYNC, "MS_ASYNC" },
	{ MS_INVALIDATE, "MS_INVALIDATE" },
	{ MS_SYNC, "MS_SYNC" },
	{ 0, NULL }
};

static const struct flag_name mremap_flags[] = {
	{ MREMAP_MAYMOVE, "MREMAP_MAYMOVE" },
	{ MREMAP_FIXED, "MREMAP_FIXED" },
	{ MREMAP_DONTUNMAP, "MREMAP_DONTUNMAP" },
	{ 0, NULL }
};

void dec_mmap_prot(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, mmap_prot, arg_u64(c, i), "PROT_???");
}

/* MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 0x5 / * MAP_??? * /|MAP_ANONYMOUS,
 * MAP_SHARED|MAP_HUGETLB|21<<MAP_HUGE_SHIFT; the type is a value, the
 * huge page size a number.  -X verbose: 0x22 / * MAP_PRIVATE|... * /. */
static const char *format_mmap_flags(char *buf, size_t size, uint64_t v)
{
	size_t len = 0;

	buf[0] = '\0';
	len = value_append(buf, size, len, mmap_types, v & MAP_TYPE, "MAP_???");
	v &= ~(uint64_t)MAP_TYPE;

	/* strace takes the huge page size out with an unsigned int mask,
	 * which also drops the upper 32 bits from what is left */
	const unsigned huge_mask = (unsigned)MAP_HUGE_MASK << MAP_HUGE_SHIFT;
	unsigned huge = (unsigned)((v & huge_mask) >> MAP_HUGE_SHIFT);
	v &= ~huge_mask;
	if (v) {
		len = str_append(buf, size, len, "|");
		len = flags_append(buf, size, len, mmap_flags, v, NULL);
	}
	if (huge) {
		char tmp[32];
		snprintf(tmp, sizeof(tmp), "|%u<<MAP_HUGE_SHIFT", huge);
		str_append(buf, size, len, tmp);
	}
	return buf;
}

static void emit_mmap_flags(struct emit *e, const char *key, uint64_t v)
{
	char buf[FLAGS_BUF];
	emit_formatted(e, key, v, format_mmap_flags(buf, sizeof(buf), v));
}

void dec_mmap_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_mmap_flags(e, key, arg_u64(c, i));
}

/* advice is an int: the register's upper half is not part of it */
void dec_madvice(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, madvise_advices, arg_uint(c, i), "MADV_???");
}

void dec_msync_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, msync_flags, arg_uint(c, i), "MS_???");
}

void dec_fadvice(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, fadvices, arg_uint(c, i), "POSIX_FADV_???");
}

void dec_mremap_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, mremap_flags, arg_u64(c, i), "MREMAP_???");
}

/* mremap's new_address: strace shows it only with MREMAP_MAYMOVE|MREMAP_FIXED */
void dec_mremap_addr(struct emit *e, const struct call *c, int i, const char *key)
{
	int fi = fmt_find_arg(c, A_MREMAP_FLAGS);
	uint64_t both = MREMAP_MAYMOVE | MREMAP_FIXED;
	if (fi >= 0 && (arg_u64(c, fi) & both) != both)
		return;
	emit_ptr(e, key, arg_u64(c, i));
}
