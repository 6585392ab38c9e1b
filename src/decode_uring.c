// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * io_uring_register(2): every opcode strace 7.2 decodes, in its format.
 * The argument (arg 2) is captured whole (up to a page: strace's
 * print_nonzero_bytes() of the rsrc structs' tails reads that far); what
 * its pointers lead to (IORING_REGISTER_FILES_UPDATE's fds, the rsrc
 * structs' data and tags, IORING_REGISTER_QUERY's chain of headers and
 * their data, an SQE's attribute struct) comes from the row's nested
 * rules; the fds inside it from src/fdpath.c's per-opcode fd lists.
 * Structs print as addresses under -e verbose=none.
 *
 * Layouts: linux/io_uring.h (and linux/io_uring/query.h) of Linux 6.19;
 * Debian 12's 6.1 header lacks most of them, so byte offsets are spelt
 * here, each struct's next to its decoder.
 */
#include "decode_priv.h"
#include "fdpath.h"

#include <asm/unistd_64.h>
#include <inttypes.h>
#include <linux/io_uring.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "unistd_extra.h"

/* ------------------------------------------------------------ tables */

#define K_IORING_REGISTER_USE_REGISTERED_RING 0x80000000u  /* kernel 6.3 */

/* enum io_uring_register_op */
const struct flag_name uring_register_opcodes[] = {
	{ IORING_REGISTER_BUFFERS, "IORING_REGISTER_BUFFERS" },
	{ IORING_UNREGISTER_BUFFERS, "IORING_UNREGISTER_BUFFERS" },
	{ IORING_REGISTER_FILES, "IORING_REGISTER_FILES" },
	{ IORING_UNREGISTER_FILES, "IORING_UNREGISTER_FILES" },
	{ IORING_REGISTER_EVENTFD, "IORING_REGISTER_EVENTFD" },
	{ IORING_UNREGISTER_EVENTFD, "IORING_UNREGISTER_EVENTFD" },
	{ IORING_REGISTER_FILES_UPDATE, "IORING_REGISTER_FILES_UPDATE" },
	{ IORING_REGISTER_EVENTFD_ASYNC, "IORING_REGISTER_EVENTFD_ASYNC" },
	{ IORING_REGISTER_PROBE, "IORING_REGISTER_PROBE" },
	{ IORING_REGISTER_PERSONALITY, "IORING_REGISTER_PERSONALITY" },
	{ IORING_UNREGISTER_PERSONALITY, "IORING_UNREGISTER_PERSONALITY" },
	{ IORING_REGISTER_RESTRICTIONS, "IORING_REGISTER_RESTRICTIONS" },
	{ IORING_REGISTER_ENABLE_RINGS, "IORING_REGISTER_ENABLE_RINGS" },
	{ IORING_REGISTER_FILES2, "IORING_REGISTER_FILES2" },
	{ IORING_REGISTER_FILES_UPDATE2, "IORING_REGISTER_FILES_UPDATE2" },
	{ IORING_REGISTER_BUFFERS2, "IORING_REGISTER_BUFFERS2" },
	{ IORING_REGISTER_BUFFERS_UPDATE, "IORING_REGISTER_BUFFERS_UPDATE" },
	{ IORING_REGISTER_IOWQ_AFF, "IORING_REGISTER_IOWQ_AFF" },
	{ IORING_UNREGISTER_IOWQ_AFF, "IORING_UNREGISTER_IOWQ_AFF" },
	{ IORING_REGISTER_IOWQ_MAX_WORKERS, "IORING_REGISTER_IOWQ_MAX_WORKERS" },
	{ IORING_REGISTER_RING_FDS, "IORING_REGISTER_RING_FDS" },
	{ IORING_UNREGISTER_RING_FDS, "IORING_UNREGISTER_RING_FDS" },
	{ IORING_REGISTER_PBUF_RING, "IORING_REGISTER_PBUF_RING" },
	{ IORING_UNREGISTER_PBUF_RING, "IORING_UNREGISTER_PBUF_RING" },
	{ IORING_REGISTER_SYNC_CANCEL, "IORING_REGISTER_SYNC_CANCEL" },
	{ IORING_REGISTER_FILE_ALLOC_RANGE, "IORING_REGISTER_FILE_ALLOC_RANGE" },
	/* newer than Debian 12's header */
	{ 26, "IORING_REGISTER_PBUF_STATUS" },     /* 6.8 */
	{ 27, "IORING_REGISTER_NAPI" },            /* 6.9 */
	{ 28, "IORING_UNREGISTER_NAPI" },
	{ 29, "IORING_REGISTER_CLOCK" },           /* 6.12 */
	{ 30, "IORING_REGISTER_CLONE_BUFFERS" },   /* 6.12 */
	{ 31, "IORING_REGISTER_SEND_MSG_RING" },   /* 6.13 */
	{ 32, "IORING_REGISTER_ZCRX_IFQ" },        /* 6.15 */
	{ 33, "IORING_REGISTER_RESIZE_RINGS" },    /* 6.13 */
	{ 34, "IORING_REGISTER_MEM_REGION" },      /* 6.13 */
	{ 35, "IORING_REGISTER_QUERY" },           /* 6.18 */
	{ 36, "IORING_REGISTER_ZCRX_CTRL" },       /* 6.19 */
	{ 37, "IORING_REGISTER_BPF_FILTER" },      /* 7.0 */
	{ 0, NULL }
};

enum {
	OP_PBUF_STATUS = 26, OP_NAPI, OP_UNNAPI, OP_CLOCK, OP_CLONE_BUFFERS,
	OP_SEND_MSG_RING, OP_ZCRX_IFQ, OP_RESIZE_RINGS, OP_MEM_REGION, OP_QUERY,
	OP_ZCRX_CTRL,
};

/* enum io_uring_op (IORING_OP_*) */
const struct flag_name uring_ops[] = {
	{ IORING_OP_NOP, "IORING_OP_NOP" },
	{ IORING_OP_READV, "IORING_OP_READV" },
	{ IORING_OP_WRITEV, "IORING_OP_WRITEV" },
	{ IORING_OP_FSYNC, "IORING_OP_FSYNC" },
	{ IORING_OP_READ_FIXED, "IORING_OP_READ_FIXED" },
	{ IORING_OP_WRITE_FIXED, "IORING_OP_WRITE_FIXED" },
	{ IORING_OP_POLL_ADD, "IORING_OP_POLL_ADD" },
	{ IORING_OP_POLL_REMOVE, "IORING_OP_POLL_REMOVE" },
	{ IORING_OP_SYNC_FILE_RANGE, "IORING_OP_SYNC_FILE_RANGE" },
	{ IORING_OP_SENDMSG, "IORING_OP_SENDMSG" },
	{ IORING_OP_RECVMSG, "IORING_OP_RECVMSG" },
	{ IORING_OP_TIMEOUT, "IORING_OP_TIMEOUT" },
	{ IORING_OP_TIMEOUT_REMOVE, "IORING_OP_TIMEOUT_REMOVE" },
	{ IORING_OP_ACCEPT, "IORING_OP_ACCEPT" },
	{ IORING_OP_ASYNC_CANCEL, "IORING_OP_ASYNC_CANCEL" },
	{ IORING_OP_LINK_TIMEOUT, "IORING_OP_LINK_TIMEOUT" },
	{ IORING_OP_CONNECT, "IORING_OP_CONNECT" },
	{ IORING_OP_FALLOCATE, "IORING_OP_FALLOCATE" },
	{ IORING_OP_OPENAT, "IORING_OP_OPENAT" },
	{ IORING_OP_CLOSE, "IORING_OP_CLOSE" },
	{ IORING_OP_FILES_UPDATE, "IORING_OP_FILES_UPDATE" },
	{ IORING_OP_STATX, "IORING_OP_STATX" },
	{ IORING_OP_READ, "IORING_OP_READ" },
	{ IORING_OP_WRITE, "IORING_OP_WRITE" },
	{ IORING_OP_FADVISE, "IORING_OP_FADVISE" },
	{ IORING_OP_MADVISE, "IORING_OP_MADVISE" },
	{ IORING_OP_SEND, "IORING_OP_SEND" },
	{ IORING_OP_RECV, "IORING_OP_RECV" },
	{ IORING_OP_OPENAT2, "IORING_OP_OPENAT2" },
	{ IORING_OP_EPOLL_CTL, "IORING_OP_EPOLL_CTL" },
	{ IORING_OP_SPLICE, "IORING_OP_SPLICE" },
	{ IORING_OP_PROVIDE_BUFFERS, "IORING_OP_PROVIDE_BUFFERS" },
	{ IORING_OP_REMOVE_BUFFERS, "IORING_OP_REMOVE_BUFFERS" },
	{ IORING_OP_TEE, "IORING_OP_TEE" },
	{ IORING_OP_SHUTDOWN, "IORING_OP_SHUTDOWN" },
	{ IORING_OP_RENAMEAT, "IORING_OP_RENAMEAT" },
	{ IORING_OP_UNLINKAT, "IORING_OP_UNLINKAT" },
	{ IORING_OP_MKDIRAT, "IORING_OP_MKDIRAT" },
	{ IORING_OP_SYMLINKAT, "IORING_OP_SYMLINKAT" },
	{ IORING_OP_LINKAT, "IORING_OP_LINKAT" },
	{ IORING_OP_MSG_RING, "IORING_OP_MSG_RING" },
	{ IORING_OP_FSETXATTR, "IORING_OP_FSETXATTR" },
	{ IORING_OP_SETXATTR, "IORING_OP_SETXATTR" },
	{ IORING_OP_FGETXATTR, "IORING_OP_FGETXATTR" },
	{ IORING_OP_GETXATTR, "IORING_OP_GETXATTR" },
	{ IORING_OP_SOCKET, "IORING_OP_SOCKET" },
	{ IORING_OP_URING_CMD, "IORING_OP_URING_CMD" },
	{ IORING_OP_SEND_ZC, "IORING_OP_SEND_ZC" },
	/* newer than Debian 12's header */
	{ 48, "IORING_OP_SENDMSG_ZC" },
	{ 49, "IORING_OP_READ_MULTISHOT" },
	{ 50, "IORING_OP_WAITID" },
	{ 51, "IORING_OP_FUTEX_WAIT" },
	{ 52, "IORING_OP_FUTEX_WAKE" },
	{ 53, "IORING_OP_FUTEX_WAITV" },
	{ 54, "IORING_OP_FIXED_FD_INSTALL" },
	{ 55, "IORING_OP_FTRUNCATE" },
	{ 56, "IORING_OP_BIND" },
	{ 57, "IORING_OP_LISTEN" },
	{ 58, "IORING_OP_RECV_ZC" },
	{ 59, "IORING_OP_EPOLL_WAIT" },
	{ 60, "IORING_OP_READV_FIXED" },
	{ 61, "IORING_OP_WRITEV_FIXED" },
	{ 62, "IORING_OP_PIPE" },
	{ 63, "IORING_OP_NOP128" },
	{ 64, "IORING_OP_URING_CMD128" },
	{ 0, NULL }
};
#define K_OP_SENDMSG_ZC 48
#define K_OP_READ_MULTISHOT 49
#define K_OP_FIXED_FD_INSTALL 54
#define K_OP_RECV_ZC 58
#define K_OP_READV_FIXED 60
#define K_OP_WRITEV_FIXED 61
#define K_OP_NOP128 63
#define K_OP_URING_CMD128 64

/* IOSQE_* */
const struct flag_name uring_sqe_flags[] = {
	{ IOSQE_FIXED_FILE, "IOSQE_FIXED_FILE" },
	{ IOSQE_IO_DRAIN, "IOSQE_IO_DRAIN" },
	{ IOSQE_IO_LINK, "IOSQE_IO_LINK" },
	{ IOSQE_IO_HARDLINK, "IOSQE_IO_HARDLINK" },
	{ IOSQE_ASYNC, "IOSQE_ASYNC" },
	{ IOSQE_BUFFER_SELECT, "IOSQE_BUFFER_SELECT" },
	{ IOSQE_CQE_SKIP_SUCCESS, "IOSQE_CQE_SKIP_SUCCESS" },
	{ 0, NULL }
};

static const struct flag_name uring_op_flags[] = {
	{ IO_URING_OP_SUPPORTED, "IO_URING_OP_SUPPORTED" },
	{ 0, NULL }
};

/* enum io_uring_register_restriction_op */
static const struct flag_name uring_restriction_opcodes[] = {
	{ IORING_RESTRICTION_REGISTER_OP, "IORING_RESTRICTION_REGISTER_OP" },
	{ IORING_RESTRICTION_SQE_OP, "IORING_RESTRICTION_SQE_OP" },
	{ IORING_RESTRICTION_SQE_FLAGS_ALLOWED, "IORING_RESTRICTION_SQE_FLAGS_ALLOWED" },
	{ IORING_RESTRICTION_SQE_FLAGS_REQUIRED, "IORING_RESTRICTION_SQE_FLAGS_REQUIRED" },
	{ 0, NULL }
};

static const struct flag_name uring_rsrc_flags[] = {
	{ IORING_RSRC_REGISTER_SPARSE, "IORING_RSRC_REGISTER_SPARSE" },
	{ 0, NULL }
};

static const struct flag_name uring_files_update_fds[] = {
	{ (uint64_t)-2, "IORING_REGISTER_FILES_SKIP" },   /* IORING_REGISTER_FILES_SKIP (-2) */
	{ 0, NULL }
};

/* enum io_wq_type */
static const struct flag_name uring_iowq_acct[] = {
	{ 0, "IO_WQ_BOUND" },
	{ 1, "IO_WQ_UNBOUND" },
	{ 0, NULL }
};

/* IORING_ASYNC_CANCEL_* */
static const struct flag_name uring_async_cancel_flags[] = {
	{ 1U << 0, "IORING_ASYNC_CANCEL_ALL" },
	{ 1U << 1, "IORING_ASYNC_CANCEL_FD" },
	{ 1U << 2, "IORING_ASYNC_CANCEL_ANY" },
	{ 1U << 3, "IORING_ASYNC_CANCEL_FD_FIXED" },
	{ 1U << 4, "IORING_ASYNC_CANCEL_USERDATA" },   /* 6.6 */
	{ 1U << 5, "IORING_ASYNC_CANCEL_OP" },         /* 6.6 */
	{ 0, NULL }
};

/* IO_URING_NAPI_* (struct io_uring_napi's opcode, 6.13) */
static const struct flag_name uring_napi_ops[] = {
	{ 0, "IO_URING_NAPI_REGISTER_OP" },
	{ 1, "IO_URING_NAPI_STATIC_ADD_ID" },
	{ 2, "IO_URING_NAPI_STATIC_DEL_ID" },
	{ 0, NULL }
};
static const struct flag_name uring_napi_tracking[] = {
	{ 0, "IO_URING_NAPI_TRACKING_DYNAMIC" },
	{ 1, "IO_URING_NAPI_TRACKING_STATIC" },
	{ 255, "IO_URING_NAPI_TRACKING_INACTIVE" },
	{ 0, NULL }
};

/* IORING_REGISTER_SRC_REGISTERED... (struct io_uring_clone_buffers) */
static const struct flag_name uring_clone_buffers_flags[] = {
	{ 1U << 0, "IORING_REGISTER_SRC_REGISTERED" },
	{ 1U << 1, "IORING_REGISTER_DST_REPLACE" },
	{ 0, NULL }
};

/* enum zcrx_reg_flags */
static const struct flag_name uring_zcrx_reg_flags[] = {
	{ 1, "ZCRX_REG_IMPORT" },
	{ 0, NULL }
};
/* enum io_uring_zcrx_area_flags */
static const struct flag_name uring_zcrx_area_flags[] = {
	{ 1, "IORING_ZCRX_AREA_DMABUF" },
	{ 0, NULL }
};
/* enum zcrx_ctrl_op */
static const struct flag_name uring_zcrx_ctrl_ops[] = {
	{ 0, "ZCRX_CTRL_FLUSH_RQ" },
	{ 1, "ZCRX_CTRL_EXPORT" },
	{ 2, "ZCRX_CTRL_ARM_EVENT" },
	{ 0, NULL }
};
#define K_ZCRX_CTRL_FLUSH_RQ 0
#define K_ZCRX_CTRL_EXPORT 1
#define K_ZCRX_CTRL_ARM_EVENT 2
static const struct flag_name uring_zcrx_event_types[] = {
	{ 0, "ZCRX_EVENT_ALLOC_FAIL" },
	{ 1, "ZCRX_EVENT_COPY" },
	{ 0, NULL }
};

static const struct flag_name uring_mem_region_reg_flags[] = {
	{ 1, "IORING_MEM_REGION_REG_WAIT_ARG" },
	{ 0, NULL }
};

/* linux/io_uring/query.h */
static const struct flag_name uring_query_ops[] = {
	{ 0, "IO_URING_QUERY_OPCODES" },
	{ 1, "IO_URING_QUERY_ZCRX" },
	{ 2, "IO_URING_QUERY_SCQ" },
	{ 3, "IO_URING_QUERY_ZCRX_EVENT" },
	{ 0, NULL }
};

/* an SQE's flags union, by opcode */
static const struct flag_name uring_nop_flags[] = {
	{ 1U << 0, "IORING_NOP_INJECT_RESULT" },
	{ 1U << 1, "IORING_NOP_FILE" },
	{ 1U << 2, "IORING_NOP_FIXED_FILE" },
	{ 1U << 3, "IORING_NOP_FIXED_BUFFER" },
	{ 1U << 4, "IORING_NOP_TW" },
	{ 1U << 5, "IORING_NOP_CQE32" },
	{ 0, NULL }
};
static const struct flag_name uring_fixed_fd_flags[] = {
	{ 1U << 0, "IORING_FIXED_FD_NO_CLOEXEC" },
	{ 0, NULL }
};
static const struct flag_name uring_msg_ring_flags[] = {
	{ 1U << 0, "IORING_MSG_RING_CQE_SKIP" },
	{ 1U << 1, "IORING_MSG_RING_FLAGS_PASS" },
	{ 0, NULL }
};
/* an SQE's ioprio as flags */
static const struct flag_name uring_accept_flags[] = {
	{ 1U << 0, "IORING_ACCEPT_MULTISHOT" },
	{ 1U << 1, "IORING_ACCEPT_DONTWAIT" },
	{ 1U << 2, "IORING_ACCEPT_POLL_FIRST" },
	{ 0, NULL }
};
static const struct flag_name uring_recvsend_flags[] = {
	{ 1U << 0, "IORING_RECVSEND_POLL_FIRST" },
	{ 1U << 1, "IORING_RECV_MULTISHOT" },
	{ 1U << 2, "IORING_RECVSEND_FIXED_BUF" },
	{ 1U << 3, "IORING_SEND_ZC_REPORT_USAGE" },
	{ 1U << 4, "IORING_RECVSEND_BUNDLE" },
	{ 1U << 5, "IORING_SEND_VECTORIZED" },
	{ 0, NULL }
};
static const struct flag_name uring_rw_attr_flags[] = {
	{ 1ULL << 0, "IORING_RW_ATTR_FLAG_PI" },
	{ 0, NULL }
};
/* enum io_uring_socket_op */
static const struct flag_name uring_socket_ops[] = {
	{ 0, "SOCKET_URING_OP_SIOCINQ" },
	{ 1, "SOCKET_URING_OP_SIOCOUTQ" },
	{ 2, "SOCKET_URING_OP_GETSOCKOPT" },
	{ 3, "SOCKET_URING_OP_SETSOCKOPT" },
	{ 4, "SOCKET_URING_OP_TX_TIMESTAMP" },
	{ 5, "SOCKET_URING_OP_GETSOCKNAME" },
	{ 0, NULL }
};

/* The argument as captured: a page at most (strace reads the rsrc structs'
 * tails that far, and a probe is 16 + 8 * 256 bytes) */
#define URING_ARG_CAP 4096

/* The row's nested rules */
enum {
	NEST_FILES_UPDATE_FDS,     /* io_uring_files_update.fds[nr_args] */
	NEST_FILES2_DATA,          /* io_uring_rsrc_register.data: int[nr] */
	NEST_BUFFERS2_DATA,        /* ...: struct iovec[nr] */
	NEST_REGISTER_TAGS,        /* ...tags: u64[nr] (FILES2, BUFFERS2) */
	NEST_FILES_UPDATE2_DATA,   /* io_uring_rsrc_update2.data: int[nr] */
	NEST_BUFFERS_UPDATE_DATA,  /* ...: struct iovec[nr] */
	NEST_FILES_UPDATE2_TAGS,   /* ...tags: u64[nr] */
	NEST_BUFFERS_UPDATE_TAGS,
	NEST_SQE_ATTR,             /* SEND_MSG_RING's SQE: struct io_uring_attr_pi */
	NEST_QUERY_HDRS,           /* QUERY: the chain of io_uring_query_hdr */
	NEST_QUERY_DATA,           /* ...each one's query_data */
	NEST_URING_N
};
_Static_assert(NEST_URING_N <= SCT_NEST_MAX, "too many nested rules");

/* ------------------------------------------------------------ helpers */

static uint8_t rd8(const uint8_t *p, size_t o) { return p[o]; }
static uint16_t rd16(const uint8_t *p, size_t o) { uint16_t v; memcpy(&v, p + o, 2); return v; }
static uint32_t rd32(const uint8_t *p, size_t o) { uint32_t v; memcpy(&v, p + o, 4); return v; }
static uint64_t rd64(const uint8_t *p, size_t o) { uint64_t v; memcpy(&v, p + o, 8); return v; }

/* The argument's first `size` bytes, or NULL (print the address): NULL,
 * unreadable, shorter, or structs not decoded */
static const uint8_t *arg_mem(const struct call *c, size_t size)
{
	if (!call_verbose(c) || !arg_u64(c, 2))
		return NULL;
	const struct blob_ref *r = call_blob(c, 2);
	if (!r || r->b->len < size)
		return NULL;
	return r->data;
}

/* ...as the call left it (the exit record's copy), on success */
static const uint8_t *arg_mem_out(const struct call *c, size_t size)
{
	if (!call_verbose(c) || !arg_u64(c, 2) || !call_ok(c))
		return NULL;
	const struct blob_ref *r = &c->out[2];
	if (!r->b || (r->b->flags & SCT_BF_FAULT) || r->b->len < size)
		return NULL;
	return r->data;
}

static bool all_zero(const uint8_t *p, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (p[k])
			return false;
	return true;
}

/* `key=[0x1, 0, ...]` of n elements of `w` bytes at p, when any is not 0
 * (strace's PRINT_FIELD_ARRAY of print_xint_array_member after an
 * IS_ARRAY_ZERO check) */
static void emit_xarray_nz(struct emit *e, const char *key, const uint8_t *p, size_t n, size_t w)
{
	if (all_zero(p, n * w))
		return;
	emit_begin_array(e, key);
	for (size_t k = 0; k < n; k++) {
		uint64_t v = w == 1 ? rd8(p, k) : w == 2 ? rd16(p, 2 * k) :
			     w == 4 ? rd32(p, 4 * k) : rd64(p, 8 * k);
		emit_hex(e, NULL, v);
	}
	emit_end_array(e);
}

/* a field printed only when not 0, in hex */
static void emit_hex_nz(struct emit *e, const char *key, uint64_t v)
{
	if (v)
		emit_hex(e, key, v);
}

/* An fd in the argument's memory: BPF resolved it as element k of the
 * opcode's fd list (src/fdpath.c) */
static void emit_fd_k(struct emit *e, const struct call *c, const char *key, int32_t fd, int k)
{
	emit_int(e, key, fd);
	if (k < SCT_FDLIST_MAX)
		emit_fd_path(e, c, key, 2, 1 + k);
}

/* element callbacks that need the call and their index */
static const struct call *el_call;
static int el_k;

static void el_begin(const struct call *c)
{
	el_call = c;
	el_k = 0;
}

static void emit_fd_el(struct emit *e, const uint8_t *p)
{
	emit_fd_k(e, el_call, NULL, (int32_t)rd32(p, 0), el_k++);
}

/* IORING_REGISTER_FILES_UPDATE's fds: IORING_REGISTER_FILES_SKIP by name */
static void emit_update_fd_el(struct emit *e, const uint8_t *p)
{
	int32_t fd = (int32_t)rd32(p, 0);
	if (fd < -1) {
		emit_xval_d(e, NULL, uring_files_update_fds, fd, NULL);
		el_k++;
	} else {
		emit_fd_k(e, el_call, NULL, fd, el_k++);
	}
}

static void emit_xint64_el(struct emit *e, const uint8_t *p)
{
	emit_hex(e, NULL, rd64(p, 0));
}

/* ------------------------------------------------------------ opcodes */

/* struct io_uring_files_update { u32 offset, resv; u64 fds; } */
static void files_update(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = arg_mem(c, 16);
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "offset", rd32(p, 0));
	emit_hex_nz(e, "resv", rd32(p, 4));
	el_begin(c);
	emit_nest_array(e, "fds", c, NEST_FILES_UPDATE_FDS, rd64(p, 8), nargs, 4, emit_update_fd_el);
	emit_end_struct(e);
}

/* struct io_uring_probe { u8 last_op, ops_len; u16 resv; u32 resv2[3];
 * struct io_uring_probe_op { u8 op, resv; u16 flags; u32 resv2; } ops[]; } */
static void emit_probe_op(struct emit *e, const uint8_t *p)
{
	emit_begin_struct(e, NULL);
	emit_xval_d(e, "op", uring_ops, rd8(p, 0), "IORING_OP_???");
	emit_hex_nz(e, "resv", rd8(p, 1));
	emit_flags(e, "flags", uring_op_flags, rd16(p, 2), "IO_URING_OP_???");
	emit_hex_nz(e, "resv2", rd32(p, 4));
	emit_end_struct(e);
}

static void emit_probe(struct emit *e, const char *key, const struct call *c, const uint8_t *p,
		       uint32_t n, bool trunc)
{
	emit_begin_struct(e, key);
	emit_xval_d(e, "last_op", uring_ops, rd8(p, 0), "IORING_OP_???");
	emit_uint(e, "ops_len", rd8(p, 1));
	emit_hex_nz(e, "resv", rd16(p, 2));
	emit_xarray_nz(e, "resv2", p + 4, 3, 4);
	emit_begin_array(e, "ops");
	uint32_t limit = call_abbrev(c) && n > c->strsize ? c->strsize : n;
	for (uint32_t k = 0; k < n; k++) {
		if (k >= limit) {
			emit_more(e);
			break;
		}
		emit_probe_op(e, p + 16 + 8 * k);
	}
	if (trunc && n <= limit)
		emit_more(e);
	emit_end_array(e);
	emit_end_struct(e);
}

static void probe(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	uint64_t addr = arg_u64(c, 2);
	size_t sz = 16 + 8 * (size_t)nargs;
	if (nargs > 256) {
		emit_ptr(e, key, addr);
		return;
	}
	/* the input is shown unless all zero (what the kernel wants); on
	 * success, then what the kernel wrote */
	const uint8_t *in = arg_mem(c, sz), *out = arg_mem_out(c, sz);
	bool shown = in && !all_zero(in, sz);
	if (shown)
		emit_probe(e, key, c, in, nargs, false);
	if (!call_ok(c)) {
		if (!shown)
			emit_ptr(e, key, addr);
		return;
	}
	if (shown)
		emit_changed(e);
	if (!out) {
		emit_ptr(e, key, addr);
		return;
	}
	uint8_t len = rd8(out, 1);
	emit_probe(e, key, c, out, len < nargs ? len : nargs, nargs < len);
}

/* struct io_uring_restriction { u16 opcode; u8 register_op/sqe_op/sqe_flags;
 * u8 resv; u32 resv2[3]; } */
static void emit_restriction(struct emit *e, const uint8_t *p)
{
	uint16_t op = rd16(p, 0);
	uint8_t v = rd8(p, 2);
	emit_begin_struct(e, NULL);
	emit_xval(e, "opcode", uring_restriction_opcodes, op, "IORING_RESTRICTION_???");
	switch (op) {
	case IORING_RESTRICTION_REGISTER_OP:
		emit_xval(e, "register_op", uring_register_opcodes, v, "IORING_REGISTER_???");
		break;
	case IORING_RESTRICTION_SQE_OP:
		emit_xval(e, "sqe_op", uring_ops, v, "IORING_OP_???");
		break;
	case IORING_RESTRICTION_SQE_FLAGS_ALLOWED:
	case IORING_RESTRICTION_SQE_FLAGS_REQUIRED:
		emit_flags(e, "sqe_flags", uring_sqe_flags, v, "IOSQE_???");
		break;
	default: {
		char buf[32];
		snprintf(buf, sizeof(buf), v ? "op: %#x" : "op: %u", v);
		emit_comment(e, buf);
	}
	}
	emit_hex_nz(e, "resv", rd8(p, 3));
	emit_xarray_nz(e, "resv2", p + 4, 3, 4);
	emit_end_struct(e);
}

/* The rsrc structs' data: fds (FILES2), files-update fds (FILES_UPDATE2)
 * or iovecs (BUFFERS2, BUFFERS_UPDATE), nr of them */
static void rsrc_data(struct emit *e, const struct call *c, uint32_t op, uint64_t data, uint32_t nr)
{
	el_begin(c);
	switch (op) {
	case IORING_REGISTER_FILES2:
		emit_nest_array(e, "data", c, NEST_FILES2_DATA, data, nr, 4, emit_fd_el);
		break;
	case IORING_REGISTER_FILES_UPDATE2:
		emit_nest_array(e, "data", c, NEST_FILES_UPDATE2_DATA, data, nr, 4,
				emit_update_fd_el);
		break;
	case IORING_REGISTER_BUFFERS2:
		emit_nest_array(e, "data", c, NEST_BUFFERS2_DATA, data, nr, 16,
				emit_iovec_addr_elem);
		break;
	case IORING_REGISTER_BUFFERS_UPDATE:
		emit_nest_array(e, "data", c, NEST_BUFFERS_UPDATE_DATA, data, nr, 16,
				emit_iovec_addr_elem);
		break;
	}
}

/* struct io_uring_rsrc_register { u32 nr, flags; u64 resv2, data, tags; } */
static void rsrc_register(struct emit *e, const char *key, const struct call *c, uint32_t op,
			  uint32_t size)
{
	const uint8_t *p = size >= 32 ? arg_mem(c, 32) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	uint32_t nr = rd32(p, 0);
	emit_begin_struct(e, key);
	emit_uint(e, "nr", nr);
	emit_flags(e, "flags", uring_rsrc_flags, rd32(p, 4), "IORING_RSRC_REGISTER_???");
	emit_hex_nz(e, "resv2", rd64(p, 8));
	rsrc_data(e, c, op, rd64(p, 16), nr);
	emit_nest_array(e, "tags", c, NEST_REGISTER_TAGS, rd64(p, 24), nr, 8, emit_xint64_el);
	emit_struct_tail(e, c, 2, 32, size);
	emit_end_struct(e);
}

/* struct io_uring_rsrc_update2 { u32 offset, resv; u64 data, tags; u32 nr, resv2; } */
static void rsrc_update(struct emit *e, const char *key, const struct call *c, uint32_t op,
			uint32_t size)
{
	const uint8_t *p = size >= 32 ? arg_mem(c, 32) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	uint32_t nr = rd32(p, 24);
	emit_begin_struct(e, key);
	emit_uint(e, "offset", rd32(p, 0));
	emit_hex_nz(e, "resv", rd32(p, 4));
	rsrc_data(e, c, op, rd64(p, 8), nr);
	emit_nest_array(e, "tags", c, op == IORING_REGISTER_FILES_UPDATE2 ?
			NEST_FILES_UPDATE2_TAGS : NEST_BUFFERS_UPDATE_TAGS,
			rd64(p, 16), nr, 8, emit_xint64_el);
	emit_uint(e, "nr", nr);
	emit_hex_nz(e, "resv2", rd32(p, 28));
	emit_struct_tail(e, c, 2, 32, size);
	emit_end_struct(e);
}

/* IORING_REGISTER_IOWQ_AFF: a CPU set of nargs bytes, as sched_setaffinity's */
static void iowq_aff(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	uint64_t addr = arg_u64(c, 2);
	if (!addr) {
		emit_ptr(e, key, 0);
		return;
	}
	if (!nargs) {
		emit_begin_array(e, key);
		emit_end_array(e);
		return;
	}
	const uint8_t *p = arg_mem(c, nargs);
	if (!p || nargs > SCT_BLOB_MAX) {
		emit_ptr(e, key, addr);
		return;
	}
	char buf[FLAGS_BUF];
	size_t len = str_append(buf, sizeof(buf), 0, "[");
	bool first = true;
	for (size_t bit = 0; bit < (size_t)nargs * 8; bit++) {
		if (!(p[bit / 8] & (1u << (bit % 8))))
			continue;
		char tmp[16];
		snprintf(tmp, sizeof(tmp), first ? "%zu" : " %zu", bit);
		len = str_append(buf, sizeof(buf), len, tmp);
		first = false;
	}
	str_append(buf, sizeof(buf), len, "]");
	emit_sym(e, key, buf);
}

/* IORING_REGISTER_IOWQ_MAX_WORKERS: u32[nargs] indexed by enum io_wq_type;
 * returns whether the array was printed whole (strace then shows the
 * values the call left) */
static bool iowq_workers_array(struct emit *e, const char *key, const struct call *c,
			       uint32_t nargs, const struct blob_ref *r)
{
	uint64_t addr = arg_u64(c, 2);
	if (!addr) {
		emit_ptr(e, key, 0);
		return false;
	}
	if (!nargs) {
		emit_begin_array(e, key);
		emit_end_array(e);
		return false;
	}
	if (!call_verbose(c) || (r && (!r->b || (r->b->flags & SCT_BF_FAULT))))
		r = NULL;
	uint64_t have = r ? r->b->len / 4 : 0;
	if (!have) {
		emit_ptr(e, key, addr);
		return false;
	}
	uint64_t limit = call_abbrev(c) && nargs > c->strsize ? c->strsize : nargs;
	bool whole = true;
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < nargs; k++) {
		if (k >= have) {
			emit_more(e);
			if (r->b->flags & SCT_BF_PARTIAL) {
				char buf[24];
				snprintf(buf, sizeof(buf), "%#" PRIx64, addr + k * 4);
				emit_comment(e, buf);
			}
			whole = false;
			break;
		}
		if (k >= limit) {
			emit_more(e);
			whole = false;
			break;
		}
		/* [IO_WQ_BOUND]=1: the index named (in decimal when not) */
		char buf[96];
		const char *name = lookup_value(uring_iowq_acct, k);
		uint32_t v = rd32(r->data, 4 * k);
		if (decode_opts.xlat == XLAT_RAW)
			snprintf(buf, sizeof(buf), "[%" PRIu64 "]=%u", k, v);
		else if (name && decode_opts.xlat == XLAT_ABBREV)
			snprintf(buf, sizeof(buf), "[%s]=%u", name, v);
		else
			snprintf(buf, sizeof(buf), "[%" PRIu64 " /* %s */]=%u", k,
				 name ? name : "IO_WQ_???", v);
		emit_sym(e, NULL, buf);
	}
	emit_end_array(e);
	return whole;
}

