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
#include "fdpath.h"

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
	A_NONE,             /* printed by another argument's decoder (clone's stack, tls...) */
	A_CLONE_NAMED,      /* clone at entry: child_stack=NULL, flags=CLONE_VM|SIGCHLD */
	A_CLONE_REST,       /* clone at exit: parent_tid=[123], tls=0x.., child_tidptr=0x.. */
	A_DIRENTS,          /* getdents64: 0x55.. / * 20 entries * / */
	A_UTSNAME_OUT,      /* {sysname="Linux", nodename="vm", ...} */
	A_SYSINFO_OUT,      /* {uptime=.., loads=[..], ...} */
	A_STATFS_OUT,       /* {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, ...} */
	A_UTIMES_IN,        /* utimensat: [{tv_sec=.., tv_nsec=..} / * 2001-09-09T.. * /, UTIME_NOW] */
	A_XATTR_BUF_OUT,    /* getxattr/listxattr value: the address when the size is 0 */
	A_FLOCK,            /* struct flock: {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10} */
	A_CPUSET_OUT,       /* sched_getaffinity: [0 1] */
	A_GROUPS_OUT,       /* getgroups: [0, 1] */
	A_STACK_IN,         /* sigaltstack: {ss_sp=0x.., ss_flags=0, ss_size=65536} */
	A_STACK_OUT,
	A_TMS_OUT,          /* times: {tms_utime=0, ...} */
	A_RUSAGE_OUT,       /* {ru_utime={tv_sec=0, tv_usec=1615}, ru_stime=..., ...} */
	A_RUSAGE_WHO,       /* RUSAGE_SELF */
	A_PRCTL_OP,         /* PR_SET_NAME */
	A_PRCTL_ARG,        /* prctl's arg2..5, by option */
	A_ITIMER_WHICH,     /* ITIMER_REAL */
	A_ITIMERVAL_IN,     /* {it_interval={tv_sec=0, tv_usec=0}, it_value=...} */
	A_ITIMERVAL_OUT,
	A_ITIMERSPEC_IN,    /* {it_interval={tv_sec=0, tv_nsec=0}, it_value=...} */
	A_ITIMERSPEC_OUT,
	A_TFD_FLAGS,        /* timerfd_create: TFD_CLOEXEC|TFD_NONBLOCK */
	A_TFD_SETTIME_FLAGS,/* TFD_TIMER_ABSTIME */
	A_SFD_FLAGS,        /* signalfd4: SFD_CLOEXEC */
	A_INOTIFY_FLAGS,    /* inotify_init1: IN_CLOEXEC */
	A_INOTIFY_MASK,     /* IN_CREATE|IN_DELETE */
	A_PRIO_WHICH,       /* PRIO_PROCESS */
	A_SCHED_PARAM_OUT,  /* sched_getparam: [0] */
	A_POLLFDS,          /* poll: [{fd=3, events=POLLIN}]; count in lenarg[] */
	A_FDSET,            /* select: [3 4]; nfds is argument 0 */
	A_SELECT_TIMEVAL,   /* select's timeout, as at entry */
	A_PSELECT_SIGMASK,  /* {sigmask=NULL, sigsetsize=8} */
	A_EPOLL_EVENT_IN,   /* {events=EPOLLIN, data={u32=3, u64=3}} */
	A_EPOLL_EVENTS_OUT, /* epoll_wait: [{events=EPOLLIN, data=...}] (return value many) */
	A_SOCKADDR_OUT,     /* accept, getsockname, recvfrom: the address the kernel wrote */
	A_SOCKLEN_INOUT,    /* [128 => 16] */
	A_SOCKOPT_LEVEL,    /* SOL_SOCKET */
	A_SOCKOPT_NAME,     /* SO_REUSEADDR, by level */
	A_SOCKOPT_VAL_IN,   /* setsockopt: [1], {l_onoff=1, l_linger=5}; length in lenarg[] */
	A_SOCKOPT_VAL_OUT,  /* getsockopt: by the length the kernel left */
	A_WAITID_TYPE,      /* P_PID */
	A_SIGINFO_OUT,      /* waitid: {si_signo=SIGCHLD, si_code=CLD_EXITED, ...} */
	A_SIGRETURN_MASK,   /* rt_sigreturn's restored mask: {mask=[INT]} */
	A_OPEN_HOW,         /* openat2: {flags=O_RDONLY, resolve=RESOLVE_NO_SYMLINKS} */
	A_MINCORE_VEC,      /* [0, 1] */
	A_LOFF_IN,          /* copy_file_range, splice: [0], or NULL */
	A_SENDFILE_OFF,     /* sendfile: [0] => [5] */
	A_FALLOC_MODE,      /* FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE */
	A_SYNC_RANGE_FLAGS, /* SYNC_FILE_RANGE_WRITE */
	A_CLOSE_RANGE_FLAGS,/* CLOSE_RANGE_CLOEXEC */
	A_SPLICE_FLAGS,     /* SPLICE_F_NONBLOCK */
	A_MKNOD_MODE,       /* S_IFIFO|0600 */
	A_MKNOD_DEV,        /* makedev(0x1, 0x3), only for devices */
	A_UID_OUT,          /* getresuid: [0] */
	A_CPUSET_IN,        /* sched_setaffinity: [0 1]; size in the previous argument */
	A_TIMEVAL_OUT,      /* gettimeofday: {tv_sec=.., tv_usec=..} */
	A_SIGEVENT,         /* timer_create: {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL} */
	A_INT_OUT,          /* [0], written by the kernel */
	A_PID,              /* a process (strace's PT_TGID): 123, -Y: 123<sh> */
	A_TID,              /* a thread (PT_TID) */
	A_PGID,             /* a process group (PT_PGID): no comm, only pidns */
	A_PID_PGID,         /* kill, wait4: > 0 a process, < -1 the group -pid */
	A_WAITID_ID,        /* waitid's id: a pid, a group or a pidfd, by idtype */
	A_PRIO_WHO,         /* getpriority's who: a pid, a group or a uid, by which */
	A_KIND_ALL          /* number of kinds, decode.h's and these */
};

