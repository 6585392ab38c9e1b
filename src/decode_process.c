// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Processes: execve's argv/envp, wait4's status and options, clone flags,
 * arch_prctl, resource limits, uids, getrandom flags.
 */
#include "decode_priv.h"
#include "pidnames.h"

#include <inttypes.h>
#include <linux/sched.h>
#include <stdio.h>
#include <string.h>

const struct flag_name wait_options[] = {
	{ 0x00000001, "WNOHANG" },
	{ 0x00000004, "WEXITED" },
	{ 0x00000002, "WSTOPPED" },   /* == WUNTRACED; strace says WSTOPPED */
	{ 0x00000008, "WCONTINUED" },
	{ 0x01000000, "WNOWAIT" },
	{ 0x80000000, "__WCLONE" },
	{ 0x40000000, "__WALL" },
	{ 0x20000000, "__WNOTHREAD" },
	{ 0, NULL }
};

#define K_CSIGNAL 0xff   /* clone: the exit signal in the low byte */
/* clone(2)'s flags; clone3's add the exit signal's byte and 64-bit ones */
#define CLONE_FLAG_NAMES \
	{ CLONE_VM, "CLONE_VM" }, \
	{ CLONE_FS, "CLONE_FS" }, \
	{ CLONE_FILES, "CLONE_FILES" }, \
	{ CLONE_SIGHAND, "CLONE_SIGHAND" }, \
	{ CLONE_PIDFD, "CLONE_PIDFD" }, \
	{ CLONE_PTRACE, "CLONE_PTRACE" }, \
	{ CLONE_VFORK, "CLONE_VFORK" }, \
	{ CLONE_PARENT, "CLONE_PARENT" }, \
	{ CLONE_THREAD, "CLONE_THREAD" }, \
	{ CLONE_NEWNS, "CLONE_NEWNS" }, \
	{ CLONE_SYSVSEM, "CLONE_SYSVSEM" }, \
	{ CLONE_SETTLS, "CLONE_SETTLS" }, \
	{ CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID" }, \
	{ CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID" }, \
	{ CLONE_UNTRACED, "CLONE_UNTRACED" }, \
	{ CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID" }, \
	{ CLONE_NEWCGROUP, "CLONE_NEWCGROUP" }, \
	{ CLONE_NEWUTS, "CLONE_NEWUTS" }, \
	{ CLONE_NEWIPC, "CLONE_NEWIPC" }, \
	{ CLONE_NEWUSER, "CLONE_NEWUSER" }, \
	{ CLONE_NEWPID, "CLONE_NEWPID" }, \
	{ CLONE_NEWNET, "CLONE_NEWNET" }, \
	{ CLONE_IO, "CLONE_IO" },

const struct flag_name clone_flags[] = {
	CLONE_FLAG_NAMES
	{ 0, NULL }
};

static const struct flag_name clone3_flags[] = {
	CLONE_FLAG_NAMES
	{ CLONE_NEWTIME, "CLONE_NEWTIME" },
	{ CLONE_CLEAR_SIGHAND, "CLONE_CLEAR_SIGHAND" },
	{ CLONE_INTO_CGROUP, "CLONE_INTO_CGROUP" },
	{ 0x400000000ull, "CLONE_AUTOREAP" },  /* linux/sched.h, kernel 6.19 */
	{ 0x800000000ull, "CLONE_NNP" },
	{ 0x1000000000ull, "CLONE_PIDFD_AUTOKILL" },
	{ 0x2000000000ull, "CLONE_EMPTY_MNTNS" },
	{ 0, NULL }
};

const struct flag_name arch_prctl_codes[] = {
	{ 0x1001, "ARCH_SET_GS" },
	{ 0x1002, "ARCH_SET_FS" },
	{ 0x1003, "ARCH_GET_FS" },
	{ 0x1004, "ARCH_GET_GS" },
	{ 0x1011, "ARCH_GET_CPUID" },
	{ 0x1012, "ARCH_SET_CPUID" },
	{ 0x1021, "ARCH_GET_XCOMP_SUPP" },
	{ 0x1022, "ARCH_GET_XCOMP_PERM" },
	{ 0x1023, "ARCH_REQ_XCOMP_PERM" },
	{ 0x1024, "ARCH_GET_XCOMP_GUEST_PERM" },
	{ 0x1025, "ARCH_REQ_XCOMP_GUEST_PERM" },
	{ 0x2001, "ARCH_MAP_VDSO_X32" },
	{ 0x2002, "ARCH_MAP_VDSO_32" },
	{ 0x2003, "ARCH_MAP_VDSO_64" },
	{ 0, NULL }
};

const struct flag_name rlimit_resources[] = {
	{ 0, "RLIMIT_CPU" },
	{ 1, "RLIMIT_FSIZE" },
	{ 2, "RLIMIT_DATA" },
	{ 3, "RLIMIT_STACK" },
	{ 4, "RLIMIT_CORE" },
	{ 5, "RLIMIT_RSS" },
	{ 6, "RLIMIT_NPROC" },
	{ 7, "RLIMIT_NOFILE" },
	{ 8, "RLIMIT_MEMLOCK" },
	{ 9, "RLIMIT_AS" },
	{ 10, "RLIMIT_LOCKS" },
	{ 11, "RLIMIT_SIGPENDING" },
	{ 12, "RLIMIT_MSGQUEUE" },
	{ 13, "RLIMIT_NICE" },
	{ 14, "RLIMIT_RTPRIO" },
	{ 15, "RLIMIT_RTTIME" },
	{ 0, NULL }
};

static const struct flag_name ptrace_events[] = {
	{ 1, "PTRACE_EVENT_FORK" },
	{ 2, "PTRACE_EVENT_VFORK" },
	{ 3, "PTRACE_EVENT_CLONE" },
	{ 4, "PTRACE_EVENT_EXEC" },
	{ 5, "PTRACE_EVENT_VFORK_DONE" },
	{ 6, "PTRACE_EVENT_EXIT" },
	{ 7, "PTRACE_EVENT_SECCOMP" },
	{ 0x80, "PTRACE_EVENT_STOP" },
	{ 0, NULL }
};

const struct flag_name grnd_flags[] = {
	{ 1, "GRND_NONBLOCK" },
	{ 2, "GRND_RANDOM" },
	{ 4, "GRND_INSECURE" },
	{ 0, NULL }
};

/* ------------------------------------------------------- execve */

/*
 * argv as strace prints it: ["ls", "-l"]; each string cut at -s; at most
 * -s elements, then `...`; also `...` when BPF captured fewer elements
 * than there were.  How many there were is known from, in order: a COUNT
 * blob on the argument (its aux), the "more elements" marker (an ARGV blob
 * with idx >= SCT_ARGV_MAX), or else the elements present.  With no blob
 * at all the array's address is printed, as strace does for unreadable
 * memory.
 */
void dec_argv(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	const struct sct_blob *hdr = c->blob[i].b;
	if (!p || !hdr || ((hdr->flags & SCT_BF_FAULT) && hdr->kind != SCT_CAP_ARGV)) {
		emit_ptr(e, key, p);
		return;
	}

	unsigned captured = 0;
	while (captured < SCT_ARGV_MAX && call_argv(c, i, captured))
		captured++;
	uint64_t total = captured;
	bool more = false;
	if (hdr->kind == SCT_CAP_COUNT)
		total = hdr->aux;
	else if (hdr->kind == SCT_CAP_ARGV && hdr->idx >= SCT_ARGV_MAX)
		more = true;
	/* the array itself unreadable from element `captured` on */
	bool cut = hdr->kind == SCT_CAP_ARGV && hdr->idx == SCT_ARGV_MAX + 1 &&
		   (hdr->flags & SCT_BF_FAULT);
	if (cut)
		more = false;
	if ((captured == 0 && total == 0 && !more && !cut && hdr->kind != SCT_CAP_COUNT) ||
	    (captured > 0 && (call_argv(c, i, 0)->b->flags & SCT_BF_FAULT) &&
	     !call_argv(c, i, 0)->b->aux)) {
		emit_ptr(e, key, p);   /* nothing readable: the array's address */
		return;
	}
	if (total > captured)
		more = true;

	emit_begin_array(e, key);
	for (unsigned n = 0;; n++) {
		if (n >= captured) {
			if (cut) {
				char buf[24];
				snprintf(buf, sizeof(buf), "%#llx", (unsigned long long)hdr->aux);
				emit_more(e);
				emit_comment(e, buf);
			} else if (more) {
				emit_more(e);
			}
			break;
		}
		if (n >= c->strsize && call_abbrev(c)) {  /* strace: at most -s elements */
			emit_more(e);
			break;
		}
		const struct blob_ref *r = call_argv(c, i, n);
		if (r->b->flags & SCT_BF_FAULT) {
			emit_ptr(e, NULL, r->b->aux);   /* strace: the element's address */
			continue;
		}
		size_t len = r->b->len;
		size_t shown = len < c->strsize ? len : c->strsize;
		bool trunc = (r->b->flags & SCT_BF_TRUNC) || len > shown;
		emit_str(e, NULL, r->data, shown, trunc ? EMIT_STR_TRUNC : 0);
	}
	emit_end_array(e);
}

/* envp: 0x7ffd1c3f5a48 / * 37 vars * /, "N vars, unterminated" when no NULL
 * came before an unreadable page; under -v its strings, as argv */
void dec_envp(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (p && c->blob[i].b && (c->blob[i].b->kind == SCT_CAP_ARGV ||
				  (!call_abbrev(c) && !(c->blob[i].b->flags & SCT_BF_FAULT)))) {
		dec_argv(e, c, i, key);
		return;
	}
	if (!p || !r || r->b->kind != SCT_CAP_COUNT) {
		emit_ptr(e, key, p);
		return;
	}
	emit_ptr_count(e, key, p, r->b->aux,
		       (r->b->flags & SCT_BF_PARTIAL) ? "vars, unterminated" : "vars");
}

/* ---------------------------------------------------------- wait4 */

/* A signal's name, or its number when strace has no name for it. */
static const char *sig_text(int sig, char *buf, size_t size)
{
	const char *name = signal_name(sig, buf, size);
	if (!name) {
		snprintf(buf, size, "%d", sig);
		name = buf;
	}
	return name;
}

/* strace's printstatus(): the same tests in the same order */
const char *format_wait_status(char *buf, size_t size, int status, bool *plain)
{
	char sig[32];
	unsigned s = (unsigned)status;
	int n;

	*plain = false;
	if ((s & 0xff) == 0x7f) {                              /* WIFSTOPPED */
		unsigned stop = (s >> 8) & 0xff;
		n = snprintf(buf, size, "{WIFSTOPPED(s) && WSTOPSIG(s) == %s%s}",
			     sig_text(stop & 0x7f, sig, sizeof(sig)),
			     (stop & 0x80) ? " | 0x80" : "");
		s &= ~0xffffu;
	} else if ((s & 0x7f) != 0 && (s & 0x7f) != 0x7f) {   /* WIFSIGNALED */
		n = snprintf(buf, size, "{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}",
			     sig_text(s & 0x7f, sig, sizeof(sig)),
			     (s & 0x80) ? " && WCOREDUMP(s)" : "");
		s &= ~0xffu;
	} else if ((s & 0x7f) == 0) {                          /* WIFEXITED */
		n = snprintf(buf, size, "{WIFEXITED(s) && WEXITSTATUS(s) == %u}",
			     (s >> 8) & 0xff);
		s &= ~0xff00u;
	} else if (s == 0xffff) {                              /* WIFCONTINUED */
		n = snprintf(buf, size, "{WIFCONTINUED(s)}");
		s = 0;
	} else {
		*plain = true;                                     /* [0x...] */
		snprintf(buf, size, "%#x", s);
		return buf;
	}
	if (n < 0 || (size_t)n >= size)
		return buf;

	size_t len = (size_t)n;
	unsigned event = s >> 16;
	if (event) {
		len = str_append(buf, size, len, " | ");
		const char *ev = lookup_value(ptrace_events, event);
		if (ev) {
			len = str_append(buf, size, len, ev);
		} else {
			len = hex_append(buf, size, len, event);
			len = str_append(buf, size, len, " /* PTRACE_EVENT_??? */");
		}
		len = str_append(buf, size, len, " << 16");
		s &= 0xffff;
	}
	if (s) {
		len = str_append(buf, size, len, " | ");
		hex_append(buf, size, len, s);
	}
	return buf;
}

/* wait4's int *status: shown after a successful wait that reaped something */
void dec_wait_status(struct emit *e, const struct call *c, int i, const char *key)
{
	int32_t status;
	if (!call_ok(c) || c->rec->ret == 0 || !call_struct(c, i, &status, sizeof(status))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	char buf[160];
	bool plain;
	format_wait_status(buf, sizeof(buf), status, &plain);
	emit_begin_array(e, key);
	if (plain)
		emit_hex(e, NULL, (uint32_t)status);
	else
		emit_sym(e, NULL, buf);
	emit_end_array(e);
}

/* ---------------------------------------------------------- clone */

/* CLONE_VM|CLONE_VFORK|SIGCHLD: flags, then the exit signal by name */
void dec_clone_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t v = arg_u64(c, i);
	uint64_t flags = v & ~(uint64_t)K_CSIGNAL;
	unsigned sig = v & K_CSIGNAL;
	char buf[FLAGS_BUF];
	size_t len = 0;

	buf[0] = '\0';
	if (flags)
		len = flags_append(buf, sizeof(buf), 0, clone_flags, flags, "CLONE_???");
	if (sig) {
		char sb[32];
		if (len)
			len = str_append(buf, sizeof(buf), len, "|");
		str_append(buf, sizeof(buf), len, sig_text((int)sig, sb, sizeof(sb)));
	}
	if (!flags && !sig)
		str_append(buf, sizeof(buf), 0, "0");
	emit_sym(e, key, buf);
}

/*
 * clone3's struct clone_args, the fields strace shows: flags; pidfd,
 * child_tid, parent_tid and tls when the flags use them; exit_signal,
 * stack, stack_size; set_tid when given (the array behind its pointer,
 * SCT_CAP_DEREF); cgroup with CLONE_INTO_CGROUP; the bytes past the
 * struct a larger `size` covers, when not zero (`???` when unreadable).
 * BPF captures a page from the struct's start (CAP_SIZED).
 */
#define K_CLONE_PIDFD          0x00001000
#define K_CLONE_SETTLS         0x00080000
#define K_CLONE_PARENT_SETTID  0x00100000
#define K_CLONE_CHILD_CLEARTID 0x00200000
#define K_CLONE_CHILD_SETTID   0x01000000
#define K_CLONE_INTO_CGROUP    0x200000000ull
#define CLONE_ARGS_VER0 64
#define CLONE_ARGS_VER2 88

/* set_tid: the pids behind the pointer (SCT_CAP_DEREF's second blob) */
static void emit_set_tid(struct emit *e, const struct call *c, int i, uint64_t p, uint64_t n)
{
	struct blob_ref r;
	if (!p || !n || !call_verbose(c) ||
	    !(record_blob(c->rec, i, SCT_CAP_DEREF, 1, &r) ||
	      record_blob(c->entry_rec, i, SCT_CAP_DEREF, 1, &r)) ||
	    (r.b->flags & SCT_BF_FAULT) || r.b->len < (n < 1024 ? n : 1024) * 4) {
		emit_ptr(e, "set_tid", p);
		return;
	}
	emit_begin_array(e, "set_tid");
	for (uint64_t k = 0; k < n && (k + 1) * 4 <= r.b->len; k++) {
		if (k >= c->strsize && call_abbrev(c)) {
			emit_more(e);
			break;
		}
		int32_t v;
		memcpy(&v, r.data + k * 4, 4);
		emit_int(e, NULL, v);
	}
	emit_end_array(e);
}

void dec_clone3_args(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t a[CLONE_ARGS_VER2 / 8] = { 0 };
	int si = i + 1;   /* the size argument follows */
	uint64_t usize = si < c->desc->nargs ? arg_u64(c, si) : 0;
	uint64_t fetch = usize < CLONE_ARGS_VER2 ? usize : CLONE_ARGS_VER2;
	if (fetch < CLONE_ARGS_VER0 || call_sized(c, i, a, fetch) < fetch) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	uint64_t flags = a[0];
	char buf[32];

	emit_begin_struct(e, key);
	emit_flags(e, "flags", clone3_flags, flags, "CLONE_???");
	if (flags & K_CLONE_PIDFD)
		emit_ptr(e, "pidfd", a[1]);
	if (flags & (K_CLONE_CHILD_SETTID | K_CLONE_CHILD_CLEARTID))
		emit_ptr(e, "child_tid", a[2]);
	if (flags & K_CLONE_PARENT_SETTID)
		emit_ptr(e, "parent_tid", a[3]);
	/* a signal, named as -X says (17 / * SIGCHLD * / under -X verbose) */
	const char *sig = a[4] < INT32_MAX ? signal_name((int)a[4], buf, sizeof(buf)) : NULL;
	if (!sig || decode_opts.xlat == XLAT_RAW) {
		emit_uint(e, "exit_signal", a[4]);
	} else if (decode_opts.xlat == XLAT_VERBOSE) {
		char vb[64];
		snprintf(vb, sizeof(vb), "%" PRIu64 " /* %s */", a[4], sig);
		emit_sym(e, "exit_signal", vb);
	} else {
		emit_sym(e, "exit_signal", sig);
	}
	emit_ptr(e, "stack", a[5]);
	emit_hex(e, "stack_size", a[6]);
	if (flags & K_CLONE_SETTLS)
		emit_ptr(e, "tls", a[7]);
	if (a[8] || a[9]) {
		emit_set_tid(e, c, i, a[8], a[9]);
		emit_uint(e, "set_tid_size", a[9]);
	}
	if (fetch > 80 && (a[10] || (flags & K_CLONE_INTO_CGROUP)))
		emit_uint(e, "cgroup", a[10]);
	emit_struct_tail(e, c, i, CLONE_ARGS_VER2, usize);
	emit_end_struct(e);
	/* at exit: what the kernel stored for the parent.  *parent_tid is
	 * the child's tid, which is also the return value; the pidfd's number
	 * is behind a pointer BPF does not follow (its address is shown). */
	if (call_ok(c) && (flags & (K_CLONE_PARENT_SETTID | K_CLONE_PIDFD))) {
		emit_changed(e);
		emit_begin_struct(e, key);
		if (flags & K_CLONE_PIDFD)
			emit_ptr(e, "pidfd", a[1]);
		if (flags & K_CLONE_PARENT_SETTID) {
			if (!a[3]) {
				emit_ptr(e, "parent_tid", 0);
			} else {
				emit_begin_array(e, "parent_tid");
				emit_child_pid(e, c, NULL, c->rec->ret);
				emit_end_array(e);
			}
		}
		emit_end_struct(e);
	}
}

/* ----------------------------------------------------- arch_prctl */

#define K_ARCH_GET_FS    0x1003
#define K_ARCH_GET_GS    0x1004
#define K_ARCH_GET_CPUID 0x1011

void dec_arch_prctl(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, arch_prctl_codes, arg_uint(c, i), "ARCH_???");
}