static void iowq_max_workers(struct emit *e, const char *key, const struct call *c,
			     uint32_t nargs)
{
	if (!iowq_workers_array(e, key, c, nargs, call_blob(c, 2)) || !c->exiting)
		return;
	emit_changed(e);
	if (call_ok(c))
		iowq_workers_array(e, key, c, nargs, &c->out[2]);
	else
		emit_ptr(e, key, arg_u64(c, 2));
}

/* struct io_uring_rsrc_update { u32 offset, resv; u64 data; }: a ring fd */
static void emit_ringfd_reg(struct emit *e, const uint8_t *p)
{
	uint32_t off = rd32(p, 0);
	emit_begin_struct(e, NULL);
	if (off == UINT32_MAX)
		emit_int(e, "offset", -1);
	else
		emit_uint(e, "offset", off);
	emit_hex_nz(e, "resv", rd32(p, 4));
	emit_fd_k(e, el_call, "data", (int32_t)rd64(p, 8), el_k++);
	emit_end_struct(e);
}

static void emit_ringfd_unreg(struct emit *e, const uint8_t *p)
{
	emit_begin_struct(e, NULL);
	emit_uint(e, "offset", rd32(p, 0));
	emit_hex_nz(e, "resv", rd32(p, 4));
	emit_hex_nz(e, "data", rd64(p, 8));
	emit_end_struct(e);
}

