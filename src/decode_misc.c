// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the misc family (namespaces, pidfd, rseq, robust lists,
 * futex2, clocks, credentials, scheduling attributes, ...): each syscall's
 * row, and its own decoder where the row's kinds are not enough (strace
 * 7.2's output is the format).
 */
#include "decode_priv.h"
#include "pidnames.h"
#include "unistd_extra.h"

#include <asm/unistd_64.h>
#include <inttypes.h>
#include <linux/capability.h>
#include <linux/futex.h>
#include <linux/personality.h>
#include <linux/sched.h>
#include <linux/timex.h>
#include <stdio.h>
#include <string.h>

/* decode_process.c: scheduling policies (SCHED_OTHER, ...) */
extern const struct flag_name sched_policies[];

/* ------------------------------------------------------------ helpers */

/* strace's is_erestart(): the call was interrupted and will be restarted */
static bool call_erestart(const struct call *c)
{
	int64_t r = c->rec->ret;
	return c->exiting && r <= -512 && r >= -516;  /* ERESTARTSYS..ERESTART_RESTARTBLOCK */
}

/* The exit record's copy of argument i (memory as the call left it) */
static bool call_struct_out(const struct call *c, int i, void *out, size_t size)
{
	const struct blob_ref *r = &c->out[i];
	if (!r->b || (r->b->flags & SCT_BF_FAULT) || r->b->len < size)
		return false;
	memcpy(out, r->data, size);
	return true;
}

/* ------------------------------------------- structs sized by the caller */

/*
 * A CAP_SIZED capture is a page's worth of bytes from the struct's start:
 * BPF keeps what precedes an unreadable page (SCT_BF_PARTIAL), which is
 * what strace can read of it too.
 */
size_t call_sized(const struct call *c, int i, void *out, size_t size)
{
	memset(out, 0, size);
	const struct blob_ref *r = call_blob(c, i);
	if (!arg_u64(c, i) || !r)
		return 0;
	size_t have = r->b->len;
	memcpy(out, r->data, have < size ? have : size);
	return have;
}

#define K_PAGE_SIZE 4096

/*
 * strace's print_nonzero_bytes(addr, ksize, min(usize, page), QUOTE_FORCE_HEX):
 * the bytes a newer caller added past the kernel's struct.  The emit layer
 * has no leading comment, so the comment and the string are one symbol.
 */
void emit_struct_tail(struct emit *e, const struct call *c, int i, size_t ksize, uint64_t usize)
{
	static const char hexd[] = "0123456789abcdef";
	size_t total = usize < K_PAGE_SIZE ? (size_t)usize : K_PAGE_SIZE;
	if (usize <= ksize || total <= ksize)
		return;
	const struct blob_ref *r = arg_u64(c, i) ? call_blob(c, i) : NULL;
	if (!r || r->b->len < total) {
		emit_sym(e, NULL, "???");   /* strace could not read them */
		return;
	}
	size_t k = ksize;
	while (k < total && !r->data[k])
		k++;
	if (k == total)
		return;
	static char buf[64 + 4 * K_PAGE_SIZE];
	int len = snprintf(buf, sizeof(buf), "/* bytes %zu..%zu */ \"", ksize, total - 1);
	for (k = ksize; k < total; k++) {
		buf[len++] = '\\';
		buf[len++] = 'x';
		buf[len++] = hexd[r->data[k] >> 4];
		buf[len++] = hexd[r->data[k] & 15];
	}
	buf[len++] = '"';
	buf[len] = '\0';
	emit_sym(e, NULL, buf);
}

static void emit_timespec_vals(struct emit *e, const char *key, int64_t sec, uint64_t nsec)
{
	emit_begin_struct(e, key);
	emit_int(e, "tv_sec", sec);
	emit_uint(e, "tv_nsec", nsec);
	emit_end_struct(e);
}