/* arch_prctl's addr: nothing for ARCH_GET_CPUID; [0x7f..] for what
 * ARCH_GET_FS/GS stored; a hex value otherwise (NULL for those pointers). */
void dec_arch_prctl_addr(struct emit *e, const struct call *c, int i, const char *key)
{
	int ci = fmt_find_arg(c, A_ARCH_PRCTL);
	unsigned code = ci >= 0 ? arg_uint(c, ci) : 0;
	uint64_t v = arg_u64(c, i);

	switch (code) {
	case K_ARCH_GET_CPUID:
		return;
	case K_ARCH_GET_FS:
	case K_ARCH_GET_GS: {
		uint64_t out;
		if (call_ok(c) && call_struct(c, i, &out, sizeof(out))) {
			emit_begin_array(e, key);
			emit_hex(e, NULL, out);
			emit_end_array(e);
		} else {
			emit_ptr(e, key, v);
		}
		return;
	}
	default:
		emit_hex(e, key, v);
	}
}

/* ------------------------------------------------------- rlimits */

void dec_rlimit_res(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, rlimit_resources, arg_uint(c, i), "RLIMIT_???");
}

/* strace: RLIM64_INFINITY, 8192*1024 for multiples of 1024, else decimal;
 * -X raw prints the number, -X verbose the number and the name as a comment */