/* struct io_uring_buf_reg { u64 ring_addr; u32 ring_entries; u16 bgid,
 * flags; u32 min_left, resv[5]; } */
static void buf_reg(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 40) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_ptr(e, "ring_addr", rd64(p, 0));
	emit_uint(e, "ring_entries", rd32(p, 8));
	emit_uint(e, "bgid", rd16(p, 12));
	emit_hex(e, "flags", rd16(p, 14));
	emit_uint(e, "min_left", rd32(p, 16));
	emit_xarray_nz(e, "resv", p + 20, 5, 4);
	emit_end_struct(e);
}

/* struct io_uring_sync_cancel_reg { u64 addr; s32 fd; u32 flags;
 * struct __kernel_timespec timeout; u8 opcode, pad[7]; u64 pad2[3]; } */
static void sync_cancel(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 64) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_ptr(e, "addr", rd64(p, 0));
	emit_fd_k(e, c, "fd", (int32_t)rd32(p, 8), 2);
	emit_flags(e, "flags", uring_async_cancel_flags, rd32(p, 12), "IORING_ASYNC_CANCEL_???");
	emit_begin_struct(e, "timeout");
	emit_int(e, "tv_sec", (int64_t)rd64(p, 16));
	emit_int(e, "tv_nsec", (int64_t)rd64(p, 24));
	emit_end_struct(e);
	emit_xval(e, "opcode", uring_ops, rd8(p, 32), "IORING_OP_???");
	emit_xarray_nz(e, "pad", p + 33, 7, 1);
	emit_xarray_nz(e, "pad2", p + 40, 3, 8);
	emit_end_struct(e);
}

