/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The JSON emit backend.  It writes into a container the CALLER opened:
 * inside an object every value goes under its key ("fd":3), inside an
 * array values are bare.  E.g. the caller writes
 * {"type":"syscall",...,"args":{  then decoders emit, then the caller
 * closes the object.  Value forms:
 *   int/uint/hex/octal  number          ptr        "0x7ff..." or null
 *   str                 string (bytes escaped losslessly, see json.c)
 *   sym                 string          ptr_count  {"ptr":"0x..","count":N}
 *   struct / array      object / array  more       nothing (see below)
 * Nothing is invented for what was left out: a string cut by -s
 * (EMIT_STR_TRUNC) is the bytes captured, an array or struct elided by
 * strace's abbreviation (more) ends where the capture ended; the top-level
 * keys concerned are collected in `cut` for the caller to list
 * ("cut":["buf"]).  -X verbose: "flags":"O_RDONLY","flags_raw":0.
 */
#ifndef SCT_EMIT_JSON_H
#define SCT_EMIT_JSON_H

#include "emit.h"
#include "json.h"

#define EMIT_JSON_CUT_MAX 6  /* SCT_MAX_ARGS: one per top-level key */
struct emit_json {
	struct json_writer *jw;
	unsigned base;                  /* writer depth of the top-level object */
	char top[32];                   /* the top-level key being written */
	unsigned ncut;
	char cut[EMIT_JSON_CUT_MAX][32];/* top-level keys with something left out */
};

void emit_json_init(struct emit *e, struct emit_json *st, struct json_writer *jw);

struct fd_name;
/* -y: the keys that describe an fd's file beside the number, named
 * PREFIX_path, PREFIX_dev, PREFIX_socket (an object), PREFIX_eventfd,
 * PREFIX_deleted, PREFIX_path_truncated (prefix NULL: "_path"...); see
 * docs/json.md */
void json_fd_name(struct json_writer *jw, const char *prefix, const struct fd_name *fn);

#endif