static void emit_rlim(struct emit *e, const char *key, uint64_t v)
{
	char name[32], buf[80];
	if (v == UINT64_MAX)
		snprintf(name, sizeof(name), "RLIM64_INFINITY");
	else if (v > 1024 && v % 1024 == 0)
		snprintf(name, sizeof(name), "%" PRIu64 "*1024", v / 1024);
	else
		name[0] = '\0';
	if (!name[0] || decode_opts.xlat == XLAT_RAW) {
		emit_uint(e, key, v);
	} else if (decode_opts.xlat == XLAT_VERBOSE) {
		snprintf(buf, sizeof(buf), "%" PRIu64 " /* %s */", v, name);
		emit_sym(e, key, buf);
	} else {
		emit_sym(e, key, name);
	}
}

static void emit_rlimit(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t rl[2];
	if (!call_struct(c, i, rl, sizeof(rl))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_rlim(e, "rlim_cur", rl[0]);
	emit_rlim(e, "rlim_max", rl[1]);
	emit_end_struct(e);
}

void dec_rlimit_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_rlimit(e, key, c, i);
}

void dec_rlimit_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_rlimit(e, key, c, i);
}

/* ----------------------------------------------------- misc */

/* uid_t/gid_t: strace prints (uid_t)-1 as -1 */
void dec_uid(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t v = (uint32_t)arg_u64(c, i);
	if (v == UINT32_MAX)
		emit_int(e, key, -1);
	else
		emit_uint(e, key, v);
}

