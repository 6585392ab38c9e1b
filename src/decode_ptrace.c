// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Decoders of the ptrace family (ptrace requests and their data): each syscall's row, and its own decoder
 * where the row's kinds are not enough (strace 7.2's output is the format).
 *
 * ptrace(request, pid, addr, data): what addr and data are depends on the
 * request.  BPF captures data as a page's worth of struct at exit (keeping
 * the readable start of a faulting read, SCT_BF_PARTIAL): the siginfo of
 * PTRACE_{GET,SET}SIGINFO and the array of PTRACE_PEEKSIGINFO, the iovec
 * of PTRACE_{GET,SET}REGSET, the registers of PTRACE_{GET,SET}{,FP}REGS,
 * struct ptrace_syscall_info, sigsets and the words PEEK requests store.
 * addr is captured as the struct of PTRACE_PEEKSIGINFO.  Nothing a struct
 * points to is read: a regset behind an iovec prints as its address, and
 * iov_len as the call left it (strace also shows the length passed in,
 * `iov_len=4000 => 512`, which needs the memory as it was at entry).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <linux/audit.h>
#include <linux/ptrace.h>
#include <sys/reg.h>
#include <sys/user.h>
#include "decode_priv.h"
#include "pidnames.h"
#include "unistd_extra.h"

/* Newer than Debian 12's linux/ptrace.h (Linux 6.1) */
#ifndef PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG
# define PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG 0x4210  /* linux/ptrace.h, 6.11 */
#endif
#ifndef PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG
# define PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG 0x4211  /* linux/ptrace.h, 6.11 */
#endif
#ifndef PTRACE_SET_SYSCALL_INFO
# define PTRACE_SET_SYSCALL_INFO 0x4212                  /* linux/ptrace.h, 6.16 */
#endif

/* x86 (asm/ptrace-abi.h); the header clashes with linux/ptrace.h users */
#define K_PTRACE_GETREGS           12
#define K_PTRACE_SETREGS           13
#define K_PTRACE_GETFPREGS         14
#define K_PTRACE_SETFPREGS         15
#define K_PTRACE_GETFPXREGS        18
#define K_PTRACE_SETFPXREGS        19
#define K_PTRACE_OLDSETOPTIONS     21
#define K_PTRACE_GET_THREAD_AREA   25
#define K_PTRACE_SET_THREAD_AREA   26
#define K_PTRACE_ARCH_PRCTL        30
#define K_PTRACE_SYSEMU            31
#define K_PTRACE_SYSEMU_SINGLESTEP 32
#define K_PTRACE_SINGLEBLOCK       33

static const struct flag_name ptrace_cmds[] = {
	{ PTRACE_TRACEME, "PTRACE_TRACEME" },
	{ PTRACE_PEEKTEXT, "PTRACE_PEEKTEXT" },
	{ PTRACE_PEEKDATA, "PTRACE_PEEKDATA" },
	{ PTRACE_PEEKUSR, "PTRACE_PEEKUSER" },
	{ PTRACE_POKETEXT, "PTRACE_POKETEXT" },
	{ PTRACE_POKEDATA, "PTRACE_POKEDATA" },
	{ PTRACE_POKEUSR, "PTRACE_POKEUSER" },
	{ PTRACE_CONT, "PTRACE_CONT" },
	{ PTRACE_KILL, "PTRACE_KILL" },
	{ PTRACE_SINGLESTEP, "PTRACE_SINGLESTEP" },
	{ PTRACE_ATTACH, "PTRACE_ATTACH" },
	{ PTRACE_DETACH, "PTRACE_DETACH" },
	{ PTRACE_SYSCALL, "PTRACE_SYSCALL" },
	{ PTRACE_SETOPTIONS, "PTRACE_SETOPTIONS" },
	{ PTRACE_GETEVENTMSG, "PTRACE_GETEVENTMSG" },
	{ PTRACE_GETSIGINFO, "PTRACE_GETSIGINFO" },
	{ PTRACE_SETSIGINFO, "PTRACE_SETSIGINFO" },
	{ PTRACE_GETREGSET, "PTRACE_GETREGSET" },
	{ PTRACE_SETREGSET, "PTRACE_SETREGSET" },
	{ PTRACE_SEIZE, "PTRACE_SEIZE" },
	{ PTRACE_INTERRUPT, "PTRACE_INTERRUPT" },
	{ PTRACE_LISTEN, "PTRACE_LISTEN" },
	{ PTRACE_PEEKSIGINFO, "PTRACE_PEEKSIGINFO" },
	{ PTRACE_GETSIGMASK, "PTRACE_GETSIGMASK" },
	{ PTRACE_SETSIGMASK, "PTRACE_SETSIGMASK" },
	{ PTRACE_SECCOMP_GET_FILTER, "PTRACE_SECCOMP_GET_FILTER" },
	{ PTRACE_SECCOMP_GET_METADATA, "PTRACE_SECCOMP_GET_METADATA" },
	{ PTRACE_GET_SYSCALL_INFO, "PTRACE_GET_SYSCALL_INFO" },
	{ PTRACE_GET_RSEQ_CONFIGURATION, "PTRACE_GET_RSEQ_CONFIGURATION" },
	{ PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG, "PTRACE_SET_SYSCALL_USER_DISPATCH_CONFIG" },
	{ PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG, "PTRACE_GET_SYSCALL_USER_DISPATCH_CONFIG" },
	{ PTRACE_SET_SYSCALL_INFO, "PTRACE_SET_SYSCALL_INFO" },
	{ K_PTRACE_GETREGS, "PTRACE_GETREGS" },
	{ K_PTRACE_SETREGS, "PTRACE_SETREGS" },
	{ K_PTRACE_GETFPREGS, "PTRACE_GETFPREGS" },
	{ K_PTRACE_SETFPREGS, "PTRACE_SETFPREGS" },
	{ K_PTRACE_GETFPXREGS, "PTRACE_GETFPXREGS" },
	{ K_PTRACE_SETFPXREGS, "PTRACE_SETFPXREGS" },
	{ K_PTRACE_OLDSETOPTIONS, "PTRACE_OLDSETOPTIONS" },
	{ K_PTRACE_GET_THREAD_AREA, "PTRACE_GET_THREAD_AREA" },
	{ K_PTRACE_SET_THREAD_AREA, "PTRACE_SET_THREAD_AREA" },
	{ K_PTRACE_SYSEMU, "PTRACE_SYSEMU" },
	{ K_PTRACE_SYSEMU_SINGLESTEP, "PTRACE_SYSEMU_SINGLESTEP" },
	{ K_PTRACE_SINGLEBLOCK, "PTRACE_SINGLEBLOCK" },
	{ K_PTRACE_ARCH_PRCTL, "PTRACE_ARCH_PRCTL" },
	{ 0, NULL }
};

