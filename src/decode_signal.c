// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Signals: names as strace prints them (SIGTERM; 32 is SIGRTMIN, 33..64
 * are SIGRT_1..SIGRT_32, counted from the kernel's SIGRTMIN, not glibc's),
 * signal sets ([INT TERM], ~[KILL STOP] when 2/3 or more are set), and
 * rt_sigprocmask's `how`.
 */
#include "decode_priv.h"
#include "pidnames.h"

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

/* A set of `words` 32-bit words (1 or 2): inverted when 2/3 or more of
 * its bits are set, as strace's sprintsigmask_n(); members by -X: INT,
 * 2, or 2 / * INT * / */
const char *format_sigset_words(char *buf, size_t size, uint64_t set, unsigned words)
{
	size_t len = 0;
	unsigned nbits = words >= 2 ? K_NSIG : 32;
	if (nbits < 64)
		set &= (1ull << nbits) - 1;
	buf[0] = '\0';
	if ((unsigned)__builtin_popcountll(set) >= nbits * 2 / 3) {
		len = str_append(buf, size, len, "~");
		set = ~set;
		if (nbits < 64)
			set &= (1ull << nbits) - 1;
	}
	len = str_append(buf, size, len, "[");
	bool first = true;
	for (int sig = 1; sig <= (int)nbits; sig++) {
		if (!(set & (1ull << (sig - 1))))
			continue;
		char tmp[32], num[16];
		const char *name = signal_name(sig, tmp, sizeof(tmp));
		if (!first)
			len = str_append(buf, size, len, " ");
		first = false;
		snprintf(num, sizeof(num), "%d", sig);
		if (decode_opts.xlat == XLAT_ABBREV) {
			len = str_append(buf, size, len, name + 3);   /* without "SIG" */
			continue;
		}
		len = str_append(buf, size, len, num);
		if (decode_opts.xlat == XLAT_VERBOSE) {
			len = str_append(buf, size, len, " /* ");
			len = str_append(buf, size, len, name + 3);
			len = str_append(buf, size, len, " */");
		}
	}
	str_append(buf, size, len, "]");
	return buf;
}

const char *format_sigset(char *buf, size_t size, uint64_t set)
{
	return format_sigset_words(buf, size, set, 2);
}

/* A signal number by -X: SIGTERM, 15, or 15 / * SIGTERM * /; numbers
 * without a name in decimal */
static void emit_signo(struct emit *e, const char *key, int sig)
{
	char buf[32], num[16];
	const char *name = signal_name(sig, buf, sizeof(buf));
	if (!name || decode_opts.xlat == XLAT_RAW) {
		emit_int(e, key, sig);
		return;
	}
	if (decode_opts.xlat == XLAT_VERBOSE) {
		snprintf(num, sizeof(num), "%d", sig);
		emit_sym_raw(e, key, name, num, (uint64_t)(int64_t)sig);
		return;
	}
	emit_sym(e, key, name);
}

void dec_signal(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_signo(e, key, arg_int(c, i));
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
	/* not decoded under -e verbose=none (strace's umoven_or_printaddr) */
	if (!call_verbose(c))
		emit_ptr(e, key, arg_u64(c, i));
	else
		emit_sigset(e, key, c, i);
}

/* rt_sigreturn({mask=[]}): the mask read from the signal frame */
void dec_sigreturn_mask(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_begin_struct(e, key);
	emit_sigset(e, "mask", c, i);
	emit_end_struct(e);
}