/* ---------------------------------------------------------- clone */

/*
 * clone(2) as strace prints it, with names: at entry
 * `child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD`,
 * at exit, by flags, `parent_tid=[123]`, `tls=0x..`, `child_tidptr=0x..`.
 * x86_64 argument order: flags, stack, parent_tid, child_tid, tls.
 */
#define K_CLONE_NEEDS_EXIT (K_CLONE_PARENT_SETTID | K_CLONE_PIDFD | K_CLONE_CHILD_SETTID | \
			    K_CLONE_CHILD_CLEARTID | K_CLONE_SETTLS)

void dec_clone_named(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_named(e, 1);
	emit_ptr(e, "child_stack", arg_u64(c, 1));
	dec_clone_flags(e, c, i, "flags");
	emit_named(e, 0);
}

void dec_clone_rest(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t flags = arg_u64(c, 0) & ~(uint64_t)K_CSIGNAL;
	if (!(flags & K_CLONE_NEEDS_EXIT))
		return;
	emit_named(e, 1);
	if (flags & (K_CLONE_PARENT_SETTID | K_CLONE_PIDFD)) {
		int32_t v;
		const char *k = "parent_tid";
		if (c->exiting && !call_failed(c) && call_struct(c, 2, &v, sizeof(v))) {
			emit_begin_array(e, k);
			if (flags & K_CLONE_PARENT_SETTID)
				emit_child_pid(e, c, NULL, (int64_t)(uint32_t)v);
			else
				emit_int(e, NULL, v);
			emit_end_array(e);
		} else {
			emit_ptr(e, k, arg_u64(c, 2));
		}
	}
	if (flags & K_CLONE_SETTLS)
		emit_ptr(e, "tls", arg_u64(c, 4));
	if (flags & (K_CLONE_CHILD_SETTID | K_CLONE_CHILD_CLEARTID))
		emit_ptr(e, "child_tidptr", arg_u64(c, 3));
	emit_named(e, 0);
}