static const struct flag_name ptrace_options[] = {
	{ PTRACE_O_TRACESYSGOOD, "PTRACE_O_TRACESYSGOOD" },
	{ PTRACE_O_TRACEFORK, "PTRACE_O_TRACEFORK" },
	{ PTRACE_O_TRACEVFORK, "PTRACE_O_TRACEVFORK" },
	{ PTRACE_O_TRACECLONE, "PTRACE_O_TRACECLONE" },
	{ PTRACE_O_TRACEEXEC, "PTRACE_O_TRACEEXEC" },
	{ PTRACE_O_TRACEVFORKDONE, "PTRACE_O_TRACEVFORKDONE" },
	{ PTRACE_O_TRACEEXIT, "PTRACE_O_TRACEEXIT" },
	{ PTRACE_O_TRACESECCOMP, "PTRACE_O_TRACESECCOMP" },
	{ PTRACE_O_EXITKILL, "PTRACE_O_EXITKILL" },
	{ PTRACE_O_SUSPEND_SECCOMP, "PTRACE_O_SUSPEND_SECCOMP" },
	{ 0, NULL }
};

static const struct flag_name peeksiginfo_flags[] = {
	{ PTRACE_PEEKSIGINFO_SHARED, "PTRACE_PEEKSIGINFO_SHARED" },
	{ 0, NULL }
};

/* the regset types of PTRACE_GETREGSET (linux/elf.h) */
static const struct flag_name nt_types[] = {
	{ 1, "NT_PRSTATUS" },
	{ 2, "NT_FPREGSET" },
	{ 3, "NT_PRPSINFO" },
	{ 4, "NT_TASKSTRUCT" },
	{ 6, "NT_AUXV" },
	{ 0x46494c45, "NT_PRXFPREG" },
	{ 0x200, "NT_386_TLS" },
	{ 0x201, "NT_386_IOPERM" },
	{ 0x202, "NT_X86_XSTATE" },
	{ 0x204, "NT_X86_SHSTK" },
	{ 0, NULL }
};

static const struct flag_name syscall_info_ops[] = {
	{ PTRACE_SYSCALL_INFO_NONE, "PTRACE_SYSCALL_INFO_NONE" },
	{ PTRACE_SYSCALL_INFO_ENTRY, "PTRACE_SYSCALL_INFO_ENTRY" },
	{ PTRACE_SYSCALL_INFO_EXIT, "PTRACE_SYSCALL_INFO_EXIT" },
	{ PTRACE_SYSCALL_INFO_SECCOMP, "PTRACE_SYSCALL_INFO_SECCOMP" },
	{ 0, NULL }
};