/* struct io_uring_file_index_range { u32 off, len; u64 resv; } */
static void file_alloc_range(struct emit *e, const char *key, const struct call *c,
			     uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 16) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "off", rd32(p, 0));
	emit_uint(e, "len", rd32(p, 4));
	emit_hex_nz(e, "resv", rd64(p, 8));
	emit_end_struct(e);
}

/* struct io_uring_buf_status { u32 buf_group, head, resv[8]; }: an output */
static void buf_status(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem_out(c, 40) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_hex(e, "buf_group", rd32(p, 0));
	emit_hex(e, "head", rd32(p, 4));
	emit_xarray_nz(e, "resv", p + 8, 8, 4);
	emit_end_struct(e);
}

/* struct io_uring_napi { u32 busy_poll_to; u8 prefer_busy_poll, opcode,
 * pad[2]; u32 op_param, resv; } */
static void emit_napi(struct emit *e, const char *key, const uint8_t *p)
{
	uint8_t op = rd8(p, 5);
	emit_begin_struct(e, key);
	emit_hex(e, "busy_poll_to", rd32(p, 0));
	emit_hex(e, "prefer_busy_poll", rd8(p, 4));
	emit_xval(e, "opcode", uring_napi_ops, op, "IO_URING_NAPI_???");
	emit_xarray_nz(e, "pad", p + 6, 2, 1);
	if (op == 0)
		emit_xval(e, "op_param", uring_napi_tracking, rd32(p, 8),
			  "IO_URING_NAPI_TRACKING_???");
	else
		emit_hex(e, "op_param", rd32(p, 8));
	emit_hex_nz(e, "resv", rd32(p, 12));
	emit_end_struct(e);
}

