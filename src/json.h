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