/* --------------------------------------------------------- uname etc. */

/* struct utsname: six 65-byte strings; strace without -v: two and "..." */
void dec_utsname_out(struct emit *e, const struct call *c, int i, const char *key)
{
	char u[2 * 65];
	if (!call_ok(c) || !call_struct(c, i, u, sizeof(u))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_str(e, "sysname", u, strnlen(u, 65), 0);
	emit_str(e, "nodename", u + 65, strnlen(u + 65, 65), 0);
	emit_more(e);
	emit_end_struct(e);
}

/* x86_64 struct sysinfo */
void dec_sysinfo_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t s[112];
	if (!call_ok(c) || !call_struct(c, i, s, sizeof(s))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	uint64_t v[14];
	uint16_t procs;
	uint32_t unit;
	memcpy(v, s, 80);             /* uptime, loads[3], totalram..freeswap */
	memcpy(&procs, s + 80, 2);
	memcpy(&v[10], s + 88, 16);   /* totalhigh, freehigh */
	memcpy(&unit, s + 104, 4);
	emit_begin_struct(e, key);
	emit_int(e, "uptime", (int64_t)v[0]);
	emit_begin_array(e, "loads");
	for (int k = 1; k <= 3; k++)
		emit_uint(e, NULL, v[k]);
	emit_end_array(e);
	static const char *const names[] = { "totalram", "freeram", "sharedram", "bufferram",
					     "totalswap", "freeswap" };
	for (int k = 0; k < 6; k++)
		emit_uint(e, names[k], v[4 + k]);
	emit_uint(e, "procs", procs);
	emit_uint(e, "totalhigh", v[10]);
	emit_uint(e, "freehigh", v[11]);
	emit_uint(e, "mem_unit", unit);
	emit_end_struct(e);
}

void dec_tms_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t t[4];
	if (!call_ok(c) || !call_struct(c, i, t, sizeof(t))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "tms_utime", t[0]);
	emit_uint(e, "tms_stime", t[1]);
	emit_uint(e, "tms_cutime", t[2]);
	emit_uint(e, "tms_cstime", t[3]);
	emit_end_struct(e);
}

static void emit_timeval(struct emit *e, const char *key, const int64_t tv[2])
{
	emit_begin_struct(e, key);
	emit_int(e, "tv_sec", tv[0]);
	emit_uint(e, "tv_usec", (uint64_t)tv[1]);
	emit_end_struct(e);
}

/* struct rusage: {ru_utime={..}, ru_stime={..}, ...}; every field with -v */
void dec_rusage_out(struct emit *e, const struct call *c, int i, const char *key)
{
	static const char *const names[] = {
		"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
		"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
		"ru_nsignals", "ru_nvcsw", "ru_nivcsw" };
	int64_t t[4 + 14];
	bool all = !call_abbrev(c);
	if (!call_ok(c) || !call_verbose(c) ||
	    !call_struct(c, i, t, all ? sizeof(t) : 4 * sizeof(t[0]))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_timeval(e, "ru_utime", t);
	emit_timeval(e, "ru_stime", t + 2);
	if (all)
		for (int k = 0; k < 14; k++)
			emit_uint(e, names[k], (uint64_t)t[4 + k]);
	else
		emit_more(e);
	emit_end_struct(e);
}

static const struct flag_name rusage_whos[] = {
	{ 0, "RUSAGE_SELF" },
	{ (uint64_t)-1, "RUSAGE_CHILDREN" },
	{ 1, "RUSAGE_THREAD" },
	{ 0, NULL }
};

void dec_rusage_who(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval_d(e, key, rusage_whos, arg_int(c, i), "RUSAGE_???");
}

static const struct flag_name prio_whiches[] = {
	{ 0, "PRIO_PROCESS" },
	{ 1, "PRIO_PGRP" },
	{ 2, "PRIO_USER" },
	{ 0, NULL }
};

void dec_prio_which(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, prio_whiches, arg_uint(c, i), "PRIO_???");
}