static void napi(struct emit *e, const char *key, const struct call *c, uint32_t nargs,
		 bool reg)
{
	/* IORING_REGISTER_NAPI: the input, then what the call left;
	 * IORING_UNREGISTER_NAPI: only what the call left */
	const uint8_t *p = nargs != 1 ? NULL : reg ? arg_mem(c, 16) : arg_mem_out(c, 16);
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_napi(e, key, p);
	if (reg && call_ok(c)) {
		emit_changed(e);
		p = arg_mem_out(c, 16);
		if (p)
			emit_napi(e, key, p);
		else
			emit_ptr(e, key, arg_u64(c, 2));
	}
}

/* struct io_uring_clock_register { u32 clockid, __resv[3]; } */
static void clock_reg(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 0 ? arg_mem(c, 16) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_xval(e, "clockid", clock_ids, rd32(p, 0), "CLOCK_???");
	emit_xarray_nz(e, "__resv", p + 4, 3, 4);
	emit_end_struct(e);
}

/* struct io_uring_clone_buffers { u32 src_fd, flags, src_off, dst_off, nr, pad[3]; } */
static void clone_buffers(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 32) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_fd_k(e, c, "src_fd", (int32_t)rd32(p, 0), 0);
	emit_flags(e, "flags", uring_clone_buffers_flags, rd32(p, 4), "IORING_REGISTER_???");
	emit_uint(e, "src_off", rd32(p, 8));
	emit_uint(e, "dst_off", rd32(p, 12));
	emit_uint(e, "nr", rd32(p, 16));
	emit_xarray_nz(e, "pad", p + 20, 3, 4);
	emit_end_struct(e);
}