/* The per-syscall rows (src/syscall_fmt.c); syscall_fmt_get() reads them. */
extern const struct syscall_fmt syscall_fmts[SCT_MAX_SYSCALLS];

/* A family's row: SYS(mount, .decode = sys_mount, .cap = { ... }) */
#define SYS(name, ...) { __NR_##name, { __VA_ARGS__ } }
#define SYS_END { .nr = -1, .fmt = { .entry_args = 0 } }
/* What BPF captures for one argument (struct sct_argcap) */
#define CAP_PATH            { .kind = SCT_CAP_PATH }
#define CAP_STR             { .kind = SCT_CAP_STR }
#define CAP_BUF_IN(len_i)   { .kind = SCT_CAP_BUF_IN, .lenarg = (len_i) }
#define CAP_BUF_OUT         { .kind = SCT_CAP_BUF_OUT }
#define CAP_IN(bytes)       { .kind = SCT_CAP_STRUCT_IN, .size = (bytes) }
#define CAP_OUT(bytes)      { .kind = SCT_CAP_STRUCT_OUT, .size = (bytes) }
#define CAP_IN_OPT(bytes)   { .kind = SCT_CAP_STRUCT_IN | SCT_CAP_OPTIONAL, .size = (bytes) }
/* args[lenarg] elements of `size` bytes (semop's sembufs, setgroups' gids) */
#define CAP_ARRAY_IN(len_i, elem) { .kind = SCT_CAP_ARRAY_IN, .lenarg = (len_i), .size = (elem) }
/* as many elements as the call returned (epoll_wait, io_getevents) */
#define CAP_ARRAY_OUT(elem) { .kind = SCT_CAP_ARRAY_OUT, .size = (elem) }
/* struct iovec[args[lenarg]] with their buffers (enum sct_iov_mode) */
#define CAP_IOV(len_i, mode) { .kind = SCT_CAP_IOV, .lenarg = (len_i), .size = (mode) }

