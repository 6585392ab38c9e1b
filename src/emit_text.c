// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The text emit backend: see emit_text.h. */
#include "emit_text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "color.h"
#include "fdpath.h"
#include "pidnames.h"
#include "strquote.h"

static inline struct emit_text *state(struct emit *e) { return e->backend; }

static inline unsigned level(const struct emit_text *t)
{
	return t->depth < EMIT_TEXT_MAX_DEPTH ? t->depth : EMIT_TEXT_MAX_DEPTH - 1;
}

/* emit_changed(): the next value is the "after" of "before => after",
 * its key not repeated (one emitter at a time is in use, so one flag
 * will do) */
static bool changed_next;

/* Everything a value prints before itself: ", " unless it is the first
 * at its level, and "key=" inside structs. */
static struct outbuf *begin_value(struct emit *e, const char *key)
{
	struct emit_text *t = state(e);
	unsigned l = level(t);
	if (changed_next) {
		key = NULL;
		changed_next = false;
	}
	if (t->color) {
		if (t->need_sep[l])
			color_punct(t->ob, ", ", 2);
		t->need_sep[l] = true;
		if (t->in_struct[l] && key) {
			color_put(t->ob, SGR_ARGNAME);
			ob_puts(t->ob, key);
			color_punct(t->ob, "=", 1);
		}
		return t->ob;
	}
	if (t->need_sep[l])
		ob_write(t->ob, ", ", 2);
	t->need_sep[l] = true;
	if (t->in_struct[l] && key) {
		ob_puts(t->ob, key);
		ob_putc(t->ob, '=');
	}
	return t->ob;
}

/* ------------------------------------------------ colour (--color) */

static bool is_ident(const char *s, size_t n)
{
	if (!n || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!(isalnum((unsigned char)s[i]) || s[i] == '_'))
			return false;
	return true;
}

static bool is_number(const char *s, size_t n)
{
	size_t i = (n && s[0] == '-');
	if (i == n)
		return false;
	for (; i < n; i++)
		if (!isxdigit((unsigned char)s[i]) && s[i] != 'x')
			return false;
	return true;
}

/* strace prints signal names without the constant colour (SIGCHLD), but
 * SIG_DFL, SIG_BLOCK... come from its constant tables. */
static bool is_signal(const char *s, size_t n)
{
	return n > 3 && !memcmp(s, "SIG", 3) && s[3] != '_';
}

/* Text inside a comment: strace colours only the '|' between flags (not
 * in a mode, S_IFREG|0644, nor in open(2) flags, which it formats as one
 * string). */
static void put_comment_text(struct outbuf *o, const char *s, size_t n)
{
	const char *bar;
	bool whole = (n > 4 && !memcmp(s, "S_IF", 4)) || (n > 2 && !memcmp(s, "O_", 2));
	while (!whole && (bar = memchr(s, '|', n))) {
		ob_write(o, s, (size_t)(bar - s));
		color_punct(o, "|", 1);
		n -= (size_t)(bar - s) + 1;
		s = bar + 1;
	}
	ob_write(o, s, n);
}

static void put_comment(struct outbuf *o, const char *s, size_t n)
{
	color_put(o, SGR_COMMENT);
	ob_write(o, " /* ", 4);
	put_comment_text(o, s, n);
	color_put(o, SGR_COMMENT);
	ob_write(o, " */", 3);
	color_put(o, SGR_ARGVAL);
}

/* makedev(0x1, 0x3): strace prints it as a call of its own. */
static void put_fn(struct outbuf *o, const char *s, size_t n)
{
	const char *open = memchr(s, '(', n);
	color_put(o, SGR_SYSCALL);
	ob_write(o, s, (size_t)(open - s));
	color_punct(o, "(", 1);
	n -= (size_t)(open - s) + 1;
	s = open + 1;
	if (n && s[n - 1] == ')')
		n--;
	const char *comma;
	while ((comma = memchr(s, ',', n)) && comma + 1 < s + n && comma[1] == ' ') {
		ob_write(o, s, (size_t)(comma - s));
		color_punct(o, ", ", 2);
		n -= (size_t)(comma - s) + 2;
		s = comma + 2;
	}
	ob_write(o, s, n);
	color_put(o, SGR_RESET);
	ob_putc(o, ')');
	color_put(o, SGR_RESET);
}

/*
 * A symbolic value as strace colours it.  Decoders hand the text backend
 * one formatted string, so its shape tells how strace printed it:
 * names from its constant tables in the constant colour, flags one by one
 * with '|' as punctuation, but open(2) flags as one (strace formats them
 * into one string first); signal names, modes (S_IFREG|0644), sets ([...])
 * RLIM_INFINITY and other composed text in the argument colour.
 */
