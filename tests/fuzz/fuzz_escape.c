// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * libFuzzer target: arbitrary bytes into the escapers.
 *
 *   json_quote / jw_string (src/json.c): the output is one valid JSON
 *   string (tests/fuzz/jsoncheck.h, strict) that decodes back to exactly
 *   the input bytes under the surrogateescape rule, and valid UTF-8 with
 *   nothing to escape is copied unchanged.
 *
 *   quote_string (src/strquote.c), -x modes 0, 1, 2, with and without the
 *   "..." mark: only printable ASCII comes out, and undoing the C escapes
 *   gives the input bytes back; -xx is all \xNN; -x is all \xNN exactly
 *   when some byte is neither printable nor \t\n\v\f\r.
 *
 *   The JSON writer (jw_*), driven by a small op code program kept
 *   balanced: every line it writes is valid JSON.
 *
 * Input: byte 0 picks the target, the rest is the data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json.h"
#include "outbuf.h"
#include "strquote.h"
#include "jsoncheck.h"

#define CHECK(cond, ...) do { if (!(cond)) { fprintf(stderr, "fuzz_escape: " __VA_ARGS__); \
	fputc('\n', stderr); abort(); } } while (0)

static void check_json_quote(const uint8_t *s, size_t n, bool via_writer)
{
	struct outbuf ob;
	CHECK(!ob_init_mem(&ob, 64), "ob_init_mem");
	if (via_writer) {
		struct json_writer jw;
		jw_init(&jw, &ob);
		jw_string(&jw, s, n);
	} else {
		json_quote(&ob, s, n);
	}
	CHECK(!ob.err, "outbuf error %d", ob.err);
	uint8_t *dec = malloc(n + 1);
	struct jc j = { .p = (const uint8_t *)ob.buf, .end = (const uint8_t *)ob.buf + ob.len,
			.out = dec, .out_cap = n + 1 };
	bool ok = jc_string(&j);
	CHECK(ok, "json_quote wrote invalid JSON: %s", j.err);
	CHECK(j.p == j.end, "json_quote wrote bytes after the string");
	CHECK(j.out_len == n && !memcmp(dec, s, n),
	      "json_quote is not lossless: %zu bytes in, %zu decoded", n, j.out_len);

	/* valid UTF-8 without '"', '\\' or controls passes through */
	bool plain = true;
	for (size_t i = 0; i < n && plain;) {
		size_t k = jc_utf8_len(s + i, n - i);
		if (!k || s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
			plain = false;
		i += k ? k : 1;
	}
	if (plain)
		CHECK(ob.len == n + 2 && !memcmp(ob.buf + 1, s, n), "valid UTF-8 was not copied as is");
	free(dec);
	ob_free(&ob);
}

static bool printable(uint8_t c) { return c >= 0x20 && c < 0x7f; }

/* Undo strace's escapes: returns the decoded length, or (size_t)-1. */
static size_t unquote_c(const uint8_t *q, size_t n, uint8_t *out, size_t cap, bool *all_hex)
{
	size_t o = 0;
	*all_hex = n > 0;
	for (size_t i = 0; i < n;) {
		uint8_t c = q[i];
		if (c != '\\') {
			if (c == '"')
				return (size_t)-1;  /* unescaped quote inside */
			*all_hex = false;
			if (o < cap) out[o] = c;
			o++, i++;
			continue;
		}
		if (i + 1 >= n)
			return (size_t)-1;
		uint8_t e = q[i + 1];
		uint8_t v;
		i += 2;
		switch (e) {
		case '"': v = '"'; break;
		case '\\': v = '\\'; break;
		case 't': v = '\t'; break;
		case 'n': v = '\n'; break;
		case 'v': v = '\v'; break;
		case 'f': v = '\f'; break;
		case 'r': v = '\r'; break;
		case 'x': {
			if (i + 2 > n || jc_hex(q[i]) < 0 || jc_hex(q[i + 1]) < 0)
				return (size_t)-1;
			if (q[i] >= 'A' && q[i] <= 'F')
				return (size_t)-1;  /* strace writes lowercase */
			v = (uint8_t)(jc_hex(q[i]) << 4 | jc_hex(q[i + 1]));
			i += 2;
			if (o < cap) out[o] = v;
			o++;
			continue;
		}
		default:
			if (e < '0' || e > '7')
				return (size_t)-1;
			unsigned val = e - '0', digits = 1;
			while (digits < 3 && i < n && q[i] >= '0' && q[i] <= '7') {
				val = val * 8 + (q[i] - '0');
				i++, digits++;
			}
			if (val > 255)
				return (size_t)-1;
			v = (uint8_t)val;
		}
		*all_hex = false;
		if (o < cap) out[o] = v;
		o++;
	}
	return o;
}

static void check_quote_string(const uint8_t *s, size_t n, int xmode, bool trunc)
{
	struct outbuf ob;
	CHECK(!ob_init_mem(&ob, 64), "ob_init_mem");
	quote_string(&ob, s, n, trunc ? QUOTE_TRUNC : 0, xmode);
	const uint8_t *q = (const uint8_t *)ob.buf;
	size_t len = ob.len;
	for (size_t i = 0; i < len; i++)
		CHECK(printable(q[i]), "quote_string wrote byte 0x%02x (xmode %d)", q[i], xmode);
	if (trunc) {
		CHECK(len >= 5 && !memcmp(q + len - 3, "...", 3), "no ... after a cut string");
		len -= 3;
	}
	CHECK(len >= 2 && q[0] == '"' && q[len - 1] == '"', "not quoted");
	uint8_t *dec = malloc(n + 1);
	bool all_hex;
	size_t m = unquote_c(q + 1, len - 2, dec, n + 1, &all_hex);
	CHECK(m != (size_t)-1, "quote_string wrote an undecodable escape (xmode %d)", xmode);
	CHECK(m == n && !memcmp(dec, s, n), "quote_string is not lossless (xmode %d): %zu in, %zu out",
	      xmode, n, m);
	if (xmode == 2)
		CHECK(n == 0 || all_hex, "-xx: not all \\xNN");
	if (xmode == 1) {
		bool needs = false;
		for (size_t i = 0; i < n; i++)
			if (!printable(s[i]) && !(s[i] >= '\t' && s[i] <= '\r'))
				needs = true;
		CHECK(needs == (n > 0 && all_hex), "-x: hex form %s but needed %s", all_hex ? "used" : "not used",
		      needs ? "yes" : "no");
	}
	free(dec);
	ob_free(&ob);
}

/* The writer driven by op codes; containers are always closed at the end
 * and keys written only inside objects, values only after a key there. */
static void check_writer(const uint8_t *s, size_t n)
{
	struct outbuf ob;
	struct json_writer jw;
	CHECK(!ob_init_mem(&ob, 64), "ob_init_mem");
	jw_init(&jw, &ob);
	bool is_obj[JW_MAX_DEPTH];
	unsigned depth = 0;
	bool need_key = false;   /* in an object, before a key */

	jw_begin_object(&jw);
	is_obj[depth++] = true;
	need_key = true;
	for (size_t i = 0; i < n; i++) {
		uint8_t op = s[i];
		size_t arg = i + 1 < n ? s[i + 1] % 16 : 0;
		if (arg > n - i - 1)
			arg = n - i - 1;
		if (need_key) {
			if (op % 8 == 0 && depth > 1) {
				jw_end_object(&jw);
				depth--;
				need_key = is_obj[depth - 1];
				continue;
			}
			char key[17];
			memcpy(key, s + i + 1, arg);
			key[arg] = 0;   /* keys are C strings: may end early at a NUL */
			jw_key(&jw, key);
			need_key = false;
			i += arg;
			continue;
		}
		switch (op % 8) {
		case 0:
			if (depth > 1 && !is_obj[depth - 1]) {
				jw_end_array(&jw);
				depth--;
				need_key = is_obj[depth - 1];
				continue;
			}
			jw_null(&jw);
			break;
		case 1:
			if (depth < JW_MAX_DEPTH - 1) {
				jw_begin_object(&jw);
				is_obj[depth++] = true;
				need_key = true;
				continue;
			}
			jw_bool(&jw, true);
			break;
		case 2:
			if (depth < JW_MAX_DEPTH - 1) {
				jw_begin_array(&jw);
				is_obj[depth++] = false;
				continue;
			}
			jw_bool(&jw, false);
			break;
		case 3:
			jw_string(&jw, s + i + 1, arg);
			i += arg;
			break;
		case 4: {
			int64_t v = 0;
			memcpy(&v, s + i + 1, arg < 8 ? arg : 8);
			jw_int(&jw, v);
			i += arg;
			break;
		}
		case 5: {
			uint64_t v = 0;
			memcpy(&v, s + i + 1, arg < 8 ? arg : 8);
			jw_uint(&jw, v);
			i += arg;
			break;
		}
		case 6:
			jw_bool(&jw, op & 0x80);
			break;
		case 7:
			jw_cstr(&jw, (op & 0x80) ? NULL : "x");
			break;
		}
		CHECK(jw_in_array(&jw) == !is_obj[depth - 1], "jw_in_array is wrong at depth %u", depth);
		need_key = is_obj[depth - 1];
	}
	while (depth) {
		if (!need_key && is_obj[depth - 1])
			jw_null(&jw);   /* a key waits for its value */
		if (is_obj[depth - 1])
			jw_end_object(&jw);
		else
			jw_end_array(&jw);
		depth--;
		need_key = depth && is_obj[depth - 1];
	}
	const char *err = jc_line((const uint8_t *)ob.buf, ob.len);
	CHECK(!err, "the JSON writer wrote invalid JSON: %s: %.*s", err, (int)(ob.len < 400 ? ob.len : 400), ob.buf);
	ob_free(&ob);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	uint8_t sel = data[0];
	const uint8_t *s = data + 1;
	size_t n = size - 1;
	/* a copy of exactly n bytes, so reads past the end are caught */
	uint8_t *copy = malloc(n ? n : 1);
	memcpy(copy, s, n);
	switch (sel % 4) {
	case 0:
		check_json_quote(copy, n, sel & 0x10);
		break;
	case 1:
	case 2:
		check_quote_string(copy, n, (sel >> 2) % 3, sel & 0x80);
		break;
	case 3:
		check_writer(copy, n);
		break;
	}
	free(copy);
	return 0;
}
