// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Scheduling and other small syscalls whose arguments need their own
 * decoder: sched_{set,get}param, sched_setscheduler, I/O priorities
 * (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)), kcmp, the x86 thread area
 * (struct user_desc), file handles, sethostname, settimeofday's timezone,
 * queued signals (rt_sigqueueinfo's siginfo, rt_sigpending's set).  Structs print as addresses under -e verbose=none,
 * as strace's umove_or_printaddr() does.
 */
#include "decode_priv.h"
#include "pidnames.h"

#include <asm/unistd_64.h>
#include <linux/fcntl.h>
#include <linux/ioprio.h>
#include <linux/kcmp.h>
#include <stdio.h>
#include <string.h>
#include "unistd_extra.h"

/* A struct argument: its captured bytes, or false (print the address)
 * when it is NULL, unreadable, short, or structs are not decoded. */
static bool fetch(const struct call *c, int i, void *out, size_t size)
{
	return call_verbose(c) && call_struct(c, i, out, size);
}

/* ------------------------------------------------------- scheduling */

extern const struct flag_name sched_policies[];   /* decode_process.c */
#define K_SCHED_RESET_ON_FORK 0x40000000          /* linux/sched.h */

/* {sched_priority=0} */
static void emit_sched_param(struct emit *e, const char *key, const struct call *c, int i)
{
	int32_t prio;
	if (!fetch(c, i, &prio, sizeof(prio))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_int(e, "sched_priority", prio);
	emit_end_struct(e);
}

static void sys_sched_setparam(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_sched_param(e, key, c, i);
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_sched_getparam(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i != 1)
		decode_arg_kind(e, c, i, key);
	else if (!call_ok(c))
		emit_ptr(e, key, arg_u64(c, i));
	else
		emit_sched_param(e, key, c, i);
}

/* SCHED_FIFO, SCHED_RESET_ON_FORK|SCHED_FIFO, SCHED_RESET_ON_FORK|0x77,
 * 0x77 / * SCHED_??? * / */
static void emit_sched_policy(struct emit *e, const char *key, uint32_t v)
{
	if (!(v & K_SCHED_RESET_ON_FORK) || decode_opts.xlat == XLAT_RAW) {
		emit_xval(e, key, sched_policies, v, "SCHED_???");
		return;
	}
	char buf[96], num[24];
	uint32_t policy = v & ~K_SCHED_RESET_ON_FORK;
	const char *name = lookup_value(sched_policies, policy);
	size_t len = str_append(buf, sizeof(buf), 0, "SCHED_RESET_ON_FORK|");
	if (name)
		str_append(buf, sizeof(buf), len, name);
	else
		hex_append(buf, sizeof(buf), len, policy);
	if (decode_opts.xlat == XLAT_VERBOSE) {
		hex_append(num, sizeof(num), 0, v);
		emit_sym_raw(e, key, buf, num, v);
	} else {
		emit_sym(e, key, buf);
	}
}

static void sys_sched_setscheduler(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_sched_policy(e, key, arg_uint(c, i)); break;
	case 2: emit_sched_param(e, key, c, i); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_sched_priority(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, sched_policies, arg_uint(c, i), "SCHED_???");
}

/* ------------------------------------------------------ I/O priority */

static const struct flag_name ioprio_whos[] = {
	{ IOPRIO_WHO_PROCESS, "IOPRIO_WHO_PROCESS" },
	{ IOPRIO_WHO_PGRP, "IOPRIO_WHO_PGRP" },
	{ IOPRIO_WHO_USER, "IOPRIO_WHO_USER" },
	{ 0, NULL }
};

static const struct flag_name ioprio_classes[] = {
	{ IOPRIO_CLASS_NONE, "IOPRIO_CLASS_NONE" },
	{ IOPRIO_CLASS_RT, "IOPRIO_CLASS_RT" },
	{ IOPRIO_CLASS_BE, "IOPRIO_CLASS_BE" },
	{ IOPRIO_CLASS_IDLE, "IOPRIO_CLASS_IDLE" },
	{ 4, "IOPRIO_CLASS_INVALID" },   /* linux/ioprio.h, kernel 6.5 */
	{ 0, NULL }
};

/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4): strace splits the value at bit 13 */
static const char *format_ioprio(char *buf, size_t size, uint32_t v)
{
	size_t len = str_append(buf, size, 0, "IOPRIO_PRIO_VALUE(");
	len = xval_append(buf, size, len, ioprio_classes, v >> 13, "IOPRIO_CLASS_???");
	snprintf(buf + len, size - len, ", %d)", (int)(v & ((1u << 13) - 1)));
	return buf;
}

