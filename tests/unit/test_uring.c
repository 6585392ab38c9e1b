/*
 * io_uring_register (src/decode_uring.c) against strace 7.2's output:
 * synthetic records (the argument's blob, its nested rules' blobs, an
 * entry record) decoded through the text emitter; the expected strings
 * are lines of strace 7.2 runs of tests/progs/sc_uring.c and of strace's
 * own io_uring_register test.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"

#define NR 427   /* __NR_io_uring_register */

/* the row's nested rules (decode_uring.c's enum) */
enum { N_FILES_UPDATE_FDS, N_FILES2_DATA, N_BUFFERS2_DATA, N_REGISTER_TAGS,
       N_FILES_UPDATE2_DATA, N_BUFFERS_UPDATE_DATA, N_FILES_UPDATE2_TAGS,
       N_BUFFERS_UPDATE_TAGS, N_SQE_ATTR, N_QUERY_HDRS, N_QUERY_DATA };

TEST(uring_files_update)
{
	struct recbuf b;
	uint8_t fu[16] = { 7 };
	int32_t fds[5] = { 3, 0, -1, -2, -3 };
	uint64_t p = 0x31000800;
	memcpy(fu + 8, &p, 8);
	struct sct_syscall *r = REC(&b, NR, E(22), -1, 6, 0x31000100, 5);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, fu, sizeof(fu));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, N_FILES_UPDATE_FDS, fds, sizeof(fds), 20);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_FILES_UPDATE, "
		    "{offset=7, fds=[3, 0, -1, IORING_REGISTER_FILES_SKIP, -3]}, 5");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, 0x6 /* IORING_REGISTER_FILES_UPDATE */, "
		    "{offset=7, fds=[3, 0, -1, -2 /* IORING_REGISTER_FILES_SKIP */, -3]}, 5");
	/* the fds' memory unreadable: its address */
	r = REC(&b, NR, E(22), -1, 6, 0x31000100, 5);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, fu, sizeof(fu));
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_FILES_UPDATE, {offset=7, fds=0x31000800}, 5");
}

TEST(uring_rsrc)
{
	struct recbuf b;
	uint8_t rr[40] = { 3, 0, 0, 0, 1 };
	uint64_t data = 0x31000800, tags = 0x31000900;
	memcpy(rr + 16, &data, 8);
	memcpy(rr + 24, &tags, 8);
	int32_t fds[3] = { 3, 0, -1 };
	uint64_t tv[3] = { 1, 0xdead, 0 };
	struct sct_syscall *r = REC(&b, NR, E(22), -1, 13, 0x31000400, 32);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, rr, sizeof(rr));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, N_FILES2_DATA, fds, sizeof(fds), 12);
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, N_REGISTER_TAGS, tv, sizeof(tv), 24);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_FILES2, {nr=3, flags=IORING_RSRC_REGISTER_SPARSE, "
		    "data=[3, 0, -1], tags=[0x1, 0xdead, 0]}, 32");
	/* a size under the struct's: the address */
	r = REC(&b, NR, E(22), -1, 13, 0x31000400, 24);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, rr, sizeof(rr));
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_FILES2, 0x31000400, 24");
	/* BUFFERS_UPDATE: iovecs, then nr */
	uint8_t ru[32] = { 5 };
	uint32_t nr = 2;
	memcpy(ru + 8, &data, 8);
	memcpy(ru + 24, &nr, 4);
	uint64_t iov[4] = { 0x1000, 16, 0, 3 };
	r = REC(&b, NR, E(22), -1, 16, 0x31000480, 32);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, ru, sizeof(ru));
	blob_aux(r, SCT_NEST_ARG, SCT_CAP_NEST, 0, N_BUFFERS_UPDATE_DATA, iov, sizeof(iov), 32);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_BUFFERS_UPDATE, {offset=5, data=[{iov_base=0x1000, "
		    "iov_len=16}, {iov_base=NULL, iov_len=3}], tags=NULL, nr=2}, 32");
}

TEST(uring_probe_restrictions)
{
	struct recbuf b;
	uint8_t pr[32] = { 1, 2 };
	pr[16] = 22; pr[18] = 1;
	pr[24] = 0x41; pr[25] = 3; pr[26] = 3; pr[28] = 0xef; pr[29] = 0xbe;
	struct sct_syscall *r = REC(&b, NR, E(22), -1, 8, 0x31000200, 2);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, pr, sizeof(pr));
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_PROBE, {last_op=IORING_OP_READV, ops_len=2, "
		    "ops=[{op=IORING_OP_READ, flags=IO_URING_OP_SUPPORTED}, {op=65 /* IORING_OP_??? */, "
		    "resv=0x3, flags=IO_URING_OP_SUPPORTED|0x2, resv2=0xbeef}]}, 2");
	/* all zero, failed: the address */
	uint8_t z[32] = { 0 };
	r = REC(&b, NR, E(22), -1, 8, 0x31000280, 2);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, z, sizeof(z));
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_PROBE, 0x31000280, 2");

	uint8_t rs[32] = { 0 };
	rs[2] = 35;
	rs[16] = 9; rs[18] = 0xef;
	r = REC(&b, NR, E(22), -1, 11, 0x31000300, 2);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, rs, sizeof(rs));
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_RESTRICTIONS, [{opcode=IORING_RESTRICTION_REGISTER_OP, "
		    "register_op=IORING_REGISTER_QUERY}, {opcode=0x9 /* IORING_RESTRICTION_??? */ "
		    "/* op: 0xef */}], 2");
	CHECK_STREQ(dec_x(r, XLAT_RAW), "-1, 0xb, [{opcode=0, register_op=0x23}, "
		    "{opcode=0x9 /* op: 0xef */}], 2");
}

