/* Output primitives: outbuf, strace string quoting, JSON writer, emitters.
 * Expected quote_string results marked "strace" were produced by strace 6.1
 * itself (strace -e trace=read -s N [-x|-xx] cat FILE). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "unit.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "outbuf.h"
#include "strquote.h"
#include "json.h"
#include "emit_text.h"
#include "emit_json.h"

/* quote_string into a fresh memory buffer; the result lives until the next call. */
static const char *quoted(const void *s, size_t len, unsigned flags, int xmode)
{
	static struct outbuf o;
	if (!o.buf)
		ob_init_mem(&o, 0);
	ob_reset(&o);
	quote_string(&o, s, len, flags, xmode);
	return ob_cstr(&o);
}
#define Q(lit, flags, x) quoted(lit, sizeof(lit) - 1, flags, x)

TEST(quote_plain_and_escapes)
{
	CHECK_STREQ(Q("", 0, 0), "\"\"");
	CHECK_STREQ(Q("hello world", 0, 0), "\"hello world\"");
	/* strace: */
	CHECK_STREQ(Q("a\"b\\c\td", 0, 0), "\"a\\\"b\\\\c\\td\"");
	CHECK_STREQ(Q("x\ty\nz\v\f\r\"\\\001\0028\0017\0018\033[", 0, 0),
		    "\"x\\ty\\nz\\v\\f\\r\\\"\\\\\\1\\28\\0017\\18\\33[\"");
}

TEST(quote_octal_rules)
{
	/* strace: */
	CHECK_STREQ(Q("\177ELF\2\1\1\3\0\0\0\0\0\0\0\0", 0, 0),
		    "\"\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\"");
	CHECK_STREQ(Q("a\0b\0011\377", 0, 0), "\"a\\0b\\0011\\377\"");
	CHECK_STREQ(Q("\b\a\0337\1770\377\0009\0008", 0, 0),
		    "\"\\10\\7\\0337\\1770\\377\\09\\08\"");
	CHECK_STREQ(Q("\200\351\t", 0, 0), "\"\\200\\351\\t\"");
	/* UTF-8 is not special in text mode: octal bytes (strace) */
	CHECK_STREQ(Q("caf\303\251 \t\"q\"\\", 0, 0), "\"caf\\303\\251 \\t\\\"q\\\"\\\\\"");
	/* 3 digits for every magnitude when a digit follows */
	CHECK_STREQ(Q("\0017\0307\2007", 0, 0), "\"\\0017\\0307\\2007\"");
}

TEST(quote_truncation)
{
	/* strace -s 2 on "a\0001xyz": the cut-off '1' is not looked at */
	CHECK_STREQ(quoted("a\0", 2, QUOTE_TRUNC, 0), "\"a\\0\"...");
	/* strace -s 0 */
	CHECK_STREQ(quoted("", 0, QUOTE_TRUNC, 0), "\"\"...");
	CHECK_STREQ(Q("abc", QUOTE_TRUNC, 0), "\"abc\"...");
}

TEST(quote_x_modes)
{
	/* -x: all-hex as soon as one byte needs it (strace) */
	CHECK_STREQ(Q("x\ty\nz\v\f\r\"\\\001\0028\0017\0018\033[", 0, QUOTE_X_NONASCII),
		    "\"\\x78\\x09\\x79\\x0a\\x7a\\x0b\\x0c\\x0d\\x22\\x5c\\x01\\x02\\x38"
		    "\\x01\\x37\\x01\\x38\\x1b\\x5b\"");
	CHECK_STREQ(Q("caf\303\251 \t\"q\"\\", 0, QUOTE_X_NONASCII),
		    "\"\\x63\\x61\\x66\\xc3\\xa9\\x20\\x09\\x22\\x71\\x22\\x5c\"");
	/* -x: printable text with whitespace escapes stays text (strace) */
	CHECK_STREQ(Q("# Locale name.\n#\n", 0, QUOTE_X_NONASCII), "\"# Locale name.\\n#\\n\"");
	CHECK_STREQ(Q("a\"b\\c\td", 0, QUOTE_X_NONASCII), "\"a\\\"b\\\\c\\td\"");
	/* -x -s 2: only the shown bytes decide (strace) */
	CHECK_STREQ(quoted("ab", 2, QUOTE_TRUNC, QUOTE_X_NONASCII), "\"ab\"...");
	CHECK_STREQ(quoted("\001\001", 2, QUOTE_TRUNC, QUOTE_X_NONASCII), "\"\\x01\\x01\"...");
	/* -xx: everything (strace) */
	CHECK_STREQ(Q("# L", QUOTE_TRUNC, QUOTE_X_ALL), "\"\\x23\\x20\\x4c\"...");
	CHECK_STREQ(Q("\377\0", 0, QUOTE_X_ALL), "\"\\xff\\x00\"");
}

