// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Time and waiting: clock ids, TIMER_ABSTIME, struct timespec/timeval
 * read by the kernel, and futex (whose arguments are shown by operation,
 * as strace does: futex(0x7f.., FUTEX_WAKE_PRIVATE, 1) has three).
 */
#include "decode_priv.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

const struct flag_name clock_ids[] = {
	{ 0, "CLOCK_REALTIME" },
	{ 1, "CLOCK_MONOTONIC" },
	{ 2, "CLOCK_PROCESS_CPUTIME_ID" },
	{ 3, "CLOCK_THREAD_CPUTIME_ID" },
	{ 4, "CLOCK_MONOTONIC_RAW" },
	{ 5, "CLOCK_REALTIME_COARSE" },
	{ 6, "CLOCK_MONOTONIC_COARSE" },
	{ 7, "CLOCK_BOOTTIME" },
	{ 8, "CLOCK_REALTIME_ALARM" },
	{ 9, "CLOCK_BOOTTIME_ALARM" },
	{ 10, "CLOCK_SGI_CYCLE" },
	{ 11, "CLOCK_TAI" },
	{ 0, NULL }
};

const struct flag_name timer_flags[] = {
	{ 1, "TIMER_ABSTIME" },
	{ 0, NULL }
};

/* futex commands (op & FUTEX_CMD_MASK) */
enum {
	FX_WAIT = 0, FX_WAKE = 1, FX_FD = 2, FX_REQUEUE = 3, FX_CMP_REQUEUE = 4,
	FX_WAKE_OP = 5, FX_LOCK_PI = 6, FX_UNLOCK_PI = 7, FX_TRYLOCK_PI = 8,
	FX_WAIT_BITSET = 9, FX_WAKE_BITSET = 10, FX_WAIT_REQUEUE_PI = 11,
	FX_CMP_REQUEUE_PI = 12, FX_LOCK_PI2 = 13,
};
#define K_FUTEX_PRIVATE 128
#define K_FUTEX_CLOCK_REALTIME 256
#define FXP(x) ((x) | K_FUTEX_PRIVATE)
#define FXR(x) ((x) | K_FUTEX_CLOCK_REALTIME)
/* FUTEX_UNLOCK_*_LIST64/32: 0x200 and 0x200|0x400 (newer than 6.1's headers) */
#define FXL64(x) ((x) | 0x200)
#define FXL32(x) ((x) | 0x600)

