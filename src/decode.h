/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Decoding: turns one syscall record into emit_* calls.
 *
 * Each syscall has a row in syscall_fmt[] (src/syscall_fmt.c): the decoder
 * kind of every argument, how many arguments are printed at entry (strace
 * prints output arguments only at exit), and how the return value prints.
 * The same table tells the BPF side what user memory to capture
 * (decode_capture_spec()).  Decoders are grouped by family in
 * src/decode_*.c and dispatched through one table of arg_kind rows.
 */
#ifndef SCT_DECODE_H
#define SCT_DECODE_H

#include <stdbool.h>
#include <stdint.h>
#include "../include/sctrace.h"
#include "emit.h"
#include "syscalls.h"

enum arg_kind {
	A_DEFAULT = 0,  /* from the kernel's C type: pointer -> ptr, signed -> int, else uint */
	A_INT,          /* signed decimal */
	A_UINT,         /* unsigned decimal */
	A_HEX,          /* 0x... */
	A_OCTAL,        /* 0644 */
	A_PTR,          /* address or NULL */
	A_FD,           /* file descriptor (int) */
	A_DIRFD,        /* AT_FDCWD or fd */
	A_PATH,         /* path string (never cut by -s) */
	A_STR,          /* NUL-terminated string, cut at -s */
	A_BUF_IN,       /* buffer whose length is another argument (write) */
	A_BUF_OUT,      /* buffer filled by the kernel, length = return value (read) */
	A_ARGV,         /* execve argv */
	A_ENVP,         /* execve envp: 0x... / * N vars * / */
	A_OPEN_FLAGS,   /* O_RDONLY|O_CLOEXEC */
	A_OPEN_MODE,    /* mode, printed only when flags has O_CREAT|O_TMPFILE */
	A_MODE,         /* 0644 (always printed) */
	A_AT_FLAGS,     /* AT_EMPTY_PATH|AT_SYMLINK_NOFOLLOW */
	A_ACCESS_MODE,  /* F_OK, R_OK|W_OK */
	A_MMAP_PROT,    /* PROT_READ|PROT_WRITE */
	A_MMAP_FLAGS,   /* MAP_PRIVATE|MAP_ANONYMOUS */
	A_SIGNAL,       /* SIGTERM */
	A_WAIT_STATUS,  /* int *: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] */
	A_WAIT_OPTIONS, /* WNOHANG|WUNTRACED */
	A_CLONE_FLAGS,  /* CLONE_VM|CLONE_FS|...|SIGCHLD */
	A_ARCH_PRCTL,   /* ARCH_SET_FS */
	A_SEEK_WHENCE,  /* SEEK_SET */
	A_FCNTL_CMD,    /* F_GETFL */
	A_RLIMIT_RES,   /* RLIMIT_STACK */
	A_CLOCK_ID,     /* CLOCK_MONOTONIC */
	A_SOCK_FAMILY,  /* AF_INET */
	A_SOCK_TYPE,    /* SOCK_STREAM|SOCK_CLOEXEC */
	A_TIMESPEC_IN,  /* struct timespec * read by the kernel */
	A_KIND_MAX      /* add kinds above; extend decode_family tables */
};

enum ret_base { RB_DEC, RB_HEX, RB_OCT };

enum ret_kind {
	R_INT = 0,      /* -1 ERRNO (text) on failure, else decimal */
	R_HEX,          /* mmap, brk: 0x... */
	R_FD,           /* like R_INT (for -y later) */
	R_NONE,         /* exit, exit_group: never return ("= ?") */
	R_OCTAL,        /* umask: 022 */
	R_BY_ARGS,      /* decided by the call's arguments (fcntl: F_GETFL is hex) */
	R_U32_ERRNO,    /* modify_ldt: the kernel returns -errno as an unsigned int;
	                 * strace: "= 4294967258 ENOSYS (...)" */
	R_TGID,         /* a pid (getpid, fork, wait4): like R_INT; -Y: 123<sh> */
	R_TID,          /* a tid (gettid, clone, set_tid_address) */
	R_PGID,         /* a process group (getpgid): pidns only */
	R_SID,          /* a session (getsid, setsid): pidns only */
};
/* A successful return value that is a pid: its enum pid_type
 * (src/pidnames.h), else -1 */
struct call;
struct stack_frames;
int decode_ret_pid_type(const struct call *c);

#define BLOCKS_UNLESS_REGULAR 2