/* The family row tables, listed once in src/decode_registry.c. */
extern const struct syscall_row *const decode_families[];
/* Rows of syscall_fmts[] and the families for the same nr (must be 0). */
int decode_registry_duplicates(void);

/* Argument i by its row's kind (what a syscall's own decoder falls back to). */
void decode_arg_kind(struct emit *e, const struct call *c, int i, const char *key);
/* Argument i by its kernel C type (int: 32-bit signed, pointers: address). */
void decode_arg_default(struct emit *e, const struct call *c, int i, const char *key);

/* decode_opts for c's syscall */
bool call_abbrev(const struct call *c);
bool call_verbose(const struct call *c);

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
/* decode_misc.c: a struct whose size the caller gives (clone_args,
 * mnt_id_req, file_attr...), captured as CAP_SIZED: copies its first
 * `size` bytes (zero-filled) and returns how many bytes from its start
 * could be read (up to an unreadable page: SCT_BF_PARTIAL); 0: none. */
#define CAP_SIZED CAP_IN(SCT_BLOB_MAX)
size_t call_sized(const struct call *c, int i, void *out, size_t size);
/* strace's print_nonzero_bytes() of such a struct's tail [ksize, min(usize, page)):
 * nothing when all zero, `/ * bytes N..M * / "\xNN..."`, `???` if unreadable */
void emit_struct_tail(struct emit *e, const struct call *c, int i, size_t ksize, uint64_t usize);
/* strace's print_array() over argument i's blob (n elements of `size`
 * bytes): NULL, [], the address (unreadable, -e verbose=none), at most -s
 * elements then "..." (unless -v), "... / * address * /" where the memory
 * ends (decode.c).  fn prints one element; readable false: the address
 * (the output of a failed call). */
typedef void (*array_elem_fn)(struct emit *e, const uint8_t *elem);
/* An array at address p of n elements that needs no memory: NULL, or []
 * when n is 0 (strace prints no address then).  True when it printed. */
bool emit_array_null_or_empty(struct emit *e, const char *key, uint64_t p, uint64_t n);
void emit_array(struct emit *e, const char *key, const struct call *c, int i,
		uint64_t n, size_t size, array_elem_fn fn, bool readable);
/* An int element, for emit_array(): [3, 4] */
void emit_int_elem(struct emit *e, const uint8_t *p);

/* decode_iov.c: one struct iovec with its buffer's address (an element
 * for emit_array()) */
void emit_iovec_addr_elem(struct emit *e, const uint8_t *p);
/* decode_iov.c: the iovec array at p whose elements BPF captured for
 * argument i (SCT_CAP_IOV); `data`: show the buffers (else addresses) */
void emit_iov_at(struct emit *e, const char *key, const struct call *c, int i, uint64_t p,
		 bool data);

/* decode_msghdr.c: a struct user_msghdr * argument (SCT_CAP_MSGHDR);
 * recv: recvmsg's, filled by the kernel */
void emit_msghdr_arg(struct emit *e, const char *key, const struct call *c, int i, bool recv);
/* The same capture, for a row */
#define CAP_MSGHDR(mode) { .kind = SCT_CAP_MSGHDR, .size = (mode) }
/* A struct of `bytes` (blob idx 0) and `inner` bytes behind its pointer at
 * `off` (blob idx 1): pselect6's {sigmask, size} */
#define CAP_DEREF(bytes, off, inner_bytes) { .kind = SCT_CAP_DEREF, .size = (bytes), \
	.deref = { .ptr_off = (off), .len_off = SCT_DEREF_FIXED, .inner = (inner_bytes) } }
/* ... an array behind it whose element count is the `width`-byte field at
 * `count_off` (sock_fprog's filter), at most `max` bytes */
#define CAP_DEREF_ARRAY(bytes, off, count_off, width, elem_size, max) { .kind = SCT_CAP_DEREF, \
	.size = (bytes), .deref = { .ptr_off = (off), .len_off = (count_off), .len_size = (width), \
	.elem = (elem_size), .inner = (max) } }

/*
 * Nested captures (struct sct_nest, in a row's .nest[]): rule k follows the
 * pointer at byte `off` of what argument (or rule) `parent` points to, when
 * args[sel] == val (NEST_*_IF) -- the command's layout -- or always.
 */