/* strace looks the whole op up as one value */
const struct flag_name futex_ops[] = {
	{ FX_WAIT, "FUTEX_WAIT" },
	{ FX_WAKE, "FUTEX_WAKE" },
	{ FX_FD, "FUTEX_FD" },
	{ FX_REQUEUE, "FUTEX_REQUEUE" },
	{ FX_CMP_REQUEUE, "FUTEX_CMP_REQUEUE" },
	{ FX_WAKE_OP, "FUTEX_WAKE_OP" },
	{ FX_LOCK_PI, "FUTEX_LOCK_PI" },
	{ FX_UNLOCK_PI, "FUTEX_UNLOCK_PI" },
	{ FX_TRYLOCK_PI, "FUTEX_TRYLOCK_PI" },
	{ FX_WAIT_BITSET, "FUTEX_WAIT_BITSET" },
	{ FX_WAKE_BITSET, "FUTEX_WAKE_BITSET" },
	{ FX_WAIT_REQUEUE_PI, "FUTEX_WAIT_REQUEUE_PI" },
	{ FX_CMP_REQUEUE_PI, "FUTEX_CMP_REQUEUE_PI" },
	{ FX_LOCK_PI2, "FUTEX_LOCK_PI2" },
	{ FXP(FX_WAIT), "FUTEX_WAIT_PRIVATE" },
	{ FXP(FX_WAKE), "FUTEX_WAKE_PRIVATE" },
	{ FXP(FX_FD), "FUTEX_FD|FUTEX_PRIVATE_FLAG" },
	{ FXP(FX_REQUEUE), "FUTEX_REQUEUE_PRIVATE" },
	{ FXP(FX_CMP_REQUEUE), "FUTEX_CMP_REQUEUE_PRIVATE" },
	{ FXP(FX_WAKE_OP), "FUTEX_WAKE_OP_PRIVATE" },
	{ FXP(FX_LOCK_PI), "FUTEX_LOCK_PI_PRIVATE" },
	{ FXP(FX_UNLOCK_PI), "FUTEX_UNLOCK_PI_PRIVATE" },
	{ FXP(FX_TRYLOCK_PI), "FUTEX_TRYLOCK_PI_PRIVATE" },
	{ FXP(FX_WAIT_BITSET), "FUTEX_WAIT_BITSET_PRIVATE" },
	{ FXP(FX_WAKE_BITSET), "FUTEX_WAKE_BITSET_PRIVATE" },
	{ FXP(FX_WAIT_REQUEUE_PI), "FUTEX_WAIT_REQUEUE_PI_PRIVATE" },
	{ FXP(FX_CMP_REQUEUE_PI), "FUTEX_CMP_REQUEUE_PI_PRIVATE" },
	{ FXP(FX_LOCK_PI2), "FUTEX_LOCK_PI2_PRIVATE" },
	{ FXR(FX_WAIT), "FUTEX_WAIT|FUTEX_CLOCK_REALTIME" },
	{ FXR(FXP(FX_WAIT)), "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ FXR(FX_WAIT_BITSET), "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME" },
	{ FXR(FXP(FX_WAIT_BITSET)), "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME" },
	{ FXR(FX_WAIT_REQUEUE_PI), "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME" },
	{ FXR(FXP(FX_WAIT_REQUEUE_PI)), "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME" },
	/* robust-list unlock variants (kernel 6.18 linux/futex.h) */
	{ FXL64(FX_UNLOCK_PI), "FUTEX_UNLOCK_PI_LIST64" },
	{ FXP(FXL64(FX_UNLOCK_PI)), "FUTEX_UNLOCK_PI_LIST64_PRIVATE" },
	{ FXL32(FX_UNLOCK_PI), "FUTEX_UNLOCK_PI_LIST32" },
	{ FXP(FXL32(FX_UNLOCK_PI)), "FUTEX_UNLOCK_PI_LIST32_PRIVATE" },
	{ FXL64(FX_WAKE), "FUTEX_UNLOCK_WAKE_LIST64" },
	{ FXP(FXL64(FX_WAKE)), "FUTEX_UNLOCK_WAKE_LIST64_PRIVATE" },
	{ FXL32(FX_WAKE), "FUTEX_UNLOCK_WAKE_LIST32" },
	{ FXP(FXL32(FX_WAKE)), "FUTEX_UNLOCK_WAKE_LIST32_PRIVATE" },
	{ FXL64(FX_WAKE_BITSET), "FUTEX_UNLOCK_BITSET_LIST64" },
	{ FXP(FXL64(FX_WAKE_BITSET)), "FUTEX_UNLOCK_BITSET_LIST64_PRIVATE" },
	{ FXL32(FX_WAKE_BITSET), "FUTEX_UNLOCK_BITSET_LIST32" },
	{ FXP(FXL32(FX_WAKE_BITSET)), "FUTEX_UNLOCK_BITSET_LIST32_PRIVATE" },
	{ 0, NULL }
};

static const struct flag_name futex_bitsets[] = {
	{ 0xffffffff, "FUTEX_BITSET_MATCH_ANY" },
	{ 0, NULL }
};

static const struct flag_name futex_wake_ops[] = {
	{ 0, "FUTEX_OP_SET" },
	{ 1, "FUTEX_OP_ADD" },
	{ 2, "FUTEX_OP_OR" },
	{ 3, "FUTEX_OP_ANDN" },
	{ 4, "FUTEX_OP_XOR" },
	{ 0, NULL }
};

static const struct flag_name futex_wake_cmps[] = {
	{ 0, "FUTEX_OP_CMP_EQ" },
	{ 1, "FUTEX_OP_CMP_NE" },
	{ 2, "FUTEX_OP_CMP_LT" },
	{ 3, "FUTEX_OP_CMP_LE" },
	{ 4, "FUTEX_OP_CMP_GT" },
	{ 5, "FUTEX_OP_CMP_GE" },
	{ 0, NULL }
};

/* ------------------------------------------------------------ clocks */

void dec_clock_id(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, clock_ids, arg_uint(c, i), "CLOCK_???");
}

