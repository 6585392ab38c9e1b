/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * Internals of the decoding layer, shared by src/decode.c (dispatch,
 * blobs, helpers) and the decoder families src/decode_<family>.c.
 *
 * Adding a flag set:  one `struct flag_name` table in the family file
 *                     and one tiny decoder calling emit_flags()/emit_xval();
 * adding a decoder:   a kind below (or in decode.h), its function in a
 *                     family file, one row in decoders[] (decode.c) and,
 *                     if it reads user memory, one row in kind_caps[]
 *                     (decode.c: what BPF must capture for it);
 * adding a syscall:   one row in src/syscall_fmt.c.
 */
#ifndef SCT_DECODE_PRIV_H
#define SCT_DECODE_PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "decode.h"

/*
 * Kinds beyond decode.h's enum arg_kind (syscall_fmt.arg[] is a uint8_t,
 * so they fit).  They belong to decode.h once its owner merges them; until
 * then they are private to the decoding layer.
 */
enum arg_kind_ext {
	A_PATH_OUT = A_KIND_MAX, /* getcwd: NUL-terminated path written by the kernel */
	A_UID,              /* uid_t/gid_t: -1, or unsigned decimal */
	A_FACCESSAT_FLAGS,  /* faccessat2: AT_SYMLINK_NOFOLLOW|AT_EACCESS */
	A_STATX_FLAGS,      /* AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW */
	A_STATX_MASK,       /* STATX_ALL, STATX_BASIC_STATS, STATX_TYPE|... */
	A_RENAME_FLAGS,     /* RENAME_NOREPLACE */
	A_FD_FLAGS,         /* dup3, pipe2, ...: O_CLOEXEC|O_NONBLOCK (open flags, no access mode) */
	A_INT_PAIR_OUT,     /* pipe, pipe2, socketpair: [3, 4] */
	A_FCNTL_ARG,        /* fcntl's third argument, by command */
	A_FLOCK_OP,         /* LOCK_EX|LOCK_NB */
	A_MADVICE,          /* MADV_DONTNEED */
	A_MSYNC_FLAGS,      /* MS_SYNC */
	A_FADVICE,          /* fadvise64: POSIX_FADV_SEQUENTIAL */
	A_MREMAP_FLAGS,     /* MREMAP_MAYMOVE */
	A_MREMAP_ADDR,      /* printed only with MREMAP_MAYMOVE|MREMAP_FIXED */
	A_SIGSET_IN,        /* [INT TERM], ~[KILL]; size in lenarg[] */
	A_SIGSET_OUT,       /* same, written by the kernel */
	A_SIGPROCMASK_HOW,  /* SIG_BLOCK */
	A_RLIMIT_IN,        /* {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY} */
	A_RLIMIT_OUT,
	A_TIMEVAL_IN,       /* {tv_sec=1, tv_usec=0} */
	A_TIMESPEC_OUT,     /* clock_gettime: {tv_sec=.., tv_nsec=..} written by the kernel */
	A_TIMER_FLAGS,      /* TIMER_ABSTIME */
	A_FUTEX_OP,         /* FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME */
	A_FUTEX_VAL,        /* futex's val/timeout/uaddr2/val3: printed by op */
	A_FUTEX_TIMEOUT,
	A_FUTEX_UADDR2,
	A_FUTEX_VAL3,
	A_SOCK_PROTO,       /* IPPROTO_TCP, NETLINK_ROUTE, by the family argument */
	A_SOCK_FLAGS,       /* accept4: SOCK_CLOEXEC|SOCK_NONBLOCK */
	A_MSG_FLAGS,        /* MSG_DONTWAIT|MSG_NOSIGNAL */
	A_SHUTDOWN_HOW,     /* SHUT_RDWR */
	A_SOCKADDR_IN,      /* {sa_family=AF_INET, sin_port=htons(80), ...}; length in lenarg[] */
	A_GRND_FLAGS,       /* GRND_NONBLOCK */
	A_ARCH_PRCTL_ADDR,  /* by code: nothing, [0x7f..] (ARCH_GET_FS), or hex */
	A_EPOLL_CTL_OP,     /* EPOLL_CTL_ADD */
	A_EPOLL_FLAGS,      /* epoll_create1: EPOLL_CLOEXEC */
	A_EFD_FLAGS,        /* eventfd2: EFD_CLOEXEC|EFD_NONBLOCK */
	A_MFD_FLAGS,        /* memfd_create: MFD_CLOEXEC|MFD_ALLOW_SEALING */
	A_STAT_OUT,         /* struct stat: {st_mode=S_IFREG|0644, st_size=5, ...} */
	A_IOCTL_CMD,        /* TCGETS, _IOC(_IOC_READ, 0x12, 0x34, 0x8) */
	A_IOCTL_ARG,        /* by request: nothing, address, number */
	A_STATX_OUT,        /* struct statx: {stx_mask=.., stx_attributes=.., stx_mode=.., stx_size=.., ...} */
	A_SIGACTION_IN,     /* {sa_handler=SIG_DFL, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=0x..} */
	A_SIGACTION_OUT,
	A_CLONE3_ARGS,      /* struct clone_args: {flags=.., exit_signal=SIGCHLD, stack=.., ...} */
	A_KIND_ALL          /* number of kinds, decode.h's and these */
};

