/*
 * The mm family (src/decode_mm.c, src/decode_memory.c) against strace
 * 7.2: synthetic records decoded through the text emitter.  Expected
 * lines are strace 7.2's, from its own test suite (madvise, mlock2,
 * membarrier, memfd_secret, pkey_alloc, pkey_mprotect, get_mempolicy,
 * modify_ldt, process_mrelease) or from running tests/progs/sc_mm under
 * strace 7.2 (the rest); the record helpers are records.h's.
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/unistd_extra.h"

/* ret_text() needs the call it decoded (records.h's dec() keeps its own) */
static struct outbuf ob;
static struct call cl;

static struct emit *text_emit(unsigned strsize, const struct sct_syscall *r)
{
	static struct emit e;
	static struct emit_text st;
	if (!ob.buf)
		ob_init_mem(&ob, 4096);
	ob_reset(&ob);
	call_init(&cl, r, NULL, strsize);
	emit_text_init(&e, &st, &ob, 0);
	return &e;
}

/* what follows " = " on success: the value (hex or decimal) and the aux text */
static const char *ret_text(const struct sct_syscall *r)
{
	static char buf[1024];
	struct emit *e = text_emit(32, r);
	decode_ret_aux(e, &cl);
	snprintf(buf, sizeof(buf), "%s|%s", decode_ret_base(&cl) == RB_HEX ? "hex" : "dec",
		 decode_has_ret_aux(&cl) ? ob_cstr(&ob) : "");
	return buf;
}

TEST(mm_rows_unique)
{
	CHECK_INTEQ(decode_registry_duplicates(), 0);
}

TEST(mm_madvise)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_madvise, 0, 0x7fcd563d5000, 4096, 0xfacefeed00000001);
	CHECK_STREQ(dec(r), "0x7fcd563d5000, 4096, MADV_RANDOM");
	r = REC(&b, __NR_madvise, E(12), 0, 4096, 102);
	CHECK_STREQ(dec(r), "NULL, 4096, MADV_GUARD_INSTALL");
	r = REC(&b, __NR_madvise, E(22), 0, 18446744073709550286ULL, 2);
	CHECK_STREQ(dec(r), "NULL, 18446744073709550286, MADV_SEQUENTIAL");
	r = REC(&b, __NR_madvise, E(22), 0, 4096, 0x68);
	CHECK_STREQ(dec(r), "NULL, 4096, 0x68 /* MADV_??? */");

	decode_opts.xlat = XLAT_VERBOSE;
	r = REC(&b, __NR_madvise, 0, 0x7f6059aef000, 4096, 0);
	CHECK_STREQ(dec(r), "0x7f6059aef000, 4096, 0 /* MADV_NORMAL */");
	r = REC(&b, __NR_madvise, E(12), 0, 4096, 0x67);
	CHECK_STREQ(dec(r), "NULL, 4096, 0x67 /* MADV_GUARD_REMOVE */");
	r = REC(&b, __NR_madvise, E(22), 0, 4096, 0x68);
	CHECK_STREQ(dec(r), "NULL, 4096, 0x68 /* MADV_??? */");
	decode_opts.xlat = XLAT_RAW;
	r = REC(&b, __NR_madvise, 0, 0x7f7117e37000, 4096, 0xfacefeed00000001);
	CHECK_STREQ(dec(r), "0x7f7117e37000, 4096, 0x1");
	decode_opts.xlat = XLAT_ABBREV;
}

