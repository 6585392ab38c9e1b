// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the iovec family: readv, writev and their p/2 variants,
 * vmsplice, process_vm_readv/writev.  BPF captures each iovec with the
 * start of its buffer (SCT_CAP_IOV); strace 7.2's format:
 *   writev(1, [{iov_base="hi", iov_len=2}, {iov_base=NULL, iov_len=0}], 2) = 2
 *   readv(3, [{iov_base="abc", iov_len=4}, {iov_base="", iov_len=10}], 2) = 3
 * A failed readv shows each buffer's address; an unreadable array its own.
 */
#include "decode_priv.h"
#include "pidnames.h"

#include <stdio.h>
#include <string.h>
#include "unistd_extra.h"

/* RWF_* (linux/fs.h) */
static const struct flag_name rwf_flags[] = {
	{ 0x01, "RWF_HIPRI" }, { 0x02, "RWF_DSYNC" }, { 0x04, "RWF_SYNC" },
	{ 0x08, "RWF_NOWAIT" }, { 0x10, "RWF_APPEND" }, { 0x20, "RWF_NOAPPEND" },
	{ 0x40, "RWF_ATOMIC" }, { 0x80, "RWF_DONTCACHE" }, { 0, NULL }
};

/* vmsplice's SPLICE_F_* come from decode_file.c's splice_flags */

/* The iovec array of argument i.  Element blobs hold the 16-byte iovec and
 * up to -s bytes of its buffer; `data` says whether buffers are shown at
 * all (not for the remote side of process_vm_*, nor for a failed read). */
/* One struct iovec, its buffer as an address (emit_array()'s element) */
void emit_iovec_addr_elem(struct emit *e, const uint8_t *p)
{
	uint64_t v[2];
	memcpy(v, p, sizeof(v));
	emit_begin_struct(e, NULL);
	emit_ptr(e, "iov_base", v[0]);
	emit_uint(e, "iov_len", v[1]);
	emit_end_struct(e);
}

/* An iovec array captured as plain elements (CAP_ARRAY_IN: no buffers) */
static void emit_iov_plain(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_array(e, key, c, i, arg_u64(c, c->fmt->cap[i].lenarg), 16, emit_iovec_addr_elem, true);
}

void emit_iov_at(struct emit *e, const char *key, const struct call *c, int i, uint64_t p,
		 bool data)
{
	const struct sct_blob *end = c->blob[i].b;
	if (end && end->kind == SCT_CAP_ARRAY_IN) {
		emit_iov_plain(e, c, i, key);
		return;
	}
	if (!p || !end || end->kind != SCT_CAP_IOV || end->idx < SCT_IOV_MAX ||
	    ((end->flags & SCT_BF_FAULT) && end->aux == 0)) {
		emit_ptr(e, key, p);
		return;
	}
	unsigned n = end->aux;
	emit_begin_array(e, key);
	for (unsigned k = 0; k < n; k++) {
		const struct blob_ref *el = call_argv(c, i, k);
		if (k >= c->strsize && call_abbrev(c)) {
			emit_more(e);
			break;
		}
		if (!el || el->b->len < 16) {
			emit_more(e);
			break;
		}
		uint64_t v[2];
		memcpy(v, el->data, sizeof(v));
		emit_begin_struct(e, NULL);
		if (data && v[0] && !(el->b->flags & SCT_BF_FAULT)) {
			/* -e read=/write= capture more than -s (src/dumpio.h) */
			size_t shown = el->b->len - 16;
			if (shown > c->strsize)
				shown = c->strsize;
			emit_str(e, "iov_base", el->data + 16, shown,
				 el->b->aux > shown ? EMIT_STR_TRUNC : 0);
		} else {
			emit_ptr(e, "iov_base", v[0]);
		}
		emit_uint(e, "iov_len", v[1]);
		emit_end_struct(e);
	}
	if (end->flags & SCT_BF_FAULT) {
		/* strace: the rest was unreadable, with its address */
		char buf[40];
		emit_more(e);
		snprintf(buf, sizeof(buf), "%#llx", (unsigned long long)(p + 16ULL * n));
		emit_comment(e, buf);
	} else if (end->flags & SCT_BF_TRUNC) {
		emit_more(e);
	}
	emit_end_array(e);
}