static void sys_ioprio(struct emit *e, const struct call *c, int i, const char *key)
{
	char buf[128], num[24];
	switch (i) {
	case 0:
		emit_xval(e, key, ioprio_whos, arg_uint(c, i), "IOPRIO_WHO_???");
		break;
	case 1:   /* IOPRIO_WHO_PROCESS: a thread; _PGRP: a group; _USER: a uid */
		if (arg_int(c, 0) == IOPRIO_WHO_PROCESS || arg_int(c, 0) == IOPRIO_WHO_PGRP)
			emit_pid(e, c, key, arg_int(c, i),
				 arg_int(c, 0) == IOPRIO_WHO_PGRP ? PT_PGID : PT_TID);
		else
			emit_int(e, key, arg_int(c, i));
		break;
	case 2:   /* ioprio_set's value: decimal under -X raw, both under verbose */
		if (decode_opts.xlat == XLAT_RAW) {
			emit_int(e, key, arg_int(c, i));
			break;
		}
		format_ioprio(buf, sizeof(buf), arg_uint(c, i));
		if (decode_opts.xlat == XLAT_VERBOSE) {
			snprintf(num, sizeof(num), "%d", arg_int(c, i));
			emit_sym_raw(e, key, buf, num, arg_uint(c, i));
		} else {
			emit_sym(e, key, buf);
		}
		break;
	}
}

/* ioprio_get's return value: = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)) */
static bool ioprio_has_ret_aux(const struct call *c)
{
	return decode_opts.xlat != XLAT_RAW;
}

static void ioprio_ret_aux(struct emit *e, const struct call *c)
{
	char buf[128];
	emit_sym(e, NULL, format_ioprio(buf, sizeof(buf), (uint32_t)c->rec->ret));
}

/* --------------------------------------------------------------- kcmp */

static const struct flag_name kcmp_types[] = {
	{ KCMP_FILE, "KCMP_FILE" },
	{ KCMP_VM, "KCMP_VM" },
	{ KCMP_FILES, "KCMP_FILES" },
	{ KCMP_FS, "KCMP_FS" },
	{ KCMP_SIGHAND, "KCMP_SIGHAND" },
	{ KCMP_IO, "KCMP_IO" },
	{ KCMP_SYSVSEM, "KCMP_SYSVSEM" },
	{ KCMP_EPOLL_TFD, "KCMP_EPOLL_TFD" },
	{ 0, NULL }
};

/* idx1/idx2 by type: two fds (KCMP_FILE), an fd and a struct
 * kcmp_epoll_slot (KCMP_EPOLL_TFD), nothing, or hex (unknown types) */
static void sys_kcmp(struct emit *e, const struct call *c, int i, const char *key)
{
	int type = arg_int(c, 2);
	if (i < 2) {
		emit_pid(e, c, key, arg_int(c, i), PT_TGID);
		return;
	}
	if (i == 2) {
		emit_xval(e, key, kcmp_types, (uint32_t)type, "KCMP_???");
		return;
	}
	switch (type) {
	case KCMP_FILE:
		emit_int(e, key, arg_int(c, i));
		return;
	case KCMP_EPOLL_TFD:
		if (i == 3) {
			emit_int(e, key, arg_int(c, i));
			return;
		}
		uint32_t slot[3];
		if (!fetch(c, i, slot, sizeof(slot))) {
			emit_ptr(e, key, arg_u64(c, i));
			return;
		}
		emit_begin_struct(e, key);
		emit_int(e, "efd", (int32_t)slot[0]);
		emit_int(e, "tfd", (int32_t)slot[1]);
		emit_uint(e, "toff", slot[2]);
		emit_end_struct(e);
		return;
	case KCMP_VM: case KCMP_FILES: case KCMP_FS: case KCMP_SIGHAND:
	case KCMP_IO: case KCMP_SYSVSEM:
		return;
	default:
		emit_hex(e, key, arg_u64(c, i));
	}
}