TEST(quote_long_string_crosses_chunks)
{
	/* 1000 x "\1" followed by '7': each escape is 2 chars except the last (4) */
	static uint8_t in[1001];
	memset(in, 1, 1000);
	in[1000] = '7';
	const char *q = quoted(in, sizeof(in), 0, 0);
	CHECK_INTEQ(strlen(q), 2 + 999 * 2 + 4 + 1);
	CHECK(strcmp(q + strlen(q) - 6, "\\0017\"") == 0);
	CHECK(strncmp(q, "\"\\1\\1", 5) == 0);
}

/* Integers and padding into a fresh memory buffer. */
static struct outbuf *mem(void)
{
	static struct outbuf o;
	if (!o.buf)
		ob_init_mem(&o, 0);
	ob_reset(&o);
	return &o;
}

TEST(outbuf_integers)
{
	struct outbuf *o = mem();
	ob_u64(o, 0); ob_putc(o, ' ');
	ob_u64(o, 7); ob_putc(o, ' ');
	ob_u64(o, 10); ob_putc(o, ' ');
	ob_u64(o, 1234567890123ULL); ob_putc(o, ' ');
	ob_u64(o, UINT64_MAX);
	CHECK_STREQ(ob_cstr(o), "0 7 10 1234567890123 18446744073709551615");

	o = mem();
	ob_i64(o, 0); ob_putc(o, ' ');
	ob_i64(o, -1); ob_putc(o, ' ');
	ob_i64(o, -4095); ob_putc(o, ' ');
	ob_i64(o, INT64_MAX); ob_putc(o, ' ');
	ob_i64(o, INT64_MIN);
	CHECK_STREQ(ob_cstr(o), "0 -1 -4095 9223372036854775807 -9223372036854775808");

	o = mem();
	ob_hex(o, 0); ob_putc(o, ' ');
	ob_hex(o, 0x1f); ob_putc(o, ' ');
	ob_hex(o, 0x7ffe5a7bf158ULL); ob_putc(o, ' ');
	ob_hex(o, UINT64_MAX);
	CHECK_STREQ(ob_cstr(o), "0 0x1f 0x7ffe5a7bf158 0xffffffffffffffff");

	/* strace prints modes with %#03o: chmod 0 -> 000, umask 022 -> 022 */
	o = mem();
	ob_octal(o, 0); ob_putc(o, ' ');
	ob_octal(o, 4); ob_putc(o, ' ');
	ob_octal(o, 022); ob_putc(o, ' ');
	ob_octal(o, 0644); ob_putc(o, ' ');
	ob_octal(o, 0104755); ob_putc(o, ' ');
	ob_octal(o, UINT64_MAX);
	CHECK_STREQ(ob_cstr(o), "000 004 022 0644 0104755 01777777777777777777777");
}

TEST(outbuf_padding)
{
	struct outbuf *o = mem();
	ob_puts(o, "close(3)");
	ob_pad_to_column(o, 12);
	ob_puts(o, "= 0");
	ob_newline(o);
	ob_puts(o, "a_call_longer_than_12()");
	ob_pad_to_column(o, 12);  /* already past: nothing */
	ob_puts(o, " = 0");
	ob_newline(o);
	ob_pad_to_column(o, 200); /* more than one padding chunk */
	CHECK_INTEQ(ob_column(o), 200);
	o->len -= 200;
	CHECK_STREQ(ob_cstr(o), "close(3)    = 0\na_call_longer_than_12() = 0\n");

	o = mem();
	ob_puts(o, "xyz\n");
	ob_mark_line(o);
	ob_puts(o, "ab");
	ob_pad_to_column(o, 4);
	ob_putc(o, '|');
	CHECK_STREQ(ob_cstr(o), "xyz\nab  |");
}

