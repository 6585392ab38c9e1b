/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The one header shared by the BPF programs (bpf/) and userspace (src/).
 * Fixed-width types only: both sides must agree on every byte.
 *
 * Every record in the ring buffer starts with struct sct_hdr; `type` says
 * what follows.  Syscall records carry optional "blobs" (captured user
 * memory: strings, buffers, structs) appended after the fixed part.
 */
#ifndef SCTRACE_H
#define SCTRACE_H

#ifdef __BPF__
/* vmlinux.h provides __u8 .. __u64 */
#else
#include <linux/types.h>
#endif

#define SCT_MAX_ARGS       6
#define SCT_COMM_LEN       16
#define SCT_MAX_SYSCALLS   512   /* x86_64 table size (nr < 512) */
#define SCT_MAX_COMMS      8     /* --comm filters */
#define SCT_MAX_EXCLUDED   16    /* processes left out of system-wide traces */
#define SCT_MAX_CGROUPS    8     /* --cgroup, --container */
#define SCT_PATH_MAX       4096  /* paths are never cut by -s, like strace */
#define SCT_BLOB_MAX       4096  /* largest single capture */
#define SCT_ARGV_MAX       64    /* argv elements captured for execve (strace -v shows them all) */
#define SCT_REC_MAX        16384 /* largest syscall record, header + blobs */

enum sct_rec_type {
	SCT_REC_SYSCALL   = 1, /* a completed (or never-returning) syscall */
	SCT_REC_ENTER     = 2, /* entry of a call that may block, or of execve */
	SCT_REC_PROC_EXIT = 3, /* a thread exited; last thread => process exit */
	SCT_REC_EXEC      = 4, /* a traced task exec'd (a non-leader: its tid became the pid) */
	SCT_REC_FORK      = 5, /* a traced task made a child (process or thread) */
	SCT_REC_SIGNAL    = 6, /* a signal was delivered to a traced task */
	SCT_REC_IDENT     = 7, /* --cgroup/--container: a task first seen */
	SCT_REC_STACK     = 8, /* -k: a traced call's user registers and stack */
	SCT_REC_MAP       = 9, /* -k: a file mapped executable into a traced process */
};

struct sct_hdr {
	__u16 type;  /* enum sct_rec_type */
	__u16 nblobs;
	__u32 size;  /* bytes of the whole record, blobs included */
};

/* flags of struct sct_syscall */
#define SCT_SF_NORET     0x1  /* the thread exited inside the call: no return value */
#define SCT_SF_COMPAT    0x2  /* an ia32 syscall: nr is from the 32-bit table */
#define SCT_SF_TRUNC     0x4  /* record full: some blobs were not captured */
#define SCT_SF_FAULT     0x8  /* some user memory could not be read */
#define SCT_SF_ATTACHED  0x10 /* the call began before tracing did: only its
                               * exit was seen (its arguments from registers) */
#define SCT_SF_CAPTURE_EXEC 0x20 /* BPF-internal: capture execve's strings at
                               * exit (never set in a record) */
#define SCT_SF_LATE_STR  0x40 /* BPF-internal: a string's page was not in
                               * memory; read again from task context before
                               * the call returns to user mode (never set in
                               * a record) */

/* SCT_REC_IDENT: who a task is, sent before its first record */
struct sct_ident {
	struct sct_hdr hdr;
	__u32 pid;          /* tgid */
	__u32 tid;
	__u64 cgroup_id;    /* its cgroup v2 */
	__u32 ns_pid;       /* pid and tid in its own pid namespace */
	__u32 ns_tid;
};

struct sct_syscall {
	struct sct_hdr hdr;
	__u32 pid;          /* tgid */
	__u32 tid;
	__s32 nr;
	__u32 flags;        /* SCT_SF_* */
	__u64 ts;           /* entry time, CLOCK_MONOTONIC ns */
	__u64 dur_ns;       /* exit - entry (0 in SCT_REC_ENTER) */
	__s64 ret;
	__u64 args[SCT_MAX_ARGS];
	char comm[SCT_COMM_LEN];
	/* followed by hdr.nblobs x (struct sct_blob + data padded to 8) */
};