TEST(mm_mmap_flags)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_mmap, 0x30000000, 0x30000000, 4096, 1, 0x08 | 0x20 | 0x100000, -1, 0);
	CHECK_STREQ(dec(r), "0x30000000, 4096, PROT_READ, "
		    "MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0");
	/* the huge page size and the upper half of the flags */
	r = REC(&b, __NR_mmap, 0x30000000, 0x30000000, 4096, 0xfff, 0x304100028, -1, 0);
	CHECK_STREQ(dec(r), "0x30000000, 4096, PROT_READ|PROT_WRITE|PROT_EXEC|PROT_SEM|0xff0, "
		    "MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE|1<<MAP_HUGE_SHIFT, -1, 0");
	decode_opts.xlat = XLAT_VERBOSE;
	CHECK_STREQ(dec(r), "0x30000000, 4096, 0xfff /* PROT_READ|PROT_WRITE|PROT_EXEC|PROT_SEM|0xff0 */, "
		    "0x304100028 /* MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE|1<<MAP_HUGE_SHIFT */, "
		    "-1, 0");
	r = REC(&b, __NR_remap_file_pages, E(22), 0, 0, 3, 1, 0x25);
	CHECK_STREQ(dec(r), "NULL, 0, 0x3 /* PROT_READ|PROT_WRITE */, 1, "
		    "0x25 /* 0x5 /* MAP_??? */|MAP_ANONYMOUS */");
	r = REC(&b, __NR_set_mempolicy, E(22), 0x8002, 0, 0);
	CHECK_STREQ(dec(r), "0x8002 /* MPOL_BIND|MPOL_F_STATIC_NODES */, NULL, 0");
	r = REC(&b, __NR_memfd_create, E(22), 0, 0xf0000007);
	CHECK_STREQ(dec(r), "NULL, 0xf0000007 /* MFD_CLOEXEC|MFD_ALLOW_SEALING|MFD_HUGETLB|60<<MFD_HUGE_SHIFT */");
	decode_opts.xlat = XLAT_ABBREV;
	r = REC(&b, __NR_mmap, E(9), 0, 4096, 1, 0x2 | 0x80, -1, 0);
	CHECK_STREQ(dec(r), "NULL, 4096, PROT_READ, MAP_PRIVATE|MAP_ABOVE4G, -1, 0");
	r = REC(&b, __NR_remap_file_pages, E(22), 0x10000000, 4096, 0, 0, 0x10000);
	CHECK_STREQ(dec(r), "0x10000000, 4096, PROT_NONE, 0, MAP_FILE|MAP_NONBLOCK");
	r = REC(&b, __NR_msync, E(22), 0x10000000, 4096, 0xffffffff0000000cULL);
	CHECK_STREQ(dec(r), "0x10000000, 4096, MS_SYNC|0x8");
	r = REC(&b, __NR_pkey_mprotect, 0, 0, 0, 0xdeadfeed00ca7500ULL, 0xbadc0dedface1e55ULL);
	CHECK_STREQ(dec(r), "NULL, 0, 0xdeadfeed00ca7500 /* PROT_??? */, -87155115");
	r = REC(&b, __NR_pkey_mprotect, 0, 0, 0, 0x3 | 0xface00, -1);
	CHECK_STREQ(dec(r), "NULL, 0, PROT_READ|PROT_WRITE|0xface00, -1");
}

TEST(mm_locks_keys)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_mlock2, E(22), 0xfacefeeddeadbeef, 0xcafef00dbadc0ded, -1);
	CHECK_STREQ(dec(r), "0xfacefeeddeadbeef, 14627392581506174445, MLOCK_ONFAULT|0xfffffffe");
	r = REC(&b, __NR_mlockall, E(22), 0xf0);
	CHECK_STREQ(dec(r), "0xf0 /* MCL_??? */");
	r = REC(&b, __NR_mlockall, E(22), 0x82);
	CHECK_STREQ(dec(r), "MCL_FUTURE|0x80");
	r = REC(&b, __NR_pkey_alloc, E(22), 0xbadc0ded00000000, 0xbadc0ded00000002);
	CHECK_STREQ(dec(r), "0xbadc0ded00000000, PKEY_DISABLE_WRITE|0xbadc0ded00000000");
	r = REC(&b, __NR_pkey_alloc, E(22), 0, 0x0dec0de8 | 0x5);
	CHECK_STREQ(dec(r), "0, PKEY_DISABLE_ACCESS|PKEY_DISABLE_EXECUTE|0xdec0de8");
	r = REC(&b, __NR_pkey_alloc, E(22), 0xffff0000eeee1111, 0);
	CHECK_STREQ(dec(r), "0xffff0000eeee1111, PKEY_UNRESTRICTED");
	r = REC(&b, __NR_pkey_alloc, E(22), 0, 0xbadc0de8);
	CHECK_STREQ(dec(r), "0, 0xbadc0de8 /* PKEY_??? */");
}