/* Read back what an fd-bound outbuf wrote to a temporary file. */
static const char *file_contents(int fd)
{
	static char buf[1 << 17];
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

TEST(outbuf_fd_flush_and_column)
{
	FILE *f = tmpfile();
	CHECK(f != NULL);
	if (!f)
		return;
	struct outbuf o;
	CHECK_INTEQ(ob_init(&o, fileno(f), 0), 0);
	ob_puts(&o, "abc");
	CHECK_INTEQ(ob_flush(&o), 0);
	CHECK_INTEQ(o.len, 0);
	ob_pad_to_column(&o, 6);   /* the column survives the flush */
	ob_putc(&o, '|');
	ob_newline(&o);
	CHECK_INTEQ(ob_flush(&o), 0);
	CHECK_STREQ(file_contents(fileno(f)), "abc   |\n");

	/* Writes larger than the buffer and many small ones: nothing lost. */
	static char big[3 * OB_MIN_CAP + 17];
	for (size_t i = 0; i < sizeof(big); i++)
		big[i] = (char)('a' + i % 26);
	CHECK_INTEQ(ftruncate(fileno(f), 0), 0);
	CHECK_INTEQ(lseek(fileno(f), 0, SEEK_SET), 0);
	o.line_start = o.len = 0;
	for (int i = 0; i < 2000; i++)
		ob_u64(&o, 1234567);   /* 14000 bytes through auto-flushes */
	ob_write(&o, big, sizeof(big));
	ob_putc(&o, '$');
	CHECK_INTEQ(ob_column(&o), 2000 * 7 + sizeof(big) + 1);
	CHECK_INTEQ(ob_flush(&o), 0);
	const char *got = file_contents(fileno(f));
	CHECK_INTEQ(strlen(got), 2000 * 7 + sizeof(big) + 1);
	CHECK(strncmp(got + 13993, "1234567", 7) == 0);
	CHECK(memcmp(got + 14000, big, sizeof(big)) == 0);
	CHECK(got[14000 + sizeof(big)] == '$');
	ob_free(&o);
	fclose(f);
}

TEST(outbuf_epipe)
{
	int p[2];
	CHECK_INTEQ(pipe(p), 0);
	close(p[0]);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	struct outbuf o;
	ob_init(&o, p[1], 0);
	ob_puts(&o, "lost");
	errno = 0;
	CHECK_INTEQ(ob_flush(&o), -1);
	CHECK_INTEQ(errno, EPIPE);
	CHECK_INTEQ(o.err, EPIPE);
	ob_puts(&o, "more");  /* later output is dropped, error kept */
	CHECK_INTEQ(ob_flush(&o), -1);
	CHECK_INTEQ(o.err, EPIPE);
	CHECK_INTEQ(o.len, 0);
	signal(SIGPIPE, old);
	ob_free(&o);
	close(p[1]);
}

static const char *json_of(const void *s, size_t len)
{
	struct outbuf *o = mem();
	json_quote(o, s, len);
	return ob_cstr(o);
}
#define J(lit) json_of(lit, sizeof(lit) - 1)

TEST(json_escaping)
{
	CHECK_STREQ(J(""), "\"\"");
	CHECK_STREQ(J("plain /text/ \x7f"), "\"plain /text/ \x7f\"");
	CHECK_STREQ(J("q\"b\\"), "\"q\\\"b\\\\\"");
	CHECK_STREQ(J("\b\t\n\f\r"), "\"\\b\\t\\n\\f\\r\"");
	CHECK_STREQ(J("\0\001\033\037"), "\"\\u0000\\u0001\\u001b\\u001f\"");
	/* valid UTF-8, 2/3/4 bytes, edges included: kept */
	CHECK_STREQ(J("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xc2\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf"),
		    "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xc2\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf\"");
	/* invalid bytes -> \udcXX, one per byte */
	CHECK_STREQ(J("\xff\xfe"), "\"\\udcff\\udcfe\"");
	CHECK_STREQ(J("a\x80z"), "\"a\\udc80z\"");                 /* lone continuation */
	CHECK_STREQ(J("\xc0\xaf"), "\"\\udcc0\\udcaf\"");          /* overlong '/' */
	CHECK_STREQ(J("\xe0\x80\xaf"), "\"\\udce0\\udc80\\udcaf\""); /* overlong, 3 bytes */
	CHECK_STREQ(J("\xf0\x8f\xbf\xbf"), "\"\\udcf0\\udc8f\\udcbf\\udcbf\""); /* overlong, 4 */
	CHECK_STREQ(J("\xed\xa0\x80"), "\"\\udced\\udca0\\udc80\"");  /* surrogate D800 */
	CHECK_STREQ(J("\xf4\x90\x80\x80"), "\"\\udcf4\\udc90\\udc80\\udc80\""); /* > 10FFFF */
	CHECK_STREQ(J("\xe2\x82"), "\"\\udce2\\udc82\"");          /* cut at the end */
	CHECK_STREQ(J("\xe2\x82z"), "\"\\udce2\\udc82z\"");        /* cut mid-string */
	CHECK_STREQ(J("\xc3\xa9\xc3"), "\"\xc3\xa9\\udcc3\"");
}

TEST(json_escaping_long)
{
	/* UTF-8 sequences straddling the internal chunk boundary */
	static char in[3000];
	size_t n = 0;
	while (n + 3 <= sizeof(in)) {
		memcpy(in + n, "\xe2\x82\xac", 3);
		n += 3;
	}
	const char *got = json_of(in, n);
	CHECK_INTEQ(strlen(got), n + 2);
	CHECK(memcmp(got + 1, in, n) == 0);
}

/* The escaping rules of json.c, a byte at a time: what the word-at-a-time
 * path must give for any input */
static size_t ref_utf8_len(const uint8_t *s, size_t avail)
{
	uint8_t c = s[0], lo = 0x80, hi = 0xbf;
	size_t n = c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
	if (c == 0xe0) lo = 0xa0;
	if (c == 0xed) hi = 0x9f;
	if (c == 0xf0) lo = 0x90;
	if (c == 0xf4) hi = 0x8f;
	if (!n || avail < n || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t k = 2; k < n; k++)
		if ((s[k] & 0xc0) != 0x80)
			return 0;
	return n;
}

static void ref_json(char *out, const uint8_t *s, size_t len)
{
	char *p = out;
	*p++ = '"';
	for (size_t i = 0; i < len;) {
		uint8_t c = s[i];
		size_t n;
		if (c == '"' || c == '\\') {
			p += sprintf(p, "\\%c", c);
		} else if (c >= 0x20 && c < 0x80) {
			*p++ = c;
		} else if (c < 0x20) {
			const char *e = c == '\b' ? "\\b" : c == '\t' ? "\\t" : c == '\n' ? "\\n" :
					c == '\f' ? "\\f" : c == '\r' ? "\\r" : NULL;
			p += e ? sprintf(p, "%s", e) : sprintf(p, "\\u%04x", c);
		} else if ((n = ref_utf8_len(s + i, len - i))) {
			memcpy(p, s + i, n);
			p += n;
			i += n;
			continue;
		} else {
			p += sprintf(p, "\\udc%02x", c);
		}
		i++;
	}
	*p++ = '"';
	*p = 0;
}

TEST(json_escaping_words)
{
	/* random strings, mostly plain ASCII with each kind of special byte
	 * at every offset in an 8-byte word */
	static const uint8_t specials[] = { '"', '\\', 0, 0x1f, 0x20, 0x7f, 0x80, 0xc3, 0xa9,
					    0xe2, 0x82, 0xac, 0xff, '\n', 0x21, 0x5b, 0x5d };
	static uint8_t in[700];
	static char want[700 * 6 + 3];
	unsigned seed = 12345;
	for (int round = 0; round < 3000; round++) {
		size_t len = (seed = seed * 1103515245 + 12345) >> 16 & 63;
		if (round % 100 == 0)
			len = 600;  /* across the chunk size */
		for (size_t i = 0; i < len; i++) {
			seed = seed * 1103515245 + 12345;
			unsigned r = seed >> 16;
			in[i] = r % 8 == 0 ? specials[(r >> 3) % sizeof(specials)] : 'a' + r % 26;
		}
		ref_json(want, in, len);
		CHECK_STREQ(json_of(in, len), want);
	}
	/* a key or a string too long for the one-pass copy, or with escapes */
	struct outbuf *o = mem();
	struct json_writer jw;
	jw_init(&jw, o);
	jw_begin_object(&jw);
	jw_key(&jw, "k\"ey");
	jw_cstr(&jw, "0123456789012345678901234567890123456789012345678901234567890123456789");
	jw_key(&jw, "0123456789012345678901234567890123456789012345678901234567890123");
	jw_cstr(&jw, "tab\there");
	jw_key_lit(&jw, "lit");
	jw_raw_lit(&jw, "true");
	jw_end_object(&jw);
	CHECK_STREQ(ob_cstr(o), "{\"k\\\"ey\":\"0123456789012345678901234567890123456789012345678901234567890123456789\","
		    "\"0123456789012345678901234567890123456789012345678901234567890123\":\"tab\\there\",\"lit\":true}");
}

TEST(json_writer_nesting)
{
	struct outbuf *o = mem();
	struct json_writer jw;
	jw_init(&jw, o);
	jw_begin_object(&jw);
	jw_key(&jw, "pid"); jw_int(&jw, -42);
	jw_key(&jw, "nr"); jw_uint(&jw, UINT64_MAX);
	jw_key(&jw, "argv");
	jw_begin_array(&jw);
	jw_cstr(&jw, "ls");
	jw_string(&jw, "a\0b", 3);
	jw_begin_array(&jw); jw_end_array(&jw);
	jw_begin_object(&jw); jw_end_object(&jw);
	jw_null(&jw);
	jw_end_array(&jw);
	CHECK(!jw_in_array(&jw));
	jw_key(&jw, "ok"); jw_bool(&jw, true);
	jw_key(&jw, "bad"); jw_bool(&jw, false);
	jw_key(&jw, "none"); jw_cstr(&jw, NULL);
	jw_key(&jw, "ts"); jw_raw(&jw, "1.5", 3);
	jw_key(&jw, "o");
	jw_begin_object(&jw);
	jw_key(&jw, "k\"ey"); jw_int(&jw, 1);
	jw_end_object(&jw);
	jw_end_object(&jw);
	CHECK_STREQ(ob_cstr(o),
		    "{\"pid\":-42,\"nr\":18446744073709551615,\"argv\":[\"ls\",\"a\\u0000b\",[],{},null],"
		    "\"ok\":true,\"bad\":false,\"none\":null,\"ts\":1.5,\"o\":{\"k\\\"ey\":1}}");

	/* top-level values are separate JSON-lines documents: no comma
	 * between them (the newline is the caller's business) */
	o = mem();
	jw_init(&jw, o);
	jw_begin_object(&jw); jw_end_object(&jw);
	jw_begin_object(&jw); jw_key(&jw, "a"); jw_int(&jw, 1); jw_end_object(&jw);
	CHECK_STREQ(ob_cstr(o), "{}{\"a\":1}");
}

TEST(emit_text_args)
{
	struct outbuf *o = mem();
	struct emit e;
	struct emit_text st;
	emit_text_init(&e, &st, o, 0);
	emit_int(&e, "fd", 3);
	emit_str(&e, "buf", "abc", 3, 0);
	emit_sym(&e, "flags", "O_RDONLY");
	CHECK_STREQ(ob_cstr(o), "3, \"abc\", O_RDONLY");

	/* a struct with elided fields, a NULL and a truncated string */
	o = mem();
	emit_text_init(&e, &st, o, 0);
	emit_ptr(&e, "path", 0);
	emit_begin_struct(&e, "statbuf");
	emit_sym(&e, "st_mode", "S_IFREG|0644");
	emit_int(&e, "st_size", 5);
	emit_more(&e);
	emit_end_struct(&e);
	emit_str(&e, "buf", "\177ELF", 4, EMIT_STR_TRUNC);
	emit_hex(&e, "len", 0x20);
	emit_octal(&e, "mode", 0644);
	CHECK_STREQ(ob_cstr(o),
		    "NULL, {st_mode=S_IFREG|0644, st_size=5, ...}, \"\\177ELF\"..., 0x20, 0644");

	/* arrays, nested structs, execve's argv/envp */
	o = mem();
	emit_text_init(&e, &st, o, 0);
	emit_str(&e, "pathname", "/bin/ls", 7, 0);
	emit_begin_array(&e, "argv");
	emit_str(&e, NULL, "ls", 2, 0);
	emit_str(&e, NULL, "-l", 2, 0);
	emit_more(&e);
	emit_end_array(&e);
	emit_ptr_count(&e, "envp", 0x7ffe5a7bf158ULL, 37, "vars");
	emit_ptr_count(&e, "envp", 0x10, 1, "vars");
	emit_ptr_count(&e, "envp", 0x10, 0, "var");
	emit_ptr_count(&e, "envp", 0, 0, "vars");
	emit_begin_array(&e, "fds");
	emit_begin_struct(&e, NULL);
	emit_int(&e, "fd", 0);
	emit_begin_array(&e, "ev");
	emit_sym(&e, NULL, "POLLIN");
	emit_end_array(&e);
	emit_end_struct(&e);
	emit_end_array(&e);
	CHECK_STREQ(ob_cstr(o),
		    "\"/bin/ls\", [\"ls\", \"-l\", ...], 0x7ffe5a7bf158 /* 37 vars */, "
		    "0x10 /* 1 var */, 0x10 /* 0 vars */, NULL, [{fd=0, ev=[POLLIN]}]");
}

TEST(emit_text_resume_and_x)
{
	/* entry prints args 0..1, exit resumes with a new emitter: no leading ", " */
	struct outbuf *o = mem();
	struct emit e;
	struct emit_text st;
	emit_text_init(&e, &st, o, 0);
	ob_puts(o, "read(");
	emit_int(&e, "fd", 3);
	ob_puts(o, ", ");
	emit_text_init(&e, &st, o, QUOTE_X_NONASCII);
	emit_str(&e, "buf", "\177E", 2, EMIT_STR_TRUNC);
	emit_uint(&e, "count", 832);
	ob_putc(o, ')');
	CHECK_STREQ(ob_cstr(o), "read(3, \"\\x7f\\x45\"..., 832)");
}

TEST(emit_json_values)
{
	struct outbuf *o = mem();
	struct json_writer jw;
	struct emit e;
	struct emit_json st;
	jw_init(&jw, o);
	jw_begin_object(&jw);
	jw_key(&jw, "type"); jw_cstr(&jw, "syscall");
	jw_key(&jw, "args");
	jw_begin_object(&jw);
	emit_json_init(&e, &st, &jw);
	emit_int(&e, "fd", -100);
	emit_str(&e, "path", "/etc/\xff", 6, 0);
	emit_str(&e, "buf", "abc", 3, EMIT_STR_TRUNC);
	emit_sym(&e, "flags", "O_RDONLY|O_CLOEXEC");
	emit_octal(&e, "mode", 0644);
	emit_hex(&e, "len", 0x20);
	emit_uint(&e, "count", 832);
	emit_ptr(&e, "addr", 0);
	emit_ptr(&e, "buf2", 0x7ffe5a7bf158ULL);
	emit_begin_array(&e, "argv");
	emit_str(&e, "ignored", "ls", 2, 0);
	emit_more(&e);
	emit_end_array(&e);
	emit_ptr_count(&e, "envp", 0x7ffe5a7bf158ULL, 37, "vars");
	emit_begin_struct(&e, "statbuf");
	emit_sym(&e, "st_mode", "S_IFREG|0644");
	emit_more(&e);
	emit_end_struct(&e);
	jw_end_object(&jw);
	jw_key(&jw, "ret"); jw_int(&jw, 3);
	jw_end_object(&jw);
	CHECK_STREQ(ob_cstr(o),
		    "{\"type\":\"syscall\",\"args\":{\"fd\":-100,\"path\":\"/etc/\\udcff\","
		    "\"buf\":\"abc\",\"flags\":\"O_RDONLY|O_CLOEXEC\",\"mode\":420,\"len\":32,"
		    "\"count\":832,\"addr\":null,\"buf2\":\"0x7ffe5a7bf158\","
		    "\"argv\":[\"ls\"],\"envp\":{\"ptr\":\"0x7ffe5a7bf158\",\"count\":37},"
		    "\"statbuf\":{\"st_mode\":\"S_IFREG|0644\"}},\"ret\":3}");
	/* nothing invented for what was left out: the keys are listed */
	CHECK_INTEQ(st.ncut, 3);
	CHECK_STREQ(st.cut[0], "buf");
	CHECK_STREQ(st.cut[1], "argv");
	CHECK_STREQ(st.cut[2], "statbuf");
}

TEST(emit_json_verbose_raw)
{
	struct outbuf *o = mem();
	struct json_writer jw;
	struct emit e;
	struct emit_json st;
	jw_init(&jw, o);
	jw_begin_object(&jw);
	emit_json_init(&e, &st, &jw);
	emit_sym_raw(&e, "flags", "MS_RDONLY|MS_NOSUID", "0x3", 3);
	emit_begin_array(&e, "v");
	emit_sym_raw(&e, NULL, "SIGINT", "0x2", 2);
	emit_end_array(&e);
	jw_end_object(&jw);
	CHECK_STREQ(ob_cstr(o), "{\"flags\":\"MS_RDONLY|MS_NOSUID\",\"flags_raw\":3,\"v\":[\"SIGINT\"]}");
}
