// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The text emit backend: see emit_text.h. */
#include "emit_text.h"

#include <string.h>
#include "strquote.h"

static inline struct emit_text *state(struct emit *e) { return e->backend; }

static inline unsigned level(const struct emit_text *t)
{
	return t->depth < EMIT_TEXT_MAX_DEPTH ? t->depth : EMIT_TEXT_MAX_DEPTH - 1;
}

/* Everything a value prints before itself: ", " unless it is the first
 * at its level, and "key=" inside structs. */
static struct outbuf *begin_value(struct emit *e, const char *key)
{
	struct emit_text *t = state(e);
	unsigned l = level(t);
	if (t->need_sep[l])
		ob_write(t->ob, ", ", 2);
	t->need_sep[l] = true;
	if (t->in_struct[l] && key) {
		ob_puts(t->ob, key);
		ob_putc(t->ob, '=');
	}
	return t->ob;
}

static void t_int(struct emit *e, const char *key, int64_t v) { ob_i64(begin_value(e, key), v); }
static void t_uint(struct emit *e, const char *key, uint64_t v) { ob_u64(begin_value(e, key), v); }
static void t_hex(struct emit *e, const char *key, uint64_t v) { ob_hex(begin_value(e, key), v); }
static void t_octal(struct emit *e, const char *key, uint64_t v) { ob_octal(begin_value(e, key), v); }
static void t_sym(struct emit *e, const char *key, const char *text) { ob_puts(begin_value(e, key), text); }
static void t_sym_raw(struct emit *e, const char *key, const char *text, const char *num, uint64_t raw)
{
	(void)raw;
	struct outbuf *ob = begin_value(e, key);
	ob_puts(ob, num);
	ob_puts(ob, " /* ");
	ob_puts(ob, text);
	ob_puts(ob, " */");
}

static void put_ptr(struct outbuf *o, uint64_t v)
{
	if (v)
		ob_hex(o, v);
	else
		ob_write(o, "NULL", 4);
}

static void t_ptr(struct emit *e, const char *key, uint64_t v) { put_ptr(begin_value(e, key), v); }

static void t_str(struct emit *e, const char *key, const void *s, size_t len, unsigned flags)
{
	struct outbuf *o = begin_value(e, key);
	if (flags & EMIT_STR_ABSTRACT)
		ob_putc(o, '@');
	quote_string(o, s, len, (flags & EMIT_STR_TRUNC) ? QUOTE_TRUNC : 0,
		     (flags & EMIT_STR_HEX) ? QUOTE_X_ALL : state(e)->xmode);
}

/* strace's envp style: 0x7ffe5a7bf158 / * 37 vars * /, and / * 1 var * /.
 * `unit` may be given singular ("var") or plural ("vars"): a trailing 's'
 * is added or dropped to agree with n.  A unit ending in "ies" prints as
 * given (strace's getdents: / * 1 entries * /). */
static void t_ptr_count(struct emit *e, const char *key, uint64_t ptr, uint64_t n, const char *unit)
{
	struct outbuf *o = begin_value(e, key);
	put_ptr(o, ptr);
	if (!ptr)
		return;
	ob_write(o, " /* ", 4);
	ob_u64(o, n);
	if (unit && *unit) {
		/* "vars, unterminated": the word before a comma is the unit */
		const char *comma = strchr(unit, ',');
		size_t len = comma ? (size_t)(comma - unit) : strlen(unit);
		bool plural_given = unit[len - 1] == 's';
		bool invariant = len >= 3 && strncmp(unit + len - 3, "ies", 3) == 0;
		ob_putc(o, ' ');
		if (invariant) {
			ob_write(o, unit, len);
		} else {
			ob_write(o, unit, plural_given ? len - 1 : len);
			if (n != 1)
				ob_putc(o, 's');
		}
		if (comma)
			ob_puts(o, comma);
	}
	ob_write(o, " */", 3);
}

static void open_level(struct emit *e, const char *key, char c, bool is_struct)
{
	struct emit_text *t = state(e);
	ob_putc(begin_value(e, key), c);
	t->depth++;
	unsigned l = level(t);
	t->need_sep[l] = false;
	t->in_struct[l] = is_struct;
}

static void close_level(struct emit *e, char c)
{
	struct emit_text *t = state(e);
	ob_putc(t->ob, c);
	if (t->depth)
		t->depth--;
}

static void t_begin_array(struct emit *e, const char *key) { open_level(e, key, '[', false); }
static void t_end_array(struct emit *e) { close_level(e, ']'); }
static void t_begin_struct(struct emit *e, const char *key) { open_level(e, key, '{', true); }
static void t_end_struct(struct emit *e) { close_level(e, '}'); }

/* "..." is an element of its own: {a=1, ...}, [1, 2, ...] */
static void t_more(struct emit *e) { ob_write(begin_value(e, NULL), "...", 3); }

/* " / * text * /" right after the last value */
static void t_comment(struct emit *e, const char *text)
{
	struct outbuf *o = state(e)->ob;
	ob_write(o, " /* ", 4);
	ob_puts(o, text);
	ob_write(o, " */", 3);
}

/* "[128 => 16]": the next value follows without a separator */
static void t_changed(struct emit *e)
{
	struct emit_text *t = state(e);
	ob_write(t->ob, " => ", 4);
	t->need_sep[level(t)] = false;
}

/* clone(child_stack=NULL, flags=...): keys at this level */
static void t_named(struct emit *e, int on)
{
	struct emit_text *t = state(e);
	t->in_struct[level(t)] = on != 0;
}

static const struct emit_ops text_ops = {
	.int_ = t_int,
	.uint_ = t_uint,
	.hex = t_hex,
	.octal = t_octal,
	.ptr = t_ptr,
	.str = t_str,
	.sym = t_sym,
	.ptr_count = t_ptr_count,
	.begin_array = t_begin_array,
	.end_array = t_end_array,
	.begin_struct = t_begin_struct,
	.end_struct = t_end_struct,
	.more = t_more,
	.comment = t_comment,
	.changed = t_changed,
	.named = t_named,
	.sym_raw = t_sym_raw,
};

void emit_text_init(struct emit *e, struct emit_text *st, struct outbuf *o, int xmode)
{
	memset(st, 0, sizeof(*st));
	st->ob = o;
	st->xmode = xmode;
	e->ops = &text_ops;
	e->backend = st;
}
