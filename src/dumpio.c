// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* -e read=/write=: which calls dump, and their dump lines (see dumpio.h). */
#include <sys/syscall.h>
#include "decode_priv.h"
#include "dumpio.h"
#include "hexdump.h"

enum dump_shape { DS_BUF = 1, DS_IOV, DS_MSGHDR };

/* strace's dumpio() list (send/recv are not x86_64 syscalls; sendmmsg and
 * recvmmsg are not decoded here, so their data is not captured) */
static const struct dump_call {
	int nr;
	bool read;
	uint8_t shape;   /* the data: argument 1 as a buffer, an iovec array
	                  * (count: argument 2), a struct msghdr */
} dump_calls[] = {
	{ __NR_read, true, DS_BUF },
	{ __NR_pread64, true, DS_BUF },
	{ __NR_recvfrom, true, DS_BUF },
	{ __NR_mq_timedreceive, true, DS_BUF },
	{ __NR_readv, true, DS_IOV },
	{ __NR_preadv, true, DS_IOV },
	{ __NR_preadv2, true, DS_IOV },
	{ __NR_recvmsg, true, DS_MSGHDR },
	{ __NR_write, false, DS_BUF },
	{ __NR_pwrite64, false, DS_BUF },
	{ __NR_sendto, false, DS_BUF },
	{ __NR_mq_timedsend, false, DS_BUF },
	{ __NR_writev, false, DS_IOV },
	{ __NR_pwritev, false, DS_IOV },
	{ __NR_pwritev2, false, DS_IOV },
	{ __NR_vmsplice, false, DS_IOV },
	{ __NR_sendmsg, false, DS_MSGHDR },
};

bool fd_qset_has(const struct fd_qset *s, int fd)
{
	bool listed = false;
	if (fd < 0)
		return false;
	if (fd < 1024) {
		listed = (s->low[fd / 64] >> (fd % 64)) & 1;
	} else {
		for (unsigned i = 0; i < s->nhigh && !listed; i++)
			listed = s->high[i] == fd;
	}
	return listed != s->negated;
}

void dumpio_syscall_masks(uint64_t *read_mask, uint64_t *write_mask)
{
	for (size_t i = 0; i < sizeof(dump_calls) / sizeof(dump_calls[0]); i++) {
		int nr = dump_calls[i].nr;
		uint64_t *m = dump_calls[i].read ? read_mask : write_mask;
		m[nr / 64] |= 1ULL << (nr % 64);
	}
}

bool dumpio_fd_bits(const struct fd_qset *s, uint64_t low[16])
{
	for (int w = 0; w < 16; w++)
		low[w] = s->negated ? ~s->low[w] : s->low[w];
	return s->negated || s->nhigh;
}

static const struct dump_call *dump_call_of(const struct options *o, const struct call *c)
{
	const struct sct_syscall *r = c->rec;
	if (!c->exiting || c->detached || (r->flags & (SCT_SF_NORET | SCT_SF_COMPAT)))
		return NULL;
	/* dump_calls[] by syscall number (built on first use) */
	static const struct dump_call *by_nr[SCT_MAX_SYSCALLS];
	static bool indexed;
	if (!indexed) {
		for (size_t i = sizeof(dump_calls) / sizeof(dump_calls[0]); i-- > 0;)
			if (dump_calls[i].nr >= 0 && dump_calls[i].nr < SCT_MAX_SYSCALLS)
				by_nr[dump_calls[i].nr] = &dump_calls[i];
		indexed = true;
	}
	const struct dump_call *d = r->nr >= 0 && r->nr < SCT_MAX_SYSCALLS ? by_nr[r->nr] : NULL;
	if (!d || !fd_qset_has(d->read ? &o->dump_read : &o->dump_write, (int)r->args[0]))
		return NULL;
	/* what a failed read-like call returned is no data */
	if (d->read && call_failed(c))
		return NULL;
	return d;
}

bool dumpio_wanted(const struct options *o, const struct call *c)
{
	return dump_call_of(o, c) != NULL;
}

/* What BPF could not keep: counted, never dropped silently */
static void put_lost(struct outbuf *ob, uint64_t n)
{
	ob_puts(ob, " * ");
	ob_u64(ob, n);
	ob_puts(ob, " bytes not captured");
	ob_newline(ob);
}

static void dump_buf(struct outbuf *ob, const struct call *c, const struct dump_call *d)
{
	const struct sct_syscall *r = c->rec;
	uint64_t len = d->read ? (uint64_t)r->ret : r->args[2];
	struct blob_ref b;
	if (!len || !r->args[1])
		return;
	if (!record_blob(r, 1, d->read ? SCT_CAP_BUF_OUT : SCT_CAP_BUF_IN, 0, &b)) {
		if (r->flags & SCT_SF_TRUNC)  /* the record was full */
			put_lost(ob, len);
		return;
	}
	if (b.b->flags & SCT_BF_FAULT)  /* strace: unreadable, nothing shown */
		return;
	hexdump_put(ob, b.data, b.b->len);
	if (len > b.b->len)
		put_lost(ob, len - b.b->len);
}

/* strace's dumpiov_upto(): each buffer up to the first empty one (for
 * read-like calls the buffers as far as the return value filled them:
 * BPF's element aux) */
static void dump_iov(struct outbuf *ob, const struct call *c, const struct dump_call *d)
{
	const struct sct_syscall *r = c->rec;
	struct blob_ref end, el;
	bool have_end = record_blob(r, 1, SCT_CAP_IOV, SCT_IOV_MAX, &end);
	if (have_end && (end.b->flags & SCT_BF_FAULT))
		return;  /* strace reads the array whole: unreadable, nothing */
	unsigned n = have_end ? end.b->aux : SCT_IOV_MAX;  /* no marker: the record filled up */
	uint64_t done = 0;
	unsigned k;
	for (k = 0; k < n && record_blob(r, 1, SCT_CAP_IOV, k, &el) && el.b->len >= 16; k++) {
		uint64_t len = el.b->aux;
		if (!len)
			return;
		done += len;
		ob_puts(ob, " * ");
		ob_u64(ob, len);
		ob_puts(ob, " bytes in buffer ");
		ob_u64(ob, k);
		ob_newline(ob);
		if (el.b->flags & SCT_BF_FAULT)
			continue;
		size_t got = el.b->len - 16;
		hexdump_put(ob, el.data + 16, got);
		if (len > got)
			put_lost(ob, len - got);
	}
	bool cut = have_end ? k < n || (end.b->flags & SCT_BF_TRUNC) : (r->flags & SCT_SF_TRUNC);
	if (!cut)
		return;
	/* buffers BPF did not reach (past SCT_IOV_MAX, or the record full):
	 * what the call moved beyond the ones shown, when that is known */
	if (!call_failed(c) && (uint64_t)r->ret > done) {
		put_lost(ob, (uint64_t)r->ret - done);
	} else if (call_failed(c)) {
		ob_puts(ob, " * buffers from ");
		ob_u64(ob, k);
		ob_puts(ob, " on not captured");
		ob_newline(ob);
	}
}

void dumpio_text(struct outbuf *ob, const struct options *o, const struct call *c)
{
	const struct dump_call *d = dump_call_of(o, c);
	if (!d)
		return;
	if (d->shape == DS_BUF)
		dump_buf(ob, c, d);
	else if (c->rec->args[1])
		dump_iov(ob, c, d);
}