/* The per-syscall rows (src/syscall_fmt.c); syscall_fmt_get() reads them. */
extern const struct syscall_fmt syscall_fmts[SCT_MAX_SYSCALLS];

/* One decoder per kind: emits argument i of c (or nothing, when strace
 * leaves it out, e.g. open's mode without O_CREAT).  `key` is the JSON key. */
typedef void (*arg_decoder_fn)(struct emit *e, const struct call *c, int i, const char *key);

/* ---- decode.c: argument access ---- */

static inline uint64_t arg_u64(const struct call *c, int i) { return c->rec->args[i]; }
static inline int arg_int(const struct call *c, int i) { return (int)c->rec->args[i]; }
static inline unsigned arg_uint(const struct call *c, int i) { return (unsigned)c->rec->args[i]; }

/* The call returned -errno (only meaningful when c->exiting). */
bool call_failed(const struct call *c);
/* Exit record of a call that returned and did not fail: output arguments
 * are valid (strace prints them; otherwise their addresses). */
static inline bool call_ok(const struct call *c)
{
	return c->exiting && !(c->rec->flags & SCT_SF_NORET) && !call_failed(c);
}

/* The first blob for arg i when it is usable (captured, not faulted), else NULL. */
const struct blob_ref *call_blob(const struct call *c, int i);
/* Copy a captured struct of exactly `size` bytes; false if it is missing,
 * faulted or short (the caller then prints the address). */
bool call_struct(const struct call *c, int i, void *out, size_t size);
/* Index of the first argument of kind `kind` in c's row, or -1. */
int fmt_find_arg(const struct call *c, int kind);

/* ---- decode.c: emitting ---- */

/* A captured string/buffer of arg i, at most `limit` bytes shown, `...`
 * when more existed (blob TRUNC flag, longer than limit, or the full
 * length `full` > shown); the address when there is no usable blob. */
void emit_blob_str(struct emit *e, const char *key, const struct call *c, int i,
		   size_t limit, uint64_t full);

/* Name of v in a value table; else `0x.. / * dflt * /` (hex, or decimal
 * with emit_xval_d), or just the number when dflt is NULL. */
void emit_xval(struct emit *e, const char *key, const struct flag_name *tab,
	       uint64_t v, const char *dflt);
void emit_xval_d(struct emit *e, const char *key, const struct flag_name *tab,
		 int64_t v, const char *dflt);
/* Flags: A|B|0x80; a table entry with value 0 names 0 (PROT_NONE), else "0";
 * `0x10 / * dflt * /` when no bit is known. */