static void put_sym_color(struct outbuf *o, const char *s, size_t n)
{
	if (n > 8 && !memcmp(s, "makedev(", 8)) {
		put_fn(o, s, n);
		return;
	}
	if (!n || !(isalpha((unsigned char)s[0]) || s[0] == '_') ||
	    (n > 4 && !memcmp(s, "S_IF", 4)) || (n > 5 && !memcmp(s, "RLIM", 4) &&
						 strstr(s, "_INFINITY"))) {
		ob_write(o, s, n);
		return;
	}
	/* only names and numbers between the bars, or it is composed text */
	for (size_t i = 0, start = 0; i <= n; i++) {
		if (i < n && s[i] != '|')
			continue;
		if (!is_ident(s + start, i - start) && !is_number(s + start, i - start)) {
			ob_write(o, s, n);
			return;
		}
		start = i + 1;
	}
	if (n > 2 && !memcmp(s, "O_", 2)) {
		color_put(o, SGR_CONST);
		ob_write(o, s, n);
		color_put(o, SGR_ARGVAL);
		return;
	}
	for (size_t i = 0, start = 0; i <= n; i++) {
		if (i < n && s[i] != '|')
			continue;
		const char *p = s + start;
		size_t len = i - start;
		if (start)
			color_punct(o, "|", 1);
		if (is_ident(p, len) && !is_signal(p, len)) {
			color_put(o, SGR_CONST);
			ob_write(o, p, len);
			color_put(o, SGR_ARGVAL);
		} else {
			ob_write(o, p, len);
		}
		start = i + 1;
	}
}

/* "0x1 / * CLONE_NEW??? * /" (a value with strace's comment), or a plain
 * symbolic value. */
static void t_sym_color(struct outbuf *o, const char *text)
{
	size_t n = strlen(text);
	const char *c = strstr(text, " /* ");
	if (c && n >= 3 && !memcmp(text + n - 3, " */", 3) && c + 4 <= text + n - 3) {
		put_sym_color(o, text, (size_t)(c - text));
		put_comment(o, c + 4, (size_t)(text + n - 3 - (c + 4)));
		return;
	}
	put_sym_color(o, text, n);
}

static void t_int(struct emit *e, const char *key, int64_t v) { ob_i64(begin_value(e, key), v); }
static void t_uint(struct emit *e, const char *key, uint64_t v) { ob_u64(begin_value(e, key), v); }
static void t_hex(struct emit *e, const char *key, uint64_t v) { ob_hex(begin_value(e, key), v); }
static void t_octal(struct emit *e, const char *key, uint64_t v) { ob_octal(begin_value(e, key), v); }
/* select's fd sets: strace prints them as a bitset, "[1 2]", with the
 * brackets and spaces as punctuation (its signal sets print as one
 * string). */
static bool is_fdset_key(const char *key)
{
	static const char *const keys[] = {   /* the kernel's names, -N's */
		"inp", "outp", "exp", "readfds", "writefds", "exceptfds",
	};
	for (size_t i = 0; key && i < sizeof(keys) / sizeof(keys[0]); i++)
		if (!strcmp(key, keys[i]))
			return true;
	return false;
}

static void put_fdset_color(struct outbuf *o, const char *s)
{
	for (; *s; s++) {
		if (*s == '[' || *s == ']' || *s == ' ')
			color_punct(o, s, 1);
		else
			ob_putc(o, *s);
	}
}

static void t_sym(struct emit *e, const char *key, const char *text)
{
	struct outbuf *o = begin_value(e, key);
	if (!state(e)->color)
		ob_puts(o, text);
	else if (text[0] == '[' && is_fdset_key(key))
		put_fdset_color(o, text);
	else
		t_sym_color(o, text);
}

static void t_sym_raw(struct emit *e, const char *key, const char *text, const char *num, uint64_t raw)
{
	(void)raw;
	struct outbuf *ob = begin_value(e, key);
	ob_puts(ob, num);
	if (state(e)->color) {
		put_comment(ob, text, strlen(text));
		return;
	}
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
	bool color = state(e)->color;
	if (flags & EMIT_STR_ABSTRACT)
		ob_putc(o, '@');
	quote_string(o, s, len, (flags & EMIT_STR_TRUNC) && !color ? QUOTE_TRUNC : 0,
		     (flags & EMIT_STR_HEX) ? QUOTE_X_ALL : state(e)->xmode);
	if ((flags & EMIT_STR_TRUNC) && color)
		color_punct(o, "...", 3);  /* strace's "more data follows" */
}

