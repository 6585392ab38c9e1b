/*
 * Record-building and decoding helpers shared by the decoder unit tests:
 * a synthetic struct sct_syscall (with its blobs, laid out as the BPF side
 * writes them) decoded through the text emitter.  All static inline, so
 * every test file includes this header and uses only what it needs.
 */
#ifndef SCT_UNIT_RECORDS_H
#define SCT_UNIT_RECORDS_H
#include <stdint.h>
#include <string.h>
#include "../../src/decode.h"
#include "../../src/decode_priv.h"
#include "../../src/emit_text.h"
#include "../../src/outbuf.h"

/* ------------------------------------------------------------ records */

struct recbuf {
	union {
		struct sct_syscall rec;
		uint64_t align[SCT_REC_MAX / 8];
	};
};

/* A record of type `type` for nr with up to 6 args (UINT64_MAX-terminated
 * lists would hide -1, so all six are given explicitly by the macros). */
static inline struct sct_syscall *rec_init(struct recbuf *b, uint16_t type, int nr, int64_t ret,
					   const uint64_t args[6])
{
	memset(b, 0, sizeof(*b));
	struct sct_syscall *r = &b->rec;
	r->hdr.type = type;
	r->hdr.size = sizeof(*r);
	r->pid = r->tid = 4242;
	r->nr = nr;
	r->ret = ret;
	memcpy(r->args, args, sizeof(r->args));
	memcpy(r->comm, "test", 5);
	return r;
}

#define ARGS(...) ((const uint64_t[6]){ __VA_ARGS__ })
/* exit record (complete call) */
#define REC(b, nr, ret, ...) rec_init((b), SCT_REC_SYSCALL, (nr), (ret), ARGS(__VA_ARGS__))
/* entry record of a call that may block */
#define ENTER(b, nr, ...) rec_init((b), SCT_REC_ENTER, (nr), 0, ARGS(__VA_ARGS__))

#define E(x) (-(int64_t)(x))  /* -errno */

/* Append a blob (the record was zeroed by rec_init, so is the space after it) */
static inline void blob_aux(struct sct_syscall *r, int arg, int kind, int flags, int idx,
			    const void *data, uint32_t len, uint64_t aux)
{
	uint8_t *p = (uint8_t *)r + r->hdr.size;
	struct sct_blob *b = (struct sct_blob *)p;
	memset(b, 0, sizeof(*b));
	b->arg = arg;
	b->kind = kind;
	b->flags = flags;
	b->idx = idx;
	b->len = len;
	b->aux = aux;
	if (len)
		memcpy(p + sizeof(*b), data, len);
	r->hdr.size += sizeof(*b) + SCT_BLOB_ALIGN(len);
	r->hdr.nblobs++;
}

static inline void blob(struct sct_syscall *r, int arg, int kind, int flags,
			const void *data, uint32_t len)
{
	blob_aux(r, arg, kind, flags, 0, data, len, 0);
}

/* A string as BPF captures it: len without the NUL */
static inline void blob_s(struct sct_syscall *r, int arg, int kind, const char *s)
{
	blob(r, arg, kind, 0, s, strlen(s));
}

/* as BPF captures argv: one blob per element */
static inline void blob_argv(struct sct_syscall *r, int arg, const char *const *v, unsigned strsize)
{
	for (int i = 0; v[i]; i++) {
		size_t len = strlen(v[i]);
		int flags = 0;
		if (len > strsize) {
			len = strsize;
			flags = SCT_BF_TRUNC;
		}
		blob_aux(r, arg, SCT_CAP_ARGV, flags, i, v[i], len, 0);
	}
}

/* ------------------------------------------------------------ decoding */

/* Arguments from..to (to < 0: all) of the exit record r (entry: its entry
 * record, or NULL) under -s strsize, as the text backend prints them.  The
 * text stays valid until the next call. */
static inline const char *dec_range(const struct sct_syscall *r, const struct sct_syscall *entry,
				    unsigned strsize, int from, int to)
{
	static struct outbuf ob;
	static struct call c;   /* large: keep it off the stack */
	if (!ob.buf)
		ob_init_mem(&ob, 8192);
	ob_reset(&ob);
	call_init(&c, r, entry, strsize);
	struct emit e;
	struct emit_text st;
	emit_text_init(&e, &st, &ob, 0);
	decode_args(&e, &c, from, to < 0 ? c.desc->nargs : to);
	return ob_cstr(&ob);
}

/* all arguments under -s strsize */
static inline const char *dec_s(const struct sct_syscall *r, unsigned strsize)
{
	return dec_range(r, NULL, strsize, 0, -1);
}

/* all arguments, default -s 32 */
static inline const char *dec(const struct sct_syscall *r)
{
	return dec_range(r, NULL, 32, 0, -1);
}

/* all arguments under -X style x (restored after) */
static inline const char *dec_x(const struct sct_syscall *r, enum xlat_style x)
{
	enum xlat_style old = decode_opts.xlat;
	decode_opts.xlat = x;
	const char *s = dec(r);
	decode_opts.xlat = old;
	return s;
}

#endif
