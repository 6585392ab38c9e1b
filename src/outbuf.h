/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A large output buffer bound to an fd: every trace line is built here and
 * reaches the fd in big write()s.  Used on the hot path for every event,
 * so the common cases (putc, short writes, integers) never call into libc
 * beyond memcpy.
 *
 * Flushing: explicit (ob_flush), automatic when a call needs more room than
 * is left, and opportunistic in ob_newline once the buffer is 3/4 full (so
 * flushes usually fall on line boundaries).  Data is never lost to a
 * partial write(); the first write error is kept in `err` and from then on
 * output is discarded (the caller reports it, e.g. EPIPE from `| head`).
 *
 * Memory mode (ob_init_mem): no fd; the buffer grows instead of flushing.
 * Meant for tests and for building small strings.
 *
 * Columns: ob_column() is the number of bytes written since the last
 * ob_newline()/ob_mark_line(), whether or not they were flushed since.
 */
#ifndef SCT_OUTBUF_H
#define SCT_OUTBUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct outbuf {
	char *buf;
	size_t len, cap;
	int fd;             /* -1: memory mode */
	size_t line_start;  /* offset of the current line in buf; may "wrap"
	                     * below 0 (mod 2^N) after a mid-line flush, so
	                     * that len - line_start stays the column */
	int err;            /* first write error (errno value), 0 if none */
};

#define OB_MIN_CAP      4096  /* ob_init rounds smaller capacities up */
#define OB_RESERVE_MAX  1024  /* largest ob_reserve() request */

/* 0, or -1 with errno (ENOMEM). */
int ob_init(struct outbuf *o, int fd, size_t cap);
int ob_init_mem(struct outbuf *o, size_t cap);
/* Frees the buffer; does not flush (call ob_flush first). */
void ob_free(struct outbuf *o);

/* Write out everything buffered.  0, or -1 with errno set to the first
 * error seen (EPIPE, ENOSPC, EIO, ...), which is also kept in o->err.
 * Memory mode: always 0, nothing happens. */
int ob_flush(struct outbuf *o);

/* Slow path of ob_reserve: make room for n bytes (flush or grow). */
char *ob_make_room(struct outbuf *o, size_t n);

/* Room for n <= OB_RESERVE_MAX bytes at the end of the buffer; write into
 * it, then ob_commit() what was used.  Never NULL. */
static inline char *ob_reserve(struct outbuf *o, size_t n)
{
	if (o->cap - o->len >= n)
		return o->buf + o->len;
	return ob_make_room(o, n);
}

static inline void ob_commit(struct outbuf *o, size_t n) { o->len += n; }

static inline void ob_putc(struct outbuf *o, char c)
{
	*ob_reserve(o, 1) = c;
	o->len++;
}

/* Slow path of ob_write: flushes, or writes a large block straight out. */
void ob_write_slow(struct outbuf *o, const void *p, size_t n);

static inline void ob_write(struct outbuf *o, const void *p, size_t n)
{
	if (o->cap - o->len >= n) {
		memcpy(o->buf + o->len, p, n);
		o->len += n;
	} else {
		ob_write_slow(o, p, n);
	}
}

static inline void ob_puts(struct outbuf *o, const char *s) { ob_write(o, s, strlen(s)); }

void ob_u64(struct outbuf *o, uint64_t v);     /* decimal */
void ob_i64(struct outbuf *o, int64_t v);      /* decimal, '-' when negative */
void ob_hex(struct outbuf *o, uint64_t v);
/* v's decimal digits, written to end there: returns where they start
 * (at most 20 bytes before end) */
char *ob_format_u64(char *end, uint64_t v);     /* 0x1f (lowercase); 0 prints "0" like %#x */
/* Octal as strace prints modes (%#03o): 0644, 022, 004, 000. */
void ob_octal(struct outbuf *o, uint64_t v);

/* Bytes on the current line (see "Columns" above). */
static inline size_t ob_column(const struct outbuf *o) { return o->len - o->line_start; }
/* Spaces until the current line is col bytes long (nothing if it already is). */
void ob_pad_to_column(struct outbuf *o, size_t col);
/* '\n', then a new line starts; may flush (see above). */
void ob_newline(struct outbuf *o);
/* A new line starts here (the caller wrote its own '\n', or starts a record). */
static inline void ob_mark_line(struct outbuf *o) { o->line_start = o->len; }

/* Memory mode helpers: contents as a C string (NUL not counted in len),
 * and emptying the buffer. */
const char *ob_cstr(struct outbuf *o);
void ob_reset(struct outbuf *o);

#endif