/* strace's list (linux/audit.h values; V850 left the header in 2.6.27) */
#define K_AUDIT_ARCH_V850 (87 /* EM_V850 */ | __AUDIT_ARCH_LE)
static const struct flag_name audit_archs[] = {
	{ AUDIT_ARCH_AARCH64, "AUDIT_ARCH_AARCH64" },
	{ AUDIT_ARCH_ALPHA, "AUDIT_ARCH_ALPHA" },
	{ AUDIT_ARCH_ARCOMPACT, "AUDIT_ARCH_ARCOMPACT" },
	{ AUDIT_ARCH_ARCOMPACTBE, "AUDIT_ARCH_ARCOMPACTBE" },
	{ AUDIT_ARCH_ARCV2, "AUDIT_ARCH_ARCV2" },
	{ AUDIT_ARCH_ARCV2BE, "AUDIT_ARCH_ARCV2BE" },
	{ AUDIT_ARCH_ARM, "AUDIT_ARCH_ARM" },
	{ AUDIT_ARCH_ARMEB, "AUDIT_ARCH_ARMEB" },
	{ AUDIT_ARCH_C6X, "AUDIT_ARCH_C6X" },
	{ AUDIT_ARCH_C6XBE, "AUDIT_ARCH_C6XBE" },
	{ AUDIT_ARCH_CRIS, "AUDIT_ARCH_CRIS" },
	{ AUDIT_ARCH_CSKY, "AUDIT_ARCH_CSKY" },
	{ AUDIT_ARCH_FRV, "AUDIT_ARCH_FRV" },
	{ AUDIT_ARCH_H8300, "AUDIT_ARCH_H8300" },
	{ AUDIT_ARCH_HEXAGON, "AUDIT_ARCH_HEXAGON" },
	{ AUDIT_ARCH_I386, "AUDIT_ARCH_I386" },
	{ AUDIT_ARCH_IA64, "AUDIT_ARCH_IA64" },
	{ AUDIT_ARCH_LOONGARCH32, "AUDIT_ARCH_LOONGARCH32" },
	{ AUDIT_ARCH_LOONGARCH64, "AUDIT_ARCH_LOONGARCH64" },
	{ AUDIT_ARCH_M32R, "AUDIT_ARCH_M32R" },
	{ AUDIT_ARCH_M68K, "AUDIT_ARCH_M68K" },
	{ AUDIT_ARCH_MICROBLAZE, "AUDIT_ARCH_MICROBLAZE" },
	{ AUDIT_ARCH_MIPS, "AUDIT_ARCH_MIPS" },
	{ AUDIT_ARCH_MIPS64, "AUDIT_ARCH_MIPS64" },
	{ AUDIT_ARCH_MIPS64N32, "AUDIT_ARCH_MIPS64N32" },
	{ AUDIT_ARCH_MIPSEL, "AUDIT_ARCH_MIPSEL" },
	{ AUDIT_ARCH_MIPSEL64, "AUDIT_ARCH_MIPSEL64" },
	{ AUDIT_ARCH_MIPSEL64N32, "AUDIT_ARCH_MIPSEL64N32" },
	{ AUDIT_ARCH_NDS32, "AUDIT_ARCH_NDS32" },
	{ AUDIT_ARCH_NDS32BE, "AUDIT_ARCH_NDS32BE" },
	{ AUDIT_ARCH_NIOS2, "AUDIT_ARCH_NIOS2" },
	{ AUDIT_ARCH_OPENRISC, "AUDIT_ARCH_OPENRISC" },
	{ AUDIT_ARCH_PARISC, "AUDIT_ARCH_PARISC" },
	{ AUDIT_ARCH_PARISC64, "AUDIT_ARCH_PARISC64" },
	{ AUDIT_ARCH_PPC, "AUDIT_ARCH_PPC" },
	{ AUDIT_ARCH_PPC64, "AUDIT_ARCH_PPC64" },
	{ AUDIT_ARCH_PPC64LE, "AUDIT_ARCH_PPC64LE" },
	{ AUDIT_ARCH_RISCV32, "AUDIT_ARCH_RISCV32" },
	{ AUDIT_ARCH_RISCV64, "AUDIT_ARCH_RISCV64" },
	{ AUDIT_ARCH_S390, "AUDIT_ARCH_S390" },
	{ AUDIT_ARCH_S390X, "AUDIT_ARCH_S390X" },
	{ AUDIT_ARCH_SH, "AUDIT_ARCH_SH" },
	{ AUDIT_ARCH_SH64, "AUDIT_ARCH_SH64" },
	{ AUDIT_ARCH_SHEL, "AUDIT_ARCH_SHEL" },
	{ AUDIT_ARCH_SHEL64, "AUDIT_ARCH_SHEL64" },
	{ AUDIT_ARCH_SPARC, "AUDIT_ARCH_SPARC" },
	{ AUDIT_ARCH_SPARC64, "AUDIT_ARCH_SPARC64" },
	{ AUDIT_ARCH_TILEGX, "AUDIT_ARCH_TILEGX" },
	{ AUDIT_ARCH_TILEGX32, "AUDIT_ARCH_TILEGX32" },
	{ AUDIT_ARCH_TILEPRO, "AUDIT_ARCH_TILEPRO" },
	{ AUDIT_ARCH_UNICORE, "AUDIT_ARCH_UNICORE" },
	{ K_AUDIT_ARCH_V850, "AUDIT_ARCH_V850" },
	{ AUDIT_ARCH_X86_64, "AUDIT_ARCH_X86_64" },
	{ AUDIT_ARCH_XTENSA, "AUDIT_ARCH_XTENSA" },
	{ 0, NULL }
};