#define NEST_SEL(sel, val) .sel_arg = (sel), .sel_mask = ~0u, .sel_val = (val)
/* a NUL-terminated string, as strace's printstr (-s) */
#define NEST_STR_IF(parent_, off, sel, val) { .mode = SCT_NEST_STR, .parent = (parent_), \
	.ptr_off = (off), NEST_SEL(sel, val) }
/* ... at most `max` characters (a path: PATH_MAX - 1) */
#define NEST_STRN_IF(parent_, off, max_, sel, val) { .mode = SCT_NEST_STR, .parent = (parent_), \
	.ptr_off = (off), .max = (max_), NEST_SEL(sel, val) }
/* ... printstr_ex(p, n, QUOTE_0_TERMINATED): n is the `width`-byte field at
 * len_off; `fl`: SCT_NEST_EXIT for a buffer the kernel fills (a log) */
#define NEST_STR_LEN_IF(parent_, off, len_off_, width, fl, sel, val) { .mode = SCT_NEST_STR, \
	.flags = (fl), .parent = (parent_), .ptr_off = (off), .len_off = (len_off_), \
	.len_size = (width), NEST_SEL(sel, val) }
/* `bytes` bytes (a struct) */
#define NEST_FIXED_IF(parent_, off, bytes, sel, val) { .mode = SCT_NEST_BYTES, \
	.parent = (parent_), .ptr_off = (off), .max = (bytes), NEST_SEL(sel, val) }
/* the `width`-byte field at len_off times `elem` bytes, at most `max_`
 * (0: -s bytes, a buffer printed as a string) */
#define NEST_COUNTED_IF(parent_, off, len_off_, width, elem_, max_, sel, val) { \
	.mode = SCT_NEST_BYTES, .parent = (parent_), .ptr_off = (off), .len_off = (len_off_), \
	.len_size = (width), .elem = (elem_), .max = (max_), NEST_SEL(sel, val) }
/* Rule k's blob: an input's entry copy when there is one, else the exit's;
 * false when it is missing or faulted (print the address). */
bool call_nest(const struct call *c, int k, struct blob_ref *out);
/* Element `elem` of a SCT_NEST_PTRS rule k, or of a rule k applied to each
 * of its elements: false when not captured; the blob may be faulted (the
 * element's pointer: aux) or PARTIAL (the array unreadable from there). */
bool call_nest_elem(const struct call *c, int k, int elem, struct blob_ref *out);
/* strace's printstr_ex(p, n, QUOTE_0_TERMINATED) of rule k's string (n:
 * UINT64_MAX for printstr): NULL, the address, or the quoted string */
void emit_nest_cstr(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
		    uint64_t n);
/* strace's print_array() of rule k's n elements of `size` bytes at p:
 * NULL, [], the address (unreadable from the start, -e verbose=none), at
 * most -s elements, "... / * address * /" where the memory ends */
void emit_nest_array(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
		     uint64_t n, size_t size, array_elem_fn fn);
/* ...of a SCT_NEST_PTRS | SCT_NEST_ELEM_STR rule k: n strings (NULL and
 * unreadable ones as pointers) */
void emit_nest_str_array(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
			 uint64_t n);
/* printstr_ex(p, n, 0) of rule k's bytes: n bytes shown up to -s;
 * flags: emit_str's (EMIT_STR_HEX: QUOTE_FORCE_HEX) */
void emit_nest_bytes(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
		     uint64_t n, unsigned flags);

/* The blob of record r (c->rec or c->entry_rec, may be NULL) for argument
 * arg, capture kind and element idx; false when there is none. */
bool record_blob(const struct sct_syscall *r, int arg, int kind, int idx, struct blob_ref *out);
/* Index of the first argument of kind `kind` in c's row, or -1. */
int fmt_find_arg(const struct call *c, int kind);
/* decode_bpf_filter.c: an eBPF instruction's opcode, as strace's
 * print_bpf_filter_code(code, true): BPF_JMP|BPF_K|BPF_EXIT */