/* [N]: an unsigned int the kernel stored; the address when the call failed */
static void emit_uint_out(struct emit *e, const char *key, const struct call *c, int i)
{
	uint32_t v;
	if (!call_ok(c) || !call_struct(c, i, &v, sizeof(v))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_uint(e, NULL, v);
	emit_end_array(e);
}

/* ------------------------------------------------- nanosleep & co */

/* The remaining time is shown only when a signal interrupted the sleep
 * (the kernel does not write it otherwise): strace's is_erestart(). */
static void emit_rem(struct emit *e, const char *key, const struct call *c, int i)
{
	int64_t t[2];
	if (call_erestart(c) && call_struct_out(c, i, t, sizeof(t)))
		emit_timespec_vals(e, key, t[0], (uint64_t)t[1]);
	else
		emit_ptr(e, key, arg_u64(c, i));
}

static void sys_nanosleep(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_rem(e, key, c, i);
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_clock_nanosleep(struct emit *e, const struct call *c, int i, const char *key)
{
	/* with TIMER_ABSTIME (any flag) the kernel leaves rem alone */
	if (i == 3 && arg_u64(c, 1))
		emit_ptr(e, key, arg_u64(c, i));
	else if (i == 3)
		emit_rem(e, key, c, i);
	else
		decode_arg_kind(e, c, i, key);
}

/* -------------------------------------------- adjtimex, clock_adjtime */

static const struct flag_name adjtimex_modes[] = {
	{ ADJ_OFFSET_SS_READ, "ADJ_OFFSET_SS_READ" },
	{ ADJ_OFFSET_SINGLESHOT, "ADJ_OFFSET_SINGLESHOT" },
	{ ADJ_OFFSET, "ADJ_OFFSET" },
	{ ADJ_FREQUENCY, "ADJ_FREQUENCY" },
	{ ADJ_MAXERROR, "ADJ_MAXERROR" },
	{ ADJ_ESTERROR, "ADJ_ESTERROR" },
	{ ADJ_STATUS, "ADJ_STATUS" },
	{ ADJ_TIMECONST, "ADJ_TIMECONST" },
	{ ADJ_TAI, "ADJ_TAI" },
	{ ADJ_SETOFFSET, "ADJ_SETOFFSET" },
	{ ADJ_MICRO, "ADJ_MICRO" },
	{ ADJ_NANO, "ADJ_NANO" },
	{ ADJ_TICK, "ADJ_TICK" },
	{ 0, NULL }
};

static const struct flag_name adjtimex_status[] = {
	{ STA_PLL, "STA_PLL" },
	{ STA_PPSFREQ, "STA_PPSFREQ" },
	{ STA_PPSTIME, "STA_PPSTIME" },
	{ STA_FLL, "STA_FLL" },
	{ STA_INS, "STA_INS" },
	{ STA_DEL, "STA_DEL" },
	{ STA_UNSYNC, "STA_UNSYNC" },
	{ STA_FREQHOLD, "STA_FREQHOLD" },
	{ STA_PPSSIGNAL, "STA_PPSSIGNAL" },
	{ STA_PPSJITTER, "STA_PPSJITTER" },
	{ STA_PPSWANDER, "STA_PPSWANDER" },
	{ STA_PPSERROR, "STA_PPSERROR" },
	{ STA_CLOCKERR, "STA_CLOCKERR" },
	{ STA_NANO, "STA_NANO" },
	{ STA_MODE, "STA_MODE" },
	{ STA_CLK, "STA_CLK" },
	{ 0, NULL }
};

static const struct flag_name adjtimex_states[] = {
	{ TIME_OK, "TIME_OK" },
	{ TIME_INS, "TIME_INS" },
	{ TIME_DEL, "TIME_DEL" },
	{ TIME_OOP, "TIME_OOP" },
	{ TIME_WAIT, "TIME_WAIT" },
	{ TIME_ERROR, "TIME_ERROR" },
	{ 0, NULL }
};

#define TIMEX_SIZE 208   /* x86_64 struct __kernel_timex */

/* struct __kernel_timex, as the kernel left it (strace prints it at exit;
 * the address when the call failed) */
static void emit_timex(struct emit *e, const char *key, const struct call *c, int i)
{
	uint8_t tx[TIMEX_SIZE];
	if (!call_ok(c) || !call_verbose(c) || !call_struct(c, i, tx, sizeof(tx))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	int64_t q[TIMEX_SIZE / 8];
	memcpy(q, tx, sizeof(q));
	emit_begin_struct(e, key);
	emit_flags(e, "modes", adjtimex_modes, (uint32_t)q[0], "ADJ_???");
	emit_int(e, "offset", q[1]);
	emit_int(e, "freq", q[2]);
	emit_int(e, "maxerror", q[3]);
	emit_int(e, "esterror", q[4]);
	emit_flags(e, "status", adjtimex_status, (uint32_t)q[5], "STA_???");
	emit_int(e, "constant", q[6]);
	emit_int(e, "precision", q[7]);
	emit_int(e, "tolerance", q[8]);
	emit_begin_struct(e, "time");
	emit_int(e, "tv_sec", q[9]);
	emit_uint(e, "tv_usec", (uint64_t)q[10]);
	emit_end_struct(e);
	emit_int(e, "tick", q[11]);
	emit_int(e, "ppsfreq", q[12]);
	emit_int(e, "jitter", q[13]);
	emit_int(e, "shift", (int32_t)q[14]);
	emit_int(e, "stabil", q[15]);
	emit_int(e, "jitcnt", q[16]);
	emit_int(e, "calcnt", q[17]);
	emit_int(e, "errcnt", q[18]);
	emit_int(e, "stbcnt", q[19]);
	emit_int(e, "tai", (int32_t)q[20]);
	emit_end_struct(e);
}

static void sys_adjtimex(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_timex(e, key, c, i);
}

static void sys_clock_adjtime(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_timex(e, key, c, i);
	else
		decode_arg_kind(e, c, i, key);
}

/* = 0 (TIME_OK) */
static bool adjtimex_has_ret_aux(const struct call *c)
{
	return lookup_value(adjtimex_states, (uint64_t)c->rec->ret) != NULL;
}

static void adjtimex_ret_aux(struct emit *e, const struct call *c)
{
	emit_sym(e, NULL, lookup_value(adjtimex_states, (uint64_t)c->rec->ret));
}

/* ------------------------------------------------------------ futex2 */

/* futex2 flags (linux/futex.h, kernel 6.7+; newer than Debian 12's headers) */
#define K_FUTEX2_SIZE_MASK 0x03
static const struct flag_name futex2_sizes[] = {
	{ 0x00, "FUTEX2_SIZE_U8" },
	{ 0x01, "FUTEX2_SIZE_U16" },
	{ 0x02, "FUTEX2_SIZE_U32" },
	{ 0x03, "FUTEX2_SIZE_U64" },
	{ 0, NULL }
};

static const struct flag_name futex2_flags[] = {
	{ 0x04, "FUTEX2_NUMA" },
	{ 0x08, "FUTEX2_MPOL" },          /* kernel 6.16 */
	{ 0x80, "FUTEX2_PRIVATE" },       /* == FUTEX_PRIVATE_FLAG */
	{ 0, NULL }
};

static const struct flag_name futex_bitsets[] = {
	{ FUTEX_BITSET_MATCH_ANY, "FUTEX_BITSET_MATCH_ANY" },
	{ 0, NULL }
};

/* FUTEX2_SIZE_U32|FUTEX2_PRIVATE: the size is a value, the rest flags */
static void emit_futex2_flags(struct emit *e, const char *key, uint32_t v)
{
	char buf[FLAGS_BUF];
	size_t len;
	len = value_append(buf, sizeof(buf), 0, futex2_sizes, v & K_FUTEX2_SIZE_MASK, "FUTEX2_SIZE_???");
	if (v & ~(uint32_t)K_FUTEX2_SIZE_MASK) {
		len = str_append(buf, sizeof(buf), len, "|");
		flags_append(buf, sizeof(buf), len, futex2_flags, v & ~(uint32_t)K_FUTEX2_SIZE_MASK, NULL);
	}
	emit_formatted(e, key, v, buf);
}

#define WAITV_SIZE 24          /* struct futex_waitv */
/* [{val=0x1, uaddr=0x7f.., flags=FUTEX2_SIZE_U32, __reserved=0x..}, ...];
 * the address when the array could not be read */
static void emit_waiters(struct emit *e, const char *key, const struct call *c, int i,
			 uint64_t n)
{
	const struct blob_ref *r = call_blob(c, i);
	uint64_t p = arg_u64(c, i);
	if (!p || (n && (!r || r->b->len < WAITV_SIZE))) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < n; k++) {
		if (k >= c->strsize && call_abbrev(c)) {
			emit_more(e);
			break;
		}
		if ((k + 1) * WAITV_SIZE > r->b->len) {
			emit_more(e);
			break;
		}
		const uint8_t *w = r->data + k * WAITV_SIZE;
		uint64_t val, uaddr;
		uint32_t flags, resv;
		memcpy(&val, w, 8);
		memcpy(&uaddr, w + 8, 8);
		memcpy(&flags, w + 16, 4);
		memcpy(&resv, w + 20, 4);
		emit_begin_struct(e, NULL);
		emit_hex(e, "val", val);
		emit_ptr(e, "uaddr", uaddr);
		emit_futex2_flags(e, "flags", flags);
		if (resv)
			emit_hex(e, "__reserved", resv);
		emit_end_struct(e);
	}
	emit_end_array(e);
}

static void sys_futex_requeue(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_waiters(e, key, c, i, 2); break;
	case 1: emit_hex(e, key, arg_uint(c, i)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_futex_waitv(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 0: emit_waiters(e, key, c, i, arg_uint(c, 1)); break;
	case 2: emit_hex(e, key, arg_uint(c, i)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_futex_wake(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_xval(e, key, futex_bitsets, arg_u64(c, i), NULL); break;
	case 3: emit_futex2_flags(e, key, arg_uint(c, i)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_futex_wait(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 2: emit_xval(e, key, futex_bitsets, arg_u64(c, i), NULL); break;
	case 3: emit_futex2_flags(e, key, arg_uint(c, i)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* ------------------------------------------------- robust futex lists */

/* get_robust_list: [0x7f..] and [24], written by the kernel */
static void sys_get_robust_list(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t v;
	if (i == 0) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	if (!call_ok(c) || !call_struct(c, i, &v, sizeof(v))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	if (i == 1)
		emit_ptr(e, NULL, v);
	else
		emit_uint(e, NULL, v);
	emit_end_array(e);
}

/* -------------------------------------------------------- namespaces */

static const struct flag_name setns_types[] = {
	{ 0x00000080, "CLONE_NEWTIME" },  /* linux/sched.h, kernel 5.6 */
	{ CLONE_NEWNS, "CLONE_NEWNS" },
	{ CLONE_NEWCGROUP, "CLONE_NEWCGROUP" },
	{ CLONE_NEWUTS, "CLONE_NEWUTS" },
	{ CLONE_NEWIPC, "CLONE_NEWIPC" },
	{ CLONE_NEWUSER, "CLONE_NEWUSER" },
	{ CLONE_NEWPID, "CLONE_NEWPID" },
	{ CLONE_NEWNET, "CLONE_NEWNET" },
	{ 0, NULL }
};

static const struct flag_name unshare_flags[] = {
	{ 0x00000080, "CLONE_NEWTIME" },
	{ CLONE_VM, "CLONE_VM" },
	{ CLONE_FS, "CLONE_FS" },
	{ CLONE_FILES, "CLONE_FILES" },
	{ CLONE_SIGHAND, "CLONE_SIGHAND" },
	{ CLONE_THREAD, "CLONE_THREAD" },
	{ CLONE_NEWNS, "CLONE_NEWNS" },
	{ CLONE_SYSVSEM, "CLONE_SYSVSEM" },
	{ CLONE_NEWCGROUP, "CLONE_NEWCGROUP" },
	{ CLONE_NEWUTS, "CLONE_NEWUTS" },
	{ CLONE_NEWIPC, "CLONE_NEWIPC" },
	{ CLONE_NEWUSER, "CLONE_NEWUSER" },
	{ CLONE_NEWPID, "CLONE_NEWPID" },
	{ CLONE_NEWNET, "CLONE_NEWNET" },
	{ 0, NULL }
};

static void sys_setns(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_flags(e, key, setns_types, arg_uint(c, i), "CLONE_NEW???");
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_unshare(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, unshare_flags, arg_u64(c, i), "CLONE_???");
}

/* listns's ns_type: namespace kinds are the CLONE_NEW* bits */
static const struct flag_name ns_types[] = {
	{ 0x00000080, "TIME_NS" },
	{ CLONE_NEWNS, "MNT_NS" },
	{ CLONE_NEWCGROUP, "CGROUP_NS" },
	{ CLONE_NEWUTS, "UTS_NS" },
	{ CLONE_NEWIPC, "IPC_NS" },
	{ CLONE_NEWUSER, "USER_NS" },
	{ CLONE_NEWPID, "PID_NS" },
	{ CLONE_NEWNET, "NET_NS" },
	{ 0, NULL }
};

static const struct flag_name listns_user_ns_ids[] = {
	{ UINT64_MAX, "LISTNS_CURRENT_USER" },  /* linux/nsfs.h, kernel 6.18 */
	{ 0, NULL }
};

#define NS_ID_REQ_SIZE 32   /* struct ns_id_req (linux/nsfs.h, kernel 6.18) */

/*
 * {size=32, ns_id=0x.., ns_type=MNT_NS|NET_NS, user_ns_id=0}: the size
 * alone when it is under the first version's; `???` for a request that
 * runs into an unreadable page; spare fields only when set; the bytes a
 * larger request adds when they are not zero.
 */
static void emit_ns_id_req(struct emit *e, const char *key, const struct call *c, int i)
{
	uint8_t rq[NS_ID_REQ_SIZE];
	uint32_t size, spare, type, spare2;
	uint64_t id, user;
	size_t have = call_sized(c, i, rq, sizeof(rq));
	if (have < sizeof(size)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	memcpy(&size, rq, 4);
	memcpy(&spare, rq + 4, 4);
	memcpy(&id, rq + 8, 8);
	memcpy(&type, rq + 16, 4);
	memcpy(&spare2, rq + 20, 4);
	memcpy(&user, rq + 24, 8);
	emit_begin_struct(e, key);
	emit_uint(e, "size", size);
	if (size >= NS_ID_REQ_SIZE && have < NS_ID_REQ_SIZE) {
		emit_sym(e, NULL, "???");
	} else if (size >= NS_ID_REQ_SIZE) {
		if (spare)
			emit_hex(e, "spare", spare);
		emit_hex(e, "ns_id", id);
		emit_flags(e, "ns_type", ns_types, type, "???_NS");
		if (spare2)
			emit_hex(e, "spare2", spare2);
		emit_xval(e, "user_ns_id", listns_user_ns_ids, user, NULL);
		emit_struct_tail(e, c, i, NS_ID_REQ_SIZE, size);
	}
	emit_end_struct(e);
}

static void sys_listns(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	switch (i) {
	case 0:
		emit_ns_id_req(e, key, c, i);
		return;
	case 1: {
		/* the ids the kernel wrote: as many as it returned */
		uint64_t n = arg_u64(c, 2);
		const struct blob_ref *r = call_blob(c, i);
		if (p && n == 0) {
			emit_begin_array(e, key);
			emit_end_array(e);
			return;
		}
		if (!p || !call_ok(c) || !r) {
			emit_ptr(e, key, p);
			return;
		}
		uint64_t got = (uint64_t)c->rec->ret;
		emit_begin_array(e, key);
		for (uint64_t k = 0; k < got; k++) {
			uint64_t id;
			if (k >= c->strsize || (k + 1) * 8 > r->b->len) {
				emit_more(e);
				break;
			}
			memcpy(&id, r->data + k * 8, 8);
			emit_hex(e, NULL, id);
		}
		emit_end_array(e);
		return;
	}
	case 3:
		emit_hex(e, key, arg_uint(c, i));
		return;
	}
	decode_arg_kind(e, c, i, key);
}

/* ------------------------------------------------------------ pidfd */

static const struct flag_name pidfd_open_flags[] = {
	{ 0x800, "PIDFD_NONBLOCK" },   /* O_NONBLOCK */
	{ 0x80, "PIDFD_THREAD" },      /* O_EXCL, linux/pidfd.h kernel 6.9 */
	{ 0x200, "PIDFD_AUTOKILL" },   /* O_TRUNC, kernel 6.18 */
	{ 0, NULL }
};

static const struct flag_name pidfd_signal_flags[] = {
	{ 1, "PIDFD_SIGNAL_THREAD" },          /* linux/pidfd.h, kernel 6.9 */
	{ 2, "PIDFD_SIGNAL_THREAD_GROUP" },
	{ 4, "PIDFD_SIGNAL_PROCESS_GROUP" },
	{ 0, NULL }
};

static void sys_pidfd_open(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_flags(e, key, pidfd_open_flags, arg_uint(c, i), "PIDFD_???");
	else
		decode_arg_kind(e, c, i, key);
}

#define SIGINFO_SIZE 128

static void sys_pidfd_send_signal(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t si[SIGINFO_SIZE];
	switch (i) {
	case 2:
		if (!call_struct(c, i, si, sizeof(si)))
			emit_ptr(e, key, arg_u64(c, i));
		else
			emit_siginfo(e, key, si);
		return;
	case 3:
		emit_flags(e, key, pidfd_signal_flags, arg_uint(c, i), "PIDFD_SIGNAL_???");
		return;
	}
	decode_arg_kind(e, c, i, key);
}

/* ------------------------------------------------------- getrandom */

/* The bytes the kernel wrote, every one as \xNN (strace's QUOTE_FORCE_HEX),
 * at most -s of them; the address when the call failed */
static void sys_getrandom(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i != 0) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (!p || !call_ok(c)) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t n = (uint64_t)c->rec->ret;
	if (n == 0) {
		emit_str(e, key, "", 0, EMIT_STR_HEX);   /* BPF reads nothing for 0 bytes */
		return;
	}
	uint64_t shown = n < c->strsize ? n : c->strsize;
	if (!r || r->b->len < shown) {
		emit_ptr(e, key, p);
		return;
	}
	emit_str(e, key, r->data, (size_t)shown, EMIT_STR_HEX | (n > shown ? EMIT_STR_TRUNC : 0));
}

/* ------------------------------------------------------ credentials */

/*
 * setgroups: [0, 1] (at most -s elements); [] for none; the address when
 * the count is out of range or the first gid unreadable.  The list is
 * read as a page from its start (CAP_SIZED): one running into an
 * unreadable page shows the gids before it, then `... / * address * /`
 * of the first one missing, as strace's print_array() does.
 */
static void sys_setgroups(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i != 1) {
		decode_arg_kind(e, c, i, key);
		return;
	}
	int n = arg_int(c, 0);
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (n < 0 || n > 65536 || !p) {
		emit_ptr(e, key, p);
		return;
	}
	unsigned shown = (unsigned)n;
	bool more = false;
	if (call_abbrev(c) && shown > c->strsize) {
		shown = c->strsize;
		more = true;
	}
	unsigned avail = r ? r->b->len / 4u : 0;
	bool partial = r && (r->b->flags & SCT_BF_PARTIAL);
	if (shown && (!avail || (avail < shown && !partial))) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_array(e, key);
	/* strace reads the element past the -s shown before it says `...` */
	unsigned upto = more ? shown + 1 : shown;
	for (unsigned k = 0; k < upto; k++) {
		uint32_t g;
		if (k >= avail) {
			if (partial) {
				char buf[24];
				snprintf(buf, sizeof(buf), "%#" PRIx64, (uint64_t)(p + 4ull * k));
				emit_more(e);
				emit_comment(e, buf);
				more = false;
			}
			break;
		}
		if (k == shown)
			break;
		memcpy(&g, r->data + 4 * k, 4);
		if (g == UINT32_MAX)
			emit_int(e, NULL, -1);
		else
			emit_uint(e, NULL, g);
	}
	if (more)
		emit_more(e);
	emit_end_array(e);
}

/* capability sets: strace names the bits 1<<CAP_CHOWN, in two 32-bit words */
#define CAPB(n) { 1u << (n), "1<<" #n }
#define CAPB1(n) { 1u << ((n) - 32), "1<<" #n }
static const struct flag_name cap_mask0[] = {
	CAPB(CAP_CHOWN), CAPB(CAP_DAC_OVERRIDE), CAPB(CAP_DAC_READ_SEARCH), CAPB(CAP_FOWNER),
	CAPB(CAP_FSETID), CAPB(CAP_KILL), CAPB(CAP_SETGID), CAPB(CAP_SETUID), CAPB(CAP_SETPCAP),
	CAPB(CAP_LINUX_IMMUTABLE), CAPB(CAP_NET_BIND_SERVICE), CAPB(CAP_NET_BROADCAST),
	CAPB(CAP_NET_ADMIN), CAPB(CAP_NET_RAW), CAPB(CAP_IPC_LOCK), CAPB(CAP_IPC_OWNER),
	CAPB(CAP_SYS_MODULE), CAPB(CAP_SYS_RAWIO), CAPB(CAP_SYS_CHROOT), CAPB(CAP_SYS_PTRACE),
	CAPB(CAP_SYS_PACCT), CAPB(CAP_SYS_ADMIN), CAPB(CAP_SYS_BOOT), CAPB(CAP_SYS_NICE),
	CAPB(CAP_SYS_RESOURCE), CAPB(CAP_SYS_TIME), CAPB(CAP_SYS_TTY_CONFIG), CAPB(CAP_MKNOD),
	CAPB(CAP_LEASE), CAPB(CAP_AUDIT_WRITE), CAPB(CAP_AUDIT_CONTROL), CAPB(CAP_SETFCAP),
	{ 0, NULL }
};
static const struct flag_name cap_mask1[] = {
	CAPB1(CAP_MAC_OVERRIDE), CAPB1(CAP_MAC_ADMIN), CAPB1(CAP_SYSLOG), CAPB1(CAP_WAKE_ALARM),
	CAPB1(CAP_BLOCK_SUSPEND), CAPB1(CAP_AUDIT_READ), CAPB1(CAP_PERFMON), CAPB1(CAP_BPF),
	CAPB1(CAP_CHECKPOINT_RESTORE),
	{ 0, NULL }
};
#undef CAPB
#undef CAPB1

/* One flag word as -X says (abbrev: names, raw: hex, verbose: both) into
 * buf; for sets longer than emit_flags()'s buffer. */
static size_t xflags_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
			    uint32_t v, const char *dflt)
{
	if (decode_opts.xlat == XLAT_ABBREV)
		return flags_append(buf, size, len, tab, v, dflt);
	len = hex_append(buf, size, len, v);
	if (decode_opts.xlat == XLAT_RAW || !v)
		return len;
	bool named = false;
	for (const struct flag_name *t = tab; t->name; t++)
		if ((v & t->val) == t->val)
			named = true;
	if (!named)
		return dflt ? str_append(buf, size, str_append(buf, size, str_append(buf, size, len, " /* "),
							      dflt), " */") : len;
	len = str_append(buf, size, len, " /* ");
	len = flags_append(buf, size, len, tab, v, NULL);
	return str_append(buf, size, len, " */");
}

/* strace's print_cap_bits(): the low word unless only the high one is set */
static void emit_cap_bits(struct emit *e, const char *key, uint32_t lo, uint32_t hi)
{
	char buf[2048];
	size_t len = 0;
	buf[0] = '\0';
	if (lo || !hi)
		len = xflags_append(buf, sizeof(buf), len, cap_mask0, lo, "CAP_???");
	if (hi) {
		if (lo)
			len = str_append(buf, sizeof(buf), len, "|");
		xflags_append(buf, sizeof(buf), len, cap_mask1, hi, "CAP_???");
	}
	emit_sym(e, key, buf);
}

static const struct flag_name cap_versions[] = {
	{ _LINUX_CAPABILITY_VERSION_1, "_LINUX_CAPABILITY_VERSION_1" },
	{ _LINUX_CAPABILITY_VERSION_2, "_LINUX_CAPABILITY_VERSION_2" },
	{ _LINUX_CAPABILITY_VERSION_3, "_LINUX_CAPABILITY_VERSION_3" },
	{ 0, NULL }
};

static bool cap_header(const struct call *c, uint32_t h[2])
{
	return arg_u64(c, 0) && call_verbose(c) && call_struct(c, 0, h, 8);
}

static void emit_cap_data(struct emit *e, const char *key, const struct call *c, int i)
{
	uint32_t h[2], d[6] = { 0 };
	uint64_t p = arg_u64(c, i);
	if (!p || !cap_header(c, h)) {
		emit_ptr(e, key, p);
		return;
	}
	unsigned n = (h[0] == _LINUX_CAPABILITY_VERSION_2 || h[0] == _LINUX_CAPABILITY_VERSION_3) ? 2 : 1;
	const struct blob_ref *r = call_blob(c, i);
	if (!r || r->b->len < n * 12) {
		emit_ptr(e, key, p);
		return;
	}
	memcpy(d, r->data, n * 12);
	static const char *const names[] = { "effective", "permitted", "inheritable" };
	emit_begin_struct(e, key);
	for (int k = 0; k < 3; k++)
		emit_cap_bits(e, names[k], d[k], d[3 + k]);
	emit_end_struct(e);
}

static void sys_capget(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t h[2];
	if (i == 1) {
		if (call_failed(c))
			emit_ptr(e, key, arg_u64(c, i));
		else
			emit_cap_data(e, key, c, i);
		return;
	}
	if (!cap_header(c, h)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_xval(e, "version", cap_versions, h[0], "_LINUX_CAPABILITY_VERSION_???");
	emit_pid(e, c, "pid", (int32_t)h[1], PT_TGID);
	emit_end_struct(e);
}

static void sys_capset(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_cap_data(e, key, c, i);
	else
		sys_capget(e, c, i, key);
}

/* ------------------------------------------------------- scheduling */

static const struct flag_name sched_attr_flags[] = {
	{ SCHED_FLAG_RESET_ON_FORK, "SCHED_FLAG_RESET_ON_FORK" },
	{ SCHED_FLAG_RECLAIM, "SCHED_FLAG_RECLAIM" },
	{ SCHED_FLAG_DL_OVERRUN, "SCHED_FLAG_DL_OVERRUN" },
	{ SCHED_FLAG_KEEP_POLICY, "SCHED_FLAG_KEEP_POLICY" },
	{ SCHED_FLAG_KEEP_PARAMS, "SCHED_FLAG_KEEP_PARAMS" },
	{ SCHED_FLAG_UTIL_CLAMP_MIN, "SCHED_FLAG_UTIL_CLAMP_MIN" },
	{ SCHED_FLAG_UTIL_CLAMP_MAX, "SCHED_FLAG_UTIL_CLAMP_MAX" },
	{ 0, NULL }
};

#define SCHED_ATTR_V0 48
#define SCHED_ATTR_V1 56

/* struct sched_attr; `set`: sched_setattr (size from the struct, fields the
 * KEEP flags say are ignored left out) */
static void emit_sched_attr(struct emit *e, const char *key, const struct call *c, int i,
			    bool set, unsigned usize)
{
	uint8_t a[SCHED_ATTR_V1] = { 0 };
	const struct blob_ref *r = call_blob(c, i);
	uint32_t size, policy, nice_, prio, umin, umax;
	uint64_t flags, rt, dl, per;
	if (!arg_u64(c, i) || !call_verbose(c) || !r || r->b->len < 4) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	memcpy(&size, r->data, 4);
	if (set) {
		usize = size ? size : SCHED_ATTR_V0;
		size = usize < SCHED_ATTR_V1 ? usize : SCHED_ATTR_V1;
	} else {
		unsigned want = usize < SCHED_ATTR_V1 ? usize : SCHED_ATTR_V1;
		if (r->b->len < want) {
			emit_ptr(e, key, arg_u64(c, i));
			return;
		}
	}
	if (size >= SCHED_ATTR_V0 && r->b->len < (size < SCHED_ATTR_V1 ? size : SCHED_ATTR_V1)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	memcpy(a, r->data, r->b->len < sizeof(a) ? r->b->len : sizeof(a));
	memcpy(&policy, a + 4, 4);
	memcpy(&flags, a + 8, 8);
	memcpy(&nice_, a + 16, 4);
	memcpy(&prio, a + 20, 4);
	memcpy(&rt, a + 24, 8);
	memcpy(&dl, a + 32, 8);
	memcpy(&per, a + 40, 8);
	memcpy(&umin, a + 48, 4);
	memcpy(&umax, a + 52, 4);
	if (!set)
		memcpy(&size, a, 4);   /* what the kernel wrote */
	emit_begin_struct(e, key);
	emit_uint(e, "size", size);
	if (size >= SCHED_ATTR_V0) {
		if (!set || (int32_t)policy < 0 ||
		    !(flags & (SCHED_FLAG_KEEP_POLICY | SCHED_FLAG_KEEP_PARAMS)))
			emit_xval(e, "sched_policy", sched_policies, policy, "SCHED_???");
		emit_flags(e, "sched_flags", sched_attr_flags, flags, "SCHED_FLAG_???");
		if (!set || !(flags & SCHED_FLAG_KEEP_PARAMS)) {
			emit_int(e, "sched_nice", (int32_t)nice_);
			emit_uint(e, "sched_priority", prio);
			emit_uint(e, "sched_runtime", rt);
			emit_uint(e, "sched_deadline", dl);
			emit_uint(e, "sched_period", per);
		}
		if (size >= SCHED_ATTR_V1) {
			emit_uint(e, "sched_util_min", umin);
			emit_uint(e, "sched_util_max", umax);
		}
	}
	if ((set ? usize : size) > (size < SCHED_ATTR_V1 ? size : SCHED_ATTR_V1))
		emit_more(e);
	emit_end_struct(e);
}

static void sys_sched_setattr(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1: emit_sched_attr(e, key, c, i, true, 0); break;
	case 2: emit_uint(e, key, arg_uint(c, i)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

static void sys_sched_getattr(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (i) {
	case 1:
		if (!call_ok(c) || !arg_uint(c, 2))
			emit_ptr(e, key, arg_u64(c, i));
		else
			emit_sched_attr(e, key, c, i, false, arg_uint(c, 2));
		break;
	case 2: case 3: emit_uint(e, key, arg_uint(c, i)); break;
	default: decode_arg_kind(e, c, i, key);
	}
}

/* getcpu: [0], [0], and the (unused) cache's address */
static void sys_getcpu(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i < 2)
		emit_uint_out(e, key, c, i);
	else
		emit_ptr(e, key, arg_u64(c, i));
}

/* ------------------------------------------------------- personality */

/* strace looks the type (the low byte) up in a table of whole values, so
 * only the types without flag bits ever match */
static const struct flag_name personality_types[] = {
	{ PER_LINUX, "PER_LINUX" },
	{ PER_BSD, "PER_BSD" },
	{ PER_LINUX32, "PER_LINUX32" },
	{ PER_RISCOS, "PER_RISCOS" },
	{ PER_OSF4, "PER_OSF4" },
	{ PER_HPUX, "PER_HPUX" },
	{ PER_MASK, "PER_MASK" },
	{ 0, NULL }
};

static const struct flag_name personality_flags[] = {
	{ UNAME26, "UNAME26" },
	{ ADDR_NO_RANDOMIZE, "ADDR_NO_RANDOMIZE" },
	{ FDPIC_FUNCPTRS, "FDPIC_FUNCPTRS" },
	{ MMAP_PAGE_ZERO, "MMAP_PAGE_ZERO" },
	{ ADDR_COMPAT_LAYOUT, "ADDR_COMPAT_LAYOUT" },
	{ READ_IMPLIES_EXEC, "READ_IMPLIES_EXEC" },
	{ ADDR_LIMIT_32BIT, "ADDR_LIMIT_32BIT" },
	{ SHORT_INODE, "SHORT_INODE" },
	{ WHOLE_SECONDS, "WHOLE_SECONDS" },
	{ STICKY_TIMEOUTS, "STICKY_TIMEOUTS" },
	{ ADDR_LIMIT_3GB, "ADDR_LIMIT_3GB" },
	{ 0, NULL }
};

/* PER_LINUX|ADDR_NO_RANDOMIZE: the type, then the flags */
static const char *format_persona(char *buf, size_t size, uint32_t v)
{
	size_t len = value_append(buf, size, 0, personality_types, v & PER_MASK, "PER_???");
	if (v & ~(uint32_t)PER_MASK) {
		len = str_append(buf, size, len, "|");
		flags_append(buf, size, len, personality_flags, v & ~(uint32_t)PER_MASK, NULL);
	}
	return buf;
}

static void sys_personality(struct emit *e, const struct call *c, int i, const char *key)
{
	char buf[FLAGS_BUF];
	uint32_t v = arg_uint(c, i);
	if (v == UINT32_MAX || decode_opts.xlat == XLAT_RAW)   /* the query: 0xffffffff */
		emit_hex(e, key, v);
	else
		emit_sym(e, key, format_persona(buf, sizeof(buf), v));
}

/* the previous persona: = 0x400000 (PER_LINUX|READ_IMPLIES_EXEC) */
static enum ret_base personality_ret_base(const struct call *c)
{
	(void)c;
	return RB_HEX;
}

static bool personality_has_ret_aux(const struct call *c)
{
	(void)c;
	return true;
}

static void personality_ret_aux(struct emit *e, const struct call *c)
{
	char buf[FLAGS_BUF];
	emit_sym(e, NULL, format_persona(buf, sizeof(buf), (uint32_t)c->rec->ret));
}

/* ------------------------------------------------------------- rows */

/* ------------------------------------------------------------- rseq */

/* linux/rseq.h; the slice-extension names are newer than Debian 12's */
#define K_RSEQ_ORIG_SIZE 32
#define K_RSEQ_SIZE      36   /* strace 7.2's struct rseq: up to __reserved */
static const struct flag_name rseq_flags[] = {
	{ 1, "RSEQ_FLAG_UNREGISTER" }, { 2, "RSEQ_FLAG_SLICE_EXT_DEFAULT_ON" }, { 0, NULL }
};
static const struct flag_name rseq_cs_flags[] = {
	{ 1, "RSEQ_CS_FLAG_NO_RESTART_ON_PREEMPT" }, { 2, "RSEQ_CS_FLAG_NO_RESTART_ON_SIGNAL" },
	{ 4, "RSEQ_CS_FLAG_NO_RESTART_ON_MIGRATE" }, { 0, NULL }
};
static const struct flag_name rseq_cpu_ids_d[] = {   /* as printed: signed */
	{ (uint64_t)-1, "RSEQ_CPU_ID_UNINITIALIZED" }, { (uint64_t)-2, "RSEQ_CPU_ID_REGISTRATION_FAILED" },
	{ 0, NULL }
};
static const struct flag_name rseq_cpu_ids[] = {
	{ 0xffffffff, "RSEQ_CPU_ID_UNINITIALIZED" }, { 0xfffffffe, "RSEQ_CPU_ID_REGISTRATION_FAILED" },
	{ 0, NULL }
};

/* rseq(rseq, rseq_len, flags, sig): the area as strace prints it when
 * rseq_len covers the original 32 bytes */
static void sys_rseq(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t r[K_RSEQ_SIZE];
	switch (i) {
	case 0: {
		uint64_t p = arg_u64(c, 0);
		size_t have = call_sized(c, 0, r, sizeof(r));
		if (!p || arg_uint(c, 1) < K_RSEQ_ORIG_SIZE || have < K_RSEQ_ORIG_SIZE ||
		    !call_verbose(c)) {
			emit_ptr(e, key, p);
			break;
		}
		/* strace reads min(rseq_len, its struct's size) bytes */
		uint32_t u32v[9];
		if (arg_uint(c, 1) < sizeof(r))
			memset(r + arg_uint(c, 1), 0, sizeof(r) - arg_uint(c, 1));
		memcpy(u32v, r, sizeof(r));
		uint64_t cs;
		memcpy(&cs, r + 8, 8);
		emit_begin_struct(e, key);
		emit_uint(e, "cpu_id_start", u32v[0]);
		if (lookup_value(rseq_cpu_ids, u32v[1]))
			emit_xval_d(e, "cpu_id", rseq_cpu_ids_d, (int32_t)u32v[1], NULL);
		else
			emit_uint(e, "cpu_id", u32v[1]);
		emit_ptr(e, "rseq_cs", cs);
		emit_flags(e, "flags", rseq_cs_flags, u32v[4], "RSEQ_CS_FLAG_???");
		emit_uint(e, "node_id", u32v[5]);
		emit_uint(e, "mm_cid", u32v[6]);
		emit_begin_struct(e, "slice_ctrl");
		emit_uint(e, "request", r[28]);
		emit_uint(e, "granted", r[29]);
		emit_hex(e, "__reserved", (uint32_t)r[30] | (uint32_t)r[31] << 8);
		emit_end_struct(e);
		if (have >= K_RSEQ_SIZE || arg_uint(c, 1) < K_RSEQ_SIZE)
			emit_hex(e, "__reserved", u32v[8]);
		else
			emit_more(e);
		emit_end_struct(e);
		break;
	}
	case 1: emit_uint(e, key, arg_uint(c, 1)); break;
	case 2: emit_flags(e, key, rseq_flags, arg_uint(c, 2), "RSEQ_FLAG_???"); break;
	case 3: emit_hex(e, key, arg_uint(c, 3)); break;
	}
}

const struct syscall_row decode_rows_misc[] = {
	SYS(rseq, .decode = sys_rseq, .cap = { [0] = CAP_IN(K_RSEQ_SIZE) }),
	SYS(nanosleep, .arg = { A_TIMESPEC_IN, A_PTR }, .entry_args = 1, .blocks = 1,
	    .decode = sys_nanosleep, .cap = { [1] = CAP_IN(16) }),
	SYS(clock_nanosleep, .arg = { A_CLOCK_ID, A_TIMER_FLAGS, A_TIMESPEC_IN, A_PTR },
	    .entry_args = 3, .blocks = 1, .decode = sys_clock_nanosleep, .cap = { [3] = CAP_IN(16) }),
	SYS(adjtimex, .decode = sys_adjtimex, .cap = { [0] = CAP_IN(TIMEX_SIZE) },
	    .has_ret_aux = adjtimex_has_ret_aux, .ret_aux = adjtimex_ret_aux),
	SYS(clock_adjtime, .arg = { A_CLOCK_ID }, .entry_args = 1, .decode = sys_clock_adjtime,
	    .cap = { [1] = CAP_IN(TIMEX_SIZE) },
	    .has_ret_aux = adjtimex_has_ret_aux, .ret_aux = adjtimex_ret_aux),
	SYS(futex_wake, .arg = { A_PTR, A_DEFAULT, A_INT }, .decode = sys_futex_wake),
	SYS(futex_wait, .arg = { A_PTR, A_UINT, A_DEFAULT, A_DEFAULT, A_TIMESPEC_IN, A_CLOCK_ID },
	    .blocks = 1, .decode = sys_futex_wait),
	SYS(futex_requeue, .arg = { A_PTR, A_DEFAULT, A_INT, A_INT }, .decode = sys_futex_requeue,
	    .cap = { [0] = CAP_IN(2 * WAITV_SIZE) }),
	SYS(futex_waitv, .arg = { A_PTR, A_UINT, A_DEFAULT, A_TIMESPEC_IN, A_CLOCK_ID }, .blocks = 1,
	    .decode = sys_futex_waitv, .cap = { [0] = CAP_ARRAY_IN(1, WAITV_SIZE) }),
	SYS(get_robust_list, .arg = { A_TID }, .entry_args = 1, .decode = sys_get_robust_list,
	    .cap = { [1] = CAP_OUT(8), [2] = CAP_OUT(8) }),
	SYS(setns, .arg = { A_FD }, .decode = sys_setns),
	SYS(unshare, .decode = sys_unshare),
	SYS(listns, .arg = { A_DEFAULT, A_DEFAULT, A_UINT }, .decode = sys_listns,
	    .cap = { [0] = CAP_SIZED, [1] = CAP_ARRAY_OUT(8) }),
	SYS(pidfd_open, .arg = { A_PID }, .ret = R_FD, .decode = sys_pidfd_open),
	SYS(pidfd_send_signal, .arg = { A_FD, A_SIGNAL }, .decode = sys_pidfd_send_signal,
	    .cap = { [2] = CAP_IN(SIGINFO_SIZE) }),
	/* setgroups: read as a page, so that a list running into an
	 * unreadable page keeps its start (up to 1024 gids shown) */
	SYS(setgroups, .arg = { A_INT }, .decode = sys_setgroups, .cap = { [1] = CAP_SIZED }),
	/* capget: an entry record keeps the header as given (the kernel
	 * rewrites its version on EINVAL) */
	SYS(capget, .entry_args = 1, .blocks = 1, .decode = sys_capget,
	    .cap = { [0] = CAP_IN(8), [1] = CAP_OUT(24) }),
	SYS(capset, .decode = sys_capset, .cap = { [0] = CAP_IN(8), [1] = CAP_IN(24) }),
	SYS(sched_setattr, .arg = { A_TID }, .decode = sys_sched_setattr,
	    .cap = { [1] = CAP_IN(SCHED_ATTR_V1) }),
	SYS(sched_getattr, .arg = { A_TID }, .entry_args = 1, .decode = sys_sched_getattr,
	    .cap = { [1] = CAP_OUT(SCHED_ATTR_V1) }),
	SYS(getcpu, .decode = sys_getcpu, .cap = { [0] = CAP_OUT(4), [1] = CAP_OUT(4) }),
	/* clone3: a page from the struct's start, for a larger size's tail */
	/* struct clone_args (a page's worth, for sizes beyond the kernel's)
	 * and its set_tid array (set_tid at 64, set_tid_size at 72) */
	SYS(clone3, .arg = { A_CLONE3_ARGS, A_UINT }, .ret = R_TID,
	    .cap = { [0] = CAP_DEREF_ARRAY(SCT_BLOB_MAX, 64, 72, 8, 4, SCT_BLOB_MAX) }),
	SYS(getrandom, .arg = { A_BUF_OUT, A_UINT, A_GRND_FLAGS }, .entry_args = 1,
	    .decode = sys_getrandom),
	SYS(personality, .decode = sys_personality, .ret_base = personality_ret_base,
	    .has_ret_aux = personality_has_ret_aux, .ret_aux = personality_ret_aux),
	SYS_END
};