/*
 * struct ptrace_syscall_info as of Linux 6.16 (linux/ptrace.h): `reserved`
 * and `flags` took the place of 6.1's pad[3].  88 bytes (the seccomp arm
 * is the largest).
 */
struct k_psi {
	uint8_t op;
	uint8_t reserved;
	uint16_t flags;
	uint32_t arch;
	uint64_t instruction_pointer;
	uint64_t stack_pointer;
	union {
		struct { uint64_t nr; uint64_t args[6]; } entry;
		struct { int64_t rval; uint8_t is_error; } exit;
		struct { uint64_t nr; uint64_t args[6]; uint32_t ret_data; uint32_t reserved2; } seccomp;
	};
};
#define PSI_SIZE        sizeof(struct k_psi)
#define PSI_ENTRY_NR_END (offsetof(struct k_psi, entry.nr) + 8)
#define PSI_EXIT_END    (offsetof(struct k_psi, exit.is_error) + 1)
#define PSI_SECCOMP_END (offsetof(struct k_psi, seccomp.ret_data) + 4)
_Static_assert(sizeof(struct k_psi) == 88, "struct ptrace_syscall_info is 88 bytes");

/* "NAME", "NUM", or "NUM / * NAME * /" by -X, for a value strace names
 * outside of an xlat table (syscall numbers, errnos) */
static void emit_named_num(struct emit *e, const char *key, const char *num, const char *name)
{
	char buf[128];
	if (!name || decode_opts.xlat == XLAT_RAW) {
		emit_sym(e, key, num);
		return;
	}
	if (decode_opts.xlat == XLAT_VERBOSE)
		snprintf(buf, sizeof(buf), "%s /* %s */", num, name);
	else
		snprintf(buf, sizeof(buf), "%s", name);
	emit_sym(e, key, buf);
}

/* nr=__NR_gettid when the arch is one strace knows the names of */
static void emit_syscall_nr(struct emit *e, const char *key, uint64_t nr, uint32_t arch)
{
	char num[24], name[64];
	const char *n = NULL;
	snprintf(num, sizeof(num), "%" PRIu64, nr);
	if (nr < SCT_MAX_SYSCALLS) {
		if (arch == AUDIT_ARCH_X86_64)
			n = syscall_table[nr].name;
		else if (arch == AUDIT_ARCH_I386)
			n = syscall_names_i386[nr];
	}
	if (n)
		snprintf(name, sizeof(name), "__NR_%s", n);
	emit_named_num(e, key, num, n ? name : NULL);
}

static void emit_args_upto(struct emit *e, const char *key, const uint64_t *args, size_t n)
{
	emit_begin_array(e, key);
	for (size_t k = 0; k < n && k < 6; k++)
		emit_hex(e, NULL, args[k]);
	emit_end_array(e);
}