size_t ebpf_code_append(char *buf, size_t size, size_t len, uint8_t code);
/* decode_bpf_filter.c: a classic BPF program, struct sock_filter[len] at
 * addr, of which `have` bytes were captured at insns (NULL: unreadable):
 * [BPF_STMT(..), BPF_JUMP(..)] under -v, else the address; seccomp:
 * constants of BPF_RET as SECCOMP_RET_*, else socket filters' SKF_* */
void emit_bpf_filter(struct emit *e, const char *key, const struct call *c, uint64_t addr,
		     unsigned len, const uint8_t *insns, size_t have, bool seccomp);

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
/* v that a decoder spelt itself as `text` (open flags with their access
 * mode, MAP_HUGE_*, ...): the number under -X raw, "0x.. / * text * /"
 * under -X verbose, else the text. */
void emit_formatted(struct emit *e, const char *key, uint64_t v, const char *text);

/* Like format_flags, appending at buf+len; `dflt` as in emit_flags.
 * Returns the new length (clipped to size-1). */
size_t flags_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
		    uint64_t v, const char *dflt);
/* Append a string / a hex number (strace's %#llx: 0 is "0"). */
size_t str_append(char *buf, size_t size, size_t len, const char *s);
size_t hex_append(char *buf, size_t size, size_t len, uint64_t v);
/* "A / * B * /" for -X verbose, A alone for -X raw, B alone otherwise */
void emit_num_sym(struct emit *e, const char *key, const char *num, const char *sym);
/* v's name in a table of exact values, or strace's "0x5 / * MAP_??? * /" */
size_t value_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
		    uint64_t v, const char *unknown);

#define FLAGS_BUF 512  /* room for any flag set we print */

/* ---- the family files: tables and decoders ---- */