struct call;
/* Emits argument i of c (`key`: its JSON key); nothing when strace leaves
 * it out.  A row's kinds dispatch to one of these; a syscall whose row is
 * not enough has its own (strace's SYS_FUNC), which may fall back to the
 * kinds through decode_arg_kind(). */
typedef void (*arg_decoder_fn)(struct emit *e, const struct call *c, int i, const char *key);

struct syscall_fmt {
	uint8_t arg[SCT_MAX_ARGS];    /* enum arg_kind per argument */
	uint8_t lenarg[SCT_MAX_ARGS]; /* A_BUF_IN: index of the length argument */
	uint8_t entry_args;           /* args printed at entry; 0 = all (no output args) */
	uint8_t ret;                  /* enum ret_kind */
	uint8_t blocks;               /* may block: BPF sends an entry record;
	                               * BLOCKS_UNLESS_REGULAR: unless arg 0 is an
	                               * fd of a regular file (read, write...) */
	arg_decoder_fn decode;        /* the syscall's own decoder, called for every
	                               * argument (NULL: by .arg[] kinds) */
	struct sct_argcap cap[SCT_MAX_ARGS]; /* what BPF captures for argument i
	                               * (kind SCT_CAP_NONE: as its .arg[] kind says) */
	struct sct_nest nest[SCT_NEST_MAX]; /* data behind pointers inside what
	                               * the arguments point to (include/sctrace.h) */
	enum ret_base (*ret_base)(const struct call *c); /* NULL: by .ret */
	/* what strace adds after a successful return value, in parentheses
	 * ("(flags O_RDONLY)", "(Timeout)"); NULL: nothing */
	bool (*has_ret_aux)(const struct call *c);
	void (*ret_aux)(struct emit *e, const struct call *c);
};

/* A row of a decoder family (src/decode_<family>.c): rows for syscalls
 * whose decoding lives in that family.  Lists end with nr < 0. */
struct syscall_row {
	int nr;
	struct syscall_fmt fmt;
};

/*
 * strace's -X, -v/-e abbrev=, -e verbose=, -e raw=: how decoders print.
 * Sets are bitmaps by syscall number; defaults as strace's (abbreviate
 * and decode structs for all, raw for none, -X abbrev).
 */
enum xlat_style { XLAT_ABBREV = 0, XLAT_RAW, XLAT_VERBOSE };
/* --decode-fds= classes (strace's); path is what -y turns on, and what
 * the kernel side resolves: the others are accepted, printed as path */
#define DECODE_FD_PATH    0x01
#define DECODE_FD_SOCKET  0x02
#define DECODE_FD_DEV     0x04
#define DECODE_FD_PIDFD   0x08
#define DECODE_FD_EVENTFD 0x10
#define DECODE_FD_SIGNALFD 0x20
#define DECODE_FD_ALL     0x3f
struct decode_opts {
	enum xlat_style xlat;
	uint64_t abbrev[SCT_MAX_SYSCALLS / 64];   /* `...` for long arrays, structs' tails */
	uint64_t verbose[SCT_MAX_SYSCALLS / 64];  /* structs decoded (else addresses) */
	uint64_t raw[SCT_MAX_SYSCALLS / 64];      /* arguments in hex, undecoded */
	bool arg_names;                           /* -N: name=value */
	unsigned decode_fds;                      /* -y, --decode-fds: DECODE_FD_* */
	bool abs_paths;                           /* JSON -y: relative path arguments'
	                                           * absolute forms ("<key>_abs") */
};
/* The process-wide settings (set once by options before tracing). */
extern struct decode_opts decode_opts;
void decode_opts_init(struct decode_opts *o);

/* The row for nr (a zeroed row when none: all A_DEFAULT). */
const struct syscall_fmt *syscall_fmt_get(int nr);

/* What BPF must capture for nr, derived from its syscall_fmt row. */
void decode_capture_spec(int nr, struct sct_sysspec *spec);

/* One captured blob, as found in a record */
struct blob_ref {
	const struct sct_blob *b;   /* NULL: not captured */
	const uint8_t *data;
};