/* strace's print_ptrace_syscall_info(): as many fields as `len` bytes hold */
static void emit_syscall_info(struct emit *e, const char *key, const struct call *c, int i,
			      uint64_t len)
{
	const struct blob_ref *r = call_blob(c, i);
	uint64_t addr = arg_u64(c, i);
	struct k_psi p;
	size_t n = len < PSI_SIZE ? (size_t)len : PSI_SIZE;

	if (!n || !r || r->b->len < n) {
		emit_ptr(e, key, addr);
		return;
	}
	memset(&p, 0, sizeof(p));
	memcpy(&p, r->data, n);

	emit_begin_struct(e, key);
	emit_xval(e, "op", syscall_info_ops, p.op, "PTRACE_SYSCALL_INFO_???");
	if (n > offsetof(struct k_psi, reserved) && p.reserved)
		emit_hex(e, "reserved", p.reserved);
	if (n > offsetof(struct k_psi, flags) && p.flags)
		emit_hex(e, "flags", p.flags);
	if (n < offsetof(struct k_psi, arch) + 4)
		goto done;
	emit_xval(e, "arch", audit_archs, p.arch, "AUDIT_ARCH_???");
	if (n < offsetof(struct k_psi, instruction_pointer) + 8)
		goto done;
	emit_ptr(e, "instruction_pointer", p.instruction_pointer);
	if (n < offsetof(struct k_psi, stack_pointer) + 8)
		goto done;
	emit_ptr(e, "stack_pointer", p.stack_pointer);
	if (n < PSI_ENTRY_NR_END)
		goto done;

	switch (p.op) {
	case PTRACE_SYSCALL_INFO_ENTRY:
		emit_begin_struct(e, "entry");
		emit_syscall_nr(e, "nr", p.entry.nr, p.arch);
		if (n >= offsetof(struct k_psi, entry.args) + 8)
			emit_args_upto(e, "args", p.entry.args,
				       (n - offsetof(struct k_psi, entry.args)) / 8);
		emit_end_struct(e);
		break;
	case PTRACE_SYSCALL_INFO_SECCOMP:
		emit_begin_struct(e, "seccomp");
		emit_syscall_nr(e, "nr", p.seccomp.nr, p.arch);
		if (n >= offsetof(struct k_psi, seccomp.args) + 8)
			emit_args_upto(e, "args", p.seccomp.args,
				       (n - offsetof(struct k_psi, seccomp.args)) / 8);
		if (n >= PSI_SECCOMP_END)
			emit_uint(e, "ret_data", p.seccomp.ret_data);
		emit_end_struct(e);
		break;
	case PTRACE_SYSCALL_INFO_EXIT: {
		bool full = n >= PSI_EXIT_END;
		emit_begin_struct(e, "exit");
		const char *en = NULL;
		char num[24], name[48];
		snprintf(num, sizeof(num), "%" PRId64, p.exit.rval);
		if (full && p.exit.is_error && p.exit.rval < 0 && p.exit.rval > -4096)
			en = errno_name((int)-p.exit.rval);
		if (en)
			snprintf(name, sizeof(name), "-%s", en);
		emit_named_num(e, "rval", num, en ? name : NULL);
		if (full)
			emit_uint(e, "is_error", p.exit.is_error);
		emit_end_struct(e);
		break;
	}
	}
done:
	emit_end_struct(e);
}

/* PTRACE_PEEKSIGINFO's addr: {off=0, flags=PTRACE_PEEKSIGINFO_SHARED, nr=1} */
static bool emit_peeksiginfo_args(struct emit *e, const char *key, const struct call *c, int i)
{
	struct { uint64_t off; uint32_t flags; uint32_t nr; } a;
	if (!call_struct(c, i, &a, sizeof(a))) {
		emit_ptr(e, key, arg_u64(c, i));
		return false;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "off", a.off);
	emit_flags(e, "flags", peeksiginfo_flags, a.flags, "PTRACE_PEEKSIGINFO_???");
	emit_uint(e, "nr", a.nr);
	emit_end_struct(e);
	return true;
}

/* a sigset of `size` bytes at data: strace prints the address unless it
 * is the kernel's 8 */