/* decode_file.c */
extern const struct flag_name fs_magics[];  /* statfs f_type, statmount sb_magic */
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
void dec_statx_flags(struct emit *, const struct call *, int, const char *);
void dec_seek_whence(struct emit *, const struct call *, int, const char *);
void dec_fcntl_cmd(struct emit *, const struct call *, int, const char *);
void dec_fcntl_arg(struct emit *, const struct call *, int, const char *);
void dec_int_pair_out(struct emit *, const struct call *, int, const char *);
void dec_epoll_ctl_op(struct emit *, const struct call *, int, const char *);
void dec_stat_out(struct emit *, const struct call *, int, const char *);
void dec_statx_out(struct emit *, const struct call *, int, const char *);
void dec_dirents(struct emit *, const struct call *, int, const char *);
void dec_statfs_out(struct emit *, const struct call *, int, const char *);
void dec_utimes_in(struct emit *, const struct call *, int, const char *);
void dec_xattr_buf_out(struct emit *, const struct call *, int, const char *);
void dec_flock(struct emit *, const struct call *, int, const char *);
void dec_open_how(struct emit *, const struct call *, int, const char *);
void dec_loff_in(struct emit *, const struct call *, int, const char *);
void dec_sendfile_off(struct emit *, const struct call *, int, const char *);
void dec_mknod_mode(struct emit *, const struct call *, int, const char *);
void dec_mknod_dev(struct emit *, const struct call *, int, const char *);
/* syscalls' own decoders, for rows of src/syscall_fmt.c (.decode) */
void sys_utimes(struct emit *, const struct call *, int, const char *);
void sys_futimesat(struct emit *, const struct call *, int, const char *);
void sys_utime(struct emit *, const struct call *, int, const char *);
void sys_execveat(struct emit *, const struct call *, int, const char *);
/* getdents under -v: capture the entries, not only their count (sets *cap) */
bool dirents_cap_whole(int nr, struct sct_argcap *cap);
enum ret_base fcntl_ret_base(const struct call *c);
bool fcntl_has_ret_aux(const struct call *c);
void fcntl_ret_aux(struct emit *e, const struct call *c);
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
void dec_clone_flags(struct emit *, const struct call *, int, const char *);
void dec_clone3_args(struct emit *, const struct call *, int, const char *);
void dec_arch_prctl(struct emit *, const struct call *, int, const char *);
void dec_arch_prctl_addr(struct emit *, const struct call *, int, const char *);
void dec_rlimit_res(struct emit *, const struct call *, int, const char *);
void dec_rlimit_in(struct emit *, const struct call *, int, const char *);
void dec_rlimit_out(struct emit *, const struct call *, int, const char *);
void dec_uid(struct emit *, const struct call *, int, const char *);
void dec_clone_named(struct emit *, const struct call *, int, const char *);
void dec_clone_rest(struct emit *, const struct call *, int, const char *);
void dec_utsname_out(struct emit *, const struct call *, int, const char *);
void dec_sysinfo_out(struct emit *, const struct call *, int, const char *);
void dec_tms_out(struct emit *, const struct call *, int, const char *);
void dec_rusage_out(struct emit *, const struct call *, int, const char *);
void dec_rusage_who(struct emit *, const struct call *, int, const char *);
void dec_prio_which(struct emit *, const struct call *, int, const char *);
void dec_sched_param_out(struct emit *, const struct call *, int, const char *);
void dec_cpuset_out(struct emit *, const struct call *, int, const char *);
void dec_groups_out(struct emit *, const struct call *, int, const char *);
void dec_mincore_vec(struct emit *, const struct call *, int, const char *);
void dec_itimer_which(struct emit *, const struct call *, int, const char *);
void dec_itimerval_in(struct emit *, const struct call *, int, const char *);
void dec_itimerval_out(struct emit *, const struct call *, int, const char *);
void dec_itimerspec_in(struct emit *, const struct call *, int, const char *);
void dec_itimerspec_out(struct emit *, const struct call *, int, const char *);
void dec_prctl_op(struct emit *, const struct call *, int, const char *);
void dec_prctl_arg(struct emit *, const struct call *, int, const char *);
bool prctl_has_ret_aux(const struct call *c);
void prctl_ret_aux(struct emit *e, const struct call *c);
void dec_waitid_type(struct emit *, const struct call *, int, const char *);
void dec_uid_out(struct emit *, const struct call *, int, const char *);
void dec_cpuset_in(struct emit *, const struct call *, int, const char *);
bool sched_policy_has_ret_aux(const struct call *c);
void sched_policy_ret_aux(struct emit *e, const struct call *c);
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
/* the same for a set of `words` 32-bit words (rt_sigpending's 4-byte sets) */
const char *format_sigset_words(char *buf, size_t size, uint64_t set, unsigned words);
extern const struct flag_name sigprocmask_hows[];
void dec_signal(struct emit *, const struct call *, int, const char *);
void dec_sigset_in(struct emit *, const struct call *, int, const char *);
void dec_sigset_out(struct emit *, const struct call *, int, const char *);
void dec_sigprocmask_how(struct emit *, const struct call *, int, const char *);
void dec_sigaction_in(struct emit *, const struct call *, int, const char *);
void dec_sigaction_out(struct emit *, const struct call *, int, const char *);

void dec_stack_in(struct emit *, const struct call *, int, const char *);
void dec_stack_out(struct emit *, const struct call *, int, const char *);
void dec_siginfo_out(struct emit *, const struct call *, int, const char *);
void dec_sigreturn_mask(struct emit *, const struct call *, int, const char *);
void dec_pselect_sigmask(struct emit *, const struct call *, int, const char *);
/* strace's printsiginfo() of an x86_64 siginfo_t (at least 48 bytes) */
void emit_siginfo(struct emit *e, const char *key, const uint8_t *si);

/* decode_poll.c */
void dec_pollfds(struct emit *, const struct call *, int, const char *);
void dec_fdset(struct emit *, const struct call *, int, const char *);
void dec_select_timeval(struct emit *, const struct call *, int, const char *);
void dec_epoll_event_in(struct emit *, const struct call *, int, const char *);
void dec_epoll_events_out(struct emit *, const struct call *, int, const char *);
bool poll_has_ret_aux(const struct call *c);
void poll_ret_aux(struct emit *e, const struct call *c);
bool select_has_ret_aux(const struct call *c);
void select_ret_aux(struct emit *e, const struct call *c);

