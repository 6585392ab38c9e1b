// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The output buffer: see outbuf.h. */
#include "outbuf.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

static int init_common(struct outbuf *o, int fd, size_t cap)
{
	if (cap < OB_MIN_CAP)
		cap = OB_MIN_CAP;  /* ob_reserve relies on cap >= OB_RESERVE_MAX */
	o->buf = malloc(cap);
	o->len = 0;
	o->cap = o->buf ? cap : 0;
	o->fd = fd;
	o->line_start = 0;
	o->err = 0;
	if (!o->buf) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

int ob_init(struct outbuf *o, int fd, size_t cap) { return init_common(o, fd, cap); }
int ob_init_mem(struct outbuf *o, size_t cap) { return init_common(o, -1, cap); }

void ob_free(struct outbuf *o)
{
	free(o->buf);
	o->buf = NULL;
	o->len = o->cap = 0;
}

/* Block until fd takes more data: the fd may have been left non-blocking
 * by whoever handed it to us. */
static int wait_writable(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	for (;;) {
		int r = poll(&p, 1, -1);
		if (r >= 0)
			return 0;
		if (errno != EINTR)
			return errno;
	}
}

/* Write all n bytes, retrying partial writes: 0 or an errno value. */
static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w > 0) {
			p += w;
			n -= (size_t)w;
			continue;
		}
		if (w == 0)
			return EIO;  /* write() of n > 0 bytes made no progress */
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN || errno == EWOULDBLOCK) {
			int e = wait_writable(fd);
			if (e)
				return e;
			continue;
		}
		return errno;
	}
	return 0;
}

/* After the first error, output is dropped rather than retried: the
 * caller is expected to report o->err and stop (EPIPE, ENOSPC). */
static void record_error(struct outbuf *o, int e)
{
	if (e && !o->err)
		o->err = e;
}

int ob_flush(struct outbuf *o)
{
	if (o->fd < 0)
		return 0;
	if (!o->err)
		record_error(o, write_all(o->fd, o->buf, o->len));
	/* Keep len - line_start (the column) across the flush; unsigned
	 * wrap-around is intended when the line started before the flush. */
	o->line_start -= o->len;
	o->len = 0;
	if (o->err) {
		errno = o->err;
		return -1;
	}
	return 0;
}

/* Memory mode: grow to hold `need` bytes.  On ENOMEM the contents are
 * dropped so callers can still write (output is lost, err says so). */
static int mem_grow(struct outbuf *o, size_t need)
{
	size_t cap = o->cap * 2;
	if (cap < need)
		cap = need;
	char *nb = realloc(o->buf, cap);
	if (!nb) {
		record_error(o, ENOMEM);
		o->len = 0;
		o->line_start = 0;
		return -1;
	}
	o->buf = nb;
	o->cap = cap;
	return 0;
}

char *ob_make_room(struct outbuf *o, size_t n)
{
	if (o->fd < 0)
		mem_grow(o, o->len + n);  /* on failure len is 0, cap >= n */
	else
		ob_flush(o);              /* always empties the buffer */
	return o->buf + o->len;
}

void ob_write_slow(struct outbuf *o, const void *p, size_t n)
{
	if (o->fd < 0) {
		if (mem_grow(o, o->len + n) < 0)
			return;
		memcpy(o->buf + o->len, p, n);
		o->len += n;
		return;
	}
	ob_flush(o);
	if (n < o->cap) {
		memcpy(o->buf, p, n);
		o->len = n;
		return;
	}
	/* Larger than the whole buffer: straight out, no copy. */
	if (!o->err)
		record_error(o, write_all(o->fd, p, n));
	o->line_start -= n;
}

/* "00".."99": two digits per division halves the divisions. */
static const char digit_pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* Decimal digits of v, right-aligned ending at end; returns the start. */
static char *format_u64_back(char *end, uint64_t v)
{
	char *p = end;
	while (v >= 100) {
		unsigned i = (unsigned)(v % 100) * 2;
		v /= 100;
		p -= 2;
		p[0] = digit_pairs[i];
		p[1] = digit_pairs[i + 1];
	}
	if (v >= 10) {
		p -= 2;
		p[0] = digit_pairs[v * 2];
		p[1] = digit_pairs[v * 2 + 1];
	} else {
		*--p = (char)('0' + v);
	}
	return p;
}

/* Decimal digits of v (1..20) */
static inline unsigned dec_digits(uint64_t v)
{
	static const uint64_t pow10[20] = {
		1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
		100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
		10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
		100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL,
	};
	unsigned n = 1;
	while (n < 20 && v >= pow10[n])
		n++;
	return n;
}

/* Written in place, right to left, once the length is known: no copy */
void ob_u64(struct outbuf *o, uint64_t v)
{
	unsigned n = dec_digits(v);
	char *p = ob_reserve(o, 20);
	format_u64_back(p + n, v);
	o->len += n;
}

void ob_i64(struct outbuf *o, int64_t v)
{
	/* Negate in unsigned arithmetic: -INT64_MIN overflows int64_t. */
	uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
	unsigned n = dec_digits(mag) + (v < 0);
	char *p = ob_reserve(o, 21);
	format_u64_back(p + n, mag);
	if (v < 0)
		p[0] = '-';
	o->len += n;
}

char *ob_format_u64(char *end, uint64_t v)
{
	return format_u64_back(end, v);
}

static unsigned bit_width(uint64_t v) { return v ? 64 - (unsigned)__builtin_clzll(v) : 0; }

void ob_hex(struct outbuf *o, uint64_t v)
{
	static const char xdigits[16] = "0123456789abcdef";
	if (!v) {  /* like printf("%#x", 0) and strace's PRINT_VAL_X */
		ob_putc(o, '0');
		return;
	}
	unsigned nd = (bit_width(v) + 3) / 4;
	char *p = ob_reserve(o, 2 + 16);
	p[0] = '0';
	p[1] = 'x';
	for (unsigned i = nd; i > 0; i--, v >>= 4)
		p[1 + i] = xdigits[v & 15];
	o->len += 2 + nd;
}

void ob_octal(struct outbuf *o, uint64_t v)
{
	/* %#03o: a leading 0, then at least two digits (000, 004, 022, 0644) */
	unsigned nd = (bit_width(v) + 2) / 3;
	if (nd < 2)
		nd = 2;
	char *p = ob_reserve(o, 1 + 22);
	p[0] = '0';
	for (unsigned i = nd; i > 0; i--, v >>= 3)
		p[i] = (char)('0' + (v & 7));
	o->len += 1 + nd;
}

void ob_pad_to_column(struct outbuf *o, size_t col)
{
	size_t cur = ob_column(o);
	while (cur < col) {
		size_t n = col - cur;
		if (n > 64)
			n = 64;
		/* 64 spaces (a fixed size: inline stores), n of them kept */
		memset(ob_reserve(o, 64), ' ', 64);
		o->len += n;
		cur += n;
	}
}

void ob_newline(struct outbuf *o)
{
	ob_putc(o, '\n');
	o->line_start = o->len;
	/* Flush early at a line boundary rather than later mid-line. */
	if (o->fd >= 0 && o->len >= o->cap - o->cap / 4)
		ob_flush(o);
}

const char *ob_cstr(struct outbuf *o)
{
	*ob_reserve(o, 1) = '\0';  /* not committed: len excludes it */
	return o->buf;
}

void ob_reset(struct outbuf *o)
{
	o->len = 0;
	o->line_start = 0;
}