/* sched_getparam: [prio] */
void dec_sched_param_out(struct emit *e, const struct call *c, int i, const char *key)
{
	int32_t prio;
	if (!call_ok(c) || !call_struct(c, i, &prio, sizeof(prio))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	emit_int(e, NULL, prio);
	emit_end_array(e);
}

/* A CPU set as strace prints it: [0 1 3], the numbers of the bits set in
 * n bytes */
static void emit_cpuset(struct emit *e, const char *key, const uint8_t *data, size_t n)
{
	char buf[FLAGS_BUF];
	size_t len = str_append(buf, sizeof(buf), 0, "[");
	bool first = true;
	for (size_t bit = 0; bit < n * 8; bit++) {
		if (!(data[bit / 8] & (1u << (bit % 8))))
			continue;
		char tmp[16];
		snprintf(tmp, sizeof(tmp), first ? "%zu" : " %zu", bit);
		len = str_append(buf, sizeof(buf), len, tmp);
		first = false;
	}
	str_append(buf, sizeof(buf), len, "]");
	emit_sym(e, key, buf);
}

/* sched_getaffinity: the CPUs set in the `ret` bytes the kernel wrote */
void dec_cpuset_out(struct emit *e, const struct call *c, int i, const char *key)
{
	const struct blob_ref *r = call_blob(c, i);
	if (!call_ok(c) || !r || (uint64_t)c->rec->ret > r->b->len) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	size_t n = (size_t)c->rec->ret;
	emit_cpuset(e, key, r->data, n);
}

/* getgroups: [0, 1], min(size, returned) gids; [] for size 0 */
void dec_groups_out(struct emit *e, const struct call *c, int i, const char *key)
{
	const struct blob_ref *r = call_blob(c, i);
	uint64_t p = arg_u64(c, i);
	int64_t n = c->exiting ? c->rec->ret : -1;
	if (call_ok(c) && p && (arg_int(c, 0) == 0 || n == 0)) {
		emit_begin_array(e, key);
		emit_end_array(e);
		return;
	}
	if (!call_ok(c) || !p || !r || (uint64_t)n * 4 > r->b->len) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_array(e, key);
	for (int64_t k = 0; k < n; k++) {
		if (k >= (int64_t)c->strsize) {
			emit_more(e);
			break;
		}
		uint32_t g;
		memcpy(&g, r->data + 4 * k, 4);
		emit_uint(e, NULL, g);
	}
	emit_end_array(e);
}

/* mincore: one byte per page, [0, 1] */
void dec_mincore_vec(struct emit *e, const struct call *c, int i, const char *key)
{
	const struct blob_ref *r = call_blob(c, i);
	uint64_t pages = (arg_u64(c, 1) + 4095) / 4096;
	if (!call_ok(c) || !r || pages > r->b->len) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < pages; k++) {
		if (k >= c->strsize) {
			emit_more(e);
			break;
		}
		emit_uint(e, NULL, r->data[k] & 1);
	}
	emit_end_array(e);
}

/* -------------------------------------------------------- itimers */

static const struct flag_name itimer_whiches[] = {
	{ 0, "ITIMER_REAL" },
	{ 1, "ITIMER_VIRTUAL" },
	{ 2, "ITIMER_PROF" },
	{ 0, NULL }
};

void dec_itimer_which(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, itimer_whiches, arg_uint(c, i), "ITIMER_???");
}

/* {it_interval={tv_sec=0, tv_usec=0}, it_value={...}}; nsec: itimerspec */
static void emit_itimer(struct emit *e, const char *key, const struct call *c, int i, bool out,
			const char *sub)
{
	int64_t t[4];
	if ((out && !call_ok(c)) || !call_struct(c, i, t, sizeof(t))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	for (int k = 0; k < 2; k++) {
		emit_begin_struct(e, k ? "it_value" : "it_interval");
		emit_int(e, "tv_sec", t[2 * k]);
		emit_uint(e, sub, (uint64_t)t[2 * k + 1]);
		emit_end_struct(e);
	}
	emit_end_struct(e);
}

void dec_itimerval_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_itimer(e, key, c, i, false, "tv_usec");
}

void dec_itimerval_out(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_itimer(e, key, c, i, true, "tv_usec");
}

void dec_itimerspec_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_itimer(e, key, c, i, false, "tv_nsec");
}

void dec_itimerspec_out(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_itimer(e, key, c, i, true, "tv_nsec");
}

/* ----------------------------------------------------------- prctl */

#define K_PR_SET_PDEATHSIG 1
#define K_PR_GET_PDEATHSIG 2
#define K_PR_GET_DUMPABLE 3
#define K_PR_SET_DUMPABLE 4
#define K_PR_SET_NAME 15
#define K_PR_GET_NAME 16
#define K_PR_CAPBSET_READ 23
#define K_PR_CAPBSET_DROP 24
#define K_PR_SET_SECCOMP 22
#define K_PR_SET_TIMERSLACK 29
#define K_PR_SET_PTRACER 0x59616d61
#define K_PR_SET_VMA 0x53564d41

static const struct flag_name prctl_options[] = {
	{ 1, "PR_SET_PDEATHSIG" }, { 2, "PR_GET_PDEATHSIG" }, { 3, "PR_GET_DUMPABLE" },
	{ 4, "PR_SET_DUMPABLE" }, { 5, "PR_GET_UNALIGN" }, { 6, "PR_SET_UNALIGN" },
	{ 7, "PR_GET_KEEPCAPS" }, { 8, "PR_SET_KEEPCAPS" }, { 9, "PR_GET_FPEMU" },
	{ 10, "PR_SET_FPEMU" }, { 11, "PR_GET_FPEXC" }, { 12, "PR_SET_FPEXC" },
	{ 13, "PR_GET_TIMING" }, { 14, "PR_SET_TIMING" }, { 15, "PR_SET_NAME" },
	{ 16, "PR_GET_NAME" }, { 19, "PR_GET_ENDIAN" }, { 20, "PR_SET_ENDIAN" },
	{ 21, "PR_GET_SECCOMP" }, { 22, "PR_SET_SECCOMP" }, { 23, "PR_CAPBSET_READ" },
	{ 24, "PR_CAPBSET_DROP" }, { 25, "PR_GET_TSC" }, { 26, "PR_SET_TSC" },
	{ 27, "PR_GET_SECUREBITS" }, { 28, "PR_SET_SECUREBITS" }, { 29, "PR_SET_TIMERSLACK" },
	{ 30, "PR_GET_TIMERSLACK" }, { 31, "PR_TASK_PERF_EVENTS_DISABLE" },
	{ 32, "PR_TASK_PERF_EVENTS_ENABLE" }, { 33, "PR_MCE_KILL" }, { 34, "PR_MCE_KILL_GET" },
	{ 35, "PR_SET_MM" }, { 36, "PR_SET_CHILD_SUBREAPER" }, { 37, "PR_GET_CHILD_SUBREAPER" },
	{ 38, "PR_SET_NO_NEW_PRIVS" }, { 39, "PR_GET_NO_NEW_PRIVS" }, { 40, "PR_GET_TID_ADDRESS" },
	{ 41, "PR_SET_THP_DISABLE" }, { 42, "PR_GET_THP_DISABLE" },
	{ 43, "PR_MPX_ENABLE_MANAGEMENT" }, { 44, "PR_MPX_DISABLE_MANAGEMENT" },
	{ 45, "PR_SET_FP_MODE" }, { 46, "PR_GET_FP_MODE" }, { 47, "PR_CAP_AMBIENT" },
	{ 50, "PR_SVE_SET_VL" }, { 51, "PR_SVE_GET_VL" }, { 52, "PR_GET_SPECULATION_CTRL" },
	{ 53, "PR_SET_SPECULATION_CTRL" }, { 54, "PR_PAC_RESET_KEYS" },
	{ 55, "PR_SET_TAGGED_ADDR_CTRL" }, { 56, "PR_GET_TAGGED_ADDR_CTRL" },
	{ 57, "PR_SET_IO_FLUSHER" }, { 58, "PR_GET_IO_FLUSHER" },
	{ 59, "PR_SET_SYSCALL_USER_DISPATCH" }, { 60, "PR_PAC_SET_ENABLED_KEYS" },
	{ 61, "PR_PAC_GET_ENABLED_KEYS" }, { 62, "PR_SCHED_CORE" },
	{ 63, "PR_SME_SET_VL" }, { 64, "PR_SME_GET_VL" },
	{ K_PR_SET_VMA, "PR_SET_VMA" }, { K_PR_SET_PTRACER, "PR_SET_PTRACER" },
	{ 0, NULL }
};