/* strace's envp style: 0x7ffe5a7bf158 / * 37 vars * /, and / * 1 var * /.
 * `unit` may be given singular ("var") or plural ("vars"): a trailing 's'
 * is added or dropped to agree with n.  A unit ending in "ies" prints as
 * given (strace's getdents: / * 1 entries * /). */
static void t_ptr_count(struct emit *e, const char *key, uint64_t ptr, uint64_t n, const char *unit)
{
	struct outbuf *o = begin_value(e, key);
	bool color = state(e)->color;
	put_ptr(o, ptr);
	if (!ptr)
		return;
	if (color)
		color_put(o, SGR_COMMENT);
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
	if (color)
		color_put(o, SGR_COMMENT);
	ob_write(o, " */", 3);
	if (color)
		color_put(o, SGR_ARGVAL);
}

static void open_level(struct emit *e, const char *key, char c, bool is_struct)
{
	struct emit_text *t = state(e);
	struct outbuf *o = begin_value(e, key);
	if (t->color)
		color_punct(o, &c, 1);
	else
		ob_putc(o, c);
	t->depth++;
	unsigned l = level(t);
	t->need_sep[l] = false;
	t->in_struct[l] = is_struct;
}

static void close_level(struct emit *e, char c)
{
	struct emit_text *t = state(e);
	if (t->color)
		color_punct(t->ob, &c, 1);
	else
		ob_putc(t->ob, c);
	if (t->depth)
		t->depth--;
}

static void t_begin_array(struct emit *e, const char *key) { open_level(e, key, '[', false); }
static void t_end_array(struct emit *e) { close_level(e, ']'); }
static void t_begin_struct(struct emit *e, const char *key) { open_level(e, key, '{', true); }
static void t_end_struct(struct emit *e) { close_level(e, '}'); }

/* "..." is an element of its own: {a=1, ...}, [1, 2, ...] */
static void t_more(struct emit *e)
{
	struct outbuf *o = begin_value(e, NULL);
	if (state(e)->color)
		color_punct(o, "...", 3);
	else
		ob_write(o, "...", 3);
}

/* " / * text * /" right after the last value */
static void t_comment(struct emit *e, const char *text)
{
	struct outbuf *o = state(e)->ob;
	if (state(e)->color) {
		put_comment(o, text, strlen(text));
		return;
	}
	ob_write(o, " /* ", 4);
	ob_puts(o, text);
	ob_write(o, " */", 3);
}

/* "[128 => 16]": the next value follows without a separator */
static void t_changed(struct emit *e)
{
	struct emit_text *t = state(e);
	if (t->color)
		color_punct(t->ob, " => ", 4);
	else
		ob_write(t->ob, " => ", 4);
	t->need_sep[level(t)] = false;
	changed_next = true;
}

/* clone(child_stack=NULL, flags=...): keys at this level */
static void t_named(struct emit *e, int on)
{
	struct emit_text *t = state(e);
	t->in_struct[level(t)] = on != 0;
}

/* -Y: 123<sh>; pidns: 5 / * 123 in strace's PID NS * / */
static void t_pid(struct emit *e, const char *key, int64_t v, const char *comm, int64_t ns_pid)
{
	struct outbuf *ob = begin_value(e, key);
	bool color = state(e)->color;
	ob_i64(ob, v);
	if (comm && *comm) {
		if (color)
			color_punct(ob, "<", 1);
		else
			ob_putc(ob, '<');
		pidnames_put_comm(ob, comm, strlen(comm));
		if (color)
			color_punct(ob, ">", 1);
		else
			ob_putc(ob, '>');
	}
	if (ns_pid && color) {
		char text[64];
		int n = snprintf(text, sizeof(text), "%lld in strace's PID NS", (long long)ns_pid);
		put_comment(ob, text, (size_t)n);
	} else if (ns_pid) {
		ob_write(ob, " /* ", 4);
		ob_i64(ob, ns_pid);
		ob_puts(ob, " in strace's PID NS */");
	}
}

/* -y: 3</etc/hostname>, right after the fd */
static void t_fd_path(struct emit *e, const char *key, const struct fd_name *fn)
{
	(void)key;
	fdpath_put(state(e)->ob, fn, state(e)->xmode);
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
	.pid = t_pid,
	.fd_path = t_fd_path,
};

void emit_text_init(struct emit *e, struct emit_text *st, struct outbuf *o, int xmode)
{
	memset(st, 0, sizeof(*st));
	st->ob = o;
	st->xmode = xmode;
	e->ops = &text_ops;
	e->backend = st;
}