TEST(uring_iowq_max_workers)
{
	struct recbuf b;
	uint32_t w[2] = { 4, 8 };
	struct sct_syscall *r = REC(&b, NR, E(22), -1, 19, 0x31000510, 2);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, w, sizeof(w));
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_IOWQ_MAX_WORKERS, "
		    "[[IO_WQ_BOUND]=4, [IO_WQ_UNBOUND]=8] => 0x31000510, 2");
	CHECK_STREQ(dec_x(r, XLAT_VERBOSE), "-1, 0x13 /* IORING_REGISTER_IOWQ_MAX_WORKERS */, "
		    "[[0 /* IO_WQ_BOUND */]=4, [1 /* IO_WQ_UNBOUND */]=8] => 0x31000510, 2");
	/* success: the values given (entry record), then the old ones */
	struct recbuf be;
	struct sct_syscall *en = ENTER(&be, NR, -1, 19, 0x31000510, 2);
	blob(en, 2, SCT_CAP_STRUCT_IN, 0, w, sizeof(w));
	uint32_t old[2] = { 2, 16 };
	r = REC(&b, NR, 0, -1, 19, 0x31000510, 2);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, old, sizeof(old));
	CHECK_STREQ(dec_range(r, en, 32, 0, -1), "-1, IORING_REGISTER_IOWQ_MAX_WORKERS, "
		    "[[IO_WQ_BOUND]=4, [IO_WQ_UNBOUND]=8] => [[IO_WQ_BOUND]=2, [IO_WQ_UNBOUND]=16], 2");
}

TEST(uring_query_chain)
{
	struct recbuf b;
	/* header 0 (the argument), its data; header 1 (the chain's element
	 * 1) without data, ending at an unreadable next_entry */
	uint8_t h0[40] = { 0 }, h1[40] = { 0 }, d0[16] = { 0 };
	uint64_t v = 0x31000c40;
	memcpy(h0, &v, 8);
	v = 0x31000b40;
	memcpy(h0 + 8, &v, 8);
	h0[16] = 2; h0[20] = 16;
	v = 0x31001000;
	memcpy(h1, &v, 8);
	h1[16] = 9;
	d0[0] = 64; d0[8] = 8;
	struct sct_syscall *r = REC(&b, NR, E(14), -1, 35, 0x31000c00, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, h0, sizeof(h0));
	blob_aux(r, SCT_NEST_ARG + 1 + N_QUERY_HDRS, SCT_CAP_NEST, 0, 0, h0, sizeof(h0), 0x31000c00);
	blob_aux(r, SCT_NEST_ARG + 1 + N_QUERY_HDRS, SCT_CAP_NEST, 0, 1, h1, sizeof(h1), 0x31000c40);
	blob_aux(r, SCT_NEST_ARG + 1 + N_QUERY_DATA, SCT_CAP_NEST, 0, 0, d0, sizeof(d0), 0x31000b40);
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_QUERY, {query_data=0x31000b40, "
		    "query_op=IO_URING_QUERY_SCQ, size=16, result=0, query_data={hdr_size=64, "
		    "hdr_alignment=8}, next_entry={query_data=NULL, query_op=0x9 /* IO_URING_QUERY_??? */, "
		    "size=0, result=0, next_entry=0x31001000}}, 0");
	/* nr_args not 0: the address */
	r = REC(&b, NR, E(22), -1, 35, 0x31000c00, 1);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, h0, sizeof(h0));
	CHECK_STREQ(dec(r), "-1, IORING_REGISTER_QUERY, 0x31000c00, 1");
}