static void emit_sigset_data(struct emit *e, const char *key, const struct call *c, int i,
			     uint64_t size)
{
	uint64_t set;
	char buf[FLAGS_BUF];
	if (size != 8 || !call_struct(c, i, &set, sizeof(set))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_sym(e, key, format_sigset(buf, sizeof(buf), set));
}

/* [value] of a word the kernel wrote at data */
static void emit_word_out(struct emit *e, const char *key, const struct call *c, int i, bool hex)
{
	uint64_t v;
	if (!call_ok(c) || !call_struct(c, i, &v, sizeof(v))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_array(e, key);
	if (hex)
		emit_hex(e, NULL, v);
	else
		emit_uint(e, NULL, v);
	emit_end_array(e);
}

/* struct user offsets as strace names them (its x86_64 userent.h) */
static const struct flag_name user_offsets[] = {
	{ 8 * R15, "8*R15" }, { 8 * R14, "8*R14" }, { 8 * R13, "8*R13" },
	{ 8 * R12, "8*R12" }, { 8 * RBP, "8*RBP" }, { 8 * RBX, "8*RBX" },
	{ 8 * R11, "8*R11" }, { 8 * R10, "8*R10" }, { 8 * R9, "8*R9" },
	{ 8 * R8, "8*R8" }, { 8 * RAX, "8*RAX" }, { 8 * RCX, "8*RCX" },
	{ 8 * RDX, "8*RDX" }, { 8 * RSI, "8*RSI" }, { 8 * RDI, "8*RDI" },
	{ 8 * ORIG_RAX, "8*ORIG_RAX" }, { 8 * RIP, "8*RIP" }, { 8 * CS, "8*CS" },
	{ 8 * EFLAGS, "8*EFL" }, { 8 * RSP, "8*RSP" }, { 8 * SS, "8*SS" },
	{ offsetof(struct user, u_fpvalid), "offsetof(struct user, u_fpvalid)" },
	{ offsetof(struct user, i387), "offsetof(struct user, i387)" },
	{ offsetof(struct user, u_tsize), "offsetof(struct user, u_tsize)" },
	{ offsetof(struct user, u_dsize), "offsetof(struct user, u_dsize)" },
	{ offsetof(struct user, u_ssize), "offsetof(struct user, u_ssize)" },
	{ offsetof(struct user, start_code), "offsetof(struct user, start_code)" },
	{ offsetof(struct user, start_stack), "offsetof(struct user, start_stack)" },
	{ offsetof(struct user, signal), "offsetof(struct user, signal)" },
	{ offsetof(struct user, reserved), "offsetof(struct user, reserved)" },
	{ offsetof(struct user, u_ar0), "offsetof(struct user, u_ar0)" },
	{ offsetof(struct user, u_fpstate), "offsetof(struct user, u_fpstate)" },
	{ offsetof(struct user, magic), "offsetof(struct user, magic)" },
	{ offsetof(struct user, u_comm), "offsetof(struct user, u_comm)" },
	{ offsetof(struct user, u_debugreg), "offsetof(struct user, u_debugreg)" },
	{ sizeof(struct user), "sizeof(struct user)" },
	{ 0, NULL }
};

/* PEEKUSER's addr: "8*RIP", "offsetof(struct user, u_debugreg)+8" (the
 * nearest offset below), the address past struct user */
static void emit_user_offset(struct emit *e, const char *key, uint64_t addr)
{
	const struct flag_name *base = NULL, *last = NULL;
	char text[96], buf[128];
	for (const struct flag_name *t = user_offsets; t->name; t++) {
		last = t;
		if (t->val <= addr)
			base = t;
	}
	if (!base || (addr > base->val && base == last) || decode_opts.xlat == XLAT_RAW) {
		emit_ptr(e, key, addr);
		return;
	}
	if (addr == base->val)
		snprintf(text, sizeof(text), "%s", base->name);
	else
		snprintf(text, sizeof(text), "%s+%" PRIu64, base->name, addr - base->val);
	if (decode_opts.xlat == XLAT_VERBOSE) {
		char num[24];
		if (addr)
			hex_append(num, sizeof(num), 0, addr);
		else
			snprintf(num, sizeof(num), "NULL");   /* printaddr() */
		snprintf(buf, sizeof(buf), "%s /* %s */", num, text);
		emit_sym(e, key, buf);
	} else {
		emit_sym(e, key, text);
	}
}

static const struct flag_name seccomp_filter_flags[] = {
	{ 1, "SECCOMP_FILTER_FLAG_TSYNC" },
	{ 2, "SECCOMP_FILTER_FLAG_LOG" },
	{ 4, "SECCOMP_FILTER_FLAG_SPEC_ALLOW" },
	{ 8, "SECCOMP_FILTER_FLAG_NEW_LISTENER" },
	{ 16, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH" },
	{ 32, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" },
	{ 0, NULL }
};

/* PTRACE_SECCOMP_GET_METADATA's struct seccomp_metadata {filter_off,
 * flags}: filter_off as passed (`size` is addr), then, when the call
 * returned more than filter_off's 8 bytes, the flags the kernel stored:
 * "???" when it returned less than the struct, "..." after it when more */
static void emit_seccomp_metadata(struct emit *e, const char *key, const struct call *c, int i,
				  uint64_t size)
{
	const struct blob_ref *r = call_blob(c, i);
	uint64_t m[2] = { 0, 0 };
	if (!call_verbose(c) || size < 8 || !r || r->b->len < 8) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	memcpy(m, r->data, r->b->len < sizeof(m) ? r->b->len : sizeof(m));
	emit_begin_struct(e, key);
	emit_uint(e, "filter_off", m[0]);
	if (call_ok(c) && c->rec->ret > 8) {
		if (c->rec->ret < 16 || r->b->len < 16) {
			emit_sym(e, NULL, "???");
		} else {
			emit_flags(e, "flags", seccomp_filter_flags, m[1], "SECCOMP_FILTER_FLAG_???");
			if (c->rec->ret > 16)
				emit_more(e);
		}
	}
	emit_end_struct(e);
}

/* strace's printsiginfo_at(): a whole siginfo_t (128 bytes) or the address */
#define K_SIGINFO_SIZE 128
static void emit_siginfo_at(struct emit *e, const char *key, const struct call *c, int i)
{
	const struct blob_ref *r = call_verbose(c) ? call_blob(c, i) : NULL;
	if (!r || r->b->len < K_SIGINFO_SIZE) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_siginfo(e, key, r->data);
}

/* PTRACE_PEEKSIGINFO's result: strace's print_array() of `ret` siginfos
 * (at most -s of them, then "..."; a failed call's -1 prints the address) */
static void emit_siginfo_array(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t p = arg_u64(c, i);
	const struct blob_ref *r = call_verbose(c) ? call_blob(c, i) : NULL;
	if (!p) {
		emit_ptr(e, key, 0);
		return;
	}
	if (!call_ok(c) || !r || (c->rec->ret && r->b->len < K_SIGINFO_SIZE)) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t n = (uint64_t)c->rec->ret, have = r->b->len / K_SIGINFO_SIZE;
	bool partial = r->b->flags & SCT_BF_PARTIAL;
	uint64_t limit = call_abbrev(c) && n > c->strsize ? c->strsize : n;
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < n; k++) {
		if (k >= have) {
			/* the kernel wrote them all: only past a complete
			 * capture (with a -s above 32), or a page unmapped since */
			emit_more(e);
			if (partial) {
				char buf[24];
				snprintf(buf, sizeof(buf), "%#" PRIx64, p + k * K_SIGINFO_SIZE);
				emit_comment(e, buf);
			}
			break;
		}
		if (k >= limit) {
			emit_more(e);
			break;
		}
		emit_siginfo(e, NULL, r->data + k * K_SIGINFO_SIZE);
	}
	emit_end_array(e);
}

/* PTRACE_{GET,SET}REGSET's struct iovec {iov_base, iov_len}: the regset
 * itself is a pointer further (strace decodes NT_PRSTATUS and NT_FPREGSET
 * there): its address */
static void emit_regset_iov(struct emit *e, const char *key, const struct call *c, int i)
{
	uint64_t iov[2];
	if (!call_struct(c, i, iov, sizeof(iov))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_ptr(e, "iov_base", iov[0]);
	emit_uint(e, "iov_len", iov[1]);
	emit_end_struct(e);
}

/* struct user_regs_struct (sys/user.h), every field in hex */
static const char *const user_regs_names[] = {
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
	"rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags",
	"rsp", "ss", "fs_base", "gs_base", "ds", "es", "fs", "gs",
};
_Static_assert(sizeof(user_regs_names) / sizeof(user_regs_names[0]) * 8 ==
	       sizeof(struct user_regs_struct), "user_regs_struct");

/* an array of 32-bit words in hex, at most -s of them */
static void emit_u32_array(struct emit *e, const char *key, const struct call *c,
			   const uint32_t *v, unsigned n)
{
	unsigned shown = call_abbrev(c) && n > c->strsize ? c->strsize : n;
	emit_begin_array(e, key);
	for (unsigned k = 0; k < shown; k++)
		emit_hex(e, NULL, v[k]);
	if (shown < n)
		emit_more(e);
	emit_end_array(e);
}

/* PTRACE_{GET,SET}REGS' and PTRACE_{GET,SET}FPREGS' data: the whole
 * struct, or its address */
static void emit_pt_regs(struct emit *e, const char *key, const struct call *c, int i, bool fp)
{
	struct user_fpregs_struct f;
	const struct blob_ref *r = call_verbose(c) ? call_blob(c, i) : NULL;
	size_t size = fp ? sizeof(f) : sizeof(struct user_regs_struct);
	if (!r || r->b->len < size) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	if (!fp) {
		const uint8_t *w = r->data;
		for (size_t k = 0; k < sizeof(user_regs_names) / sizeof(user_regs_names[0]); k++) {
			uint64_t v;
			memcpy(&v, w + 8 * k, 8);
			emit_hex(e, user_regs_names[k], v);
		}
	} else {
		memcpy(&f, r->data, sizeof(f));
		emit_hex(e, "cwd", f.cwd);
		emit_hex(e, "swd", f.swd);
		emit_hex(e, "ftw", f.ftw);
		emit_hex(e, "fop", f.fop);
		emit_hex(e, "rip", f.rip);
		emit_hex(e, "rdp", f.rdp);
		emit_hex(e, "mxcsr", f.mxcsr);
		emit_hex(e, "mxcr_mask", f.mxcr_mask);
		emit_u32_array(e, "st_space", c, f.st_space, 32);
		emit_u32_array(e, "xmm_space", c, f.xmm_space, 64);
		emit_u32_array(e, "padding", c, f.padding, 24);
	}
	emit_end_struct(e);
}

/* printsignal(): SIGCONT, 18 / * SIGCONT * /, or the number */
static void emit_signal(struct emit *e, const char *key, int sig)
{
	char num[16], tmp[32];
	snprintf(num, sizeof(num), "%d", sig);
	emit_named_num(e, key, num, signal_name(sig, tmp, sizeof(tmp)));
}

static void sys_ptrace(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t req = arg_u64(c, 0);
	uint64_t addr = arg_u64(c, 2);

	if (i == 0) {
		emit_xval(e, key, ptrace_cmds, req, "PTRACE_???");
		return;
	}
	/* TRACEME ignores the rest; ATTACH, INTERRUPT, KILL, LISTEN addr and data */
	if (req == PTRACE_TRACEME)
		return;
	if (i == 1) {
		emit_pid(e, c, key, arg_int(c, 1), PT_TID);
		return;
	}
	switch (req) {
	case PTRACE_ATTACH: case PTRACE_INTERRUPT: case PTRACE_KILL: case PTRACE_LISTEN:
		return;
	case K_PTRACE_GETREGS: case K_PTRACE_SETREGS:
	case K_PTRACE_GETFPREGS: case K_PTRACE_SETFPREGS:
		/* x86 ignores addr: strace prints pid, then the registers */
		if (i != 3)
			return;
		if (req == K_PTRACE_SETREGS || req == K_PTRACE_SETFPREGS || call_ok(c))
			emit_pt_regs(e, key, c, 3, req == K_PTRACE_GETFPREGS ||
				     req == K_PTRACE_SETFPREGS);
		else
			emit_ptr(e, key, arg_u64(c, 3));
		return;
	}
	if (i == 2) {
		switch (req) {
		case PTRACE_GETREGSET: case PTRACE_SETREGSET:
			emit_xval(e, key, nt_types, addr, "NT_???");
			break;
		case PTRACE_GETSIGMASK: case PTRACE_SETSIGMASK:
		case PTRACE_SECCOMP_GET_FILTER: case PTRACE_SECCOMP_GET_METADATA:
		case PTRACE_GET_SYSCALL_INFO: case PTRACE_SET_SYSCALL_INFO:
			emit_uint(e, key, addr);   /* a size */
			break;
		case PTRACE_PEEKUSR: case PTRACE_POKEUSR:
			emit_user_offset(e, key, addr);
			break;
		case PTRACE_PEEKSIGINFO:
			emit_peeksiginfo_args(e, key, c, 2);
			break;
		default:
			emit_ptr(e, key, addr);
		}
		return;
	}
	if (i != 3)
		return;
	switch (req) {
	case PTRACE_CONT: case PTRACE_DETACH: case PTRACE_SYSCALL: case PTRACE_SINGLESTEP:
	case K_PTRACE_SINGLEBLOCK: case K_PTRACE_SYSEMU: case K_PTRACE_SYSEMU_SINGLESTEP:
		emit_signal(e, key, arg_int(c, 3));
		break;
	case PTRACE_SEIZE: case PTRACE_SETOPTIONS: case K_PTRACE_OLDSETOPTIONS:
		emit_flags(e, key, ptrace_options, arg_u64(c, 3), "PTRACE_O_???");
		break;
	case PTRACE_SETSIGMASK:
		emit_sigset_data(e, key, c, 3, addr);
		break;
	case PTRACE_GETSIGMASK:
		if (call_ok(c) && call_verbose(c))
			emit_sigset_data(e, key, c, 3, addr);
		else
			emit_ptr(e, key, arg_u64(c, 3));
		break;
	case PTRACE_SET_SYSCALL_INFO:
		emit_syscall_info(e, key, c, 3, addr);
		break;
	case PTRACE_SETSIGINFO:
		emit_siginfo_at(e, key, c, 3);
		break;
	case PTRACE_GETSIGINFO:
		if (call_ok(c))
			emit_siginfo_at(e, key, c, 3);
		else
			emit_ptr(e, key, arg_u64(c, 3));
		break;
	case PTRACE_PEEKSIGINFO:
		emit_siginfo_array(e, key, c, 3);
		break;
	case PTRACE_GETREGSET: case PTRACE_SETREGSET:
		emit_regset_iov(e, key, c, 3);
		break;
	case PTRACE_GET_SYSCALL_INFO:
		if (call_ok(c) && call_verbose(c)) {
			uint64_t klen = (uint64_t)c->rec->ret;
			emit_syscall_info(e, key, c, 3, addr < klen ? addr : klen);
		} else {
			emit_ptr(e, key, arg_u64(c, 3));
		}
		break;
	case PTRACE_PEEKTEXT: case PTRACE_PEEKDATA: case PTRACE_PEEKUSR:
		if (call_verbose(c))
			emit_word_out(e, key, c, 3, true);
		else
			emit_ptr(e, key, arg_u64(c, 3));
		break;
	case PTRACE_SECCOMP_GET_METADATA:
		emit_seccomp_metadata(e, key, c, 3, addr);
		break;
	case PTRACE_GETEVENTMSG:
		if (call_verbose(c))
			emit_word_out(e, key, c, 3, false);
		else
			emit_ptr(e, key, arg_u64(c, 3));
		break;
	default:
		emit_ptr(e, key, arg_u64(c, 3));
	}
}

const struct syscall_row decode_rows_ptrace[] = {
	/* data: a page's worth, enough for 32 siginfos of PEEKSIGINFO */
	SYS(ptrace, .decode = sys_ptrace,
	    .cap = { [2] = CAP_IN_OPT(16), [3] = CAP_IN_OPT(SCT_BLOB_MAX) }),
	SYS_END
};
