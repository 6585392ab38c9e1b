// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The JSON emit backend: see emit_json.h. */
#include "emit_json.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fdpath.h"

static inline struct json_writer *writer(struct emit *e)
{
	return ((struct emit_json *)e->backend)->jw;
}

/* The key, unless values here are array elements.  A value without a key
 * inside an object gets "" so the output stays valid JSON. */
/* emit_changed(): the next value's key gets "_out" (one emitter at a time
 * is in use, so one flag will do) */
static bool changed_next;

static struct json_writer *begin_value(struct emit *e, const char *key)
{
	struct json_writer *jw = writer(e);
	struct emit_json *st = e->backend;
	if (jw->depth == st->base) {
		/* as snprintf("%s") would, cut to fit (no printf per argument) */
		size_t n = key ? strnlen(key, sizeof(st->top) - 1) : 0;
		if (n)
			memcpy(st->top, key, n);
		st->top[n] = 0;
	}
	if (!jw_in_array(jw)) {
		if (changed_next) {
			char buf[64];
			snprintf(buf, sizeof(buf), "%s_out", key ? key : "");
			jw_key(jw, buf);
		} else {
			jw_key(jw, key ? key : "");
		}
	}
	changed_next = false;
	return jw;
}

static void put_ptr(struct json_writer *jw, uint64_t v)
{
	static const char xdigits[16] = "0123456789abcdef";
	char buf[2 + 16];
	size_t n = 2;

	if (!v) {
		jw_null(jw);
		return;
	}
	buf[0] = '0';
	buf[1] = 'x';
	for (int shift = 60; shift >= 0; shift -= 4) {
		unsigned d = (unsigned)(v >> shift) & 15;
		if (d || n > 2)  /* skip leading zeros */
			buf[n++] = xdigits[d];
	}
	jw_string(jw, buf, n);
}

static void j_int(struct emit *e, const char *key, int64_t v) { jw_int(begin_value(e, key), v); }
static void j_uint(struct emit *e, const char *key, uint64_t v) { jw_uint(begin_value(e, key), v); }
static void j_hex(struct emit *e, const char *key, uint64_t v) { jw_uint(begin_value(e, key), v); }
static void j_octal(struct emit *e, const char *key, uint64_t v) { jw_uint(begin_value(e, key), v); }
static void j_ptr(struct emit *e, const char *key, uint64_t v) { put_ptr(begin_value(e, key), v); }
static void j_sym(struct emit *e, const char *key, const char *text) { jw_cstr(begin_value(e, key), text); }
static void j_sym_keyless(struct emit *e, const char *key, const char *text, const char *value)
{
	(void)text;
	jw_cstr(begin_value(e, key), value);
}

/* The top-level key being written had something left out. */
static void mark_cut(struct emit *e)
{
	struct emit_json *st = e->backend;
	for (unsigned k = 0; k < st->ncut; k++)
		if (!strcmp(st->cut[k], st->top))
			return;
	if (st->ncut < EMIT_JSON_CUT_MAX)
		memcpy(st->cut[st->ncut++], st->top, sizeof(st->top));
}

static void j_str(struct emit *e, const char *key, const void *s, size_t len, unsigned flags)
{
	struct json_writer *jw = begin_value(e, key);
	jw_string(jw, s, len);
	if (flags & EMIT_STR_TRUNC)
		mark_cut(e);
	if ((flags & EMIT_STR_ABSTRACT) && !jw_in_array(jw)) {
		/* an abstract AF_UNIX name (the text's @"name"), without its NUL */
		char buf[64];
		snprintf(buf, sizeof(buf), "%s_abstract", key ? key : "");
		jw_key(jw, buf);
		jw_bool(jw, true);
	}
}

static void j_ptr_count(struct emit *e, const char *key, uint64_t ptr, uint64_t n, const char *unit)
{
	(void)unit;  /* text only */
	struct json_writer *jw = begin_value(e, key);
	jw_begin_object(jw);
	jw_key(jw, "ptr");
	put_ptr(jw, ptr);
	jw_key(jw, "count");
	jw_uint(jw, n);
	jw_end_object(jw);
}

static void j_begin_array(struct emit *e, const char *key) { jw_begin_array(begin_value(e, key)); }
static void j_end_array(struct emit *e) { jw_end_array(writer(e)); }
static void j_begin_struct(struct emit *e, const char *key) { jw_begin_object(begin_value(e, key)); }
static void j_end_struct(struct emit *e) { jw_end_object(writer(e)); }

/* Elided elements or fields: no value stands for them (see emit_json.h) */
static void j_more(struct emit *e)
{
	struct json_writer *jw = writer(e);
	struct emit_json *st = e->backend;
	if (jw->depth == st->base)
		return;
	mark_cut(e);
}

/* -X verbose: the name, and the number beside it (not in arrays) */
static void j_sym_raw(struct emit *e, const char *key, const char *text, const char *num,
		      uint64_t raw)
{
	struct json_writer *jw = begin_value(e, key);
	jw_cstr(jw, text);
	if (!jw_in_array(jw)) {
		char buf[64];
		snprintf(buf, sizeof(buf), "%s_raw", key ? key : "");
		jw_key(jw, buf);
		/* the number as the text shows it: -100 stays signed */
		if (num && num[0] == '-')
			jw_int(jw, strtoll(num, NULL, 10));
		else
			jw_uint(jw, raw);
	}
}

static void j_changed(struct emit *e) { (void)e; changed_next = true; }