/* ------------------------------------------------------ time structs */

/* {tv_sec=1, tv_nsec=0} / {tv_sec=1, tv_usec=0} from 16 captured bytes */
static void emit_time16(struct emit *e, const char *key, const struct call *c, int i,
			const char *subkey)
{
	int64_t t[2];
	/* NULL, unreadable, or -e verbose=none (strace's umove_or_printaddr) */
	if (!call_verbose(c) || !call_struct(c, i, t, sizeof(t))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_int(e, "tv_sec", t[0]);
	emit_uint(e, subkey, (uint64_t)t[1]);   /* strace: %llu */
	emit_end_struct(e);
}

void dec_timespec_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_time16(e, key, c, i, "tv_nsec");
}

void dec_timeval_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_time16(e, key, c, i, "tv_usec");
}

void dec_timespec_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_time16(e, key, c, i, "tv_nsec");
}

/* ------------------------------------------------------------ futex */

static int futex_cmd(const struct call *c)
{
	int oi = fmt_find_arg(c, A_FUTEX_OP);
	return oi >= 0 ? arg_int(c, oi) & 127 : -1;
}

static bool futex_known(int cmd)
{
	return cmd >= FX_WAIT && cmd <= FX_LOCK_PI2;
}

void dec_futex_op(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, futex_ops, arg_uint(c, i), "FUTEX_???");
}

/* val: all but the PI lock operations */
void dec_futex_val(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (futex_cmd(c)) {
	case FX_LOCK_PI: case FX_LOCK_PI2: case FX_UNLOCK_PI: case FX_TRYLOCK_PI:
		return;
	}
	emit_uint(e, key, arg_uint(c, i));
}

/* the 4th argument: a timeout, val2, or (unknown op) an address */
void dec_futex_timeout(struct emit *e, const struct call *c, int i, const char *key)
{
	int cmd = futex_cmd(c);
	switch (cmd) {
	case FX_WAIT: case FX_LOCK_PI: case FX_LOCK_PI2: case FX_WAIT_BITSET:
	case FX_WAIT_REQUEUE_PI:
		emit_time16(e, key, c, i, "tv_nsec");
		return;
	case FX_REQUEUE: case FX_CMP_REQUEUE: case FX_CMP_REQUEUE_PI: case FX_WAKE_OP:
		emit_uint(e, key, arg_uint(c, i));   /* val2 */
		return;
	}
	if (!futex_known(cmd))
		emit_ptr(e, key, arg_u64(c, i));
}

void dec_futex_uaddr2(struct emit *e, const struct call *c, int i, const char *key)
{
	int cmd = futex_cmd(c);
	switch (cmd) {
	case FX_REQUEUE: case FX_CMP_REQUEUE: case FX_CMP_REQUEUE_PI: case FX_WAKE_OP:
	case FX_WAIT_REQUEUE_PI:
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	if (!futex_known(cmd))
		emit_ptr(e, key, arg_u64(c, i));
}

/* FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1 */
static void emit_wake_op(struct emit *e, const char *key, unsigned v)
{
	char buf[160];
	size_t len = 0;
	const char *name;

	buf[0] = '\0';
	if ((v >> 28) & 8)
		len = str_append(buf, sizeof(buf), len, "FUTEX_OP_OPARG_SHIFT<<28|");
	name = lookup_value(futex_wake_ops, (v >> 28) & 7);
	len = name ? str_append(buf, sizeof(buf), len, name)
		   : hex_append(buf, sizeof(buf), len, (v >> 28) & 7);
	len = str_append(buf, sizeof(buf), len, "<<28");
	if (!name)
		len = str_append(buf, sizeof(buf), len, " /* FUTEX_OP_??? */");
	len = str_append(buf, sizeof(buf), len, "|");
	len = hex_append(buf, sizeof(buf), len, (v >> 12) & 0xfff);
	len = str_append(buf, sizeof(buf), len, "<<12|");
	name = lookup_value(futex_wake_cmps, (v >> 24) & 0xf);
	len = name ? str_append(buf, sizeof(buf), len, name)
		   : hex_append(buf, sizeof(buf), len, (v >> 24) & 0xf);
	len = str_append(buf, sizeof(buf), len, "<<24");
	if (!name)
		len = str_append(buf, sizeof(buf), len, " /* FUTEX_OP_CMP_??? */");
	len = str_append(buf, sizeof(buf), len, "|");
	hex_append(buf, sizeof(buf), len, v & 0xfff);
	emit_sym(e, key, buf);
}

void dec_futex_val3(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned v = arg_uint(c, i);
	int cmd = futex_cmd(c);
	switch (cmd) {
	case FX_WAIT_BITSET: case FX_WAKE_BITSET:
		emit_xval(e, key, futex_bitsets, v, NULL);
		return;
	case FX_CMP_REQUEUE: case FX_CMP_REQUEUE_PI:
		emit_uint(e, key, v);
		return;
	case FX_WAKE_OP:
		emit_wake_op(e, key, v);
		return;
	}
	if (!futex_known(cmd))
		emit_hex(e, key, v);
}

void dec_timeval_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_time16(e, key, c, i, "tv_usec");
}