void emit_flags(struct emit *e, const char *key, const struct flag_name *tab,
		uint64_t v, const char *dflt);

/* Like format_flags, appending at buf+len; `dflt` as in emit_flags.
 * Returns the new length (clipped to size-1). */
size_t flags_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
		    uint64_t v, const char *dflt);
/* Append a string / a hex number (strace's %#llx: 0 is "0"). */
size_t str_append(char *buf, size_t size, size_t len, const char *s);
size_t hex_append(char *buf, size_t size, size_t len, uint64_t v);

#define FLAGS_BUF 512  /* room for any flag set we print */

/* ---- the family files: tables and decoders ---- */

/* decode_file.c */
extern const struct flag_name open_access_modes[], open_flags[], at_flags[],
	faccessat_flags[], access_modes[], seek_whences[], fcntl_cmds[];
void dec_fd(struct emit *, const struct call *, int, const char *);
void dec_dirfd(struct emit *, const struct call *, int, const char *);
void dec_path(struct emit *, const struct call *, int, const char *);
void dec_path_out(struct emit *, const struct call *, int, const char *);
void dec_str(struct emit *, const struct call *, int, const char *);
void dec_buf_in(struct emit *, const struct call *, int, const char *);
void dec_buf_out(struct emit *, const struct call *, int, const char *);
void dec_open_flags(struct emit *, const struct call *, int, const char *);
void dec_open_mode(struct emit *, const struct call *, int, const char *);
void dec_mode(struct emit *, const struct call *, int, const char *);
void dec_at_flags(struct emit *, const struct call *, int, const char *);
void dec_faccessat_flags(struct emit *, const struct call *, int, const char *);
void dec_statx_flags(struct emit *, const struct call *, int, const char *);
void dec_statx_mask(struct emit *, const struct call *, int, const char *);
void dec_access_mode(struct emit *, const struct call *, int, const char *);
void dec_seek_whence(struct emit *, const struct call *, int, const char *);
void dec_fcntl_cmd(struct emit *, const struct call *, int, const char *);
void dec_fcntl_arg(struct emit *, const struct call *, int, const char *);
void dec_rename_flags(struct emit *, const struct call *, int, const char *);
void dec_fd_flags(struct emit *, const struct call *, int, const char *);
void dec_int_pair_out(struct emit *, const struct call *, int, const char *);
void dec_flock_op(struct emit *, const struct call *, int, const char *);
void dec_epoll_ctl_op(struct emit *, const struct call *, int, const char *);
void dec_epoll_flags(struct emit *, const struct call *, int, const char *);
void dec_efd_flags(struct emit *, const struct call *, int, const char *);
void dec_mfd_flags(struct emit *, const struct call *, int, const char *);
void dec_stat_out(struct emit *, const struct call *, int, const char *);
void dec_statx_out(struct emit *, const struct call *, int, const char *);
/* "S_IFREG|S_ISUID|0755" */
const char *format_mode(char *buf, size_t size, unsigned mode);
/* "O_RDWR|O_CREAT" (access mode always named) into buf */
const char *format_open_flags(char *buf, size_t size, uint64_t flags);

/* decode_process.c */
extern const struct flag_name wait_options[], clone_flags[], arch_prctl_codes[],
	rlimit_resources[];
void dec_argv(struct emit *, const struct call *, int, const char *);
void dec_envp(struct emit *, const struct call *, int, const char *);
void dec_wait_status(struct emit *, const struct call *, int, const char *);
void dec_wait_options(struct emit *, const struct call *, int, const char *);
void dec_clone_flags(struct emit *, const struct call *, int, const char *);
void dec_clone3_args(struct emit *, const struct call *, int, const char *);
void dec_arch_prctl(struct emit *, const struct call *, int, const char *);
void dec_arch_prctl_addr(struct emit *, const struct call *, int, const char *);
void dec_rlimit_res(struct emit *, const struct call *, int, const char *);
void dec_rlimit_in(struct emit *, const struct call *, int, const char *);
void dec_rlimit_out(struct emit *, const struct call *, int, const char *);
void dec_uid(struct emit *, const struct call *, int, const char *);
void dec_grnd_flags(struct emit *, const struct call *, int, const char *);
/* strace's wait status text, "{WIFEXITED(s) && WEXITSTATUS(s) == 0}" */
const char *format_wait_status(char *buf, size_t size, int status, bool *plain);