/* -Y / pidns: the number stays a number; what they add goes beside it */
static void j_pid(struct emit *e, const char *key, int64_t v, const char *comm, int64_t ns_pid)
{
	struct json_writer *jw = begin_value(e, key);
	jw_int(jw, v);
	if (jw_in_array(jw))
		return;
	char buf[64];
	if (comm && *comm) {
		snprintf(buf, sizeof(buf), "%s_comm", key ? key : "");
		jw_key(jw, buf);
		jw_cstr(jw, comm);
	}
	if (ns_pid) {
		snprintf(buf, sizeof(buf), "%s_ns", key ? key : "");
		jw_key(jw, buf);
		jw_int(jw, ns_pid);
	}
}

/* "PREFIX_KEY" into buf */
static const char *fd_key(char *buf, size_t size, const char *prefix, const char *key)
{
	snprintf(buf, size, "%s_%s", prefix ? prefix : "", key);
	return buf;
}

/* -yy: a socket's state as an object (docs/json.md) */
static void json_fd_sock(struct json_writer *jw, const struct fd_name *fn)
{
	const struct sct_fd_sock *so = fn->sock;
	jw_begin_object(jw);
	jw_key(jw, "proto");
	jw_cstr(jw, fn->sock_proto);
	jw_key(jw, "family");
	jw_cstr(jw, fn->sock_family);
	jw_key(jw, "inode");
	jw_uint(jw, fn->sock_ino);
	if (fn->sock_src[0]) {
		jw_key(jw, "src");
		jw_cstr(jw, fn->sock_src);
		jw_key(jw, "sport");
		jw_uint(jw, so->sport);
		jw_key(jw, "dst");
		jw_cstr(jw, fn->sock_dst);
		jw_key(jw, "dport");
		jw_uint(jw, so->dport);
	}
	if (so->peer_ino) {
		jw_key(jw, "peer");
		jw_uint(jw, so->peer_ino);
	}
	if (fn->unix_name_len) {
		jw_key(jw, fn->unix_abstract ? "abstract" : "path");
		jw_string(jw, fn->unix_name, fn->unix_name_len);
	}
	if (fn->nl_proto) {
		jw_key(jw, "protocol");
		jw_cstr(jw, fn->nl_proto);
		jw_key(jw, "portid");
		jw_uint(jw, so->portid);
	}
	jw_end_object(jw);
}

void json_fd_name(struct json_writer *jw, const char *prefix, const struct fd_name *fn)
{
	char buf[80];
	jw_key(jw, fd_key(buf, sizeof(buf), prefix, "path"));
	if (fn->efd)  /* the name, not the text form's {eventfd-count=...} */
		jw_cstr(jw, "anon_inode:[eventfd]");
	else
		jw_string(jw, fn->name, fn->len);
	if (fn->dev[0]) {  /* --decode-fds=dev: "char 1:3" */
		jw_key(jw, fd_key(buf, sizeof(buf), prefix, "dev"));
		jw_cstr(jw, fn->dev);
	}
	if (fn->sock) {
		jw_key(jw, fd_key(buf, sizeof(buf), prefix, "socket"));
		json_fd_sock(jw, fn);
	}
	if (fn->efd) {
		jw_key(jw, fd_key(buf, sizeof(buf), prefix, "eventfd"));
		jw_begin_object(jw);
		jw_key(jw, "count");
		jw_uint(jw, fn->efd->count);
		jw_key(jw, "id");
		jw_int(jw, fn->efd->id);
		jw_key(jw, "semaphore");
		jw_bool(jw, fn->efd_semaphore);
		jw_end_object(jw);
	}
	if (fn->flags & EMIT_FD_DELETED) {
		jw_key(jw, fd_key(buf, sizeof(buf), prefix, "deleted"));
		jw_bool(jw, true);
	}
	if (fn->flags & EMIT_FD_TRUNC) {
		jw_key(jw, fd_key(buf, sizeof(buf), prefix, "path_truncated"));
		jw_bool(jw, true);
	}
}

/* JSON -y: "filename":"x","filename_abs":"/cwd/x" */
static void j_abs_path(struct emit *e, const char *key, const char *path, size_t len)
{
	struct json_writer *jw = writer(e);
	char buf[80];
	if (jw_in_array(jw))
		return;
	jw_key(jw, fd_key(buf, sizeof(buf), key, "abs"));
	jw_string(jw, path, len);
}

/* -y: "fd":3,"fd_path":"/x" (and "fd_deleted", "fd_path_truncated") */
static void j_fd_path(struct emit *e, const char *key, const struct fd_name *fn)
{
	struct json_writer *jw = writer(e);
	if (jw_in_array(jw))
		return;
	json_fd_name(jw, key, fn);
}

static const struct emit_ops json_ops = {
	.int_ = j_int,
	.uint_ = j_uint,
	.hex = j_hex,
	.octal = j_octal,
	.ptr = j_ptr,
	.str = j_str,
	.sym = j_sym,
	.ptr_count = j_ptr_count,
	.begin_array = j_begin_array,
	.end_array = j_end_array,
	.begin_struct = j_begin_struct,
	.end_struct = j_end_struct,
	.more = j_more,
	.changed = j_changed,
	.sym_raw = j_sym_raw,
	.pid = j_pid,
	.fd_path = j_fd_path,
	.abs_path = j_abs_path,
	.sym_keyless = j_sym_keyless,
};

void emit_json_init(struct emit *e, struct emit_json *st, struct json_writer *jw)
{
	st->jw = jw;
	st->base = jw->depth;
	st->top[0] = '\0';
	st->ncut = 0;
	changed_next = false;
	e->ops = &json_ops;
	e->backend = st;
}