/* time(2)'s return value: = 1795404534 (2026-11-23T03:28:54+0000) */
bool time_has_ret_aux(const struct call *c)
{
	(void)c;
	return true;
}

void time_ret_aux(struct emit *e, const struct call *c)
{
	time_t t = (time_t)c->rec->ret;
	struct tm tm;
	char buf[64];
	if (!localtime_r(&t, &tm) || !strftime(buf, sizeof(buf), "%FT%T%z", &tm))
		snprintf(buf, sizeof(buf), "%lld", (long long)c->rec->ret);
	emit_sym(e, NULL, buf);
}

/* struct sigevent (timer_create, mq_notify): strace's print_sigevent */
static const struct flag_name sigev_notifies[] = {
	{ 0, "SIGEV_SIGNAL" },
	{ 1, "SIGEV_NONE" },
	{ 2, "SIGEV_THREAD" },
	{ 4, "SIGEV_THREAD_ID" },
	{ 0, NULL }
};

void dec_sigevent(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t ev[32];
	if (!call_struct(c, i, ev, sizeof(ev))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	uint64_t val, fn, attr;
	int32_t signo, notify, tid;
	memcpy(&val, ev, 8);
	memcpy(&signo, ev + 8, 4);
	memcpy(&notify, ev + 12, 4);
	memcpy(&tid, ev + 16, 4);
	memcpy(&fn, ev + 16, 8);
	memcpy(&attr, ev + 24, 8);
	emit_begin_struct(e, key);
	if (val) {
		emit_begin_struct(e, "sigev_value");
		emit_int(e, "sival_int", (int32_t)val);
		emit_ptr(e, "sival_ptr", val);
		emit_end_struct(e);
	}
	if (notify == 0 || notify == 2 || notify == 4) {
		char buf[32];
		const char *n = signal_name(signo, buf, sizeof(buf));
		if (n)
			emit_sym(e, "sigev_signo", n);
		else
			emit_int(e, "sigev_signo", signo);
	} else {
		emit_uint(e, "sigev_signo", (uint32_t)signo);
	}
	emit_xval(e, "sigev_notify", sigev_notifies, (uint32_t)notify, "SIGEV_???");
	if (notify == 4) {
		emit_int(e, "sigev_notify_thread_id", tid);
	} else if (notify == 2) {
		emit_ptr(e, "sigev_notify_function", fn);
		emit_ptr(e, "sigev_notify_attributes", attr);
	}
	emit_end_struct(e);
}

/* an int the kernel stored: [0]; the address when the call failed */
void dec_int_out(struct emit *e, const struct call *c, int i, const char *key)
{
	int32_t v;
	if (!call_ok(c) || !call_struct(c, i, &v, sizeof(v))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_int(e, NULL, v);
	emit_end_array(e);
}