static const struct flag_name pr_dumpables[] = {
	{ 0, "SUID_DUMP_DISABLE" },
	{ 1, "SUID_DUMP_USER" },
	{ 2, "SUID_DUMP_ROOT" },
	{ 0, NULL }
};

static const struct flag_name capabilities[] = {
	{ 0, "CAP_CHOWN" }, { 1, "CAP_DAC_OVERRIDE" }, { 2, "CAP_DAC_READ_SEARCH" },
	{ 3, "CAP_FOWNER" }, { 4, "CAP_FSETID" }, { 5, "CAP_KILL" }, { 6, "CAP_SETGID" },
	{ 7, "CAP_SETUID" }, { 8, "CAP_SETPCAP" }, { 9, "CAP_LINUX_IMMUTABLE" },
	{ 10, "CAP_NET_BIND_SERVICE" }, { 11, "CAP_NET_BROADCAST" }, { 12, "CAP_NET_ADMIN" },
	{ 13, "CAP_NET_RAW" }, { 14, "CAP_IPC_LOCK" }, { 15, "CAP_IPC_OWNER" },
	{ 16, "CAP_SYS_MODULE" }, { 17, "CAP_SYS_RAWIO" }, { 18, "CAP_SYS_CHROOT" },
	{ 19, "CAP_SYS_PTRACE" }, { 20, "CAP_SYS_PACCT" }, { 21, "CAP_SYS_ADMIN" },
	{ 22, "CAP_SYS_BOOT" }, { 23, "CAP_SYS_NICE" }, { 24, "CAP_SYS_RESOURCE" },
	{ 25, "CAP_SYS_TIME" }, { 26, "CAP_SYS_TTY_CONFIG" }, { 27, "CAP_MKNOD" },
	{ 28, "CAP_LEASE" }, { 29, "CAP_AUDIT_WRITE" }, { 30, "CAP_AUDIT_CONTROL" },
	{ 31, "CAP_SETFCAP" }, { 32, "CAP_MAC_OVERRIDE" }, { 33, "CAP_MAC_ADMIN" },
	{ 34, "CAP_SYSLOG" }, { 35, "CAP_WAKE_ALARM" }, { 36, "CAP_BLOCK_SUSPEND" },
	{ 37, "CAP_AUDIT_READ" }, { 38, "CAP_PERFMON" }, { 39, "CAP_BPF" },
	{ 40, "CAP_CHECKPOINT_RESTORE" },
	{ 0, NULL }
};

static const struct flag_name seccomp_modes[] = {
	{ 0, "SECCOMP_MODE_DISABLED" },
	{ 1, "SECCOMP_MODE_STRICT" },
	{ 2, "SECCOMP_MODE_FILTER" },
	{ 0, NULL }
};

void dec_prctl_op(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, prctl_options, arg_uint(c, i), "PR_???");
}

/* How prctl's arguments after the option print (strace's SYS_FUNC(prctl)) */
enum { PA_NONE, PA_U, PA_HEX_ALL, PA_U_HEX, PA_SIG, PA_SIG_OUT, PA_NAME_IN, PA_NAME_OUT,
       PA_DUMPABLE, PA_CAP, PA_D, PA_PTRACER, PA_SECCOMP };

static int prctl_args_mode(unsigned op)
{
	switch (op) {
	case 7: case 21: case 30: case 13: case 3: case 27: case 31: case 32: case 46:
	case 51: case 64:
		return PA_NONE;
	case 36: case 20: case 10: case 12: case 8: case 14:
		return PA_U;
	case 38: case 41: case 57:
		return PA_U_HEX;
	case K_PR_SET_PDEATHSIG:
		return PA_SIG;
	case K_PR_GET_PDEATHSIG:
		return PA_SIG_OUT;
	case K_PR_SET_NAME:
		return PA_NAME_IN;
	case K_PR_GET_NAME:
		return PA_NAME_OUT;
	case K_PR_SET_DUMPABLE:
		return PA_DUMPABLE;
	case K_PR_CAPBSET_READ: case K_PR_CAPBSET_DROP:
		return PA_CAP;
	case K_PR_SET_TIMERSLACK:
		return PA_D;
	case K_PR_SET_PTRACER:
		return PA_PTRACER;
	case K_PR_SET_SECCOMP:
		return PA_SECCOMP;
	}
	return PA_HEX_ALL;
}