void dec_sigset_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c) || !call_verbose(c)) {
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

/* ------------------------------------------------------- sigaltstack */

static const struct flag_name sigaltstack_flags[] = {
	{ 1, "SS_ONSTACK" },
	{ 2, "SS_DISABLE" },
	{ 1u << 31, "SS_AUTODISARM" },
	{ 0, NULL }
};

/* stack_t: {ss_sp=0x.., ss_flags=0, ss_size=65536} */
static void emit_stack_t(struct emit *e, const char *key, const struct call *c, int i)
{
	uint8_t s[24];
	if (!call_struct(c, i, s, sizeof(s))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	uint64_t sp, size;
	uint32_t flags;
	memcpy(&sp, s, 8);
	memcpy(&flags, s + 8, 4);
	memcpy(&size, s + 16, 8);
	emit_begin_struct(e, key);
	emit_ptr(e, "ss_sp", sp);
	emit_flags(e, "ss_flags", sigaltstack_flags, flags, "SS_???");
	emit_uint(e, "ss_size", size);
	emit_end_struct(e);
}

void dec_stack_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_stack_t(e, key, c, i);
}

void dec_stack_out(struct emit *e, const struct call *c, int i, const char *key)
{
	if (!call_ok(c)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_stack_t(e, key, c, i);
}

/* ------------------------------------------------------- siginfo */

static const struct flag_name si_codes[] = {
	{ 0, "SI_USER" },
	{ 0x80, "SI_KERNEL" },
	{ (uint32_t)-1, "SI_QUEUE" },
	{ (uint32_t)-2, "SI_TIMER" },
	{ (uint32_t)-3, "SI_MESGQ" },
	{ (uint32_t)-4, "SI_ASYNCIO" },
	{ (uint32_t)-5, "SI_SIGIO" },
	{ (uint32_t)-6, "SI_TKILL" },
	{ (uint32_t)-7, "SI_DETHREAD" },
	{ (uint32_t)-60, "SI_ASYNCNL" },
	{ 0, NULL }
};
static const struct flag_name sigchld_codes[] = {
	{ 1, "CLD_EXITED" }, { 2, "CLD_KILLED" }, { 3, "CLD_DUMPED" },
	{ 4, "CLD_TRAPPED" }, { 5, "CLD_STOPPED" }, { 6, "CLD_CONTINUED" },
	{ 0, NULL }
};
static const struct flag_name sigsegv_codes[] = {
	{ 1, "SEGV_MAPERR" }, { 2, "SEGV_ACCERR" }, { 3, "SEGV_BNDERR" }, { 4, "SEGV_PKUERR" },
	{ 5, "SEGV_ACCADI" }, { 6, "SEGV_ADIDERR" }, { 7, "SEGV_ADIPERR" }, { 8, "SEGV_MTEAERR" },
	{ 9, "SEGV_MTESERR" }, { 10, "SEGV_CPERR" },
	{ 0, NULL }
};
static const struct flag_name sigbus_codes[] = {
	{ 1, "BUS_ADRALN" }, { 2, "BUS_ADRERR" }, { 3, "BUS_OBJERR" },
	{ 4, "BUS_MCEERR_AR" }, { 5, "BUS_MCEERR_AO" },
	{ 0, NULL }
};
static const struct flag_name sigill_codes[] = {
	{ 1, "ILL_ILLOPC" }, { 2, "ILL_ILLOPN" }, { 3, "ILL_ILLADR" }, { 4, "ILL_ILLTRP" },
	{ 5, "ILL_PRVOPC" }, { 6, "ILL_PRVREG" }, { 7, "ILL_COPROC" }, { 8, "ILL_BADSTK" },
	{ 9, "ILL_BADIADDR" },
	{ 0, NULL }
};
static const struct flag_name sigfpe_codes[] = {
	{ 1, "FPE_INTDIV" }, { 2, "FPE_INTOVF" }, { 3, "FPE_FLTDIV" }, { 4, "FPE_FLTOVF" },
	{ 5, "FPE_FLTUND" }, { 6, "FPE_FLTRES" }, { 7, "FPE_FLTINV" }, { 8, "FPE_FLTSUB" },
	{ 9, "FPE_DECOVF" }, { 10, "FPE_DECDIV" }, { 11, "FPE_DECERR" }, { 12, "FPE_INVASC" },
	{ 13, "FPE_INVDEC" }, { 14, "FPE_FLTUNK" }, { 15, "FPE_CONDTRAP" },
	{ 0, NULL }
};
static const struct flag_name sigtrap_codes[] = {
	{ 1, "TRAP_BRKPT" }, { 2, "TRAP_TRACE" }, { 3, "TRAP_BRANCH" }, { 4, "TRAP_HWBKPT" },
	{ 5, "TRAP_UNK" }, { 6, "TRAP_PERF" },
	{ 0, NULL }
};
static const struct flag_name sigpoll_codes[] = {
	{ 1, "POLL_IN" }, { 2, "POLL_OUT" }, { 3, "POLL_MSG" }, { 4, "POLL_ERR" },
	{ 5, "POLL_PRI" }, { 6, "POLL_HUP" },
	{ 0, NULL }
};
static const struct flag_name sigsys_codes[] = {
	{ 1, "SYS_SECCOMP" }, { 2, "SYS_USER_DISPATCH" },
	{ 0, NULL }
};

#define K_SIGILL 4
#define K_SIGTRAP 5
#define K_SIGBUS 7
#define K_SIGFPE 8
#define K_SIGSEGV 11
#define K_SIGCHLD 17
#define K_SIGIO 29
#define K_SIGSYS 31

static int32_t si32(const uint8_t *si, size_t off) { int32_t v; memcpy(&v, si + off, 4); return v; }
static uint64_t si64(const uint8_t *si, size_t off) { uint64_t v; memcpy(&v, si + off, 8); return v; }

static void emit_sig_or_num(struct emit *e, const char *key, int sig)
{
	emit_signo(e, key, sig);
}

static void emit_sigsource(struct emit *e, const uint8_t *si)
{
	/* -Y: si_pid=123<sh>, as the task the line is about sees it */
	emit_pid_as(e, "si_pid", pidnames_task(), NULL, si32(si, 16), PT_TGID);
	uint32_t uid = (uint32_t)si32(si, 20);
	if (uid == UINT32_MAX)   /* strace's printuid: -1 */
		emit_int(e, "si_uid", -1);
	else
		emit_uint(e, "si_uid", uid);
}

static void emit_sigval(struct emit *e, const uint8_t *si)
{
	emit_int(e, "si_int", si32(si, 24));
	emit_ptr(e, "si_ptr", si64(si, 24));
}

/* AUDIT_ARCH_* (linux/audit.h) of the two ABIs sctrace knows */
static const struct flag_name audit_arches[] = {
	{ 0xc000003e, "AUDIT_ARCH_X86_64" }, { 0x40000003, "AUDIT_ARCH_I386" }, { 0, NULL }
};

/* A syscall number as strace names it: __NR_read (by arch), else the number */
static void emit_syscall_nr(struct emit *e, const char *key, int nr, uint32_t arch)
{
	const char *name = NULL;
	char buf[64];
	if (nr >= 0 && nr < SCT_MAX_SYSCALLS)
		name = arch == 0x40000003 ? syscall_names_i386[nr] : syscall_table[nr].name;
	if (!name) {
		emit_int(e, key, nr);
		return;
	}
	snprintf(buf, sizeof(buf), "__NR_%s", name);
	emit_sym(e, key, buf);
}

/* strace's printsiginfo() for an x86_64 siginfo_t (48 bytes are enough) */
void emit_siginfo(struct emit *e, const char *key, const uint8_t *si)
{
	int signo = si32(si, 0), err = si32(si, 4), code = si32(si, 8);
	emit_begin_struct(e, key);
	if (!signo) {
		emit_end_struct(e);
		return;
	}
	emit_sig_or_num(e, "si_signo", signo);
	const struct flag_name *tab = NULL;
	switch (signo) {
	case K_SIGCHLD: tab = sigchld_codes; break;
	case K_SIGSEGV: tab = sigsegv_codes; break;
	case K_SIGBUS: tab = sigbus_codes; break;
	case K_SIGILL: tab = sigill_codes; break;
	case K_SIGFPE: tab = sigfpe_codes; break;
	case K_SIGTRAP: tab = sigtrap_codes; break;
	case K_SIGIO: tab = sigpoll_codes; break;
	case K_SIGSYS: tab = sigsys_codes; break;
	}
	const char *cn = lookup_value(si_codes, (uint32_t)code);
	if (!cn && tab)
		cn = lookup_value(tab, (uint32_t)code);
	if (cn && decode_opts.xlat == XLAT_ABBREV) {
		emit_sym(e, "si_code", cn);
	} else if (cn && decode_opts.xlat == XLAT_VERBOSE) {
		char num[24];
		hex_append(num, sizeof(num), 0, (uint32_t)code);
		emit_sym_raw(e, "si_code", cn, num, (uint32_t)code);
	} else {
		emit_hex(e, "si_code", (uint32_t)code);   /* strace: unknown codes in hex */
	}
	if (err) {  /* strace: the errno's name, else unsigned */
		const char *en = errno_name(err);
		if (en)
			emit_sym(e, "si_errno", en);
		else
			emit_uint(e, "si_errno", (uint32_t)err);
	}

	if (code <= 0) {          /* SI_FROMUSER */
		switch (code) {
		case 0: case -6:      /* SI_USER, SI_TKILL */
			emit_sigsource(e, si);
			break;
		case -2:              /* SI_TIMER */
			emit_hex(e, "si_timerid", (uint32_t)si32(si, 16));
			emit_int(e, "si_overrun", si32(si, 20));
			emit_sigval(e, si);
			break;
		case -5:              /* SI_SIGIO */
			emit_int(e, "si_band", (int64_t)si64(si, 16));
			emit_int(e, "si_fd", si32(si, 24));
			break;
		default:
			emit_sigsource(e, si);
			if (si64(si, 24))
				emit_sigval(e, si);
		}
	} else {
		switch (signo) {
		case K_SIGCHLD:
			emit_sigsource(e, si);
			if (code == 1)
				emit_int(e, "si_status", si32(si, 24));
			else
				emit_sig_or_num(e, "si_status", si32(si, 24));
			emit_int(e, "si_utime", (int64_t)si64(si, 32));
			emit_int(e, "si_stime", (int64_t)si64(si, 40));
			break;
		case K_SIGILL: case K_SIGFPE: case K_SIGBUS: case K_SIGSEGV: case K_SIGTRAP:
			emit_ptr(e, "si_addr", si64(si, 16));
			break;
		case K_SIGIO:
			if (code >= 1 && code <= 3) {
				emit_int(e, "si_band", (int64_t)si64(si, 16));
				emit_int(e, "si_fd", si32(si, 24));
			}
			break;
		case K_SIGSYS:
			emit_ptr(e, "si_call_addr", si64(si, 16));
			emit_syscall_nr(e, "si_syscall", si32(si, 24), (uint32_t)si32(si, 28));
			emit_xval(e, "si_arch", audit_arches, (uint32_t)si32(si, 28), "AUDIT_ARCH_???");
			break;
		default:
			if (si32(si, 16) || si32(si, 20))
				emit_sigsource(e, si);
			if (si64(si, 24))
				emit_sigval(e, si);
		}
	}
	emit_end_struct(e);
}

/* waitid's infop, filled by the kernel */
void dec_siginfo_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t si[48];
	if (!call_ok(c) || !call_struct(c, i, si, sizeof(si))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_siginfo(e, key, si);
}

/* pselect6's (and io_pgetevents') sixth argument: {sigmask=[..], sigsetsize=8},
 * or NULL; the mask is read behind the pointer (CAP_DEREF(16, 0, 8)) */
void dec_pselect_sigmask(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t d[2];
	if (!call_struct(c, i, d, sizeof(d))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	/* the set, read behind the pointer (SCT_CAP_DEREF's second blob) */
	struct blob_ref set;
	uint64_t mask;
	char buf[FLAGS_BUF];
	if (d[0] && d[1] == 8 &&
	    (record_blob(c->rec, i, SCT_CAP_DEREF, 1, &set) ||
	     record_blob(c->entry_rec, i, SCT_CAP_DEREF, 1, &set)) &&
	    !(set.b->flags & SCT_BF_FAULT) && set.b->len >= sizeof(mask)) {
		memcpy(&mask, set.data, sizeof(mask));
		emit_sym(e, "sigmask", format_sigset(buf, sizeof(buf), mask));
	} else {
		emit_ptr(e, "sigmask", d[0]);
	}
	emit_uint(e, "sigsetsize", d[1]);
	emit_end_struct(e);
}