/* A call being decoded (entry or exit record, plus what was kept from entry) */
struct call {
	const struct sct_syscall *rec;
	const struct sct_syscall *entry_rec;  /* the entry record, or NULL */
	const struct syscall_desc *desc;   /* never NULL (a placeholder for unknown nr) */
	const struct syscall_fmt *fmt;
	bool exiting;                      /* rec->ret is valid */
	struct blob_ref blob[SCT_MAX_ARGS];        /* first blob per arg (inputs: the entry
	                                            * record's copy, when there is one) */
	struct blob_ref out[SCT_MAX_ARGS];         /* the exit record's blob per arg: memory
	                                            * as the call left it (poll's revents) */
	unsigned strsize;                  /* -s */
	bool detached;                     /* still running when tracing stopped */
	int resuming_nr;                   /* restart_syscall: the call it resumes;
	                                    * -2: not known; -1: not restart_syscall */
	/* -y: the file behind each fd argument (SCT_FD_RET: the returned
	 * fd), and behind the fds an argument points to (fdelem, kept last) */
	struct blob_ref fdpath[SCT_FD_CWD + 1];   /* SCT_FD_CWD: the cwd (JSON -y) */
	const struct stack_frames *stack;  /* -k: the call's user stack, or NULL */
	int fdlist_arg;                    /* -1: none */
	unsigned fdelem_n;                 /* fdelem[0..fdelem_n) are set (.b may be NULL) */
	/* execve's argv elements (one argv per call: argument argv_arg).
	 * Kept last and filled up to argv_n only, so call_init() does not
	 * clear half a kilobyte per event (elem2 likewise). */
	int argv_arg;                      /* -1: none */
	unsigned argv_n;                   /* argv[0..argv_n) are set (.b may be NULL) */
	/* a second argument's elements (process_vm_*'s remote iovecs) */
	int elem2_arg;                     /* -1: none */
	unsigned elem2_n;
	struct blob_ref argv[SCT_ARGV_MAX];
	struct blob_ref elem2[SCT_ARGV_MAX];
	struct blob_ref fdelem[SCT_FDLIST_MAX];
};

/* -y: the SCT_CAP_FDPATH blob of argument i (SCT_FD_RET: the return
 * value; elem 1 + k: element k of the fds argument i points to: pipe's
 * int[2], struct fields (src/fdpath.c's fd_lists)), or NULL */
const struct blob_ref *call_fdpath(const struct call *c, int i, int elem);

/* Element k of argument i's argv (or iovec array), or NULL */
static inline const struct blob_ref *call_argv(const struct call *c, int i, unsigned k)
{
	if (c->argv_arg == i && k < c->argv_n && c->argv[k].b)
		return &c->argv[k];
	if (c->elem2_arg == i && k < c->elem2_n && c->elem2[k].b)
		return &c->elem2[k];
	return NULL;
}

/* Fill blob[] / argv[] from the blobs after rec (and fallback record
 * `entry` for args the exit record lacks; may be NULL). */
void call_init(struct call *c, const struct sct_syscall *rec,
	       const struct sct_syscall *entry, unsigned strsize);

/* Emit arguments [from, to) of c. */
void decode_args(struct emit *e, const struct call *c, int from, int to);

/* Number of args printed at entry for c (strace's split point). */
int decode_entry_args(const struct call *c);

/* The return value of a call that did not fail: its base (as strace
 * prints it: umask is octal, fcntl(F_GETFL) hex, mmap hex, ...), and
 * whether strace adds something in parentheses after it, which
 * decode_ret_aux() emits: "flags O_RDONLY|O_LARGEFILE" (fcntl F_GETFL),
 * "Timeout", poll's [{fd=3, revents=POLLIN}], select's "in [3], left {...}". */
enum ret_base decode_ret_base(const struct call *c);
/* The errno of a call whose failure is not -errno (R_U32_ERRNO), else 0 */
int decode_ret_odd_errno(const struct call *c);
bool decode_has_ret_aux(const struct call *c);
void decode_ret_aux(struct emit *e, const struct call *c);

/* strace's siginfo: {si_signo=SIGCHLD, si_code=CLD_EXITED, ...} of an x86_64
 * siginfo_t (SCT_SIGINFO_SIZE bytes), for the "--- SIGCHLD ... ---" lines */
void emit_siginfo(struct emit *e, const char *key, const uint8_t *si);

/* Format flags into buf ("A|B|0x80"); returns buf. */
struct flag_name { uint64_t val; const char *name; };
const char *format_flags(char *buf, size_t size, const struct flag_name *tab,
			 uint64_t v, const char *zero);
/* Name of v in a table of exact values, or NULL */
const char *lookup_value(const struct flag_name *tab, uint64_t v);

#endif
