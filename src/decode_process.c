// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Processes: execve's argv/envp, wait4's status and options, clone flags,
 * arch_prctl, resource limits, uids, getrandom flags.
 */
#include "decode_priv.h"

#include <inttypes.h>
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
const struct flag_name clone_flags[] = {
	{ 0x00000100, "CLONE_VM" },
	{ 0x00000200, "CLONE_FS" },
	{ 0x00000400, "CLONE_FILES" },
	{ 0x00000800, "CLONE_SIGHAND" },
	{ 0x00001000, "CLONE_PIDFD" },
	{ 0x00002000, "CLONE_PTRACE" },
	{ 0x00004000, "CLONE_VFORK" },
	{ 0x00008000, "CLONE_PARENT" },
	{ 0x00010000, "CLONE_THREAD" },
	{ 0x00020000, "CLONE_NEWNS" },
	{ 0x00040000, "CLONE_SYSVSEM" },
	{ 0x00080000, "CLONE_SETTLS" },
	{ 0x00100000, "CLONE_PARENT_SETTID" },
	{ 0x00200000, "CLONE_CHILD_CLEARTID" },
	{ 0x00800000, "CLONE_UNTRACED" },
	{ 0x01000000, "CLONE_CHILD_SETTID" },
	{ 0x02000000, "CLONE_NEWCGROUP" },
	{ 0x04000000, "CLONE_NEWUTS" },
	{ 0x08000000, "CLONE_NEWIPC" },
	{ 0x10000000, "CLONE_NEWUSER" },
	{ 0x20000000, "CLONE_NEWPID" },
	{ 0x40000000, "CLONE_NEWNET" },
	{ 0x80000000, "CLONE_IO" },
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

static const struct flag_name grnd_flags[] = {
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
	while (captured < SCT_ARGV_MAX && c->argv[i][captured].b)
		captured++;
	uint64_t total = captured;
	bool more = false;
	if (hdr->kind == SCT_CAP_COUNT)
		total = hdr->aux;
	else if (hdr->kind == SCT_CAP_ARGV && hdr->idx >= SCT_ARGV_MAX)
		more = true;
	if ((captured == 0 && total == 0 && !more && hdr->kind != SCT_CAP_COUNT) ||
	    (captured > 0 && (c->argv[i][0].b->flags & SCT_BF_FAULT))) {
		emit_ptr(e, key, p);   /* nothing readable: the array's address */
		return;
	}
	if (total > captured)
		more = true;

	emit_begin_array(e, key);
	for (unsigned n = 0;; n++) {
		if (n >= captured) {
			if (more)
				emit_more(e);
			break;
		}
		if (n >= c->strsize) {         /* strace: at most -s elements */
			emit_more(e);
			break;
		}
		const struct blob_ref *r = &c->argv[i][n];
		if (r->b->flags & SCT_BF_FAULT) {
			emit_more(e);
			break;
		}
		size_t len = r->b->len;
		size_t shown = len < c->strsize ? len : c->strsize;
		bool trunc = (r->b->flags & SCT_BF_TRUNC) || len > shown;
		emit_str(e, NULL, r->data, shown, trunc ? EMIT_STR_TRUNC : 0);
	}
	emit_end_array(e);
}

/* envp: 0x7ffd1c3f5a48 / * 37 vars * / */
void dec_envp(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_blob(c, i);
	if (!p || !r || r->b->kind != SCT_CAP_COUNT) {
		emit_ptr(e, key, p);
		return;
	}
	emit_ptr_count(e, key, p, r->b->aux, "vars");
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

void dec_wait_options(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, wait_options, arg_uint(c, i), "W???");
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
 * stack, stack_size; set_tid when given; cgroup with CLONE_INTO_CGROUP.
 * (strace's ` => {parent_tid=[123]}` at exit is not shown yet.)
 */
#define K_CLONE_PIDFD          0x00001000
#define K_CLONE_SETTLS         0x00080000
#define K_CLONE_PARENT_SETTID  0x00100000
#define K_CLONE_CHILD_CLEARTID 0x00200000
#define K_CLONE_CHILD_SETTID   0x01000000
#define K_CLONE_INTO_CGROUP    0x200000000ull

void dec_clone3_args(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t a[11] = { 0 };
	int si = i + 1;   /* the size argument follows */
	uint64_t usize = si < c->desc->nargs ? arg_u64(c, si) : 0;
	const struct blob_ref *r = call_blob(c, i);
	if (usize < 64 || !r || r->b->len < 64) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	memcpy(a, r->data, r->b->len < sizeof(a) ? r->b->len : sizeof(a));
	uint64_t flags = a[0];
	char buf[FLAGS_BUF];

	emit_begin_struct(e, key);
	buf[0] = '\0';
	flags_append(buf, sizeof(buf), 0, clone_flags, flags, "CLONE_???");
	emit_sym(e, "flags", buf);
	if (flags & K_CLONE_PIDFD)
		emit_ptr(e, "pidfd", a[1]);
	if (flags & (K_CLONE_CHILD_SETTID | K_CLONE_CHILD_CLEARTID))
		emit_ptr(e, "child_tid", a[2]);
	if (flags & K_CLONE_PARENT_SETTID)
		emit_ptr(e, "parent_tid", a[3]);
	const char *sig = signal_name((int)a[4], buf, sizeof(buf));
	if (sig && a[4] <= 64)
		emit_sym(e, "exit_signal", sig);
	else
		emit_uint(e, "exit_signal", a[4]);
	emit_ptr(e, "stack", a[5]);
	emit_hex(e, "stack_size", a[6]);
	if (flags & K_CLONE_SETTLS)
		emit_ptr(e, "tls", a[7]);
	if (usize >= 80 && (a[8] || a[9])) {
		emit_ptr(e, "set_tid", a[8]);
		emit_uint(e, "set_tid_size", a[9]);
	}
	if (usize >= 88 && (flags & K_CLONE_INTO_CGROUP))
		emit_uint(e, "cgroup", a[10]);
	emit_end_struct(e);
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

/* strace: RLIM64_INFINITY, 8192*1024 for multiples of 1024, else decimal */
static void emit_rlim(struct emit *e, const char *key, uint64_t v)
{
	char buf[32];
	if (v == UINT64_MAX) {
		emit_sym(e, key, "RLIM64_INFINITY");
	} else if (v > 1024 && v % 1024 == 0) {
		snprintf(buf, sizeof(buf), "%" PRIu64 "*1024", v / 1024);
		emit_sym(e, key, buf);
	} else {
		emit_uint(e, key, v);
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

void dec_grnd_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, grnd_flags, arg_uint(c, i), "GRND_???");
}