/* ------------------------------------------------------- host names */

/* the name as a string of `len` bytes; the address beyond __NEW_UTS_LEN */
static void sys_sethostname(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 0 && arg_uint(c, 1) > 64)
		emit_ptr(e, key, arg_u64(c, 0));
	else if (i == 1)
		emit_uint(e, key, arg_uint(c, 1));
	else
		decode_arg_kind(e, c, i, key);
}

/* ------------------------------------------------------ settimeofday */

static void sys_settimeofday(struct emit *e, const struct call *c, int i, const char *key)
{
	int32_t tz[2];
	if (i != 1) {
		if (!call_verbose(c))
			emit_ptr(e, key, arg_u64(c, i));
		else
			decode_arg_kind(e, c, i, key);
		return;
	}
	if (!fetch(c, i, tz, sizeof(tz))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_int(e, "tz_minuteswest", tz[0]);
	emit_int(e, "tz_dsttime", tz[1]);
	emit_end_struct(e);
}

/* ------------------------------------------------------ thread area */

#define USER_DESC_SIZE 16   /* asm/ldt.h struct user_desc */

/* strace's PRINT_FIELD_0X of a 32-bit field: %#08x */
static void emit_hex8(struct emit *e, const char *key, uint32_t v)
{
	char buf[16];
	snprintf(buf, sizeof(buf), "%#08x", v);
	emit_sym(e, key, buf);
}

static void emit_entry_number(struct emit *e, uint32_t n)
{
	if (n == UINT32_MAX)
		emit_int(e, "entry_number", -1);
	else
		emit_uint(e, "entry_number", n);
}

/* the fields after entry_number */
static void emit_user_desc_rest(struct emit *e, const uint32_t *d)
{
	emit_hex8(e, "base_addr", d[1]);
	emit_hex8(e, "limit", d[2]);
	emit_uint(e, "seg_32bit", d[3] & 1);
	emit_uint(e, "contents", (d[3] >> 1) & 3);
	emit_uint(e, "read_exec_only", (d[3] >> 3) & 1);
	emit_uint(e, "limit_in_pages", (d[3] >> 4) & 1);
	emit_uint(e, "seg_not_present", (d[3] >> 5) & 1);
	emit_uint(e, "useable", (d[3] >> 6) & 1);
	emit_uint(e, "lm", (d[3] >> 7) & 1);
}

static void sys_set_thread_area(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t d[4];
	if (!fetch(c, i, d, sizeof(d))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_entry_number(e, d[0]);
	emit_user_desc_rest(e, d);
	emit_end_struct(e);
}

/* set_thread_area's return: = 0 (entry_number=12), the slot the kernel chose */
static bool thread_area_has_ret_aux(const struct call *c)
{
	return call_verbose(c) && c->out[0].b && !(c->out[0].b->flags & SCT_BF_FAULT) &&
	       c->out[0].b->len >= USER_DESC_SIZE;
}

static void thread_area_ret_aux(struct emit *e, const struct call *c)
{
	char buf[32];
	uint32_t n;
	memcpy(&n, c->out[0].data, sizeof(n));
	snprintf(buf, sizeof(buf), "entry_number=%u", n);
	emit_sym(e, NULL, buf);
}

/* get_thread_area: {entry_number=12, ...} when it failed, else the
 * descriptor the kernel filled in */
static void sys_get_thread_area(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t d[4];
	if (!fetch(c, i, d, sizeof(d))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_entry_number(e, d[0]);
	if (!call_ok(c)) {
		emit_more(e);
	} else {
		const struct blob_ref *x = &c->out[i];
		if (x->b && !(x->b->flags & SCT_BF_FAULT) && x->b->len >= sizeof(d))
			memcpy(d, x->data, sizeof(d));
		emit_user_desc_rest(e, d);
	}
	emit_end_struct(e);
}

/* ------------------------------------------------------ file handles */

#define MAX_HANDLE_BYTES 128   /* MAX_HANDLE_SZ, linux/exportfs.h */
#define FILE_HANDLE_CAP (8 + MAX_HANDLE_BYTES)

static const struct flag_name name_to_handle_at_flags[] = {
	{ 0x001, "AT_HANDLE_MNT_ID_UNIQUE" },   /* linux/fcntl.h, kernel 6.12 */
	{ 0x002, "AT_HANDLE_CONNECTABLE" },     /* linux/fcntl.h, kernel 6.13 */
	{ 0x200, "AT_HANDLE_FID" },             /* linux/fcntl.h, kernel 6.5 */
	{ AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW" },
	{ AT_EMPTY_PATH, "AT_EMPTY_PATH" },
	{ 0, NULL }
};

/* f_handle="\x02\x00...": handle_bytes (at most 128) bytes after the
 * header, always in hex; `...` when handle_bytes is larger */
static void emit_f_handle(struct emit *e, const struct blob_ref *r, uint32_t bytes)
{
	size_t n = bytes < MAX_HANDLE_BYTES ? bytes : MAX_HANDLE_BYTES;
	if (!r || r->b->len < 8 + n) {
		emit_sym(e, "f_handle", "???");
		return;
	}
	emit_str(e, "f_handle", r->data + 8, n,
		 EMIT_STR_HEX | (bytes > MAX_HANDLE_BYTES ? EMIT_STR_TRUNC : 0));
}

static void sys_open_by_handle_at(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t h[2];
	if (i != 1) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	if (!fetch(c, i, h, sizeof(h))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "handle_bytes", h[0]);
	emit_int(e, "handle_type", (int32_t)h[1]);
	emit_f_handle(e, call_blob(c, i), h[0]);
	emit_end_struct(e);
}

/* name_to_handle_at: {handle_bytes=128 => 8, handle_type=1, f_handle=...}:
 * the size given (entry) and the one the kernel wrote (on success or
 * EOVERFLOW), then mount_id as the kernel wrote it */
static void sys_name_to_handle_at(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t h[2], out[2];
	switch (i) {
	case 2:
		break;
	case 3: {
		int32_t id;
		const struct blob_ref *x = c->exiting ? &c->out[i] : NULL;
		if (!fetch(c, 2, h, sizeof(h))) {   /* no handle: strace shows the address */
			emit_ptr(e, key, arg_u64(c, i));
			return;
		}
		if (!call_ok(c) || !x || !x->b || (x->b->flags & SCT_BF_FAULT) ||
		    x->b->len < sizeof(id)) {
			emit_ptr(e, key, arg_u64(c, i));
			return;
		}
		memcpy(&id, x->data, sizeof(id));
		emit_begin_array(e, key);
		emit_int(e, NULL, id);
		emit_end_array(e);
		return;
	}
	case 4:
		emit_flags(e, key, name_to_handle_at_flags, arg_uint(c, i), "AT_???");
		return;
	default:
		decode_arg_kind(e, c, i, key);
		return;
	}

	if (!fetch(c, i, h, sizeof(h))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "handle_bytes", h[0]);
	const struct blob_ref *x = c->exiting ? &c->out[i] : NULL;
	int err = call_failed(c) ? (int)-c->rec->ret : 0;
	if (x && x->b && !(x->b->flags & SCT_BF_FAULT) && x->b->len >= sizeof(out) &&
	    !(c->rec->flags & SCT_SF_NORET) && (!err || err == 75 /* EOVERFLOW */)) {
		memcpy(out, x->data, sizeof(out));
		if (out[0] != h[0]) {
			emit_changed(e);
			emit_uint(e, "handle_bytes", out[0]);
		}
		if (!err) {
			emit_int(e, "handle_type", (int32_t)out[1]);
			emit_f_handle(e, x, out[0]);
		}
	}
	emit_end_struct(e);
}

/* ---------------------------------------------------------- signals */

/* rt_sigpending: the set as the kernel wrote it, sigsetsize bytes (1..8:
 * the old sigpending shares this code in the kernel) */
static void sys_rt_sigpending(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t len = arg_u64(c, 1), set = 0;
	if (i == 1) {
		emit_uint(e, key, len);
		return;
	}
	const struct blob_ref *r = call_ok(c) ? call_blob(c, 0) : NULL;
	if (!call_verbose(c) || len < 1 || len > 8 || !r || r->b->len < len) {
		emit_ptr(e, key, arg_u64(c, 0));
		return;
	}
	char buf[FLAGS_BUF];
	memcpy(&set, r->data, len);
	emit_sym(e, key, format_sigset_words(buf, sizeof(buf), set, (unsigned)(len + 3) / 4));
}

/* rt_sigqueueinfo, rt_tgsigqueueinfo: the siginfo given (last argument) */
static void sys_sigqueueinfo(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t si[128];
	int last = c->rec->nr == __NR_rt_sigqueueinfo ? 2 : 3;
	if (i != last) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	if (!fetch(c, i, si, sizeof(si))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_siginfo(e, key, si);
}

/* ------------------------------------------------------------- rows */

const struct syscall_row decode_rows_sched[] = {
	SYS(sched_setparam, .arg = { A_TID }, .decode = sys_sched_setparam,
	    .cap = { [1] = CAP_IN(4) }),
	SYS(sched_getparam, .arg = { A_TID }, .entry_args = 1, .decode = sys_sched_getparam,
	    .cap = { [1] = CAP_OUT(4) }),
	SYS(sched_setscheduler, .arg = { A_TID }, .decode = sys_sched_setscheduler,
	    .cap = { [2] = CAP_IN(4) }),
	SYS(sched_get_priority_max, .decode = sys_sched_priority),
	SYS(sched_get_priority_min, .decode = sys_sched_priority),
	SYS(ioprio_set, .decode = sys_ioprio),
	SYS(ioprio_get, .decode = sys_ioprio, .has_ret_aux = ioprio_has_ret_aux,
	    .ret_aux = ioprio_ret_aux),
	SYS(kcmp, .decode = sys_kcmp, .cap = { [4] = CAP_IN_OPT(12) }),
	SYS(sethostname, .arg = { A_BUF_IN, A_UINT }, .lenarg = { [0] = 1 },
	    .decode = sys_sethostname),
	SYS(setdomainname, .arg = { A_BUF_IN, A_UINT }, .lenarg = { [0] = 1 },
	    .decode = sys_sethostname),
	SYS(settimeofday, .arg = { A_TIMEVAL_IN }, .decode = sys_settimeofday,
	    .cap = { [1] = CAP_IN(8) }),
	SYS(set_thread_area, .decode = sys_set_thread_area, .cap = { [0] = CAP_IN(USER_DESC_SIZE) },
	    .has_ret_aux = thread_area_has_ret_aux, .ret_aux = thread_area_ret_aux),
	SYS(get_thread_area, .decode = sys_get_thread_area,
	    .cap = { [0] = CAP_IN(USER_DESC_SIZE) }),
	/* .blocks: an entry record keeps handle_bytes as it was given */
	SYS(name_to_handle_at, .arg = { A_DIRFD, A_PATH }, .decode = sys_name_to_handle_at,
	    .blocks = 1, .cap = { [2] = CAP_IN(FILE_HANDLE_CAP), [3] = CAP_IN(4) }),
	SYS(open_by_handle_at, .arg = { A_FD, A_DEFAULT, A_OPEN_FLAGS }, .ret = R_FD,
	    .decode = sys_open_by_handle_at, .cap = { [1] = CAP_IN(FILE_HANDLE_CAP) }),
	SYS(rt_sigpending, .decode = sys_rt_sigpending, .cap = { [0] = CAP_OUT(8) }),
	SYS(rt_sigqueueinfo, .arg = { A_PID, A_SIGNAL }, .decode = sys_sigqueueinfo,
	    .cap = { [2] = CAP_IN(128) }),
	SYS(rt_tgsigqueueinfo, .arg = { A_PID, A_TID, A_SIGNAL }, .decode = sys_sigqueueinfo,
	    .cap = { [3] = CAP_IN(128) }),
	SYS_END
};
