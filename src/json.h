/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * A small streaming JSON writer over struct outbuf: commas are automatic,
 * no whitespace is written (one object per line; the caller adds the
 * newline).  Strings are arbitrary bytes, escaped losslessly (json.c).
 *
 *   jw_begin_object(jw); jw_key(jw, "pid"); jw_int(jw, 42);
 *   jw_key(jw, "args"); jw_begin_array(jw); jw_cstr(jw, "ls"); jw_end_array(jw);
 *   jw_end_object(jw);            ->  {"pid":42,"args":["ls"]}
 */
#ifndef SCT_JSON_H
#define SCT_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "outbuf.h"

/* Nesting tracked exactly up to this depth; deeper levels share the last
 * slot (commas there may be wrong; nothing else breaks). */
#define JW_MAX_DEPTH 32

struct json_writer {
	struct outbuf *ob;
	unsigned depth;                 /* 0: outside any container */
	bool after_key;                 /* a key was written, its value is next */
	bool has_items[JW_MAX_DEPTH];   /* the container at this level has an element */
	bool is_array[JW_MAX_DEPTH];    /* the container at this level is an array */
};

void jw_init(struct json_writer *jw, struct outbuf *ob);

static inline unsigned jw_level(const struct json_writer *jw)
{
	return jw->depth < JW_MAX_DEPTH ? jw->depth : JW_MAX_DEPTH - 1;
}

/* Before any value or key: the comma, unless it follows a key or is the
 * container's first element.  Top-level values are separate documents
 * (JSON lines): never a comma between them. */
static inline void jw_before_item(struct json_writer *jw)
{
	if (jw->after_key) {
		jw->after_key = false;
		return;
	}
	if (!jw->depth)
		return;
	unsigned l = jw_level(jw);
	if (jw->has_items[l])
		ob_putc(jw->ob, ',');
	jw->has_items[l] = true;
}

/* A key given already quoted with its colon ("\"pid\":", n bytes): for
 * the fixed keys of the hot path, copied without a look at their bytes. */
static inline void jw_key_quoted(struct json_writer *jw, const char *quoted, size_t n)
{
	jw_before_item(jw);
	ob_write(jw->ob, quoted, n);
	jw->after_key = true;
}
/* jw_key() of a string literal that needs no escaping */
#define jw_key_lit(jw, name) jw_key_quoted((jw), "\"" name "\":", sizeof("\"" name "\":") - 1)
/* A value written verbatim from a string literal (valid JSON: "\"syscall\"", "true") */
#define jw_raw_lit(jw, text) do { jw_before_item(jw); ob_write((jw)->ob, text, sizeof(text) - 1); } while (0)

void jw_begin_object(struct json_writer *jw);
void jw_end_object(struct json_writer *jw);
void jw_begin_array(struct json_writer *jw);
void jw_end_array(struct json_writer *jw);

/* The key of the next value (inside an object). */
void jw_key(struct json_writer *jw, const char *name);

void jw_string(struct json_writer *jw, const void *s, size_t len); /* any bytes */
void jw_cstr(struct json_writer *jw, const char *s);               /* NULL -> null */
void jw_int(struct json_writer *jw, int64_t v);
void jw_uint(struct json_writer *jw, uint64_t v);
void jw_null(struct json_writer *jw);
void jw_bool(struct json_writer *jw, bool v);
/* A value the caller formatted itself, written verbatim (it must be valid
 * JSON, e.g. the number 1700000000.123456). */
void jw_raw(struct json_writer *jw, const char *text, size_t len);

/* Is the innermost open container an array (values take no key)? */
bool jw_in_array(const struct json_writer *jw);

/* The escaped, quoted form of s alone, with no writer state (for callers
 * building JSON by hand). */
void json_quote(struct outbuf *o, const void *s, size_t len);

#endif