/* struct io_uring_sqe (64 bytes; NOP128 and URING_CMD128 have 64 more):
 * opcode 0, flags 1, ioprio 2, fd 4, off 8, addr 16, len 24, the flags
 * union 28, user_data 32, buf_index 40, personality 42, file_index 44,
 * attr_ptr / optval 48, attr_type_mask 56 */
static bool fd_is_socket(const struct call *c, int k, int32_t fd)
{
	const struct blob_ref *r = call_fdpath(c, 2, 1 + k);
	if (r)
		return (r->b->flags & SCT_BF_FD_INO) && r->b->len == 6 &&
		       !memcmp(r->data, "socket", 6);
	if (fd < 0)
		return false;
	/* without -y: the fd's link now, as strace's getfdinode() reads it */
	char path[64], link[64];
	snprintf(path, sizeof(path), "/proc/%u/fd/%d", c->rec->pid, fd);
	ssize_t n = readlink(path, link, sizeof(link) - 1);
	return n > 8 && !memcmp(link, "socket:[", 8);
}

static void send_msg_ring(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 64) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	uint8_t op = rd8(p, 0);
	emit_begin_struct(e, key);
	emit_xval_d(e, "opcode", uring_ops, op, "IORING_OP_???");
	emit_flags(e, "flags", uring_sqe_flags, rd8(p, 1), "IOSQE_???");
	uint16_t ioprio = rd16(p, 2);
	switch (op) {
	case IORING_OP_ACCEPT:
		emit_flags(e, "ioprio", uring_accept_flags, ioprio, "IORING_ACCEPT_???");
		break;
	case IORING_OP_SEND: case IORING_OP_SENDMSG: case IORING_OP_SEND_ZC:
	case K_OP_SENDMSG_ZC: case IORING_OP_RECV: case IORING_OP_RECVMSG: case K_OP_RECV_ZC:
		emit_flags(e, "ioprio", uring_recvsend_flags, ioprio, "IORING_RECVSEND_???");
		break;
	default:
		emit_uint(e, "ioprio", ioprio);
	}
	emit_fd_k(e, c, "fd", (int32_t)rd32(p, 4), 1);
	if ((op == IORING_OP_URING_CMD || op == K_OP_URING_CMD128) &&
	    fd_is_socket(c, 1, (int32_t)rd32(p, 4)))
		emit_xval_d(e, "off", uring_socket_ops, rd64(p, 8), "SOCKET_URING_OP_???");
	else
		emit_hex(e, "off", rd64(p, 8));
	emit_hex(e, "addr", rd64(p, 16));
	emit_uint(e, "len", rd32(p, 24));
	uint32_t fl = rd32(p, 28);
	switch (op) {
	case IORING_OP_NOP: case K_OP_NOP128:
		emit_flags(e, "nop_flags", uring_nop_flags, fl, "IORING_NOP_???");
		break;
	case K_OP_FIXED_FD_INSTALL:
		emit_flags(e, "install_fd_flags", uring_fixed_fd_flags, fl, "IORING_FIXED_FD_???");
		break;
	case IORING_OP_MSG_RING:
		emit_flags(e, "msg_ring_flags", uring_msg_ring_flags, fl, "IORING_MSG_RING_???");
		break;
	default:
		emit_hex(e, "rw_flags", fl);
	}
	emit_hex(e, "user_data", rd64(p, 32));
	emit_hex(e, "buf_index", rd16(p, 40));
	emit_uint(e, "personality", rd16(p, 42));
	emit_hex(e, "file_index", rd32(p, 44));
	uint64_t mask = rd64(p, 56);
	bool rw = false;
	switch (op) {
	case IORING_OP_READ: case IORING_OP_WRITE: case IORING_OP_READV: case IORING_OP_WRITEV:
	case IORING_OP_READ_FIXED: case IORING_OP_WRITE_FIXED: case K_OP_READV_FIXED:
	case K_OP_WRITEV_FIXED: case IORING_OP_SEND: case IORING_OP_RECV: case IORING_OP_SENDMSG:
	case IORING_OP_RECVMSG: case IORING_OP_SEND_ZC: case K_OP_RECV_ZC: case K_OP_READ_MULTISHOT:
		rw = mask != 0;
		break;
	}
	if (rw) {
		emit_flags(e, "attr_type_mask", uring_rw_attr_flags, mask, "IORING_RW_ATTR_FLAG_???");
		uint64_t ap = rd64(p, 48);
		struct blob_ref r;
		if (!(mask & 1) || !ap) {
			emit_ptr(e, "attr_ptr", ap);
		} else if (!call_nest(c, NEST_SQE_ATTR, &r) || r.b->len < 32) {
			emit_ptr(e, "attr_ptr", ap);
		} else {
			/* struct io_uring_attr_pi { u16 flags, app_tag; u32 len;
			 * u64 addr, seed, rsvd; } */
			emit_begin_struct(e, "attr_ptr");
			emit_hex(e, "flags", rd16(r.data, 0));
			emit_hex(e, "app_tag", rd16(r.data, 2));
			emit_uint(e, "len", rd32(r.data, 4));
			emit_hex(e, "addr", rd64(r.data, 8));
			emit_hex(e, "seed", rd64(r.data, 16));
			emit_hex(e, "rsvd", rd64(r.data, 24));
			emit_end_struct(e);
		}
	} else {
		emit_hex(e, "optval", rd64(p, 48));
	}
	if (op == K_OP_NOP128 || op == K_OP_URING_CMD128) {
		/* cmd[]: the 64 bytes past the SQE */
		const struct blob_ref *r = call_blob(c, 2);
		size_t have = r->b->len > 64 ? r->b->len - 64 : 0;
		uint64_t limit = call_abbrev(c) && 64 > c->strsize ? c->strsize : 64;
		if (!have) {
			emit_ptr(e, "cmd", arg_u64(c, 2) + 64);
		} else {
			emit_begin_array(e, "cmd");
			for (size_t k = 0; k < 64; k++) {
				if (k >= have) {
					char buf[24];
					emit_more(e);
					snprintf(buf, sizeof(buf), "%#" PRIx64, arg_u64(c, 2) + 64 + k);
					emit_comment(e, buf);
					break;
				}
				if (k >= limit) {
					emit_more(e);
					break;
				}
				emit_hex(e, NULL, r->data[64 + k]);
			}
			emit_end_array(e);
		}
	}
	emit_end_struct(e);
}

/* struct io_uring_zcrx_ifq_reg (96 bytes) */
static void zcrx_ifq(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 96) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "if_idx", rd32(p, 0));
	emit_uint(e, "if_rxq", rd32(p, 4));
	emit_uint(e, "rq_entries", rd32(p, 8));
	emit_flags(e, "flags", uring_zcrx_reg_flags, rd32(p, 12), "ZCRX_REG_???");
	emit_ptr(e, "area_ptr", rd64(p, 16));
	emit_ptr(e, "region_ptr", rd64(p, 24));
	/* struct io_uring_zcrx_offsets { u32 head, tail, rqes, __resv2; u64 __resv[2]; } */
	emit_begin_struct(e, "offsets");
	emit_uint(e, "head", rd32(p, 32));
	emit_uint(e, "tail", rd32(p, 36));
	emit_uint(e, "rqes", rd32(p, 40));
	emit_hex_nz(e, "__resv2", rd32(p, 44));
	emit_xarray_nz(e, "__resv", p + 48, 2, 8);
	emit_end_struct(e);
	emit_uint(e, "zcrx_id", rd32(p, 64));
	emit_uint(e, "rx_buf_len", rd32(p, 68));
	emit_ptr(e, "event_desc", rd64(p, 72));
	emit_xarray_nz(e, "__resv", p + 80, 2, 8);
	emit_end_struct(e);
}

