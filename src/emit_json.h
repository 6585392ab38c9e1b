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
 *   struct / array      object / array  more       "..." (key "..." in objects)
 * A string cut by -s (EMIT_STR_TRUNC) is emitted as the bytes captured,
 * with no truncation marker: consumers compare its length with the call's
 * size arguments or the return value when they need to know.
 */
#ifndef SCT_EMIT_JSON_H
#define SCT_EMIT_JSON_H

#include "emit.h"
#include "json.h"

struct emit_json {
	struct json_writer *jw;
};

void emit_json_init(struct emit *e, struct emit_json *st, struct json_writer *jw);

#endif
