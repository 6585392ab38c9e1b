/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The emit layer: decoders describe values, backends (text, JSON) print
 * them.  Decoders never print punctuation themselves.
 *
 * `key` is the argument's (or struct field's) name.  The text backend
 * prints it only inside structs (`st_mode=...`); the JSON backend always
 * uses it as the object key (ignored inside arrays).
 */
#ifndef SCT_EMIT_H
#define SCT_EMIT_H

#include <stddef.h>
#include <stdint.h>

struct emit;
struct fd_name;

/* flags for emit_str */
#define EMIT_STR_TRUNC   0x1  /* text: `"..."...` (more bytes existed) */
#define EMIT_STR_ABSTRACT 0x4 /* text: `@"name"` (an abstract AF_UNIX name, without its NUL) */
#define EMIT_STR_HEX     0x8  /* text: every byte as \xNN, whatever -x says (strace's
                               * QUOTE_FORCE_HEX: getrandom's buffer, struct tails) */

struct emit_ops {
	void (*int_)(struct emit *e, const char *key, int64_t v);
	void (*uint_)(struct emit *e, const char *key, uint64_t v);
	void (*hex)(struct emit *e, const char *key, uint64_t v);       /* 0x1f; JSON: number */
	void (*octal)(struct emit *e, const char *key, uint64_t v);     /* 0644; JSON: number */
	void (*ptr)(struct emit *e, const char *key, uint64_t v);       /* 0x7ff..; NULL; JSON: "0x7ff.." / null */
	void (*str)(struct emit *e, const char *key, const void *s, size_t len, unsigned flags);
	void (*sym)(struct emit *e, const char *key, const char *text); /* AT_FDCWD, O_RDONLY|O_CLOEXEC; JSON: string */
	void (*ptr_count)(struct emit *e, const char *key, uint64_t ptr, uint64_t n, const char *unit);
	                                                               /* 0x7ff.. / * 37 vars * /; JSON {"ptr":..,"count":n} */
	void (*begin_array)(struct emit *e, const char *key);           /* [ */
	void (*end_array)(struct emit *e);                              /* ] */
	void (*begin_struct)(struct emit *e, const char *key);          /* { */
	void (*end_struct)(struct emit *e);                             /* } */
	void (*more)(struct emit *e);                                   /* ... (elided elements) */
	/* Optional (NULL: nothing happens): */
	void (*comment)(struct emit *e, const char *text);              /* text: ` / * text * /` after the
	                                                                   last value; JSON: nothing */
	void (*changed)(struct emit *e);                                /* the next value is the previous one
	                                                                   as the call left it: text ` => `;
	                                                                   JSON: key "<key>_out" (arrays: an element) */
	void (*named)(struct emit *e, int on);                          /* text: top-level values print key=
	                                                                   (strace's clone); JSON: nothing */
	void (*sym_raw)(struct emit *e, const char *key, const char *text, const char *num,
			uint64_t raw);                                  /* -X verbose: text `num / * text * /`;
	                                                                   JSON "key":"text","key_raw":raw */
	void (*pid)(struct emit *e, const char *key, int64_t v, const char *comm, int64_t ns_pid);
	                                                               /* -Y/--decode-pids (src/pidnames.h):
	                                                                  text `123<sh> / * 9 in strace's PID NS * /`;
	                                                                  JSON "key":123,"key_comm":"sh","key_ns":9
	                                                                  (comm "" / ns_pid 0: left out) */
	void (*fd_path)(struct emit *e, const char *key, const struct fd_name *fn);
	void (*abs_path)(struct emit *e, const char *key, const char *path, size_t len);
	void (*sym_keyless)(struct emit *e, const char *key, const char *text, const char *value);
	                                                               /* a value whose text names its field
	                                                                  itself (strace's `inet_pton(AF_INET6,
	                                                                  "::1", &sin6_addr)`): text `text` with
	                                                                  no key; JSON "key":"value".  NULL:
	                                                                  sym(key NULL, text) */
	                                                               /* JSON -y: the absolute form of the
	                                                                  relative path just emitted:
	                                                                  "key_abs"; NULL: not shown */
	                                                               /* -y (src/fdpath.h): the file of the fd
	                                                                   just emitted: text `<path>` right after
	                                                                   it; JSON "key_path":"path" (not in arrays) */
};

struct emit {
	const struct emit_ops *ops;
	void *backend;  /* backend private state */
};

static inline void emit_int(struct emit *e, const char *k, int64_t v) { e->ops->int_(e, k, v); }
static inline void emit_uint(struct emit *e, const char *k, uint64_t v) { e->ops->uint_(e, k, v); }
static inline void emit_hex(struct emit *e, const char *k, uint64_t v) { e->ops->hex(e, k, v); }
static inline void emit_octal(struct emit *e, const char *k, uint64_t v) { e->ops->octal(e, k, v); }
static inline void emit_ptr(struct emit *e, const char *k, uint64_t v) { e->ops->ptr(e, k, v); }
static inline void emit_str(struct emit *e, const char *k, const void *s, size_t n, unsigned f) { e->ops->str(e, k, s, n, f); }
static inline void emit_sym(struct emit *e, const char *k, const char *t) { e->ops->sym(e, k, t); }
static inline void emit_sym_keyless(struct emit *e, const char *k, const char *t, const char *v)
{
	if (e->ops->sym_keyless)
		e->ops->sym_keyless(e, k, t, v);
	else
		e->ops->sym(e, NULL, t);
}
static inline void emit_ptr_count(struct emit *e, const char *k, uint64_t p, uint64_t n, const char *u) { e->ops->ptr_count(e, k, p, n, u); }
static inline void emit_begin_array(struct emit *e, const char *k) { e->ops->begin_array(e, k); }
static inline void emit_end_array(struct emit *e) { e->ops->end_array(e); }
static inline void emit_begin_struct(struct emit *e, const char *k) { e->ops->begin_struct(e, k); }
static inline void emit_end_struct(struct emit *e) { e->ops->end_struct(e); }
static inline void emit_more(struct emit *e) { e->ops->more(e); }
static inline void emit_comment(struct emit *e, const char *t) { if (e->ops->comment) e->ops->comment(e, t); }
static inline void emit_changed(struct emit *e) { if (e->ops->changed) e->ops->changed(e); }
static inline void emit_named(struct emit *e, int on) { if (e->ops->named) e->ops->named(e, on); }
void emit_sym_raw(struct emit *e, const char *k, const char *text, const char *num, uint64_t raw);

#endif