/* struct zcrx_ctrl { u32 zcrx_id, op; u64 __resv[2]; union (48 bytes) } */
static void zcrx_ctrl(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 72) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	uint32_t op = rd32(p, 4);
	emit_begin_struct(e, key);
	emit_uint(e, "zcrx_id", rd32(p, 0));
	emit_xval(e, "op", uring_zcrx_ctrl_ops, op, "ZCRX_CTRL_???");
	emit_xarray_nz(e, "__resv", p + 8, 2, 8);
	switch (op) {
	case K_ZCRX_CTRL_FLUSH_RQ:
		emit_begin_struct(e, "zc_flush");
		emit_xarray_nz(e, "__resv", p + 24, 6, 8);
		emit_end_struct(e);
		break;
	case K_ZCRX_CTRL_EXPORT:
		/* zcrx_fd: the call's output (its -y file is not resolved) */
		if (!arg_mem_out(c, 72))
			break;
		p = arg_mem_out(c, 72);
		emit_begin_struct(e, "zc_export");
		emit_int(e, "zcrx_fd", (int32_t)rd32(p, 24));
		emit_xarray_nz(e, "__resv1", p + 28, 11, 4);
		emit_end_struct(e);
		break;
	case K_ZCRX_CTRL_ARM_EVENT:
		emit_begin_struct(e, "zc_arm_event");
		emit_xval(e, "event_type", uring_zcrx_event_types, rd32(p, 24), "ZCRX_EVENT_???");
		emit_xarray_nz(e, "__resv", p + 28, 11, 4);
		emit_end_struct(e);
		break;
	}
	emit_end_struct(e);
}

/* struct io_uring_params (120 bytes): what IORING_REGISTER_RESIZE_RINGS reads */
static void resize_rings(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 120) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "sq_entries", rd32(p, 0));
	emit_uint(e, "cq_entries", rd32(p, 4));
	emit_flags(e, "flags", uring_setup_flags, rd32(p, 8), "IORING_SETUP_???");
	if (rd64(p, 72)) {
		emit_begin_struct(e, "sq_off");
		emit_hex(e, "user_addr", rd64(p, 72));
		emit_end_struct(e);
	}
	if (rd64(p, 112)) {
		emit_begin_struct(e, "cq_off");
		emit_hex(e, "user_addr", rd64(p, 112));
		emit_end_struct(e);
	}
	emit_xarray_nz(e, "resv", p + 28, 3, 4);
	emit_end_struct(e);
}

/* struct io_uring_mem_region_reg { u64 region_uptr, flags, __resv[2]; } */
static void mem_region(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	const uint8_t *p = nargs == 1 ? arg_mem(c, 32) : NULL;
	if (!p) {
		emit_ptr(e, key, arg_u64(c, 2));
		return;
	}
	emit_begin_struct(e, key);
	emit_ptr(e, "region_uptr", rd64(p, 0));
	emit_flags(e, "flags", uring_mem_region_reg_flags, rd64(p, 8),
		   "IORING_MEM_REGION_REG_???");
	emit_xarray_nz(e, "__resv", p + 16, 2, 8);
	emit_end_struct(e);
}

/* IORING_REGISTER_QUERY: a chain of struct io_uring_query_hdr { u64
 * next_entry, query_data; u32 query_op, size; s32 result; u32 __resv[3]; },
 * each with its data: header e is the argument (e 0) or rule
 * NEST_QUERY_HDRS's element e - 1, its data rule NEST_QUERY_DATA's e */
static void emit_query_data(struct emit *e, const char *key, uint32_t qop, const uint8_t *d,
			    size_t n, uint64_t addr)
{
	switch (qop) {
	case 0:   /* struct io_uring_query_opcode (48 bytes) */
		if (n < 48)
			break;
		emit_begin_struct(e, key);
		emit_uint(e, "nr_request_opcodes", rd32(d, 0));
		emit_uint(e, "nr_register_opcodes", rd32(d, 4));
		emit_flags(e, "feature_flags", uring_setup_features, rd64(d, 8), "IORING_FEAT_???");
		emit_flags(e, "ring_setup_flags", uring_setup_flags, rd64(d, 16), "IORING_SETUP_???");
		emit_flags(e, "enter_flags", uring_enter_flags, rd64(d, 24), "IORING_ENTER_???");
		emit_flags(e, "sqe_flags", uring_sqe_flags, rd64(d, 32), "IOSQE_???");
		emit_uint(e, "nr_query_opcodes", rd32(d, 40));
		emit_hex_nz(e, "__pad", rd32(d, 44));
		emit_end_struct(e);
		return;
	case 1:   /* struct io_uring_query_zcrx (40 bytes) */
		if (n < 40)
			break;
		emit_begin_struct(e, key);
		emit_flags(e, "register_flags", uring_zcrx_reg_flags, rd64(d, 0), "ZCRX_REG_???");
		emit_flags(e, "area_flags", uring_zcrx_area_flags, rd64(d, 8),
			   "IORING_ZCRX_AREA_???");
		emit_uint(e, "nr_ctrl_opcodes", rd32(d, 16));
		emit_hex(e, "features", rd32(d, 20));
		emit_uint(e, "rq_hdr_size", rd32(d, 24));
		emit_uint(e, "rq_hdr_alignment", rd32(d, 28));
		emit_hex_nz(e, "__resv2", rd64(d, 32));
		emit_end_struct(e);
		return;
	case 2:   /* struct io_uring_query_scq (16 bytes) */
		if (n < 16)
			break;
		emit_begin_struct(e, key);
		emit_uint(e, "hdr_size", rd64(d, 0));
		emit_uint(e, "hdr_alignment", rd64(d, 8));
		emit_end_struct(e);
		return;
	case 3:   /* struct io_uring_query_zcrx_event (48 bytes) */
		if (n < 48)
			break;
		emit_begin_struct(e, key);
		emit_hex(e, "event_flags", rd32(d, 0));
		emit_uint(e, "stats_size", rd32(d, 4));
		emit_uint(e, "stats_off_alignment", rd32(d, 8));
		emit_hex_nz(e, "__resv1", rd32(d, 12));
		emit_xarray_nz(e, "__resv2", d + 16, 4, 8);
		emit_end_struct(e);
		return;
	}
	emit_ptr(e, key, addr);
}

static void query(struct emit *e, const char *key, const struct call *c, uint32_t nargs)
{
	uint64_t addr = arg_u64(c, 2);
	if (nargs != 0) {
		emit_ptr(e, key, addr);
		return;
	}
	int depth = 0;
	for (int k = 0;; k++) {
		const uint8_t *h = NULL;
		struct blob_ref r;
		bool cut = call_abbrev(c) && (unsigned)k >= c->strsize;
		if (!addr) {
			emit_ptr(e, key, 0);
			break;
		}
		if (k == 0)
			h = arg_mem(c, 40);
		else if (k < SCT_NEST_ELEMS && call_verbose(c) &&
			 call_nest_elem(c, NEST_QUERY_HDRS, k, &r) &&
			 !(r.b->flags & (SCT_BF_FAULT | SCT_BF_PARTIAL)) && r.b->len >= 40)
			h = r.data;
		else if (k >= SCT_NEST_ELEMS && call_verbose(c))
			cut = true;   /* past what BPF follows: as if readable */
		if (!h && !cut) {
			emit_ptr(e, key, addr);
			break;
		}
		if (cut) {
			emit_ptr(e, key, addr);
			emit_comment(e, "...");
			break;
		}
		emit_begin_struct(e, key);
		depth++;
		uint64_t qd = rd64(h, 8);
		uint32_t qop = rd32(h, 16), size = rd32(h, 20);
		emit_ptr(e, "query_data", qd);
		emit_xval(e, "query_op", uring_query_ops, qop, "IO_URING_QUERY_???");
		emit_uint(e, "size", size);
		emit_int(e, "result", (int32_t)rd32(h, 24));
		emit_xarray_nz(e, "__resv", h + 28, 3, 4);
		if (qd && size) {
			struct blob_ref d;
			bool have = call_nest_elem(c, NEST_QUERY_DATA, k, &d) &&
				    !(d.b->flags & SCT_BF_FAULT);
			emit_query_data(e, "query_data", qop, have ? d.data : NULL,
					have ? d.b->len : 0, qd);
		}
		key = "next_entry";
		addr = rd64(h, 0);
	}
	while (depth--)
		emit_end_struct(e);
}