static void emit_iov(struct emit *e, const struct call *c, int i, const char *key, bool data)
{
	if (!call_verbose(c)) {  /* -e verbose=none: addresses */
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_iov_at(e, key, c, i, arg_u64(c, i), data);
}

/* Buffers the kernel reads: shown whole (up to -s each). */
static void iov_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_iov(e, c, i, key, true);
}

/* Buffers the kernel fills: shown at exit of a call that did not fail. */
static void iov_out(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_iov(e, c, i, key, call_ok(c));
}

/* readv, writev, preadv, pwritev, preadv2, pwritev2:
 * fd, iov, iovcnt[, offset[, <pos_h: not shown on x86_64>, flags]] */
static void sys_rw_iov(struct emit *e, const struct call *c, int i, const char *key, bool out)
{
	switch (i) {
	case 0: dec_fd(e, c, i, key); break;
	case 1: (out ? iov_out : iov_in)(e, c, i, key); break;
	case 2: emit_uint(e, key, arg_u64(c, i)); break;
	case 3: emit_int(e, key, (int64_t)arg_u64(c, i)); break;
	case 4: break;  /* pos_h: the high half for 32-bit callers */
	case 5: emit_flags(e, key, rwf_flags, arg_uint(c, i), "RWF_???"); break;
	}
}

static void sys_readv(struct emit *e, const struct call *c, int i, const char *key)
{
	sys_rw_iov(e, c, i, key, true);
}

static void sys_writev(struct emit *e, const struct call *c, int i, const char *key)
{
	sys_rw_iov(e, c, i, key, false);
}

static void sys_vmsplice(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: dec_fd(e, c, i, key); break;
	case 1: iov_in(e, c, i, key); break;
	case 2: emit_uint(e, key, arg_u64(c, i)); break;
	case 3: emit_flags(e, key, splice_flags, arg_uint(c, i), "SPLICE_F_???"); break;
	}
}

/* process_vm_readv/writev(pid, local_iov, liovcnt, remote_iov, riovcnt, flags):
 * the local buffers are shown (read's at exit), the remote ones are
 * another process's addresses: their iovecs only (SCT_IOV_NODATA) */
static void sys_process_vm(struct emit *e, const struct call *c, int i, const char *key,
			   bool read)
{
	switch (i) {
	case 0: emit_pid(e, c, key, arg_int(c, i), PT_TGID); break;
	case 1: (read ? iov_out : iov_in)(e, c, i, key); break;
	case 3: emit_iov(e, c, i, key, false); break;
	case 2: case 4: case 5: emit_uint(e, key, arg_u64(c, i)); break;
	}
}

static void sys_process_vm_readv(struct emit *e, const struct call *c, int i, const char *key)
{
	sys_process_vm(e, c, i, key, true);
}

static void sys_process_vm_writev(struct emit *e, const struct call *c, int i, const char *key)
{
	sys_process_vm(e, c, i, key, false);
}

#define IOV_READ(name, vlen) \
	SYS(name, .decode = sys_readv, .entry_args = 1, .blocks = BLOCKS_UNLESS_REGULAR, \
	    .cap = { [1] = CAP_IOV(vlen, SCT_IOV_OUT) })
#define IOV_WRITE(name, vlen) \
	SYS(name, .decode = sys_writev, .blocks = BLOCKS_UNLESS_REGULAR, \
	    .cap = { [1] = CAP_IOV(vlen, SCT_IOV_IN) })

const struct syscall_row decode_rows_iov[] = {
	IOV_READ(readv, 2),
	IOV_READ(preadv, 2),
	IOV_READ(preadv2, 2),
	IOV_WRITE(writev, 2),
	IOV_WRITE(pwritev, 2),
	IOV_WRITE(pwritev2, 2),
	SYS(vmsplice, .decode = sys_vmsplice, .blocks = 1,
	    .cap = { [1] = CAP_IOV(2, SCT_IOV_IN) }),
	SYS(process_vm_readv, .decode = sys_process_vm_readv,
	    .cap = { [1] = CAP_IOV(2, SCT_IOV_OUT), [3] = CAP_IOV(4, SCT_IOV_NODATA) }),
	SYS(process_vm_writev, .decode = sys_process_vm_writev,
	    .cap = { [1] = CAP_IOV(2, SCT_IOV_IN), [3] = CAP_IOV(4, SCT_IOV_NODATA) }),
	SYS_END
};