TEST(mm_numa)
{
	struct recbuf b;
	struct sct_syscall *r;
	int pol = 0;
	uint64_t mask[4] = { 0, 0, 0, 0 };

	r = REC(&b, __NR_get_mempolicy, 0, 0, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "NULL, NULL, 0, NULL, 0");
	r = REC(&b, __NR_get_mempolicy, E(22), 0xdefaced1baddeed2, 0xfacedad3bebefed4,
		0xcafef00dbadc0ded, 0xfacefeeddeadbeef, 0xffffffffULL);
	CHECK_STREQ(dec(r), "0xdefaced1baddeed2, 0xfacedad3bebefed4, 14627392581506174445, "
		    "0xfacefeeddeadbeef, MPOL_F_NODE|MPOL_F_ADDR|MPOL_F_MEMS_ALLOWED|0xfffffff8");
	r = REC(&b, __NR_get_mempolicy, 0, 0x10000100, 0x10000200, 64, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_OUT, 0, &pol, 4);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, mask, sizeof(mask));
	CHECK_STREQ(dec(r), "[MPOL_DEFAULT], [0000000000000000], 64, NULL, 0");
	/* -s3: three words of a mask of 512, then ... */
	r = REC(&b, __NR_get_mempolicy, 0, 0, 0x7ff491b30ff8, 32768, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, mask, sizeof(mask));
	CHECK_STREQ(dec_s(r, 3), "NULL, [0000000000000000, 0000000000000000, 0000000000000000, ...], "
		    "32768, NULL, 0");
	/* 65 bits are one word: strace counts maxnode - 1 */
	r = REC(&b, __NR_get_mempolicy, 0, 0, 0x7ff491b30ff8, 65, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, mask, sizeof(mask));
	CHECK_STREQ(dec_s(r, 3), "NULL, [0000000000000000], 65, NULL, 0");
	/* a failed call's output: the address */
	r = REC(&b, __NR_get_mempolicy, E(22), 0, 0x7ff491933ff8, 32770, 0, 0);
	CHECK_STREQ(dec_s(r, 3), "NULL, 0x7ff491933ff8, 32770, NULL, 0");

	r = REC(&b, __NR_set_mempolicy, E(22), 0xffff, 0, 0);
	CHECK_STREQ(dec(r), "MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING|0x1fff, "
		    "NULL, 0");
	r = REC(&b, __NR_set_mempolicy, E(22), 3 | (1 << 14), 0x10000200, 3);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, mask, sizeof(mask));
	CHECK_STREQ(dec(r), "MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES, [0000000000000000], 3");
	r = REC(&b, __NR_mbind, E(22), 0x10000000, 4096, 2, 0x10000200, 64, 0x11);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, mask, sizeof(mask));
	CHECK_STREQ(dec(r), "0x10000000, 4096, MPOL_BIND, [0000000000000000], 64, MPOL_MF_STRICT|0x10");
	r = REC(&b, __NR_mbind, E(22), 0x10000000, 4096, 9, 0, 0, 0);
	CHECK_STREQ(dec(r), "0x10000000, 4096, 0x9 /* MPOL_??? */, NULL, 0, 0");

	mask[0] = 1;
	r = REC(&b, __NR_migrate_pages, E(3), 0x7fffffff, 128, 0x10000200, 0x10000200);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, mask, sizeof(mask));
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, mask, sizeof(mask));
	CHECK_STREQ(dec(r), "2147483647, 128, [0x00000000000001, 0000000000000000], "
		    "[0x00000000000001, 0000000000000000]");

	uint64_t pages[3] = { 0x10000000, 0x10001000, 0x20000000 };
	int nodes[3] = { 0, 0, 0 }, status[3] = { 0, 0, -14 };
	r = REC(&b, __NR_move_pages, 0, 0, 3, 0x10000400, 0, 0x10000600, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, pages, sizeof(pages));
	blob(r, 4, SCT_CAP_STRUCT_OUT, 0, status, sizeof(status));
	CHECK_STREQ(dec(r), "0, 3, [0x10000000, 0x10001000, 0x20000000], NULL, [0, 0, -EFAULT], 0");
	r = REC(&b, __NR_move_pages, E(22), 0, 3, 0x10000400, 0x10000500, 0x10000600, 8);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, pages, sizeof(pages));
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, nodes, sizeof(nodes));
	CHECK_STREQ(dec(r), "0, 3, [0x10000000, 0x10001000, 0x20000000], [0, 0, 0], 0x10000600, "
		    "0x8 /* MPOL_MF_??? */");
	/* arrays running into an unreadable page: BPF keeps their start */
	uint64_t page = 0x7fc83f238000;
	int node = (int)0xdeadbee1;
	r = REC(&b, __NR_move_pages, E(19), 0xfacefeed000064d3, 2, 0x7fc83f236ff8, 0x7fc83f234ffc,
		0x7fc83f232ffc, 0xfacefeed00000004);
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, &page, 8);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, &node, 4);
	CHECK_STREQ(dec_s(r, 3), "25811, 2, [0x7fc83f238000, ... /* 0x7fc83f237000 */], "
		    "[-559038751, ... /* 0x7fc83f235000 */], 0x7fc83f232ffc, MPOL_MF_MOVE_ALL");
	r = REC(&b, __NR_get_mempolicy, 0, 0, 0x7f5b9e412ff8, 63, 0, 0);
	uint64_t zero = 0;
	blob(r, 1, SCT_CAP_STRUCT_OUT, SCT_BF_PARTIAL, &zero, 8);
	CHECK_STREQ(dec_s(r, 3), "NULL, [0000000000000000], 63, NULL, 0");
	uint8_t one = 1;
	r = REC(&b, __NR_mincore, 0, 0x7fb2ad180000, 4096, 0x7fb2acf90fff);
	blob(r, 2, SCT_CAP_STRUCT_OUT, SCT_BF_PARTIAL, &one, 1);
	CHECK_STREQ(dec(r), "0x7fb2ad180000, 4096, [1]");

	r = REC(&b, __NR_set_mempolicy_home_node, E(22), 0x10000000, 4096, 0, 0xf0);
	CHECK_STREQ(dec(r), "0x10000000, 4096, 0, 0xf0");
}

