// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Memory: mmap/mprotect protections, mmap flags (type, flags, huge page
 * size), madvise advice, msync and mremap flags.  x86_64 values.
 */
#include "decode_priv.h"

#include <stdio.h>

const struct flag_name mmap_prot[] = {
	{ 0x0, "PROT_NONE" },
	{ 0x1, "PROT_READ" },
	{ 0x2, "PROT_WRITE" },
	{ 0x4, "PROT_EXEC" },
	{ 0x8, "PROT_SEM" },
	{ 0x01000000, "PROT_GROWSDOWN" },
	{ 0x02000000, "PROT_GROWSUP" },
	{ 0, NULL }
};

/* The mapping type (flags & MAP_TYPE) is a value, not bits. */
#define K_MAP_TYPE 0x0f
const struct flag_name mmap_types[] = {
	{ 0x0, "MAP_FILE" },
	{ 0x1, "MAP_SHARED" },
	{ 0x2, "MAP_PRIVATE" },
	{ 0x3, "MAP_SHARED_VALIDATE" },
	{ 0, NULL }
};

const struct flag_name mmap_flags[] = {
	{ 0x10, "MAP_FIXED" },
	{ 0x20, "MAP_ANONYMOUS" },
	{ 0x40, "MAP_32BIT" },
	{ 0x4000, "MAP_NORESERVE" },
	{ 0x8000, "MAP_POPULATE" },
	{ 0x10000, "MAP_NONBLOCK" },
	{ 0x100, "MAP_GROWSDOWN" },
	{ 0x800, "MAP_DENYWRITE" },
	{ 0x1000, "MAP_EXECUTABLE" },
	{ 0x2000, "MAP_LOCKED" },
	{ 0x20000, "MAP_STACK" },
	{ 0x40000, "MAP_HUGETLB" },
	{ 0x80000, "MAP_SYNC" },
	{ 0x100000, "MAP_FIXED_NOREPLACE" },
	{ 0x4000000, "MAP_UNINITIALIZED" },
	{ 0, NULL }
};
#define K_MAP_HUGE_SHIFT 26
#define K_MAP_HUGE_MASK  0x3fu

const struct flag_name madvise_advices[] = {
	{ 0, "MADV_NORMAL" },
	{ 1, "MADV_RANDOM" },
	{ 2, "MADV_SEQUENTIAL" },
	{ 3, "MADV_WILLNEED" },
	{ 4, "MADV_DONTNEED" },
	{ 8, "MADV_FREE" },
	{ 9, "MADV_REMOVE" },
	{ 10, "MADV_DONTFORK" },
	{ 11, "MADV_DOFORK" },
	{ 12, "MADV_MERGEABLE" },
	{ 13, "MADV_UNMERGEABLE" },
	{ 14, "MADV_HUGEPAGE" },
	{ 15, "MADV_NOHUGEPAGE" },
	{ 16, "MADV_DONTDUMP" },
	{ 17, "MADV_DODUMP" },
	{ 18, "MADV_WIPEONFORK" },
	{ 19, "MADV_KEEPONFORK" },
	{ 20, "MADV_COLD" },
	{ 21, "MADV_PAGEOUT" },
	{ 22, "MADV_POPULATE_READ" },
	{ 23, "MADV_POPULATE_WRITE" },
	{ 24, "MADV_DONTNEED_LOCKED" },
	{ 25, "MADV_COLLAPSE" },
	{ 100, "MADV_HWPOISON" },
	{ 101, "MADV_SOFT_OFFLINE" },
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
	{ 1, "MS_ASYNC" },
	{ 2, "MS_INVALIDATE" },
	{ 4, "MS_SYNC" },
	{ 0, NULL }
};

#define K_MREMAP_MAYMOVE 1
#define K_MREMAP_FIXED   2
static const struct flag_name mremap_flags[] = {
	{ K_MREMAP_MAYMOVE, "MREMAP_MAYMOVE" },
	{ K_MREMAP_FIXED, "MREMAP_FIXED" },
	{ 4, "MREMAP_DONTUNMAP" },
	{ 0, NULL }
};

void dec_mmap_prot(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, mmap_prot, arg_u64(c, i), "PROT_???");
}

/* MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 0x5 / * MAP_??? * /|MAP_ANONYMOUS,
 * MAP_SHARED|MAP_HUGETLB|21<<MAP_HUGE_SHIFT */
void dec_mmap_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t v = arg_u64(c, i);
	char buf[FLAGS_BUF];
	size_t len = 0;

	buf[0] = '\0';
	len = value_append(buf, sizeof(buf), len, mmap_types, v & K_MAP_TYPE, "MAP_???");
	v &= ~(uint64_t)K_MAP_TYPE;

	uint64_t huge_mask = (uint64_t)K_MAP_HUGE_MASK << K_MAP_HUGE_SHIFT;
	unsigned huge = (unsigned)((v & huge_mask) >> K_MAP_HUGE_SHIFT);
	v &= ~huge_mask;
	if (v) {
		len = str_append(buf, sizeof(buf), len, "|");
		len = flags_append(buf, sizeof(buf), len, mmap_flags, v, NULL);
	}
	if (huge) {
		char tmp[32];
		snprintf(tmp, sizeof(tmp), "|%u<<MAP_HUGE_SHIFT", huge);
		str_append(buf, sizeof(buf), len, tmp);
	}
	emit_sym(e, key, buf);
}

void dec_madvice(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, madvise_advices, arg_u64(c, i), "MADV_???");
}

void dec_msync_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, msync_flags, arg_u64(c, i), "MS_???");
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
	uint64_t both = K_MREMAP_MAYMOVE | K_MREMAP_FIXED;
	if (fi >= 0 && (arg_u64(c, fi) & both) != both)
		return;
	emit_ptr(e, key, arg_u64(c, i));
}