/* decode_memory.c */
extern const struct flag_name mmap_prot[], mmap_types[], mmap_flags[], madvise_advices[];
void dec_mmap_prot(struct emit *, const struct call *, int, const char *);
void dec_mmap_flags(struct emit *, const struct call *, int, const char *);
void dec_madvice(struct emit *, const struct call *, int, const char *);
void dec_msync_flags(struct emit *, const struct call *, int, const char *);
void dec_fadvice(struct emit *, const struct call *, int, const char *);
void dec_mremap_flags(struct emit *, const struct call *, int, const char *);
void dec_mremap_addr(struct emit *, const struct call *, int, const char *);

/* decode_signal.c */
/* "SIGTERM", "SIGRTMIN", "SIGRT_3"; NULL for numbers strace does not name */
const char *signal_name(int sig, char *buf, size_t size);
/* "[INT TERM]", "~[KILL STOP]" for a 64-bit kernel sigset */
const char *format_sigset(char *buf, size_t size, uint64_t set);
extern const struct flag_name sigprocmask_hows[];
void dec_signal(struct emit *, const struct call *, int, const char *);
void dec_sigset_in(struct emit *, const struct call *, int, const char *);
void dec_sigset_out(struct emit *, const struct call *, int, const char *);
void dec_sigprocmask_how(struct emit *, const struct call *, int, const char *);
void dec_sigaction_in(struct emit *, const struct call *, int, const char *);
void dec_sigaction_out(struct emit *, const struct call *, int, const char *);

/* decode_time.c */
extern const struct flag_name clock_ids[], timer_flags[], futex_ops[];
void dec_clock_id(struct emit *, const struct call *, int, const char *);
void dec_timer_flags(struct emit *, const struct call *, int, const char *);
void dec_timespec_in(struct emit *, const struct call *, int, const char *);
void dec_timeval_in(struct emit *, const struct call *, int, const char *);
void dec_timespec_out(struct emit *, const struct call *, int, const char *);
void dec_futex_op(struct emit *, const struct call *, int, const char *);
void dec_futex_val(struct emit *, const struct call *, int, const char *);
void dec_futex_timeout(struct emit *, const struct call *, int, const char *);
void dec_futex_uaddr2(struct emit *, const struct call *, int, const char *);
void dec_futex_val3(struct emit *, const struct call *, int, const char *);

/* decode_ioctl.c */
void dec_ioctl_cmd(struct emit *, const struct call *, int, const char *);
void dec_ioctl_arg(struct emit *, const struct call *, int, const char *);

/* decode_net.c */
extern const struct flag_name address_families[], socket_types[], socket_type_flags[],
	msg_flags[];
void dec_sock_family(struct emit *, const struct call *, int, const char *);
void dec_sock_type(struct emit *, const struct call *, int, const char *);
void dec_sock_proto(struct emit *, const struct call *, int, const char *);
void dec_sock_flags(struct emit *, const struct call *, int, const char *);
void dec_msg_flags(struct emit *, const struct call *, int, const char *);
void dec_shutdown_how(struct emit *, const struct call *, int, const char *);
void dec_sockaddr_in(struct emit *, const struct call *, int, const char *);
/* Emit a captured sockaddr of `len` bytes as strace does. */
void emit_sockaddr(struct emit *e, const char *key, const uint8_t *sa, size_t len);

#endif