TEST(mm_misc)
{
	struct recbuf b;
	struct sct_syscall *r;

	uint8_t vec[2] = { 1, 0x81 };
	r = REC(&b, __NR_mincore, 0, 0x10000000, 8192, 0x10000800);
	blob(r, 2, SCT_CAP_STRUCT_OUT, 0, vec, sizeof(vec));
	CHECK_STREQ(dec(r), "0x10000000, 8192, [1, 1]");
	r = REC(&b, __NR_mincore, E(14), 0x7f43521d3000, 4096, 0);
	CHECK_STREQ(dec(r), "0x7f43521d3000, 4096, NULL");

	uint64_t iov[4] = { 0x10000000, 4096, 0, 8 };
	r = REC(&b, __NR_process_madvise, E(9), -1, 0x10000900, 2, 20, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, iov, sizeof(iov));
	CHECK_STREQ(dec(r), "-1, [{iov_base=0x10000000, iov_len=4096}, {iov_base=NULL, iov_len=8}], "
		    "2, MADV_COLD, 0");
	r = REC(&b, __NR_process_mrelease, E(22), 0, 0xfacefeed);
	CHECK_STREQ(dec(r), "0, 0xfacefeed");
	r = REC(&b, __NR_mseal, E(22), 0x20000000, 4096, 0xf);
	CHECK_STREQ(dec(r), "0x20000000, 4096, 0xf");
	r = REC(&b, __NR_map_shadow_stack, E(38), 0, 4096, 3);
	CHECK_STREQ(dec(r), "NULL, 4096, SHADOW_STACK_SET_TOKEN|0x2");

	r = REC(&b, __NR_membarrier, E(22), 3, 0xff, -1);
	CHECK_STREQ(dec(r), "0x3 /* MEMBARRIER_CMD_??? */, MEMBARRIER_CMD_FLAG_CPU|0xfe, -1");
	r = REC(&b, __NR_membarrier, E(1), 1 << 7, 1, -1);
	CHECK_STREQ(dec(r), "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, -1");
	r = REC(&b, __NR_membarrier, 0x3ff, 0, 0, 0);
	CHECK_STREQ(dec(r), "MEMBARRIER_CMD_QUERY, 0");
	CHECK_STREQ(ret_text(r), "hex|MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_GLOBAL_EXPEDITED|"
		    "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED|"
		    "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE|"
		    "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE|"
		    "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ|MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|"
		    "MEMBARRIER_CMD_GET_REGISTRATIONS");
	decode_opts.xlat = XLAT_RAW;
	CHECK_STREQ(ret_text(r), "hex|0x3ff");
	decode_opts.xlat = XLAT_ABBREV;
	r = REC(&b, __NR_membarrier, 0, 1, 0, 0);
	CHECK_STREQ(ret_text(r), "dec|");

	r = REC(&b, __NR_memfd_secret, E(22), 0xde97face | 0x80000);
	CHECK_STREQ(dec(r), "O_CLOEXEC|0xde97face");
	r = REC(&b, __NR_memfd_secret, E(22), 0xde97face);
	CHECK_STREQ(dec(r), "0xde97face");
	r = REC(&b, __NR_memfd_secret, 3, 0);
	CHECK_STREQ(dec(r), "0");

	r = REC(&b, __NR_memfd_create, E(14), 0, 0);
	CHECK_STREQ(dec(r), "NULL, 0");
	r = REC(&b, __NR_memfd_create, E(22), 0, 0xf00);
	CHECK_STREQ(dec(r), "NULL, 0xf00 /* MFD_??? */");
	r = REC(&b, __NR_memfd_create, E(22), 0, 0x4 | 0x100 | (21u << 26));
	CHECK_STREQ(dec(r), "NULL, MFD_HUGETLB|0x100|21<<MFD_HUGE_SHIFT");
	r = REC(&b, __NR_userfaultfd, E(22), 0x10);
	CHECK_STREQ(dec(r), "0x10 /* UFFD_??? */");
	r = REC(&b, __NR_userfaultfd, 3, 0x80801);
	CHECK_STREQ(dec(r), "UFFD_USER_MODE_ONLY|O_NONBLOCK|O_CLOEXEC");

	uint64_t range[2] = { 0, 4096 }, cst[5] = { 0, 0, 0, 0, 0 };
	r = REC(&b, __NR_cachestat, 0, 3, 0x10000a00, 0x10000b00, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, range, sizeof(range));
	blob(r, 2, SCT_CAP_STRUCT_OUT, 0, cst, sizeof(cst));
	CHECK_STREQ(dec(r), "3, {off=0, len=4096}, {nr_cache=0, nr_dirty=0, nr_writeback=0, "
		    "nr_evicted=0, nr_recently_evicted=0}, 0");
	r = REC(&b, __NR_cachestat, E(14), 3, 0, 0, 0xfa);
	CHECK_STREQ(dec(r), "3, NULL, NULL, 0xfa");
}