/* ------------------------------------------------------------ the call */

static void sys_io_uring_register(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t op = arg_uint(c, 1), flags = op & K_IORING_REGISTER_USE_REGISTERED_RING;
	uint32_t nargs = arg_uint(c, 3);
	op &= ~K_IORING_REGISTER_USE_REGISTERED_RING;
	switch (i) {
	case 0:   /* a registered ring's index, not an fd, with the flag */
		if (flags) {
			emit_uint(e, key, arg_uint(c, 0));
			emit_no_fd_path();   /* -y: not an fd */
		} else {
			emit_int(e, key, arg_int(c, 0));
		}
		return;
	case 1: {
		char buf[160];
		size_t len = xval_append(buf, sizeof(buf), 0, uring_register_opcodes, op,
					 "IORING_REGISTER_???");
		if (flags) {
			static const struct flag_name use_ring[] = {
				{ K_IORING_REGISTER_USE_REGISTERED_RING,
				  "IORING_REGISTER_USE_REGISTERED_RING" },
				{ 0, NULL }
			};
			len = str_append(buf, sizeof(buf), len, "|");
			xval_append(buf, sizeof(buf), len, use_ring, flags, NULL);
		}
		emit_sym(e, key, buf);
		return;
	}
	case 3:
		emit_uint(e, key, nargs);
		return;
	}
	switch (op) {
	case IORING_REGISTER_BUFFERS:
		emit_array(e, key, c, i, nargs, 16, emit_iovec_addr_elem, true);
		return;
	case IORING_REGISTER_FILES:
	case IORING_REGISTER_EVENTFD:
	case IORING_REGISTER_EVENTFD_ASYNC:
		el_begin(c);
		emit_array(e, key, c, i, nargs, 4, emit_fd_el, true);
		return;
	case IORING_REGISTER_FILES_UPDATE:
		files_update(e, key, c, nargs);
		return;
	case IORING_REGISTER_PROBE:
		probe(e, key, c, nargs);
		return;
	case IORING_REGISTER_RESTRICTIONS:
		emit_array(e, key, c, i, nargs, 16, emit_restriction, true);
		return;
	case IORING_REGISTER_FILES2:
	case IORING_REGISTER_BUFFERS2:
		rsrc_register(e, key, c, op, nargs);
		return;
	case IORING_REGISTER_FILES_UPDATE2:
	case IORING_REGISTER_BUFFERS_UPDATE:
		rsrc_update(e, key, c, op, nargs);
		return;
	case IORING_REGISTER_IOWQ_AFF:
		iowq_aff(e, key, c, nargs);
		return;
	case IORING_REGISTER_IOWQ_MAX_WORKERS:
		iowq_max_workers(e, key, c, nargs);
		return;
	case IORING_REGISTER_RING_FDS:
		el_begin(c);
		emit_array(e, key, c, i, nargs, 16, emit_ringfd_reg, true);
		return;
	case IORING_UNREGISTER_RING_FDS:
		emit_array(e, key, c, i, nargs, 16, emit_ringfd_unreg, true);
		return;
	case IORING_REGISTER_PBUF_RING:
	case IORING_UNREGISTER_PBUF_RING:
		buf_reg(e, key, c, nargs);
		return;
	case IORING_REGISTER_SYNC_CANCEL:
		sync_cancel(e, key, c, nargs);
		return;
	case IORING_REGISTER_FILE_ALLOC_RANGE:
		file_alloc_range(e, key, c, nargs);
		return;
	case OP_PBUF_STATUS:
		buf_status(e, key, c, nargs);
		return;
	case OP_NAPI:
	case OP_UNNAPI:
		napi(e, key, c, nargs, op == OP_NAPI);
		return;
	case OP_CLOCK:
		clock_reg(e, key, c, nargs);
		return;
	case OP_CLONE_BUFFERS:
		clone_buffers(e, key, c, nargs);
		return;
	case OP_SEND_MSG_RING:
		send_msg_ring(e, key, c, nargs);
		return;
	case OP_ZCRX_IFQ:
		zcrx_ifq(e, key, c, nargs);
		return;
	case OP_ZCRX_CTRL:
		zcrx_ctrl(e, key, c, nargs);
		return;
	case OP_RESIZE_RINGS:
		resize_rings(e, key, c, nargs);
		return;
	case OP_MEM_REGION:
		mem_region(e, key, c, nargs);
		return;
	case OP_QUERY:
		query(e, key, c, nargs);
		return;
	}
	emit_ptr(e, key, arg_u64(c, i));
}

/* ------------------------------------------------------------- rows */

#define OPSEL(v) .sel_arg = 1, .sel_mask = ~K_IORING_REGISTER_USE_REGISTERED_RING, .sel_val = (v)
/* n elements of `elem` bytes behind the pointer at `off`, n the u32 at
 * `len_off` (or, LEN_ARG, nr_args) */
#define URING_ARRAY(off, len_off_, fl, elem_, max_, op) { .mode = SCT_NEST_BYTES, .flags = (fl), \
	.parent = 2, .ptr_off = (off), .len_off = (len_off_), .len_size = (fl) ? 0 : 4, \
	.elem = (elem_), .max = (max_), OPSEL(op) }

const struct syscall_row decode_rows_uring[] = {
	/* .blocks: an entry record keeps the inputs as given (QUERY's and
	 * PROBE's results, IOWQ_MAX_WORKERS' and NAPI's old values are written
	 * over them) */
	SYS(io_uring_register, .arg = { A_FD }, .decode = sys_io_uring_register, .blocks = 1,
	    .cap = { [2] = CAP_IN_OPT(URING_ARG_CAP) },
	    .nest = {
		[NEST_FILES_UPDATE_FDS] = URING_ARRAY(8, 3, SCT_NEST_LEN_ARG, 4, 4 * 32,
						      IORING_REGISTER_FILES_UPDATE),
		[NEST_FILES2_DATA] = URING_ARRAY(16, 0, 0, 4, 4 * 32, IORING_REGISTER_FILES2),
		[NEST_BUFFERS2_DATA] = URING_ARRAY(16, 0, 0, 16, 16 * 32, IORING_REGISTER_BUFFERS2),
		[NEST_REGISTER_TAGS] = { .mode = SCT_NEST_BYTES, .parent = 2, .ptr_off = 24,
					 .len_off = 0, .len_size = 4, .elem = 8, .max = 8 * 32,
					 .sel_arg = 1, .sel_mask = 0x7ffffffd, .sel_val = 13 },
		[NEST_FILES_UPDATE2_DATA] = URING_ARRAY(8, 24, 0, 4, 4 * 32,
							IORING_REGISTER_FILES_UPDATE2),
		[NEST_BUFFERS_UPDATE_DATA] = URING_ARRAY(8, 24, 0, 16, 16 * 32,
							 IORING_REGISTER_BUFFERS_UPDATE),
		[NEST_FILES_UPDATE2_TAGS] = URING_ARRAY(16, 24, 0, 8, 8 * 32,
							IORING_REGISTER_FILES_UPDATE2),
		[NEST_BUFFERS_UPDATE_TAGS] = URING_ARRAY(16, 24, 0, 8, 8 * 32,
							 IORING_REGISTER_BUFFERS_UPDATE),
		[NEST_SQE_ATTR] = { .mode = SCT_NEST_BYTES, .parent = 2, .ptr_off = 48, .max = 32,
				    OPSEL(OP_SEND_MSG_RING) },
		/* the chain of query headers after the first (the argument),
		 * then each header's data (the first's from the argument) */
		[NEST_QUERY_HDRS] = { .mode = SCT_NEST_LIST, .parent = 2, .ptr_off = 0, .elem = 40,
				      OPSEL(OP_QUERY) },
		[NEST_QUERY_DATA] = { .mode = SCT_NEST_BYTES, .parent = SCT_NEST_RULE + NEST_QUERY_HDRS,
				      .ptr_off = 8, .max = 48,
				      OPSEL(OP_QUERY) },
	    }),
	SYS_END
};