/* a NUL-terminated name of at most `max` bytes from the capture */
static void emit_comm(struct emit *e, const char *key, const struct call *c, int i, size_t max)
{
	const struct blob_ref *r = call_blob(c, i);
	if (!r) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	size_t avail = r->b->len < max ? r->b->len : max;
	size_t n = strnlen((const char *)r->data, avail);
	/* no NUL within `max` bytes, or longer than -s: "..." */
	size_t shown = n < c->strsize ? n : c->strsize;
	emit_str(e, key, r->data, shown, shown < n || n == max ? EMIT_STR_TRUNC : 0);
}

/* Argument 1 of prctl prints everything after the option (arguments 2..4
 * print nothing themselves) */
void dec_prctl_arg(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i != 1)
		return;
	unsigned op = arg_uint(c, 0);
	uint64_t a2 = arg_u64(c, 1);
	char buf[32];
	switch (prctl_args_mode(op)) {
	case PA_NONE:
		return;
	case PA_U:
		emit_uint(e, key, a2);
		return;
	case PA_D:
		emit_int(e, key, (int64_t)a2);
		return;
	case PA_U_HEX:
		emit_uint(e, key, a2);
		for (int k = 2; k < 5; k++)   /* arg3..arg5, under their own keys */
			emit_hex(e, k < c->desc->nargs ? c->desc->argname[k] : NULL, arg_u64(c, k));
		return;
	case PA_SIG: {
		const char *n = a2 <= 128 ? signal_name((int)a2, buf, sizeof(buf)) : NULL;
		if (n)
			emit_sym(e, key, n);
		else
			emit_uint(e, key, a2);
		return;
	}
	case PA_SIG_OUT: {
		int32_t sig;
		if (!call_ok(c) || !call_struct(c, i, &sig, sizeof(sig))) {
			emit_ptr(e, key, a2);
			return;
		}
		const char *n = signal_name(sig, buf, sizeof(buf));
		emit_begin_array(e, key);
		if (n)
			emit_sym(e, NULL, n);
		else
			emit_int(e, NULL, sig);
		emit_end_array(e);
		return;
	}
	case PA_NAME_IN:
		emit_comm(e, key, c, i, 15);
		return;
	case PA_NAME_OUT:
		if (!call_ok(c))
			emit_ptr(e, key, a2);
		else
			emit_comm(e, key, c, i, 16);
		return;
	case PA_DUMPABLE:
		emit_xval(e, key, pr_dumpables, a2, "SUID_DUMP_???");
		return;
	case PA_CAP:
		emit_xval(e, key, capabilities, a2, "CAP_???");
		return;
	case PA_PTRACER:
		if ((int)a2 == -1)
			emit_sym(e, key, "PR_SET_PTRACER_ANY");
		else
			emit_int(e, key, (int)a2);
		return;
	case PA_SECCOMP:
		emit_xval(e, key, seccomp_modes, a2, "SECCOMP_MODE_???");
		if (a2 == 2)
			emit_ptr(e, NULL, arg_u64(c, 2));
		else if (a2 != 1)
			for (int k = 2; k < 5; k++)
				emit_hex(e, NULL, arg_u64(c, k));
		return;
	}
	for (int k = 1; k < 5; k++)
		emit_hex(e, k == 1 ? key : NULL, arg_u64(c, k));
}

bool prctl_has_ret_aux(const struct call *c)
{
	return arg_uint(c, 0) == K_PR_GET_DUMPABLE && lookup_value(pr_dumpables, c->rec->ret);
}

void prctl_ret_aux(struct emit *e, const struct call *c)
{
	emit_sym(e, NULL, lookup_value(pr_dumpables, c->rec->ret));
}

/* ------------------------------------------------------------ waitid */

static const struct flag_name waitid_types[] = {
	{ 0, "P_ALL" },
	{ 1, "P_PID" },
	{ 2, "P_PGID" },
	{ 3, "P_PIDFD" },
	{ 0, NULL }
};

void dec_waitid_type(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, waitid_types, arg_uint(c, i), "P_???");
}

/* sched_getscheduler's return value: = 0 (SCHED_OTHER) */
const struct flag_name sched_policies[] = {
	{ 0, "SCHED_OTHER" }, { 1, "SCHED_FIFO" }, { 2, "SCHED_RR" }, { 3, "SCHED_BATCH" },
	{ 4, "SCHED_ISO" }, { 5, "SCHED_IDLE" }, { 6, "SCHED_DEADLINE" },
	{ 0, NULL }
};

bool sched_policy_has_ret_aux(const struct call *c)
{
	return lookup_value(sched_policies, (uint64_t)c->rec->ret & ~0x40000000ull) != NULL;
}

void sched_policy_ret_aux(struct emit *e, const struct call *c)
{
	char buf[64];
	uint64_t v = (uint64_t)c->rec->ret;
	size_t len = 0;
	buf[0] = '\0';
	if (v & 0x40000000)
		len = str_append(buf, sizeof(buf), len, "SCHED_RESET_ON_FORK|");
	str_append(buf, sizeof(buf), len, lookup_value(sched_policies, v & ~0x40000000ull));
	emit_sym(e, NULL, buf);
}

/* getresuid/getresgid: [0] */
void dec_uid_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t v;
	if (!call_ok(c) || !call_struct(c, i, &v, sizeof(v))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	if (v == UINT32_MAX)
		emit_int(e, NULL, -1);
	else
		emit_uint(e, NULL, v);
	emit_end_array(e);
}

/* sched_setaffinity: the CPUs set in the cpusetsize bytes given */
void dec_cpuset_in(struct emit *e, const struct call *c, int i, const char *key)
{
	const struct blob_ref *r = call_blob(c, i);
	uint64_t n = arg_u64(c, i - 1);
	if (!r || n > r->b->len) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_cpuset(e, key, r->data, n);
}
