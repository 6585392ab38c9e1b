// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Signals: names as strace prints them (SIGTERM; 32 is SIGRTMIN, 33..64
 * are SIGRT_1..SIGRT_32, counted from the kernel's SIGRTMIN, not glibc's),
 * signal sets ([INT TERM], ~[KILL STOP] when 2/3 or more are set), and
 * rt_sigprocmask's `how`.
 */
#include "decode_priv.h"

#include <stdio.h>
#include <string.h>

#define K_NSIG      64   /* the kernel's _NSIG on x86_64 */
#define K_SIGRTMIN  32

static const char *const signal_names[K_SIGRTMIN + 1] = {
	[1] = "SIGHUP",     [2] = "SIGINT",     [3] = "SIGQUIT",    [4] = "SIGILL",
	[5] = "SIGTRAP",    [6] = "SIGABRT",    [7] = "SIGBUS",     [8] = "SIGFPE",
	[9] = "SIGKILL",    [10] = "SIGUSR1",   [11] = "SIGSEGV",   [12] = "SIGUSR2",
	[13] = "SIGPIPE",   [14] = "SIGALRM",   [15] = "SIGTERM",   [16] = "SIGSTKFLT",
	[17] = "SIGCHLD",   [18] = "SIGCONT",   [19] = "SIGSTOP",   [20] = "SIGTSTP",
	[21] = "SIGTTIN",   [22] = "SIGTTOU",   [23] = "SIGURG",    [24] = "SIGXCPU",
	[25] = "SIGXFSZ",   [26] = "SIGVTALRM", [27] = "SIGPROF",   [28] = "SIGWINCH",
	[29] = "SIGIO",     [30] = "SIGPWR",    [31] = "SIGSYS",    [32] = "SIGRTMIN",
};

const struct flag_name sigprocmask_hows[] = {
	{ 0, "SIG_BLOCK" },
	{ 1, "SIG_UNBLOCK" },
	{ 2, "SIG_SETMASK" },
	{ 0, NULL }
};

#define K_SA_RESTORER 0x04000000
static const struct flag_name sigaction_flags[] = {
	{ K_SA_RESTORER, "SA_RESTORER" },
	{ 0x08000000, "SA_ONSTACK" },
	{ 0x10000000, "SA_RESTART" },
	{ 0x20000000, "SA_INTERRUPT" },
	{ 0x40000000, "SA_NODEFER" },
	{ 0x80000000, "SA_RESETHAND" },
	{ 0x00000004, "SA_SIGINFO" },
	{ 0x00000001, "SA_NOCLDSTOP" },
	{ 0x00000002, "SA_NOCLDWAIT" },
	{ 0, NULL }
};

static const struct flag_name sa_handlers[] = {
	{ 0, "SIG_DFL" },
	{ 1, "SIG_IGN" },
	{ UINT64_MAX, "SIG_ERR" },
	{ 0, NULL }
};

const char *signal_name(int sig, char *buf, size_t size)
{
	if (sig >= 1 && sig <= K_SIGRTMIN)
		return signal_names[sig];
	if (sig > K_SIGRTMIN && sig <= K_NSIG) {
		snprintf(buf, size, "SIGRT_%d", sig - K_SIGRTMIN);
		return buf;
	}
	return NULL;
}

const char *format_sigset(char *buf, size_t size, uint64_t set)
{
	size_t len = 0;
	buf[0] = '\0';
	if (__builtin_popcountll(set) >= K_NSIG * 2 / 3) {
		len = str_append(buf, size, len, "~");
		set = ~set;
	}
	len = str_append(buf, size, len, "[");
	bool first = true;
	for (int sig = 1; sig <= K_NSIG; sig++) {
		if (!(set & (1ull << (sig - 1))))
			continue;
		char tmp[32];
		const char *name = signal_name(sig, tmp, sizeof(tmp));
		if (!first)
			len = str_append(buf, size, len, " ");
		first = false;
		len = str_append(buf, size, len, name + 3);   /* without "SIG" */
	}
	str_append(buf, size, len, "]");
	return buf;
}

void dec_signal(struct emit *e, const struct call *c, int i, const char *key)
{
	char buf[32];
	int sig = arg_int(c, i);
	const char *name = signal_name(sig, buf, sizeof(buf));
	if (name)
		emit_sym(e, key, name);
	else
		emit_int(e, key, sig);
}

/* A sigset whose size argument (lenarg[i]) is not the kernel's 8 bytes
 * prints as an address, as strace does. */
static void emit_sigset(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t set;
	int li = c->fmt->lenarg[i];
	if ((li && arg_u64(c, li) != K_NSIG / 8) || !call_struct(c, i, &set, sizeof(set))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	char buf[8 * K_NSIG];
	emit_sym(e, key, format_sigset(buf, sizeof(buf), set));
}

void dec_sigset_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_sigset(e, key, c, i);
}

void dec_sigset_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_sigset(e, key, c, i);
}

void dec_sigprocmask_how(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, sigprocmask_hows, arg_uint(c, i), "SIG_???");
}

/* x86_64 kernel struct sigaction: handler, flags, restorer, mask */
static void emit_sigaction(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t sa[4];
	if (!call_struct(c, i, sa, sizeof(sa))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	char buf[8 * K_NSIG];
	emit_begin_struct(e, key);
	const char *h = lookup_value(sa_handlers, sa[0]);
	if (h)
		emit_sym(e, "sa_handler", h);
	else
		emit_ptr(e, "sa_handler", sa[0]);
	emit_sym(e, "sa_mask", format_sigset(buf, sizeof(buf), sa[3]));
	emit_flags(e, "sa_flags", sigaction_flags, sa[1], "SA_???");
	if (sa[1] & K_SA_RESTORER)
		emit_ptr(e, "sa_restorer", sa[2]);
	emit_end_struct(e);
}

void dec_sigaction_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_sigaction(e, key, c, i);
}

void dec_sigaction_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_sigaction(e, key, c, i);
}