/* flags of struct sct_blob */
#define SCT_BF_TRUNC   0x1  /* more data existed than was captured */
#define SCT_BF_FAULT   0x2  /* the user pointer could not be read */
#define SCT_BF_PARTIAL 0x4  /* a struct whose whole read faulted: `len` bytes,
                             * up to the end of its first page, could be read
                             * (strace prints a struct's readable start) */
#define SCT_BF_FD_INO  0x8  /* SCT_CAP_FDPATH: a pseudo file the kernel names
                             * "data:[aux]" (pipe:[123], socket:[456]) */
#define SCT_BF_FD_DELETED 0x10 /* SCT_CAP_FDPATH: the file was unlinked */
#define SCT_BF_FD_SOCK 0x20 /* SCT_CAP_FDPATH, -yy: a socket; data: struct
                             * sct_fd_sock, aux: its inode */
#define SCT_BF_FD_EVENTFD 0x40 /* SCT_CAP_FDPATH, -yy: an eventfd; data:
                                * struct sct_fd_eventfd */

struct sct_blob {
	__u8  arg;    /* argument index 0..5 */
	__u8  kind;   /* enum sct_cap_kind that produced it */
	__u8  flags;  /* SCT_BF_* */
	__u8  idx;    /* element index (argv) */
	__u32 len;    /* data bytes that follow (strings: without the NUL) */
	/* u64 aux follows for SCT_CAP_ARGV/COUNT: total element count */
	__u64 aux;
};

#define SCT_BLOB_ALIGN(n) (((n) + 7) & ~7u)

/* SCT_REC_PROC_EXIT */
#define SCT_XF_GROUP_DEAD  0x1  /* the last thread: the process is gone */
struct sct_proc_exit {
	struct sct_hdr hdr;
	__u32 pid;
	__u32 tid;
	__u64 ts;
	__u32 status;       /* wait(2)-style status of the process */
	__u32 flags;        /* SCT_XF_* */
	char comm[SCT_COMM_LEN];
};

/* SCT_REC_EXEC: a traced task exec'd; old_tid != pid: a non-leader did, and
 * its tid became the pid */
struct sct_exec {
	struct sct_hdr hdr;
	__u32 pid;
	__u32 old_tid;
	__u64 ts;
	char comm[SCT_COMM_LEN];
};

/* SCT_REC_FORK (only when tracing by pid) */
struct sct_fork {
	struct sct_hdr hdr;
	__u32 pid;          /* parent tgid */
	__u32 tid;          /* parent tid */
	__u32 child_pid;    /* child tgid (== pid for a thread) */
	__u32 child_tid;
	__u64 ts;
};

/*
 * SCT_REC_STACK (-k), sent at a traced call's entry, before its records:
 * what a DWARF unwinder needs, as perf's --call-graph dwarf copies it.
 * regs: the task's user registers, x86_64's struct pt_regs word for word
 * (r15 r14 r13 r12 bp bx r11 r10 r9 r8 ax cx dx si di orig_ax ip cs flags
 * sp ss); stack: `len` bytes from regs sp upwards (the read stops at the
 * first unreadable page, or at SCT_STACK_MAX).
 */
#define SCT_STACK_MAX   8192
#define SCT_STACK_NREGS 21
struct sct_stack {
	struct sct_hdr hdr;
	__u32 pid;
	__u32 tid;
	__u64 ts;           /* the call's entry time: its records' ts */
	__s32 nr;
	__u32 len;          /* bytes of stack[] */
	__u64 regs[SCT_STACK_NREGS];
	__u8 stack[SCT_STACK_MAX];
};

/*
 * SCT_REC_MAP (-k): a file mapped executable into traced process `pid`,
 * so that stacks resolve after the process is gone.  The layout of struct
 * sct_syscall (nr -1) with args[0] the mapping's start, args[1] its end,
 * args[2] the file offset it maps (bytes), args[3] SCT_MAPF_* flags,
 * args[4] the file's inode number and args[5] its device (the kernel's
 * dev_t: major << 20 | minor), which tell a file later replaced under the
 * same path, and one SCT_CAP_FDPATH blob (arg 0): the file's path.
 */
#define SCT_MAPF_EXEC  0x1  /* made by an exec: the process's earlier maps are gone */

/* SCT_REC_SIGNAL: strace's "--- SIGCHLD {si_signo=...} ---" */
#define SCT_SIGF_STOP  0x1  /* the default action: the task stops ("--- stopped by") */
#define SCT_SIGINFO_SIZE 48
struct sct_signal {
	struct sct_hdr hdr;
	__u32 pid;
	__u32 tid;
	__u64 ts;
	__s32 sig;
	__u32 flags;        /* SCT_SIGF_* */
	char comm[SCT_COMM_LEN];
	__u8 siginfo[SCT_SIGINFO_SIZE];  /* the kernel's siginfo (x86_64 layout) */
};

/*
 * What to capture for each argument of each syscall: userspace fills the
 * `sysspecs` array map (indexed by nr) from its decoding table before
 * tracing starts; the BPF side only follows it.
 */
enum sct_cap_kind {
	SCT_CAP_NONE = 0,
	SCT_CAP_PATH,       /* NUL-terminated, up to SCT_PATH_MAX, read at exit */
	SCT_CAP_STR,        /* NUL-terminated, up to strsize+1 chars (cut at -s = TRUNC), at exit */
	SCT_CAP_BUF_IN,     /* buffer, length = args[lenarg], read at exit */
	SCT_CAP_BUF_OUT,    /* buffer, length = return value, read at exit on success */
	SCT_CAP_STRUCT_IN,  /* `size` bytes, read at exit */
	SCT_CAP_STRUCT_OUT, /* `size` bytes, read at exit on success */
	SCT_CAP_ARGV,       /* char *[]: strings up to strsize+1 chars, read at entry
	                     * (aux: the element's pointer; idx SCT_ARGV_MAX: more
	                     * elements; SCT_ARGV_MAX + 1, FAULT: the array became
	                     * unreadable at address aux) */
	SCT_CAP_COUNT,      /* char *[]: only the number of elements, at entry
	                     * (PARTIAL: no NULL before an unreadable page) */
	SCT_CAP_SOCKADDR_IN,/* length = args[lenarg] (capped), read at exit */
	SCT_CAP_DIRENTS,    /* linux_dirent(64) buffer of `ret` bytes: only the
	                     * entry count (aux), walked in the kernel at exit */
	SCT_CAP_IOV,        /* struct iovec[args[lenarg]]: one blob per element
	                     * (idx i: the 16-byte iovec, then up to strsize
	                     * bytes of its buffer; aux: the bytes strace would
	                     * show), then a marker (idx SCT_IOV_MAX: aux = the
	                     * elements walked; FAULT: element aux unreadable,
	                     * TRUNC: more than SCT_IOV_MAX).  sct_argcap.size
	                     * is an enum sct_iov_mode. */
	SCT_CAP_ARRAY_IN,   /* args[lenarg] elements of `size` bytes, read at
	                     * exit (up to SCT_BLOB_MAX bytes; aux: all bytes) */
	SCT_CAP_ARRAY_OUT,  /* `ret` elements of `size` bytes, at exit on success */
	SCT_CAP_DEREF,      /* a struct of `size` bytes (an input: read at entry and
	                     * exit, like STRUCT_IN; blob idx 0,
	                     * partial as STRUCT_IN), and what the pointer at its
	                     * byte deref.ptr_off points to (blob idx 1): deref.inner
	                     * bytes, or the length field at deref.len_off (a
	                     * len_size-byte integer) times deref.elem, capped at
	                     * deref.inner (pselect6's sigmask, sock_fprog's filter) */
	SCT_CAP_MSGHDR,     /* struct user_msghdr (at entry: the header alone;
	                     * at exit all): blob idx 0 the header
	                     * (56 bytes), idx 1 msg_name (up to 128 bytes),
	                     * idx 2 msg_control (up to SCT_MSG_CONTROL_MAX), and
	                     * msg_iov as SCT_CAP_IOV blobs; sct_argcap.size is
	                     * the iov's enum sct_iov_mode (OUT: recvmsg) */
	SCT_CAP_FDPATH,     /* -y: the file behind an fd, resolved in the kernel
	                     * (arguments at entry, returned fds at exit); blob
	                     * arg: the argument, or SCT_FD_RET; idx 0: the
	                     * argument itself, 1 + k: element k of its
	                     * sct_fdlist; data: the path, no NUL; TRUNC:
	                     * the walk's depth or length limit was hit (the
	                     * path is then the deepest components only); aux:
	                     * a path's i_mode << 32 | i_rdev under --decode-fds=dev (the kernel's
	                     * MAJOR << 20 | MINOR), a pidfd's pid, an anonymous
	                     * inode's first 8 bytes of private data (a
	                     * signalfd's mask), SCT_BF_FD_INO's inode */
	SCT_CAP_NEST,       /* data behind a pointer inside captured memory:
	                     * blob arg SCT_NEST_ARG, idx the sct_nest rule
	                     * (never an sct_argcap kind) */
};

/* sct_blob.arg of a blob superseded by a later one of the same record (a
 * string read again once its page was faulted in): to be skipped */
#define SCT_BLOB_SUPERSEDED 0xff

#define SCT_FD_RET 6   /* SCT_CAP_FDPATH blob arg of the returned fd */
#define SCT_FD_CWD 7   /* ...of the cwd at entry (sct_sysspec.cwdpath) */

/* SCT_BF_FD_SOCK: what strace's -yy learns from sock_diag, read from the
 * socket itself at the call */
struct sct_fd_sock {
	char  proto[16];   /* sk_prot->name: "TCP", "UDPv6", "UNIX-STREAM"... */
	__u16 family;      /* AF_* */
	__u16 type;        /* SOCK_* */
	__u16 protocol;    /* IPPROTO_*, NETLINK_* */
	__u16 sport;       /* inet: the local port (host order; 0: unbound) */
	__u16 dport;       /* inet: the remote port (host order) */
	__u16 name_len;    /* AF_UNIX: bytes of name (abstract: from its NUL) */
	__u32 peer_ino;    /* AF_UNIX: the peer socket's inode (0: none) */
	__u32 portid;      /* AF_NETLINK: the bound port id (0: unbound) */
	__u8  src[16];     /* inet: local address (AF_INET: 4 bytes) */
	__u8  dst[16];     /* inet: remote address */
	char  name[108];   /* AF_UNIX: the bound sun_path */
};

/* SCT_BF_FD_EVENTFD: struct eventfd_ctx's state at the call */
struct sct_fd_eventfd {
	__u64 count;
	__u32 flags;       /* EFD_SEMAPHORE... */
	__s32 id;
};

#define SCT_MSG_CONTROL_MAX 1024

#define SCT_IOV_MAX 32  /* iovec elements captured (strace shows -s of them) */
enum sct_iov_mode {
	SCT_IOV_IN = 0,     /* buffers the kernel reads (writev): each whole */
	SCT_IOV_OUT,        /* buffers the kernel filled (readv): `ret` bytes in all */
	SCT_IOV_NODATA,     /* only the iovecs (process_vm_*'s remote side) */
};

/* or'ed into sct_argcap.kind: the argument may not be a pointer at all
 * (fcntl's, ioctl's, prctl's third argument): a failed read is expected
 * and not counted as unreadable */
#define SCT_CAP_OPTIONAL 0x80

struct sct_argcap {
	__u8  kind;    /* enum sct_cap_kind, | SCT_CAP_OPTIONAL */
	__u8  lenarg;  /* for BUF_IN / SOCKADDR_IN: which arg holds the length */
	__u16 size;    /* for STRUCT_*: bytes */
	struct {       /* SCT_CAP_DEREF */
		__u8  ptr_off;   /* the pointer's offset in the struct */
		__u8  len_off;   /* the element count's offset; SCT_DEREF_FIXED: none */
		__u8  len_size;  /* its width: 2, 4 or 8 bytes */
		__u8  elem;      /* bytes per element */
		__u16 inner;     /* bytes to read (fixed), or at most (counted) */
		__u16 pad;
	} deref;
};
#define SCT_DEREF_FIXED 0xff

/* Roles of syscalls the kernel side treats apart (its rodata
 * syscall_roles[compat][nr]), set by name from the syscall tables */
#define SCT_ROLE_EXEC     0x01  /* execve, execveat: strings gone at exit */
#define SCT_ROLE_EXECAT   0x02  /* execveat: the path after a dirfd */
#define SCT_ROLE_COMM     0x04  /* may change the comm (--comm decides at exit) */
#define SCT_ROLE_FORK     0x08  /* a new task's first return is its parent's call */
#define SCT_ROLE_SIGFRAME 0x10  /* rt_sigreturn: the mask restored from the frame */

/*
 * Nested captures: data two (or more) pointers deep, such as bpf(2)'s
 * BPF_PROG_LOAD license string inside union bpf_attr, or io_uring_enter's
 * sigmask inside struct io_uring_getevents_arg.  A rule says: in the memory
 * `parent` points to (an argument, or what an earlier rule followed), at
 * byte ptr_off is a pointer; capture what it points to -- a string, or
 * bytes whose length is fixed, a field of the parent (len_off, len_size
 * bytes wide) or an argument, times elem -- when the command argument
 * selects it ((args[sel_arg] & sel_mask) == sel_val; sel_mask 0: always).
 * Rules are walked in order, at most SCT_NEST_MAX per syscall; each makes
 * at most one blob (arg SCT_NEST_ARG, kind SCT_CAP_NEST, idx the rule's
 * index; aux: the pointer; TRUNC: longer than max).
 */
#define SCT_NEST_MAX     32    /* a power of 2 */
#define SCT_NEST_ARG     8     /* sct_blob.arg of nested captures */
#define SCT_NEST_RULE    8     /* parent >= this: rule parent - 8's data */
enum sct_nest_mode {
	SCT_NEST_NONE = 0,  /* an unused slot */
	SCT_NEST_BYTES,     /* len bytes, at most max */
	SCT_NEST_STR,       /* NUL-terminated, at most max bytes (0: -s) */
	SCT_NEST_PTRS,      /* parent + ptr_off is an array of pointers (count:
	                     * args[len_off] with LEN_ARG, or the len_size-byte
	                     * field at parent + len_off), each to elem bytes:
	                     * one blob per element e < SCT_NEST_ELEMS (arg
	                     * SCT_NEST_ARG + 1 + k, idx e; aux: the pointer;
	                     * PARTIAL: the array was unreadable from here, aux:
	                     * that address).  One such rule per syscall; a later
	                     * rule whose parent is it applies to each element
	                     * (its blobs: arg SCT_NEST_ARG + 1 + its index, idx e) */
	SCT_NEST_LIST,      /* a chain of structs of elem bytes (at most 256):
	                     * element 0 is the parent, element e + 1 the one the
	                     * pointer at byte ptr_off of element e points to,
	                     * until NULL, an unreadable one, or SCT_NEST_ELEMS;
	                     * blobs and later rules as SCT_NEST_PTRS's (aux:
	                     * the element's address; PARTIAL: unreadable there) */
};
#define SCT_NEST_ELEMS   32    /* SCT_NEST_PTRS elements captured at most */
#define SCT_NEST_OUT     0x1   /* written by the kernel: read at exit, on success */
#define SCT_NEST_LEN_ARG 0x2   /* the count is args[len_off] */
#define SCT_NEST_EXIT    0x8   /* a buffer the kernel may fill, success or not:
                                * read at exit only */
#define SCT_NEST_AT_PTR  0x10  /* SCT_NEST_PTRS: the array is behind the pointer at
                                * parent + ptr_off (else at parent + ptr_off) */
#define SCT_NEST_ELEM_STR 0x20 /* SCT_NEST_PTRS: each element a string (-s), not
                                * elem bytes */
#define SCT_NEST_SEL_FIELD 0x4 /* selected by a u32 field at sel_arg's byte offset
                                * in the parent (not by an argument) */
struct sct_nest {
	__u8  mode;      /* enum sct_nest_mode */
	__u8  flags;     /* SCT_NEST_* */
	__u8  parent;    /* argument 0..5, or SCT_NEST_RULE + an earlier rule */
	__u8  sel_arg;   /* the selecting argument */
	__u32 sel_mask;
	__u32 sel_val;
	__u16 ptr_off;   /* the pointer's byte offset in the parent */
	__u16 len_off;   /* the count's byte offset in the parent (LEN_ARG: argument) */
	__u8  len_size;  /* the count's width: 1, 2, 4, 8; 0: always max bytes */
	__u8  pad;
	__u16 elem;      /* bytes per counted element (0: 1) */
	__u16 max;       /* bytes captured at most (STR: 0 is -s) */
	__u16 pad2;
};

/* flags of struct sct_sysspec */
#define SCT_SPEC_ENTRY   0x1  /* send an SCT_REC_ENTER record at entry (may block) */
#define SCT_SPEC_EXEC    0x2  /* execve/execveat: capture at entry, memory is gone at exit */
#define SCT_SPEC_ENTRY_FD 0x4 /* ...the entry record only if arg 0 is not a regular file's fd */
#define SCT_SPEC_DIRENTS 0x8  /* getdents(64): only SCT_CAP_DIRENTS, on arg 1 */
#define SCT_SPEC_FDS     0x10 /* -y: fds to resolve (fdargs, fdret, fdlist) */

/* -y: fds in the memory an argument points to (pipe's int[2], landlock's
 * parent_fd, io_uring's fd arrays); their blobs: idx 1 + k */
#define SCT_FDLIST_MAX   32
#define SCT_FDLIST_EXIT  0x1  /* read at exit, on success (pipe); else at entry */
#define SCT_FDLIST_ARRAY 0x2  /* n ints from off[0]; else one int at each off[0..n) */
#define SCT_FDLIST_NFROM 0x4  /* ARRAY: n is args[nfrom] (capped at SCT_FDLIST_MAX) */
#define SCT_FDLIST_CMSG  0x8  /* the argument is a struct user_msghdr: the fds of
                               * its SOL_SOCKET SCM_RIGHTS / SCM_PIDFD control
                               * messages, in order, at most SCT_FDLIST_CMSG_MAX */
#define SCT_FDLIST_CMSG_MAX 8
#define SCT_FDLIST_DEREF 0x10 /* ARRAY: the ints are behind the pointer (u64) at
                               * ptr_off of what the argument points to */
#define SCT_FDLIST_NFIELD 0x20 /* ARRAY: n is the u32 at cnt_off of what the
                                * argument points to (capped) */
struct sct_fdlist {
	__u8  arg;     /* the argument (a pointer) */
	__u8  flags;   /* SCT_FDLIST_*; 0 with n 0: none */
	__u8  n;       /* (ARRAY with NFROM/NFIELD: at least this many) */
	__u8  nfrom;
	__u16 off[8];  /* byte offsets */
	/* a variant of sct_sysspec.fdalt[]: chosen when
	 * (args[sel_arg] & sel_mask) == sel_val (the command's layout) */
	__u32 sel_mask;
	__u32 sel_val;
	__u8  sel_arg;
	__u8  pad;
	__u16 stride;  /* ARRAY: bytes from one fd to the next (0: 4) */
	__u16 ptr_off; /* SCT_FDLIST_DEREF */
	__u16 cnt_off; /* SCT_FDLIST_NFIELD */
};
#define SCT_FDLIST_ALTS 4   /* sct_sysspec.fdalt[] */

struct sct_sysspec {
	struct sct_argcap arg[SCT_MAX_ARGS];
	__u32 flags;
	__u32 ncap;    /* how many args have kind != NONE (at least 1 with nested
	                * captures; 0: nothing to read) */
	__u32 nwalk;   /* the last such argument's index + 1: the args walked */
	__u8  fdargs;       /* -y: bit i: argument i is an fd, resolved at entry */
	__u8  fdret;        /* -y: the return value is an fd, resolved at exit */
	__u8  fdcwd;        /* -y: bit i: argument i may be AT_FDCWD (the cwd) */
	__u8  cwdpath;      /* JSON -y: a path argument relative to the cwd
	                     * (no dirfd): the cwd, resolved at entry */
	struct sct_fdlist fdlist;  /* -y */
	struct sct_fdlist fdalt[SCT_FDLIST_ALTS];  /* -y: used instead of fdlist
	                                            * when one's selector matches
	                                            * (at entry only) */
	__u32 nnest;               /* rules in nest[] */
	__u32 pad;
	struct sct_nest nest[SCT_NEST_MAX];
};

/*
 * In-kernel aggregation for -c / --histogram / --summary-by (per-CPU maps;
 * userspace adds the CPUs up).  Durations are log2-bucketed: bucket b holds
 * calls with 2^(b-1) <= ns < 2^b (bucket 0: 0 ns).
 */
#define SCT_HIST_BUCKETS 48
struct sct_stat {
	__u64 calls;
	__u64 errors;
	__u64 wall_ns;   /* entry to exit */
	__u64 cpu_ns;    /* on-CPU time inside the call (strace -c's default) */
};

struct sct_stat_hist {
	struct sct_stat s;
	__u64 hist[SCT_HIST_BUCKETS];  /* wall time, log2 ns buckets */
};

/* --summary-by: key of the `group_stats` hash */
struct sct_group_key {
	__u32 pid;                /* 0 when grouping by comm */
	__s32 nr;
	char comm[SCT_COMM_LEN];  /* empty when grouping by pid */
};

enum sct_summary_by { SCT_BY_NONE = 0, SCT_BY_PID, SCT_BY_COMM };
enum sct_ret_filter { SCT_RET_ALL = 0, SCT_RET_OK, SCT_RET_FAILED };  /* -z, -Z */

/* Per-CPU counters (array map `counters`, one slot each). */
enum sct_counter {
	SCT_CNT_LOST = 0,      /* records dropped: ring buffer full */
	SCT_CNT_ENTRY_FULL,    /* entries dropped: per-thread map full */
	SCT_CNT_BLOB_FAULT,    /* strings/buffers unreadable at exit (printed as addresses) */
	SCT_CNT_BLOB_TRUNC,    /* records whose blobs did not all fit */
	SCT_CNT_MAX,
};

#endif /* SCTRACE_H */