TEST(mm_modify_ldt)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint32_t d1[4] = { 0x83828180, 0x87868584, 0x8b8a8988, 0x8f8e8d8c };
	uint32_t d2[4] = { 0xffffffff, 0, 0, 0x61 };

	r = REC(&b, __NR_modify_ldt, 0, 0, 0, 0);
	CHECK_STREQ(dec(r), "0, NULL, 0");
	r = REC(&b, __NR_modify_ldt, E(38), 0xdeadbeefda7a1057, 0x7faf04b06ff0, 42);
	CHECK_STREQ(dec(r), "-629534633, 0x7faf04b06ff0, 42");
	r = REC(&b, __NR_modify_ldt, E(38), 0xdeadbeefda7a1057, 0x7faf04b07000, 16);
	CHECK_STREQ(dec(r), "-629534633, 0x7faf04b07000, 16");
	r = REC(&b, __NR_modify_ldt, E(38), 0xdeadbeefda7a1057, 0x7faf04b07000, 16);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, d1, sizeof(d1));
	CHECK_STREQ(dec(r), "-629534633, {entry_number=2206368128, base_addr=0x87868584, "
		    "limit=0x8b8a8988, seg_32bit=0, contents=2, read_exec_only=1, limit_in_pages=0, "
		    "seg_not_present=0, useable=0, lm=1}, 16");
	r = REC(&b, __NR_modify_ldt, E(38), 0xdeadbeefda7a1057, 0x7faf04b07000, 16);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, d2, sizeof(d2));
	CHECK_STREQ(dec(r), "-629534633, {entry_number=-1, base_addr=00000000, limit=00000000, "
		    "seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=0, seg_not_present=1, "
		    "useable=1, lm=0}, 16");
}