/* decode_time.c */
extern const struct flag_name clock_ids[], timer_flags[], futex_ops[];
/* decode_ipc.c: io_uring_setup's (io_uring_register's QUERY and RESIZE_RINGS too) */
extern const struct flag_name uring_setup_flags[], uring_setup_features[], uring_enter_flags[];
void dec_clock_id(struct emit *, const struct call *, int, const char *);
void dec_timespec_in(struct emit *, const struct call *, int, const char *);
void dec_timeval_in(struct emit *, const struct call *, int, const char *);
void dec_timespec_out(struct emit *, const struct call *, int, const char *);
void dec_timeval_out(struct emit *, const struct call *, int, const char *);
void dec_sigevent(struct emit *, const struct call *, int, const char *);
void dec_int_out(struct emit *, const struct call *, int, const char *);
bool time_has_ret_aux(const struct call *c);
void time_ret_aux(struct emit *e, const struct call *c);
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
	netlink_protocols[],
	msg_flags[];
void dec_sock_family(struct emit *, const struct call *, int, const char *);
void dec_sock_type(struct emit *, const struct call *, int, const char *);
void dec_sock_proto(struct emit *, const struct call *, int, const char *);
void dec_shutdown_how(struct emit *, const struct call *, int, const char *);
void dec_sockaddr_in(struct emit *, const struct call *, int, const char *);
void dec_sockaddr_out(struct emit *, const struct call *, int, const char *);
void dec_socklen_inout(struct emit *, const struct call *, int, const char *);
void dec_sockopt_level(struct emit *, const struct call *, int, const char *);
void dec_sockopt_name(struct emit *, const struct call *, int, const char *);
void dec_sockopt_val_in(struct emit *, const struct call *, int, const char *);
void dec_sockopt_val_out(struct emit *, const struct call *, int, const char *);
/* Emit a captured sockaddr of `len` bytes as strace does. */
void emit_sockaddr(struct emit *e, const char *key, const uint8_t *sa, size_t len);
/* Network values by -X (decode_net.c): "\x01\x02"; htons(80); inet_addr("1.2.3.4") /
 * inet_pton(AF_INET6, "::1", &key); if_nametoindex("lo"); 01:02:03 (textn bytes);
 * and xval_append: an xval's text by -X (NAME, 0x5 / * NAME * /, 0x5). */
void emit_hexstr(struct emit *e, const char *key, const uint8_t *p, size_t n);
void emit_net_port(struct emit *e, const char *key, const uint8_t *be16);
void emit_inet_addr(struct emit *e, const char *key, int af, const uint8_t *addr);
void emit_ifindex(struct emit *e, const char *key, uint32_t idx);
void emit_mac_addr(struct emit *e, const char *key, const uint8_t *p, size_t n, size_t textn);
size_t xval_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
		   uint64_t v, const char *dflt);

/* flag sets decoded through decode.c's flag_kinds[] */
extern const struct flag_name socket_type_flags[];
extern const struct flag_name msg_flags[];
extern const struct flag_name wait_options[];
extern const struct flag_name grnd_flags[];
extern const struct flag_name at_flags[];
extern const struct flag_name faccessat_flags[];
extern const struct flag_name statx_masks[];
extern const struct flag_name access_modes[];
extern const struct flag_name rename_flags[];
extern const struct flag_name open_flags[];
extern const struct flag_name flock_ops[];
extern const struct flag_name epoll_create_flags[];
extern const struct flag_name efd_flags[];
extern const struct flag_name mfd_flags[];
extern const struct flag_name tfd_flags[];
extern const struct flag_name tfd_settime_flags[];
extern const struct flag_name sfd_flags[];
extern const struct flag_name inotify_init_flags[];
extern const struct flag_name inotify_masks[];
extern const struct flag_name falloc_flags[];
extern const struct flag_name sync_range_flags[];
extern const struct flag_name close_range_flags[];
extern const struct flag_name splice_flags[];
extern const struct flag_name timer_flags[];

#endif
