// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * sctrace kernel side: raw_syscalls sys_enter/sys_exit.
 *
 * sys_enter: filters first (self, syscall set, pid set, comm), then the
 * arguments go into `inflight` keyed by thread id.  sys_exit pairs them,
 * captures user memory as the syscall's spec says, and sends one record
 * through the ring buffer.  Calls that may block (and execve) also send an
 * entry record so userspace can show them while they block.
 * sched_process_fork/exit/exec keep the pid set and `inflight` right.
 */
#include "sctrace.bpf.h"
#include "../include/sctrace.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* Settings, fixed before load (rodata). */
const volatile __u32 self_tgid = 0;
const volatile bool filter_pids = false;     /* only tgids in `pid_bits` */
const volatile bool follow_forks = false;    /* -f: children join `pid_bits` */
const volatile __u32 ncomms = 0;             /* --comm: match any of comms[] */
const volatile __u32 nexcluded = 0;          /* system-wide, not to a file: */
const volatile __u32 excluded[SCT_MAX_EXCLUDED] = {}; /* who shows the trace */
const volatile char comms[SCT_MAX_COMMS][SCT_COMM_LEN] = {};
const volatile bool send_idents = false;     /* SCT_REC_IDENT: container, ns pids */
const volatile __u32 ncgroups = 0;           /* --cgroup, --container: tasks in */
const volatile __u64 cgroup_ids[SCT_MAX_CGROUPS] = {};    /* cgroup_ids[i] or below, */
const volatile __u32 cgroup_levels[SCT_MAX_CGROUPS] = {}; /* at level cgroup_levels[i] */
const volatile bool filter_syscalls = false; /* -e trace=: only bits in syscall_mask */
const volatile __u64 syscall_mask[SCT_MAX_SYSCALLS / 64] = {};
const volatile __u64 syscall_mask_i386[SCT_MAX_SYSCALLS / 64] = {}; /* same set, ia32 numbers */
const volatile __u32 strsize = 32;           /* -s */
const volatile __u64 wakeup_bytes = 0;       /* wake the consumer past this fill */
const volatile bool emit_events = true;      /* send records (off for -c alone) */
const volatile bool aggregate = false;       /* -c, --histogram: syscall_stats */
const volatile __u8 summary_by = SCT_BY_NONE;/* --summary-by: group_stats */
const volatile __u8 ret_filter = SCT_RET_ALL;/* -z / -Z, decided at exit */
/* -e read=/write= (strace's dumpio): the calls in dump_*_mask capture the
 * data they moved on an fd of the set, not -s bytes (see dump_max()) */
const volatile __u64 dump_read_mask[SCT_MAX_SYSCALLS / 64] = {};
const volatile __u64 dump_write_mask[SCT_MAX_SYSCALLS / 64] = {};
const volatile __u64 dump_read_fds[16] = {};  /* fds 0..1023 */
const volatile __u64 dump_write_fds[16] = {};
const volatile __u8 dump_high_fds = 0;       /* fds > 1023: 1 read set, 2 write set */
const volatile bool stack_trace = false;     /* -k (sctrace_stack.bpf.h) */
const volatile bool dump_any = false;        /* some fd in either set: else the
                                              * verifier drops dump_max()'s paths */
/* The clock costs some 20 ns a read (a VM's kvmclock), twice a call: read
 * only where a call's time is shown or used (-t/-r/-T, JSON, -c, -y's fd
 * stash matching), and for the calls that may send an entry record (the
 * consumer shows them as blocked by their age).  Otherwise ts and dur_ns
 * are 0. */
const volatile bool need_time = true;
/* some traced syscall has nested capture rules: else the verifier drops
 * cap_nests()'s call (load time) */
const volatile bool nests_any = false;
/* Linux 6.18+ (bpf_task_work): strings on pages not in memory at sys_exit
 * are read again, faulting, before the call returns (late_str_defer()) */
const volatile bool late_strings = false;

/* CLOCK_MONOTONIC ns, set by userspace just before attach: a task that
 * started earlier may be inside a call that began before tracing did. */
volatile __u64 trace_start_ns = 0;
/* The launched command until its first exec, when this is cleared: our
 * own code runs between fork and execve (strace hides it too). */
volatile __u32 hidden_tgid = 0;

/* Syscalls by role (SCT_ROLE_*), [0] by x86_64 number, [1] by ia32
 * number: filled by name from the syscall tables before load, so that no
 * syscall number is written here */
const volatile __u8 syscall_roles[2][SCT_MAX_SYSCALLS] = {};

static __always_inline __u8 roles_of(long nr, bool compat)
{
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS)
		return 0;
	return syscall_roles[compat ? 1 : 0][nr & (SCT_MAX_SYSCALLS - 1)];
}

static __always_inline bool is_execve(long nr, bool compat)
{
	return roles_of(nr, compat) & SCT_ROLE_EXEC;
}

/* Per traced thread; kept between calls (active = 0) and rewritten in
 * place, which is cheaper than insert + delete on every call.  The entry
 * goes when the thread exits (sched_process_exit), so nothing leaks. */
struct inflight {
	__u64 ts;
	__u64 args[SCT_MAX_ARGS];
	__s32 nr;
	__u32 active;   /* INF_ACTIVE: a call is in progress; INF_EXEC_REFETCH */
	__u64 cpu_ns;   /* task's sum_exec_runtime at entry (aggregation only) */
	__u32 rec_flags;/* on_exit's record flags, passed through map memory */
	__u32 pad;
};

/*
 * The traced tgids, as a bitmap over every possible pid (pid_max bits:
 * 512 KiB for the usual 4M).  An array lookup is inlined by the verifier
 * into a bounds check and a load, so an untraced task costs a few
 * nanoseconds per syscall, where a hash lookup at entry and at exit cost
 * tens.  Bits are set before attach (launch, -p) and at fork (-f), and
 * cleared when the process is gone.
 */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 65536); /* pid_max / 64, set before load */
	__type(key, __u32);
	__type(value, __u64);
} pid_bits SEC(".maps");

/* inflight.active bits */
#define INF_ACTIVE        1
#define INF_EXEC_REFETCH  2  /* execve's strings were unreadable at entry */
#define INF_COMPAT        4  /* an ia32 syscall (decided at entry: a 32-bit
                              * execve returns as one) */
#define INF_COMM_AT_EXIT  8  /* --comm: a call that may change the comm
                              * (execve, prctl): filtered at exit instead */
/* Syscalls that send an entry record / capture memory: bitmaps filled from
 * the specs before load, so the hot path skips the spec lookup. */
const volatile __u64 entry_mask[SCT_MAX_SYSCALLS / 64] = {};
const volatile __u64 capture_mask[SCT_MAX_SYSCALLS / 64] = {};
const volatile __u64 entry_fd_mask[SCT_MAX_SYSCALLS / 64] = {};  /* SCT_SPEC_ENTRY_FD */

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 32768); /* resized before load */
	__type(key, __u32);         /* tid */
	__type(value, struct inflight);
} inflight SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 8 << 20); /* resized before load */
} rb SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SCT_MAX_SYSCALLS);
	__type(key, __u32);
	__type(value, struct sct_sysspec);
} sysspecs SEC(".maps");

/* A record is assembled here when it carries blobs (size not constant). */
#define SCRATCH_SIZE (2 * SCT_REC_MAX)
struct scratch { __u8 buf[SCRATCH_SIZE]; };
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch SEC(".maps");

/* A struct inflight built outside the stack (Linux 6.1 allows 512 bytes for
 * a program and the subprograms it calls together): the start of the
 * per-CPU scratch, which the record is assembled in only later. */
static __always_inline struct inflight *scratch_inflight(void)
{
	__u32 zero = 0;
	return bpf_map_lookup_elem(&scratch, &zero);
}

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SCT_MAX_SYSCALLS); /* 1 unless aggregating */
	__type(key, __u32);
	__type(value, struct sct_stat_hist);
} syscall_stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 16384);            /* 1 unless --summary-by */
	__type(key, struct sct_group_key);
	__type(value, struct sct_stat);
} group_stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SCT_CNT_MAX);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

static __always_inline void count(__u32 which)
{
	__u64 *c = bpf_map_lookup_elem(&counters, &which);
	if (c)
		(*c)++;
}

static __always_inline __u64 rb_flags(void)
{
	/* Waking the consumer per record costs microseconds; it polls on a
	 * short timer instead and is woken only when the ring fills up. */
	if (bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA) >= wakeup_bytes)
		return BPF_RB_FORCE_WAKEUP;
	return BPF_RB_NO_WAKEUP;
}

static __always_inline bool comm_matches(const char *comm)
{
	const __u64 *c = (const __u64 *)comm;
	for (__u32 i = 0; i < SCT_MAX_COMMS; i++) {
		if (i >= ncomms)
			break;
		const volatile __u64 *w = (const volatile __u64 *)comms[i];
		if (c[0] == w[0] && c[1] == w[1])
			return true;
	}
	return false;
}

static __always_inline bool in_pid_set(__u32 tgid)
{
	__u32 word = tgid / 64;
	__u64 *bits = bpf_map_lookup_elem(&pid_bits, &word);
	return bits && (*bits & (1ULL << (tgid % 64)));
}

static __always_inline void pid_set_add(__u32 tgid)
{
	__u32 word = tgid / 64;
	__u64 *bits = bpf_map_lookup_elem(&pid_bits, &word);
	if (bits)
		__sync_fetch_and_or(bits, 1ULL << (tgid % 64));
}

static __always_inline void pid_set_del(__u32 tgid)
{
	__u32 word = tgid / 64;
	__u64 *bits = bpf_map_lookup_elem(&pid_bits, &word);
	if (bits)
		__sync_fetch_and_and(bits, ~(1ULL << (tgid % 64)));
}

/* A read/write on a regular file does not block for long: no entry record
 * (and no "<unfinished ...>") for it, only for pipes, sockets, ttys... */
#define SCT_S_IFMT  00170000
#define SCT_S_IFREG 0100000
static __always_inline bool fd_is_regular_file(__u64 fd)
{
	/* the task as a BTF pointer: down to the fd array, plain loads
	 * (each probe read costs about 10 ns, at every read and write) */
	struct task_struct *t = bpf_get_current_task_btf();
	struct files_struct *files = t->files;
	struct fdtable *fdt = files ? files->fdt : NULL;
	if (!fdt || fd >= fdt->max_fds)
		return false;
	struct file **fds = fdt->fd;
	struct file *f = NULL;
	if (bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]) || !f)
		return false;
	return (BPF_CORE_READ(f, f_inode, i_mode) & SCT_S_IFMT) == SCT_S_IFREG;
}

static __always_inline bool mask_has(const volatile __u64 *mask, long nr)
{
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS)
		return false;
	return mask[(nr >> 6) & (SCT_MAX_SYSCALLS / 64 - 1)] & (1ULL << (nr & 63));
}

/* --cgroup: is the current task in one of the cgroups, or below one?
 * (its ancestor at that cgroup's level is that cgroup) */
static __always_inline bool in_cgroups(void)
{
	for (__u32 i = 0; i < SCT_MAX_CGROUPS && i < ncgroups; i++)
		if (bpf_get_current_ancestor_cgroup_id(cgroup_levels[i]) == cgroup_ids[i])
			return true;
	return false;
}

/* The pid filters: a few loads, the first a task not traced meets */
static __always_inline bool task_in_pid_sets(__u32 tgid)
{
	if (tgid == self_tgid)
		return false;
	if (filter_pids && !in_pid_set(tgid))
		return false;
	for (__u32 i = 0; i < SCT_MAX_EXCLUDED && i < nexcluded; i++)
		if (tgid == excluded[i])
			return false;
	return true;
}

/* The cheap filters, in cost order; true when this task's call is traced. */
static __always_inline bool task_traced_by_pid(__u32 tgid)
{
	return task_in_pid_sets(tgid) && (!ncgroups || in_cgroups());
}

/* The current task's comm into dst (SCT_COMM_LEN bytes): two loads through
 * the task's BTF pointer, cheaper than bpf_get_current_comm()'s helper call
 * and strscpy; the kernel keeps the comm NUL-padded (strscpy_pad) */
static __always_inline void current_comm(char *dst)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__builtin_memcpy(dst, t->comm, SCT_COMM_LEN);
}

static __always_inline bool current_comm_matches(void)
{
	char comm[SCT_COMM_LEN];
	current_comm(comm);
	return comm_matches(comm);
}

static __always_inline bool task_traced(__u32 tgid)
{
	return task_traced_by_pid(tgid) && (!ncomms || current_comm_matches());
}

/* --comm filters a call by the comm it has at exit: the calls that can
 * change it (execve, execveat, prctl's PR_SET_NAME) are decided there */
static __always_inline bool may_change_comm(long nr, bool compat)
{
	return roles_of(nr, compat) & SCT_ROLE_COMM;
}

static __always_inline bool syscall_traced(long nr, bool compat)
{
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS)
		return !filter_syscalls;
	if (!filter_syscalls)
		return true;
	const volatile __u64 *mask = compat ? syscall_mask_i386 : syscall_mask;
	return mask[(nr >> 6) & (SCT_MAX_SYSCALLS / 64 - 1)] & (1ULL << (nr & 63));
}

static __always_inline bool is_compat(void)
{
	/* TS_COMPAT in thread_info.status marks an ia32 syscall in progress. */
	return bpf_get_current_task_btf()->thread_info.status & 0x0002;
}

/* ---- user memory capture into the scratch record ---- */

/*
 * The capture state (write offset = r->hdr.size, blob count, "full" flag)
 * lives in the record itself, in map memory, not in registers: the
 * verifier then sees the offset as one bounded unknown on every path and
 * can prune, instead of exploring each combination of blob sizes.
 */
struct cap {
	struct sct_syscall *r;
	__u8 *buf;
	bool optional;   /* this argument may not be a pointer: faults are expected */
};

static __always_inline bool cap_full(struct cap *c)
{
	return c->r->flags & SCT_SF_TRUNC;
}

/* Reserve a blob header at the write offset; NULL when the record is full. */
static __always_inline struct sct_blob *blob_begin(struct cap *c, __u8 arg, __u8 kind, __u8 idx)
{
	__u32 off = c->r->hdr.size;
	if (off > SCT_REC_MAX - sizeof(struct sct_blob) - SCT_BLOB_MAX) {
		c->r->flags |= SCT_SF_TRUNC;
		return NULL;
	}
	/* the compiler would drop the mask as redundant; the verifier needs it */
	barrier_var(off);
	struct sct_blob *b = (void *)(c->buf + (off & (SCT_REC_MAX - 1)));
	b->arg = arg;
	b->kind = kind;
	b->flags = 0;
	b->idx = idx;
	b->len = 0;
	b->aux = 0;
	return b;
}

static __always_inline void blob_end(struct cap *c, struct sct_blob *b)
{
	if ((b->flags & SCT_BF_FAULT) && !c->optional) {
		/* counted when final: an entry record's fault is read again at
		 * exit (or at exec) */
		if (c->r->hdr.type == SCT_REC_SYSCALL)
			count(SCT_CNT_BLOB_FAULT);
		c->r->flags |= SCT_SF_FAULT;
	}
	c->r->hdr.size += sizeof(*b) + SCT_BLOB_ALIGN(b->len & (SCT_BLOB_MAX * 2 - 1));
	c->r->hdr.nblobs++;
}

static __always_inline __u8 *blob_data(struct cap *c)
{
	__u32 off = c->r->hdr.size + sizeof(struct sct_blob);
	barrier_var(off);
	return c->buf + (off & (SCT_REC_MAX - 1));
}

/* A string blob's flags and length from what a string read returned (n:
 * the length + 1, or < 0), read_max and keep_max as cap_string_from's. */
static __always_inline void string_blob_done(struct sct_blob *b, long n, __u32 read_max,
					     __u32 keep_max)
{
	if (n < 0) {
		b->flags = SCT_BF_FAULT;
		return;
	}
	__u32 len = n > 0 ? n - 1 : 0;
	bool full = (__u32)n >= read_max;
	b->flags = 0;
	if (len >= keep_max || full) {
		b->flags = SCT_BF_TRUNC;
		if (len >= keep_max)
			len = keep_max ? keep_max - 1 : 0;
	}
	b->len = len;
}

/*
 * A NUL-terminated string: read up to `read_max` bytes (NUL included),
 * keep at most `keep_max` of them (keep_max <= read_max).  Returns what the
 * read returned (the length + 1, or < 0): callers walking packed strings
 * need the whole length even when they keep only the start.  one_past (a
 * constant): read one byte more than kept, so that a full read means a
 * longer string (a path of exactly PATH_MAX - 1 bytes is whole).
 */
static __always_inline long cap_string_from(struct cap *c, __u8 arg, __u8 kind, __u8 idx,
					    __u64 ptr, __u32 read_max, __u32 keep_max, bool user,
					    bool one_past)
{
	struct sct_blob *b = blob_begin(c, arg, kind, idx);
	if (!b)
		return -1;
	if (read_max > SCT_BLOB_MAX)
		read_max = SCT_BLOB_MAX;
	if (keep_max > SCT_BLOB_MAX)
		keep_max = SCT_BLOB_MAX;
	if (one_past)
		read_max = keep_max + 1;
	if (read_max == 0)
		read_max = 1;
	read_max &= SCT_BLOB_MAX * 2 - 1;
	long n = user ? bpf_probe_read_user_str(blob_data(c), read_max, (void *)ptr)
		      : bpf_probe_read_kernel_str(blob_data(c), read_max, (void *)ptr);
	if (one_past && n < 0 && user) {
		/* the byte past may be on an unmapped page: what is kept */
		read_max = keep_max & (SCT_BLOB_MAX * 2 - 1);
		n = bpf_probe_read_user_str(blob_data(c), read_max, (void *)ptr);
	}
	string_blob_done(b, n, read_max, keep_max);
	if (kind == SCT_CAP_ARGV || kind == SCT_CAP_NEST)
		b->aux = ptr;  /* an unreadable element prints as its address */
	else if (n < 0 && user && late_strings && !c->optional &&
		 (kind == SCT_CAP_PATH || kind == SCT_CAP_STR)) {
		/* a page not faulted in yet: read again before the call
		 * returns to user mode (late_str_defer()) */
		b->aux = ptr;
		c->r->flags |= SCT_SF_LATE_STR;
	}
	blob_end(c, b);
	return n;
}

/* A NUL-terminated user string of at most `max` bytes (NUL included). */
static __always_inline void cap_string(struct cap *c, __u8 arg, __u8 kind, __u8 idx,
				       __u64 ptr, __u32 max)
{
	cap_string_from(c, arg, kind, idx, ptr, max, max, true, false);
}

/* `len` bytes (shown up to `max`, flagged TRUNC beyond). */
static __always_inline void cap_bytes_idx(struct cap *c, __u8 arg, __u8 kind, __u8 idx,
					  __u64 ptr, __u64 len, __u32 max)
{
	bool partial = kind == SCT_CAP_STRUCT_IN || kind == SCT_CAP_STRUCT_OUT ||
		       (kind == SCT_CAP_DEREF && idx == 0) || kind == SCT_CAP_NEST;
	struct sct_blob *b = blob_begin(c, arg, kind, idx);
	if (!b)
		return;
	if (max > SCT_BLOB_MAX)
		max = SCT_BLOB_MAX;
	__u32 n = len > max ? max : len;
	if (len > max)
		b->flags = SCT_BF_TRUNC;
	b->aux = len;
	/* the compiler knows n <= SCT_BLOB_MAX already; the verifier must see it */
	barrier_var(n);
	n &= SCT_BLOB_MAX * 2 - 1;
	if (n && bpf_probe_read_user(blob_data(c), n, (void *)ptr) < 0) {
		/* a struct running into an unreadable page: its start */
		__u32 head = 4096 - (ptr & 4095);
		if (partial && head < n) {
			barrier_var(head);
			head &= SCT_BLOB_MAX - 1;
			if (head && bpf_probe_read_user(blob_data(c), head, (void *)ptr) == 0) {
				b->flags = SCT_BF_PARTIAL;
				b->len = head;
				blob_end(c, b);
				return;
			}
		}
		b->flags = SCT_BF_FAULT;
	} else {
		b->len = n;
	}
	blob_end(c, b);
}

static __always_inline void cap_bytes(struct cap *c, __u8 arg, __u8 kind, __u64 ptr,
				      __u64 len, __u32 max)
{
	cap_bytes_idx(c, arg, kind, 0, ptr, len, max);
}

/* SCT_CAP_DEREF: the struct, then what its pointer points to */
static __always_inline void cap_deref(struct cap *c, __u8 arg, const struct sct_argcap *ac,
				      __u64 p)
{
	__u64 inner = 0, n = ac->deref.inner;
	cap_bytes_idx(c, arg, SCT_CAP_DEREF, 0, p, ac->size, ac->size);
	if (bpf_probe_read_user(&inner, sizeof(inner), (void *)(p + ac->deref.ptr_off)) < 0 ||
	    !inner)
		return;
	if (ac->deref.len_off != SCT_DEREF_FIXED) {
		__u64 cnt = 0;
		__u32 w = ac->deref.len_size;
		if (w > 8)
			w = 8;
		if (bpf_probe_read_user(&cnt, w & 15, (void *)(p + ac->deref.len_off)) < 0)
			return;
		if (cnt * ac->deref.elem < n)
			n = cnt * ac->deref.elem;
	}
	/* the inner pointer may be garbage (setsockopt's optval for other
	 * options): a fault there is not an unreadable argument */
	bool opt = c->optional;
	c->optional = true;
	cap_bytes_idx(c, arg, SCT_CAP_DEREF, 1, inner, n, SCT_BLOB_MAX);
	c->optional = opt;
}

/*
 * execve's argv: each string up to -s, and whether more elements exist.
 * Strings are read with room for -s + 1 characters and the NUL: a string
 * of exactly -s characters is then told apart from a longer one.
 */
/* One argv element; false when the walk is over. */
static __always_inline bool argv_elem(struct cap *c, __u8 arg, __u64 ptr, __u32 i)
{
	__u64 elem = 0;
	if (bpf_probe_read_user(&elem, sizeof(elem), (void *)(ptr + i * 8)) < 0) {
		/* the array itself ends in an unreadable page: strace shows
		 * "... / * address * /" (aux) after the elements read */
		struct sct_blob *b = i ? blob_begin(c, arg, SCT_CAP_ARGV, SCT_ARGV_MAX + 1) : NULL;
		if (b) {
			b->flags = SCT_BF_FAULT;
			b->aux = ptr + i * 8;
			blob_end(c, b);
		}
		return false;
	}
	if (!elem) {
		if (i == 0) {
			/* an empty argv, told apart from an unreadable one */
			struct sct_blob *b = blob_begin(c, arg, SCT_CAP_COUNT, 0);
			if (b)
				blob_end(c, b);
		}
		return false;
	}
	cap_string(c, arg, SCT_CAP_ARGV, i, elem, strsize + 2);
	return !cap_full(c);
}

struct argv_walk {
	struct cap *c;
	__u64 ptr;
	__u32 n;      /* elements walked */
	__u8 arg;
};

static long argv_step(__u32 i, void *ctx)
{
	struct argv_walk *w = ctx;
	if (!argv_elem(w->c, w->arg, w->ptr, i))
		return 1;
	w->n = i + 1;
	return 0;
}

static __always_inline void cap_argv(struct cap *c, __u8 arg, __u64 ptr)
{
	__u32 n = 0;
	/* bpf_loop (5.17+) has its callback verified once, where the bounded
	 * loop is walked 32 times by the verifier: most of sys_enter's load
	 * time.  The check is a CO-RE constant: one branch is dead code. */
	if (bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_loop)) {
		struct argv_walk w = { .c = c, .ptr = ptr, .n = 0, .arg = arg };
		bpf_loop(SCT_ARGV_MAX, argv_step, &w, 0);
		n = w.n;
	} else {
		for (; n < SCT_ARGV_MAX; n++)
			if (!argv_elem(c, arg, ptr, n))
				break;
	}
	if (n < SCT_ARGV_MAX)
		return;
	/* more elements than captured: an empty element with aux=1 says so */
	__u64 elem = 0;
	if (bpf_probe_read_user(&elem, sizeof(elem), (void *)(ptr + SCT_ARGV_MAX * 8)) == 0 && elem) {
		struct sct_blob *b = blob_begin(c, arg, SCT_CAP_ARGV, SCT_ARGV_MAX);
		if (b) {
			b->flags = SCT_BF_TRUNC;
			blob_end(c, b);
		}
	}
}

/* envp: only how many there are (strace: 0x7ffe... / * 37 vars * /). */
#define SCT_COUNT_MAX 1024
struct count_walk {
	__u64 ptr;
	__u32 n;        /* non-NULL elements seen */
	__s32 state;    /* 0: going, 1: NULL found, -1: unreadable */
};

static long count_step(__u32 i, void *ctx)
{
	struct count_walk *w = ctx;
	__u64 elem = 0;
	if (bpf_probe_read_user(&elem, sizeof(elem), (void *)(w->ptr + i * 8)) < 0) {
		w->state = -1;
		return 1;
	}
	if (!elem) {
		w->state = 1;
		return 1;
	}
	w->n = i + 1;
	return 0;
}

static __always_inline void cap_count(struct cap *c, __u8 arg, __u64 ptr)
{
	struct sct_blob *b = blob_begin(c, arg, SCT_CAP_COUNT, 0);
	if (!b)
		return;
	struct count_walk w = { .ptr = ptr, .n = 0, .state = 0 };
	if (bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_loop)) {
		bpf_loop(SCT_COUNT_MAX, count_step, &w, 0);  /* see cap_argv() */
	} else {
		for (__u32 i = 0; i < SCT_COUNT_MAX; i++)
			if (count_step(i, &w))
				break;
	}
	if (w.state < 0 && !w.n)
		b->flags = SCT_BF_FAULT;
	else if (w.state < 0)
		b->flags = SCT_BF_PARTIAL;  /* strace: "N vars, unterminated" */
	else if (w.state == 0)
		b->flags = SCT_BF_TRUNC;
	b->aux = w.n;
	blob_end(c, b);
}

/* getdents: strace prints only how many entries came back, so count them
 * here (d_reclen is at offset 16 in both dirent layouts) instead of
 * copying up to 32K of names. */
#define SCT_DIRENTS_MAX 1024
struct dirents_walk {
	__u64 ptr;
	__u64 end;      /* the bytes the call returned */
	__u64 off;      /* the next entry's offset */
	__u64 n;        /* entries counted */
	bool fault;
};

static long dirents_step(__u32 i, void *ctx)
{
	struct dirents_walk *w = ctx;
	__u16 reclen = 0;
	if (w->off + 18 > w->end)
		return 1;
	if (bpf_probe_read_user(&reclen, sizeof(reclen), (void *)(w->ptr + w->off + 16))) {
		w->fault = true;
		return 1;
	}
	w->n++;
	if (!reclen)
		return 1;
	w->off += reclen;
	return 0;
}

static __always_inline void cap_dirents(struct cap *c, __u8 arg, __u64 ptr, __s64 ret)
{
	struct sct_blob *b = blob_begin(c, arg, SCT_CAP_DIRENTS, 0);
	if (!b)
		return;
	struct dirents_walk w = { .ptr = ptr, .end = ret };
	/* bpf_loop: the step is verified once, not 1024 times (a third of
	 * sys_exit's verification otherwise); see cap_argv() */
	if (bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_loop)) {
		bpf_loop(SCT_DIRENTS_MAX, dirents_step, &w, 0);
	} else {
		for (__u32 i = 0; i < SCT_DIRENTS_MAX; i++)
			if (dirents_step(i, &w))
				break;
	}
	if (w.fault)
		b->flags = SCT_BF_FAULT;
	else if (w.off < w.end)
		b->flags = SCT_BF_TRUNC;
	b->aux = w.n;
	blob_end(c, b);
}

/*
 * -e read=/write=: the bytes of a buffer that the exit record of a dumped
 * call (its fd, args[0], in the set) keeps: up to a blob, as far as the
 * record has room once `later` bytes are kept for blobs still to come
 * (DUMP_SLACK more for -y's paths); strsize for every other call.
 */
#define DUMP_SLACK 1024
static __always_inline __u32 dump_max(struct cap *c, __u32 later)
{
	if (!dump_any)
		return strsize;
	struct sct_syscall *r = c->r;
	if (r->hdr.type != SCT_REC_SYSCALL || (r->flags & SCT_SF_COMPAT))
		return strsize;
	bool rd = mask_has(dump_read_mask, r->nr);
	if (!rd && !mask_has(dump_write_mask, r->nr))
		return strsize;
	__s32 fd = r->args[0];
	__u64 bits;
	if (fd < 0)
		return strsize;
	if (fd > 1023)
		bits = dump_high_fds & (rd ? 1 : 2);
	else if (rd)
		bits = dump_read_fds[(fd >> 6) & 15] >> (fd & 63);
	else
		bits = dump_write_fds[(fd >> 6) & 15] >> (fd & 63);
	if (!(bits & 1))
		return strsize;
	__u32 lim = SCT_REC_MAX - SCT_BLOB_MAX - DUMP_SLACK - 64;
	__u32 used = r->hdr.size + later;
	if (used >= lim)
		return strsize;
	__u32 room = lim - used;
	if (room > SCT_BLOB_MAX)
		room = SCT_BLOB_MAX;
	return room > strsize ? room : strsize;
}

/*
 * An iovec array: each element's iovec and the start of its buffer, in one
 * blob per element (see SCT_CAP_IOV), then a marker blob.  Walked with
 * bpf_loop only (its callback is verified once); without it nothing is
 * captured and the array prints as its address.
 */
struct iov_walk {
	struct cap *c;
	__u64 ptr;
	__u64 cnt;
	__u64 budget;   /* SCT_IOV_OUT: bytes the call returned, not yet shown */
	__u32 n;        /* elements captured */
	__u8 arg;
	__u8 mode;
	__u8 fault;
};

static long iov_step(__u32 i, void *ctx)
{
	struct iov_walk *w = ctx;
	struct cap *c = w->c;
	__u64 v[2];

	if (i >= w->cnt || i >= SCT_IOV_MAX)
		return 1;
	if (bpf_probe_read_user(v, sizeof(v), (void *)(w->ptr + (__u64)i * 16)) < 0) {
		w->fault = 1;
		return 1;
	}
	struct sct_blob *b = blob_begin(c, w->arg, SCT_CAP_IOV, i);
	if (!b)
		return 1;
	__u8 *d = blob_data(c);
	__builtin_memcpy(d, v, sizeof(v));
	__u64 want = w->mode == SCT_IOV_NODATA ? 0 : v[1];
	if (w->mode == SCT_IOV_OUT) {
		if (want > w->budget)
			want = w->budget;
		w->budget -= want;
	}
	/* -e read=/write=: more, keeping -s bytes for each later element */
	__u64 left = (w->cnt < SCT_IOV_MAX ? w->cnt : SCT_IOV_MAX) - i - 1;
	__u32 max = want > strsize ? dump_max(c, left * (48 + SCT_BLOB_ALIGN(strsize))) : strsize;
	__u32 n = want > max ? max : want;
	if (n > SCT_BLOB_MAX - 16)
		n = SCT_BLOB_MAX - 16;
	b->aux = want;
	b->len = 16;
	barrier_var(n);
	n &= SCT_BLOB_MAX - 1;
	if (n) {
		if (bpf_probe_read_user(d + 16, n, (void *)v[0]) < 0)
			b->flags = SCT_BF_FAULT;
		else
			b->len = 16 + n;
	}
	blob_end(c, b);
	w->n = i + 1;
	return cap_full(c) ? 1 : 0;
}

/*
 * The iovec walk into the record assembled in s; arg_mode: the argument's
 * index | mode << 8 | optional << 16 (a global function takes five
 * arguments); budget: what the call returned (SCT_IOV_OUT).  Global: the
 * verifier checks it once per program, not at each of its three call
 * sites with each one's constants.  Returns 0.
 */
__noinline int sct_cap_iov(struct scratch *s, __u32 arg_mode, __u64 ptr, __u64 cnt, __u64 budget)
{
	if (!s)
		return 0;
	struct cap cs = { .r = (void *)s->buf, .buf = s->buf, .optional = arg_mode >> 16 };
	struct cap *c = &cs;
	__u8 arg = arg_mode;
	struct iov_walk w = { .c = c, .ptr = ptr, .cnt = cnt, .arg = arg, .mode = arg_mode >> 8,
			      .budget = budget };
	bpf_loop(SCT_IOV_MAX, iov_step, &w, 0);
	struct sct_blob *b = blob_begin(c, arg, SCT_CAP_IOV, SCT_IOV_MAX);
	if (!b)
		return 0;
	if (w.fault)
		b->flags = SCT_BF_FAULT;
	else if (cnt > SCT_IOV_MAX && w.n == SCT_IOV_MAX)
		b->flags = SCT_BF_TRUNC;
	b->aux = w.n;
	blob_end(c, b);
	return 0;
}

/* c's buffer is always the start of a per-CPU scratch */
static __always_inline void cap_iov(struct cap *c, __u8 arg, __u64 ptr, __u64 cnt,
				    __u8 mode, __s64 ret)
{
	if (!bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_loop))
		return;
	sct_cap_iov((struct scratch *)c->buf, arg | (__u32)mode << 8 | (__u32)c->optional << 16,
		    ptr, cnt, ret > 0 ? ret : 0);
}

/* sendmsg/recvmsg's struct user_msghdr, its name, its iovecs and its
 * control messages: see SCT_CAP_MSGHDR.  A failed recvmsg: the header only
 * (strace then shows msg_namelen alone). */
struct msghdr_k {
	__u64 name;
	__u32 namelen;
	__u32 pad;
	__u64 iov;
	__u64 iovlen;
	__u64 control;
	__u64 controllen;
	__u32 flags;
	__u32 pad2;
};

static __always_inline void cap_msghdr(struct cap *c, __u8 arg, __u64 ptr, __u8 mode, __s64 ret,
				       bool at_entry)
{
	struct msghdr_k m;
	struct sct_blob *b = blob_begin(c, arg, SCT_CAP_MSGHDR, 0);
	if (!b)
		return;
	if (bpf_probe_read_user(&m, sizeof(m), (void *)ptr) < 0) {
		b->flags = SCT_BF_FAULT;
		blob_end(c, b);
		return;
	}
	__builtin_memcpy(blob_data(c), &m, sizeof(m));
	b->len = sizeof(m);
	blob_end(c, b);
	/* at entry the header alone: recvmsg's msg_namelen as given */
	if (at_entry || (mode == SCT_IOV_OUT && ret < 0))
		return;
	if (m.name) {
		b = blob_begin(c, arg, SCT_CAP_MSGHDR, 1);
		if (!b)
			return;
		__u32 n = m.namelen > 128 ? 128 : m.namelen;
		b->aux = m.namelen;
		barrier_var(n);
		n &= 255;
		if (n && bpf_probe_read_user(blob_data(c), n, (void *)m.name) < 0) {
			/* a name at a page's end: the readable start */
			__u32 head = 4096 - (m.name & 4095);
			b->flags = SCT_BF_FAULT;
			if (head < n) {
				barrier_var(head);
				head &= 255;
				if (bpf_probe_read_user(blob_data(c), head, (void *)m.name) == 0) {
					b->flags = SCT_BF_PARTIAL;
					b->len = head;
				}
			}
		} else {
			b->len = n;
		}
		blob_end(c, b);
	}
	if (m.control && m.controllen) {
		b = blob_begin(c, arg, SCT_CAP_MSGHDR, 2);
		if (!b)
			return;
		__u32 n = m.controllen > SCT_MSG_CONTROL_MAX ? SCT_MSG_CONTROL_MAX : m.controllen;
		b->aux = m.controllen;
		if (m.controllen > SCT_MSG_CONTROL_MAX)
			b->flags = SCT_BF_TRUNC;
		barrier_var(n);
		n &= SCT_MSG_CONTROL_MAX * 2 - 1;
		if (n && bpf_probe_read_user(blob_data(c), n, (void *)m.control) < 0)
			b->flags = SCT_BF_FAULT;
		else
			b->len = n;
		blob_end(c, b);
	}
	if (m.iov)
		cap_iov(c, arg, m.iov, m.iovlen, mode, ret);
}

/* args[i] for a table-given index, in a form the verifier can bound */
static __always_inline __u64 arg_at(const __u64 *args, __u8 i)
{
	switch (i) {
	case 0: return args[0];
	case 1: return args[1];
	case 2: return args[2];
	case 3: return args[3];
	case 4: return args[4];
	case 5: return args[5];
	}
	return 0;
}

#include "sctrace_fds.bpf.h"

/* execve/execveat at entry: the path, argv and the envp count (their
 * memory is gone once the call succeeds).  Kept out of the generic loop so
 * the verifier meets the argv loop once, not once per argument slot. */
static __always_inline void capture_exec(struct cap *c, const struct sct_sysspec *spec,
					 const __u64 *args)
{
	__u8 path = spec->arg[0].kind == SCT_CAP_PATH ? 0 : 1;  /* execveat: dirfd first */
	if (args[path])
		cap_string(c, path, SCT_CAP_PATH, 0, args[path], SCT_PATH_MAX);
	if (args[path + 1])
		cap_argv(c, path + 1, args[path + 1]);
	if (args[path + 2]) {
		if (spec->arg[path + 2].kind == SCT_CAP_ARGV)
			cap_argv(c, path + 2, args[path + 2]);   /* -v: the strings */
		else
			cap_count(c, path + 2, args[path + 2]);
	}
}

/* Argument i's capture; false when the record is full (the walk stops). */
static __always_inline bool capture_arg(struct cap *c, const struct sct_sysspec *spec,
					const __u64 *args, __s64 ret, bool at_entry, __u32 i)
{
	if (i >= SCT_MAX_ARGS)
		return false;
	const struct sct_argcap *ac = &spec->arg[i];
	__u64 p = args[i];
	__u8 kind = ac->kind & ~SCT_CAP_OPTIONAL;
	if (kind == SCT_CAP_NONE || !p)
		return true;
	c->optional = ac->kind & SCT_CAP_OPTIONAL;
	switch (kind) {
	case SCT_CAP_PATH:
		cap_string_from(c, i, kind, 0, p, SCT_PATH_MAX, SCT_PATH_MAX, true, true);
		break;
	case SCT_CAP_STR:
		cap_string(c, i, kind, 0, p, strsize + 2);
		break;
	case SCT_CAP_BUF_IN:
		cap_bytes(c, i, kind, p, arg_at(args, ac->lenarg), ac->size ? ac->size : dump_max(c, 0));
		break;
	case SCT_CAP_SOCKADDR_IN:
		cap_bytes(c, i, kind, p, arg_at(args, ac->lenarg), 128);
		break;
	case SCT_CAP_STRUCT_IN:
		cap_bytes(c, i, kind, p, ac->size, ac->size);
		break;
	case SCT_CAP_BUF_OUT:
		if (!at_entry && ret > 0)
			cap_bytes(c, i, kind, p, ret, ac->size ? ac->size : dump_max(c, 0));
		break;

	case SCT_CAP_STRUCT_OUT:
		if (!at_entry && ret >= 0)
			cap_bytes(c, i, kind, p, ac->size, ac->size);
		break;
	case SCT_CAP_ARRAY_IN:
	case SCT_CAP_ARRAY_OUT: {
		__u64 cnt = kind == SCT_CAP_ARRAY_IN ? arg_at(args, ac->lenarg) :
			    (ret > 0 && !at_entry ? ret : 0);
		if (kind == SCT_CAP_ARRAY_OUT && (at_entry || ret < 0))
			break;
		if (cnt > SCT_BLOB_MAX)
			cnt = SCT_BLOB_MAX + 1;  /* still more than fits: TRUNC */
		cap_bytes(c, i, kind, p, cnt * ac->size, SCT_BLOB_MAX);
		break;
	}
	case SCT_CAP_DEREF:
		cap_deref(c, i, ac, p);
		break;
	case SCT_CAP_MSGHDR:
		cap_msghdr(c, i, p, ac->size, ret, at_entry);
		break;
	case SCT_CAP_IOV:
		/* outputs: at exit; a failed call's without data (strace
		 * then shows each buffer's address) */
		if (ac->size != SCT_IOV_OUT)
			cap_iov(c, i, p, arg_at(args, ac->lenarg), ac->size, ret);
		else if (!at_entry)
			cap_iov(c, i, p, arg_at(args, ac->lenarg),
				ret >= 0 ? SCT_IOV_OUT : SCT_IOV_NODATA, ret);
		break;
	}
	c->optional = false;
	return !cap_full(c);
}

/*
 * Nested captures (struct sct_nest): data behind pointers inside the
 * memory an argument points to, as the syscall's rules say, in order.
 * Walked with bpf_loop (its callback verified once, whatever the number of
 * rules); without it (before 5.17) nothing nested is captured and the
 * decoders print addresses.  The pointers followed are the caller's
 * memory as it is now, read again here rather than from the argument's
 * blob (which may be cut, or absent for an output).
 */
/* The walk's memory: in the scratch map past where records are assembled
 * (blobs end before SCT_REC_MAX + 2 * SCT_BLOB_MAX), not on the stack
 * (Linux 6.1 allows 512 bytes for a program and its callbacks together) */
struct nest_state {
	__u64 base[SCT_NEST_MAX];    /* what rule k followed (0: nothing) */
	__u64 elem[SCT_NEST_ELEMS];  /* the SCT_NEST_PTRS rule's pointers */
	__u32 nelem;                 /* ...how many */
	__u32 ptrs_rule;             /* ...its index; SCT_NEST_MAX: none */
};
#define NEST_STATE_OFF (SCRATCH_SIZE - 1024)
_Static_assert(NEST_STATE_OFF >= SCT_REC_MAX + 2 * SCT_BLOB_MAX + 64, "nest state overlaps blobs");

struct nest_walk {
	struct cap *c;
	const struct sct_sysspec *spec;
	const __u64 *args;
	struct nest_state *st;
	const struct sct_nest *n;    /* nest_elem_step: the rule applied */
	__u32 k;                     /* ...its index */
	__u64 one;                   /* ...its one parent (0: each element) */
};

/* Rule n's data behind the pointer at parent + ptr_off, as blob (arg,
 * idx); returns that pointer (0: nothing followed). */
static __always_inline __u64 nest_capture(struct nest_walk *w, const struct sct_nest *n,
					  __u8 arg, __u8 idx, __u64 parent)
{
	if (n->sel_mask) {
		__u64 v = 0;
		if (n->flags & SCT_NEST_SEL_FIELD) {
			__u32 f = 0;
			if (bpf_probe_read_user(&f, sizeof(f), (void *)(parent + n->sel_arg)))
				return 0;
			v = f;
		} else {
			v = arg_at(w->args, n->sel_arg);
		}
		if ((v & n->sel_mask) != n->sel_val)
			return 0;
	}
	__u64 ptr = 0;
	if (bpf_probe_read_user(&ptr, sizeof(ptr), (void *)(parent + n->ptr_off)) || !ptr)
		return 0;
	__u64 cnt = ~0ULL;   /* no count: as much as max */
	if (n->flags & SCT_NEST_LEN_ARG) {
		cnt = arg_at(w->args, n->len_off);
	} else if (n->len_size) {
		__u32 width = n->len_size > 8 ? 8 : n->len_size;
		cnt = 0;
		if (bpf_probe_read_user(&cnt, width & 15, (void *)(parent + n->len_off)))
			return 0;
	}
	struct cap *c = w->c;
	/* a pointer inside a struct may be anything (a field the command
	 * does not use): a fault is shown as its address, not counted */
	bool opt = c->optional;
	c->optional = true;
	if (n->mode == SCT_NEST_STR) {
		/* strace's printstr_ex(): up to min(count, -s + 1) bytes, and
		 * one more to tell whether a NUL ended them */
		__u64 keep = n->max ? n->max : strsize + 1;
		if (cnt < keep)
			keep = cnt;
		keep = (keep + 1) & (SCT_BLOB_MAX * 2 - 1);
		cap_string_from(c, arg, SCT_CAP_NEST, idx, ptr, keep, keep, true, false);
	} else {
		__u64 len = n->max ? n->max : strsize;
		if (cnt != ~0ULL) {
			if (cnt > 0xffffffffULL)
				cnt = 0xffffffffULL;
			len = cnt * (n->elem ? n->elem : 1);
		}
		cap_bytes_idx(c, arg, SCT_CAP_NEST, idx, ptr, len, n->max ? n->max : strsize);
	}
	c->optional = opt;
	return ptr;
}

/* SCT_NEST_PTRS, element e: the pointer, and the struct it points to */
static long nest_ptr_step(__u32 e, void *ctx)
{
	struct nest_walk *w = ctx;
	const struct sct_nest *n = w->n;
	struct nest_state *st = w->st;
	if (e >= SCT_NEST_ELEMS)
		return 1;
	__u64 slot = st->base[w->k & (SCT_NEST_MAX - 1)] + n->ptr_off + (__u64)e * 8, p = 0;
	bool list = n->mode == SCT_NEST_LIST;
	if (list) {
		/* a chain: the parent, then what each one's pointer points to */
		if (e == 0) {
			p = st->base[w->k & (SCT_NEST_MAX - 1)];
			slot = 0;
		} else {
			slot = st->elem[(e - 1) & (SCT_NEST_ELEMS - 1)] + n->ptr_off;
			if (bpf_probe_read_user(&p, sizeof(p), (void *)slot) || !p)
				return 1;   /* the end (the element's bytes were read) */
			slot = 0;
		}
	}
	struct sct_blob *b = blob_begin(w->c, SCT_NEST_ARG + 1 + w->k, SCT_CAP_NEST, e);
	if (!b)
		return 1;
	if (slot && bpf_probe_read_user(&p, sizeof(p), (void *)slot)) {
		/* the array itself ends here: strace's "... / * address * /" */
		b->flags = SCT_BF_PARTIAL;
		b->aux = slot;
		blob_end(w->c, b);
		return 1;
	}
	barrier_var(e);
	st->elem[e & (SCT_NEST_ELEMS - 1)] = p;
	st->nelem = e + 1;
	b->aux = p;
	if ((n->flags & SCT_NEST_ELEM_STR) && p) {
		/* a string: its own blob, in this one's place */
		cap_string_from(w->c, SCT_NEST_ARG + 1 + w->k, SCT_CAP_NEST, e, p, strsize + 2,
				strsize + 2, true, false);
		return cap_full(w->c) ? 1 : 0;
	}
	__u32 size = n->elem > 256 ? 256 : n->elem;
	barrier_var(size);
	size &= 511;
	if (p && size) {
		if (bpf_probe_read_user(blob_data(w->c), size, (void *)p)) {
			b->flags = SCT_BF_FAULT;   /* optional: not counted */
			if (list) {
				blob_end(w->c, b);
				return 1;   /* a chain ends at what cannot be read */
			}
		} else {
			b->len = size;
		}
	}
	blob_end(w->c, b);
	return cap_full(w->c) ? 1 : 0;
}

/* Rule w->k on element e of its parents: the one parent it has (w->one,
 * e 0: blob arg SCT_NEST_ARG, idx k), or each element of the SCT_NEST_PTRS
 * rule it applies to (blob arg SCT_NEST_ARG + 1 + k, idx e).  The only
 * caller of nest_capture(): the verifier meets it once. */
static long nest_elem_step(__u32 e, void *ctx)
{
	struct nest_walk *w = ctx;
	struct nest_state *st = w->st;
	if (e >= SCT_NEST_ELEMS)
		return 1;
	barrier_var(e);
	__u64 parent = w->one ? w->one : st->elem[e & (SCT_NEST_ELEMS - 1)];
	if (!w->one && e >= st->nelem)
		return 1;
	if (parent) {
		__u64 ptr = nest_capture(w, w->n, w->one ? SCT_NEST_ARG : SCT_NEST_ARG + 1 + w->k,
					 w->one ? w->k : e, parent);
		if (w->one)
			st->base[w->k & (SCT_NEST_MAX - 1)] = ptr;
	}
	return cap_full(w->c) ? 1 : 0;
}

static long nest_step(__u32 k, void *ctx)
{
	struct nest_walk *w = ctx;
	struct nest_state *st = w->st;
	if (k >= SCT_NEST_MAX)
		return 1;
	const struct sct_nest *n = &w->spec->nest[k];
	st->base[k] = 0;
	if (n->mode == SCT_NEST_NONE)
		return 0;
	/* the call's state from the record (map memory: one state for the
	 * verifier, whatever path led here) */
	const struct sct_syscall *r = w->c->r;
	bool at_entry = r->hdr.type != SCT_REC_SYSCALL;
	if ((n->flags & SCT_NEST_OUT) && (at_entry || r->ret < 0))
		return 0;
	if ((n->flags & SCT_NEST_EXIT) && at_entry)
		return 0;
	__u32 j = (n->parent - SCT_NEST_RULE) & (SCT_NEST_MAX - 1);
	bool each = n->parent >= SCT_NEST_RULE && j == st->ptrs_rule;
	__u64 parent = n->parent < SCT_MAX_ARGS ? arg_at(w->args, n->parent) : st->base[j];
	if (!parent && !each)
		return 0;
	if (n->mode != SCT_NEST_PTRS && n->mode != SCT_NEST_LIST) {
		/* once, or on each element of the pointer array */
		struct nest_walk ew = { .c = w->c, .spec = w->spec, .args = w->args, .st = st,
					.n = n, .k = k, .one = each ? 0 : parent };
		bpf_loop(each ? SCT_NEST_ELEMS : 1, nest_elem_step, &ew, 0);
		return cap_full(w->c) ? 1 : 0;
	}
	{
		/* SCT_NEST_PTRS: parent + ptr_off, an array of pointers */
		__u64 cnt = SCT_NEST_ELEMS;
		if (n->mode == SCT_NEST_LIST) {
			/* a chain: as long as it goes */
		} else if (n->flags & SCT_NEST_LEN_ARG) {
			cnt = arg_at(w->args, n->len_off);
		} else if (n->len_size) {
			__u32 width = n->len_size > 8 ? 8 : n->len_size;
			cnt = 0;
			if (bpf_probe_read_user(&cnt, width & 15, (void *)(parent + n->len_off)))
				return 0;
		}
		if (!cnt || cnt > (1ULL << 40))
			return 0;   /* none, or a count strace prints as an address */
		if (n->flags & SCT_NEST_AT_PTR) {
			__u64 arr = 0;
			if (bpf_probe_read_user(&arr, sizeof(arr), (void *)(parent + n->ptr_off)) || !arr)
				return 0;
			parent = arr - n->ptr_off;   /* nest_ptr_step adds ptr_off back */
		}
		st->base[k] = parent;
		st->ptrs_rule = k;
		st->nelem = 0;
		struct nest_walk ew = { .c = w->c, .spec = w->spec, .args = w->args, .st = st,
					.n = n, .k = k };
		/* an element that cannot be read prints as its address (not
		 * counted, as nest_capture()'s) */
		bool opt = w->c->optional;
		w->c->optional = true;
		bpf_loop(cnt < SCT_NEST_ELEMS ? cnt : SCT_NEST_ELEMS, nest_ptr_step, &ew, 0);
		w->c->optional = opt;
		return cap_full(w->c) ? 1 : 0;
	}
}

static __noinline void cap_nests(struct cap *c, const struct sct_sysspec *spec)
{
	if (!bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_loop))
		return;
	struct nest_state *st = (void *)(c->buf + NEST_STATE_OFF);
	st->ptrs_rule = SCT_NEST_MAX;
	st->nelem = 0;
	/* the arguments: the record's copy (map memory, as above) */
	struct nest_walk w = { .c = c, .spec = spec, .args = c->r->args, .st = st };
	__u32 n = spec->nnest;
	bpf_loop(n < SCT_NEST_MAX ? n : SCT_NEST_MAX, nest_step, &w, 0);
}

/*
 * Argument i's capture into the record assembled in s, as spec says;
 * returns 0 when the record is full (the walk stops), else 1.  A global
 * function: the verifier checks it once per program, with i, ret and
 * at_entry unknown, instead of once per argument slot and call site
 * (most of sys_exit's verification, and of the launch time, otherwise).
 * s and spec are map values (the record, the call's spec); NULL: nothing.
 */
__noinline int sct_capture_arg(struct scratch *s, const struct sct_sysspec *spec, __u32 i,
			       __s64 ret, __u32 at_entry)
{
	if (!s || !spec)
		return 0;
	struct sct_syscall *r = (void *)s->buf;
	struct cap c = { .r = r, .buf = s->buf };
	return capture_arg(&c, spec, r->args, ret, at_entry, i);
}

/*
 * Capture what the spec asks for into the record in s (whose args
 * fill_common() set).  at_entry: the entry record (inputs and execve's
 * argv/envp, whose memory is gone at exit); otherwise the exit record
 * (inputs, read late so never-touched pages are faulted in by then, and
 * outputs when the call succeeded).
 */
static __always_inline void capture(struct cap *c, struct scratch *s,
				    const struct sct_sysspec *spec, __s64 ret, bool at_entry)
{
	/* getdents: one capture, kept out of the per-argument code */
	if (spec->flags & SCT_SPEC_DIRENTS) {
		__u64 p = c->r->args[1];
		if (!at_entry && ret > 0 && p)
			cap_dirents(c, 1, p, ret);
		return;
	}
	__u32 n = spec->nwalk;
	for (__u32 i = 0; i < SCT_MAX_ARGS && i < n; i++)
		if (!sct_capture_arg(s, spec, i, ret, at_entry))
			break;
	if (nests_any && spec->nnest && !cap_full(c))
		cap_nests(c, spec);
}

static __always_inline void fill_common(struct sct_syscall *r, __u16 type, __u64 pid_tgid,
					const struct inflight *st)
{
	r->hdr.type = type;
	r->hdr.nblobs = 0;
	r->hdr.size = sizeof(*r);
	r->pid = pid_tgid >> 32;
	r->tid = (__u32)pid_tgid;
	r->nr = st->nr;
	r->flags = 0;
	r->ts = st->ts;
	r->dur_ns = 0;
	r->ret = 0;
	__builtin_memcpy(r->args, st->args, sizeof(r->args));
	current_comm(r->comm);
}

/*
 * ---- strings on pages not in memory (Linux 6.18+) ----
 *
 * bpf_probe_read_user() cannot fault a page in: a string the kernel never
 * read (a call that failed before it did), on a file-backed page the task
 * never touched, is unreadable at sys_exit, where strace (which reads with
 * process_vm_readv) shows it.  Syscall tracepoint programs cannot sleep,
 * but they can schedule a bpf_task_work: its callback runs sleepable, in
 * the task itself, before the call returns to user mode (the memory is
 * still as the call left it).  The record is kept here meanwhile; the
 * callback reads each such string again with bpf_copy_from_user_str()
 * (which faults pages in, as the kernel's own copy would), appends it as a
 * new blob, marks the old one superseded and sends the record.  Older
 * kernels (no bpf_task_work): the address is printed, as before.
 */
extern int bpf_task_work_schedule_resume_impl(struct task_struct *task, struct bpf_task_work *tw,
					      void *map__map,
					      int (*cb)(struct bpf_map *, void *, void *),
					      void *aux__prog) __weak __ksym;
extern int bpf_copy_from_user_str(void *dst, __u32 dst__sz, const void *unsafe_ptr__ign,
				  __u64 flags) __weak __ksym;

#define LATE_REC_SIZE (SCT_REC_MAX + 2 * SCT_BLOB_MAX + 64)  /* where blob masks may reach */
#define LATE_BLOBS_MAX 16   /* blobs of a record looked at for late strings */
struct late_rec {
	struct bpf_task_work tw;
	__u64 pad;
	__u8 buf[LATE_REC_SIZE];
};
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 8);     /* records waiting at once; 1 unless late_strings */
	__type(key, __u32);         /* tid */
	__type(value, struct late_rec);
} late_recs SEC(".maps");

static __always_inline void uncount(__u32 which)
{
	__u64 *c = bpf_map_lookup_elem(&counters, &which);
	if (c)
		(*c)--;   /* per-CPU: the sum over CPUs is what counts */
}

static __always_inline __u32 output_record(struct cap *c);

struct late_walk {
	struct cap c;
	__u8 *buf;
	__u32 off;      /* the next original blob */
	__u32 nblobs;   /* the original blobs */
};

/* One original blob k: a string unreadable at sys_exit is read again */
static long late_step(__u32 k, void *ctx)
{
	struct late_walk *w = ctx;
	__u32 off = w->off;
	if (k >= w->nblobs || off > SCT_REC_MAX - sizeof(struct sct_blob))
		return 1;
	barrier_var(off);
	struct sct_blob *b = (void *)(w->buf + (off & (SCT_REC_MAX - 1)));
	w->off = off + sizeof(*b) + SCT_BLOB_ALIGN(b->len & (SCT_BLOB_MAX * 2 - 1));
	if (!(b->flags & SCT_BF_FAULT) || !b->aux || b->arg >= SCT_MAX_ARGS ||
	    (b->kind != SCT_CAP_PATH && b->kind != SCT_CAP_STR))
		return 0;
	__u8 arg = b->arg, kind = b->kind, idx = b->idx;
	__u64 ptr = b->aux;
	struct sct_blob *nb = blob_begin(&w->c, arg, kind, idx);
	if (!nb)
		return 1;
	/* as cap_string_from(): a path one byte past what is kept */
	__u32 keep = kind == SCT_CAP_PATH ? SCT_PATH_MAX : strsize + 2;
	if (keep > SCT_BLOB_MAX)
		keep = SCT_BLOB_MAX;
	__u32 rmax = kind == SCT_CAP_PATH ? keep + 1 : keep;
	rmax &= SCT_BLOB_MAX * 2 - 1;
	if (!rmax)
		rmax = 1;
	long n = bpf_copy_from_user_str(blob_data(&w->c), rmax, (void *)ptr, 0);
	if (n < 0)
		return 0;   /* unreadable indeed: the first blob says so */
	string_blob_done(nb, n, rmax, keep);
	b->arg = SCT_BLOB_SUPERSEDED;
	uncount(SCT_CNT_BLOB_FAULT);
	blob_end(&w->c, nb);
	return 0;
}

/* The task_work callback: see above.  Sleepable, in the traced task. */
static int late_str_cb(struct bpf_map *map, void *key, void *value)
{
	struct late_rec *v = value;
	struct sct_syscall *r = (void *)v->buf;
	struct late_walk w = { .c = { .r = r, .buf = v->buf }, .buf = v->buf,
			       .off = sizeof(*r), .nblobs = r->hdr.nblobs };
	bpf_loop(LATE_BLOBS_MAX, late_step, &w, 0);
	output_record(&w.c);
	bpf_map_delete_elem(&late_recs, key);
	return 0;
}

/* Keep the record for late_str_cb() when some string was on a page not in
 * memory; true when it was kept (the callback sends it). */
static __always_inline bool late_str_defer(struct cap *c, bool at_exit)
{
	if (!(c->r->flags & SCT_SF_LATE_STR))
		return false;
	c->r->flags &= ~SCT_SF_LATE_STR;
	if (!at_exit)   /* a constant: entry programs never hold the code below */
		return false;
	/* only a call returning to user mode (not one ended by its task's
	 * exit), and only where the kernel has bpf_task_work (a CO-RE
	 * constant: older kernels never see the calls below) */
	if (!late_strings || c->r->hdr.type != SCT_REC_SYSCALL || (c->r->flags & SCT_SF_NORET) ||
	    !bpf_core_enum_value_exists(enum special_kfunc_type,
					KF_bpf_task_work_schedule_resume_impl))
		return false;
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	/* the value comes from scratch (map memory, larger than it); the
	 * task_work field is the kernel's own and never copied */
	if (bpf_map_update_elem(&late_recs, &tid, c->buf, BPF_NOEXIST))
		return false;
	struct late_rec *v = bpf_map_lookup_elem(&late_recs, &tid);
	if (!v)
		return false;
	__u32 size = c->r->hdr.size;
	if (size > SCT_REC_MAX)
		size = SCT_REC_MAX;
	barrier_var(size);
	size &= SCT_REC_MAX * 2 - 1;
	if (!size || bpf_probe_read_kernel(v->buf, size, c->buf) ||
	    bpf_task_work_schedule_resume_impl(bpf_get_current_task_btf(), &v->tw, &late_recs,
					       late_str_cb, NULL)) {
		bpf_map_delete_elem(&late_recs, &tid);
		return false;
	}
	return true;
}

/* Copy a record assembled in scratch into the ring; returns its flags. */
static __always_inline __u32 output_scratch(struct cap *c, bool at_exit)
{
	if (late_str_defer(c, at_exit))
		return c->r->flags;
	return output_record(c);
}

/* Copy a record assembled at c into the ring; returns its flags. */
static __always_inline __u32 output_record(struct cap *c)
{
	if (cap_full(c))
		count(SCT_CNT_BLOB_TRUNC);
	__u32 size = c->r->hdr.size;
	if (size > SCT_REC_MAX)
		size = SCT_REC_MAX;
	barrier_var(size);
	size &= SCT_REC_MAX * 2 - 1;  /* for the verifier: <= the scratch size */
	c->r->hdr.size = size;
	if (bpf_ringbuf_output(&rb, c->buf, size, rb_flags()))
		count(SCT_CNT_LOST);
	return c->r->flags;
}

/* Returns the record's flags (SCT_SF_FAULT: some memory was unreadable). */
/* fds_prog: a program that may resolve fds (-y): only those contain the
 * calls into the fd code, so that the others stay small (and within Linux
 * 6.1's 512-byte combined stack) */
static __always_inline __u32 send_syscall(__u16 type, __u64 pid_tgid, const struct inflight *st,
					  __s64 ret, __u64 now, __u32 flags, bool fds_prog)
{
	__u32 nr = st->nr;
	bool exec_at_exit = flags & SCT_SF_CAPTURE_EXEC;
	flags &= ~SCT_SF_CAPTURE_EXEC;
	const struct sct_sysspec *spec = NULL;
	if (mask_has(capture_mask, nr) && !(flags & SCT_SF_COMPAT))
		spec = bpf_map_lookup_elem(&sysspecs, &nr);
	bool at_entry = type == SCT_REC_ENTER;

	bool fds = fds_prog && decode_fds && spec && (spec->flags & SCT_SPEC_FDS);
	/* a call that never returns prints only what its entry showed (the
	 * entry record of a call that may block has its memory) */
	bool noret = flags & SCT_SF_NORET;
	if (!spec || ((!spec->ncap || noret) && !fds) || (noret && (spec->flags & SCT_SPEC_EXEC))) {
		struct sct_syscall *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
		if (!r) {
			count(SCT_CNT_LOST);
			return 0;
		}
		fill_common(r, type, pid_tgid, st);
		r->ret = ret;
		r->flags = flags;
		r->dur_ns = at_entry ? 0 : now - st->ts;
		bpf_ringbuf_submit(r, rb_flags());
		return 0;
	}

	__u32 zero = 0;
	struct scratch *s = bpf_map_lookup_elem(&scratch, &zero);
	if (!s)
		return 0;
	struct sct_syscall *r = (void *)s->buf;
	fill_common(r, type, pid_tgid, st);
	r->ret = ret;
	r->dur_ns = at_entry ? 0 : now - st->ts;

	r->flags = flags;
	struct cap c = { .r = r, .buf = s->buf };
	if (spec->flags & SCT_SPEC_EXEC) {
		if (at_entry || exec_at_exit)
			capture_exec(&c, spec, st->args);
	} else {
		if (!noret)
			capture(&c, s, spec, ret, at_entry);
	}
	if (fds)  /* -y */
		sct_fd_record(ret, !at_entry && !(flags & SCT_SF_NORET));
	return output_scratch(&c, !at_entry);
}

static __always_inline __u32 log2_bucket(__u64 v)
{
	__u32 b = 0;
	/* bucket = number of significant bits, capped */
	for (__u32 i = 32; i > 0; i >>= 1)
		if (v >= (1ULL << i)) {
			v >>= i;
			b += i;
		}
	b += v ? 1 : 0;
	return b < SCT_HIST_BUCKETS ? b : SCT_HIST_BUCKETS - 1;
}

/* The task's on-CPU time now: sum_exec_runtime is only brought up to date
 * at scheduler events, so add the time since the task last started running
 * (the two clocks' offset cancels out between entry and exit). */
/*
 * The task's CPU time so far, ns, up to an offset that is the same at a
 * call's entry and exit (only differences are used).  The scheduler's
 * accounted time, plus the run since then by its runqueue's task clock
 * (exec_start is in that clock), brought up to now by our clock's advance
 * since the runqueue's clock was last read.  Not simply now - exec_start:
 * the task clock leaves out irq and (in a VM) steal time, so it drifts
 * from ours, and the drift while a call sleeps would count as CPU time.
 * The runqueue is reached through the task's cfs_rq (group scheduling);
 * without it, the accounted time alone (it lags by up to a tick).
 */
static __always_inline __u64 task_cpu_ns(__u64 now)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u64 sum = t->se.sum_exec_runtime;
	if (!bpf_core_field_exists(t->se.cfs_rq) || !bpf_core_field_exists(((struct cfs_rq *)0)->rq))
		return sum;
	struct rq *rq = BPF_CORE_READ(t, se.cfs_rq, rq);
	if (!rq)
		return sum;
	__s64 ran = (__s64)(BPF_CORE_READ(rq, clock_task) - t->se.exec_start);
	__s64 since = (__s64)(now - BPF_CORE_READ(rq, clock));
	return sum + ran + since;
}

static __always_inline void stat_add(struct sct_stat *s, bool failed, __u64 wall, __u64 cpu)
{
	s->calls++;
	s->errors += failed;
	s->wall_ns += wall;
	s->cpu_ns += cpu;
}

/* -c and friends: counted here so a busy system costs no ring traffic. */
static __always_inline void account(const struct inflight *st, __u64 pid_tgid, bool failed,
				    __u64 now)
{
	__u64 wall = now - st->ts;
	__u64 cpu_now = task_cpu_ns(now);
	/* the scheduler's clock and ours may disagree by a little */
	__u64 cpu = cpu_now > st->cpu_ns ? cpu_now - st->cpu_ns : 0;
	__u32 nr = st->nr;
	struct sct_stat_hist *h = bpf_map_lookup_elem(&syscall_stats, &nr);
	if (h) {
		stat_add(&h->s, failed, wall, cpu);
		__u32 b = log2_bucket(wall);
		if (b < SCT_HIST_BUCKETS)
			h->hist[b]++;
	}
	if (summary_by == SCT_BY_NONE)
		return;
	struct sct_group_key key = { .nr = st->nr };
	if (summary_by == SCT_BY_PID)
		key.pid = pid_tgid >> 32;
	else
		current_comm(key.comm);
	struct sct_stat *g = bpf_map_lookup_elem(&group_stats, &key);
	if (!g) {
		struct sct_stat zero = {};
		bpf_map_update_elem(&group_stats, &key, &zero, BPF_NOEXIST);
		g = bpf_map_lookup_elem(&group_stats, &key);
		if (!g) {
			count(SCT_CNT_ENTRY_FULL);
			return;
		}
	}
	stat_add(g, failed, wall, cpu);
}

/* The number of struct pid p in its innermost namespace (the kernel's
 * pid_vnr() for the task itself) */
static __always_inline __u32 pid_in_own_ns(struct pid *p)
{
	if (!p)
		return 0;
	__u32 level = BPF_CORE_READ(p, level);
	__u32 nr = 0;
	void *u = (void *)p + bpf_core_field_offset(struct pid, numbers) +
		  (level & 31) * bpf_core_type_size(struct upid) + bpf_core_field_offset(struct upid, nr);
	bpf_probe_read_kernel(&nr, sizeof(nr), u);
	return nr;
}

/* --cgroup/--container: a task's identity, before its first record */
static __always_inline void send_ident(__u64 pid_tgid)
{
	struct sct_ident *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
	if (!r) {
		count(SCT_CNT_LOST);
		return;
	}
	struct task_struct *t = (void *)bpf_get_current_task();
	r->hdr.type = SCT_REC_IDENT;
	r->hdr.nblobs = 0;
	r->hdr.size = sizeof(*r);
	r->pid = pid_tgid >> 32;
	r->tid = (__u32)pid_tgid;
	r->cgroup_id = bpf_get_current_cgroup_id();
	r->ns_tid = pid_in_own_ns(BPF_CORE_READ(t, thread_pid));
	r->ns_pid = pid_in_own_ns(BPF_CORE_READ(t, group_leader, thread_pid));
	bpf_ringbuf_submit(r, rb_flags());
}

static __always_inline int on_enter(bool btf, bool fds, struct pt_regs *regs, long id)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	/* in cost order: what an untraced task costs is the pid bitmap */
	if (!task_in_pid_sets(pid_tgid >> 32))
		return 0;
	bool compat = is_compat();
	if (!syscall_traced(id, compat) || (ncgroups && !in_cgroups()))
		return 0;
	bool comm_at_exit = ncomms && may_change_comm(id, compat);
	if (ncomms && !comm_at_exit && !current_comm_matches())
		return 0;
	if (hidden_tgid == pid_tgid >> 32 && !is_execve(id, compat))
		return 0;

	__u32 tid = (__u32)pid_tgid;
	struct inflight *st = bpf_map_lookup_elem(&inflight, &tid);
	if (!st) {
		/* zeroes from scratch, not the stack (6.1's 512-byte limit) */
		struct inflight *fresh = scratch_inflight();
		if (!fresh)
			return 0;
		__builtin_memset(fresh, 0, sizeof(*fresh));
		if (bpf_map_update_elem(&inflight, &tid, fresh, BPF_NOEXIST)) {
			count(SCT_CNT_ENTRY_FULL);
			return 0;
		}
		st = bpf_map_lookup_elem(&inflight, &tid);
		if (!st)
			return 0;
		if (send_idents && emit_events)  /* first seen: who it is */
			send_ident(pid_tgid);
	}
	st->ts = need_time || mask_has(entry_mask, id) ? bpf_ktime_get_ns() : 0;
	st->nr = id;
	st->active = INF_ACTIVE | (comm_at_exit ? INF_COMM_AT_EXIT : 0);
	if (aggregate)
		st->cpu_ns = task_cpu_ns(st->ts);
	if (compat) {
		/* int $0x80 / sysenter: ebx, ecx, edx, esi, edi, ebp; no
		 * captures (the specs are x86_64's) */
		st->active |= INF_COMPAT;
		read_args_ia32(btf, regs, st->args);
		return 0;
	}
	read_args(btf, regs, st->args);
	if (fds && decode_fds && mask_has(fd_entry_mask, id))
		sct_fd_entry(tid);  /* -y: before the call may close them */
	if (roles_of(id, false) & SCT_ROLE_SIGFRAME)
		/* rt_sigreturn takes no argument, but strace shows the mask it
		 * restores: uc.uc_sigmask of the rt_sigframe at sp (the
		 * handler's ret popped pretcode: sp is at uc) */
		st->args[0] = REG(btf, regs, sp) + bpf_core_field_offset(struct ucontext, uc_sigmask);

	/* entry records only when every exit will be shown (but always for
	 * execve: its strings are gone at exit) */
	/* under --comm an execve sends its entry record at exec time, from
	 * the new image (exec_refetch), once its new comm is known */
	if (comm_at_exit && is_execve(id, false)) {
		st->active |= INF_EXEC_REFETCH;
		return 0;
	}
	if (emit_events && mask_has(entry_mask, id) &&
	    (ret_filter == SCT_RET_ALL || is_execve(id, false)) &&
	    !(mask_has(entry_fd_mask, id) && fd_is_regular_file(st->args[0]))) {
		/* entry_mask: the specs' SCT_SPEC_ENTRY | SCT_SPEC_EXEC, so
		 * send_syscall() looks the spec up once, only for captures */
		if (send_syscall(SCT_REC_ENTER, pid_tgid, st, 0, 0, 0, fds) & SCT_SF_FAULT)
			st->active |= INF_EXEC_REFETCH;  /* mostly harmless for non-exec */
	}
	return 0;
}

#define SCT_SIGKILL 9

/*
 * The thread dies as this call returns (SIGKILL pending: kill -9, another
 * thread's exit_group or exec, or a fatal signal turned into SIGKILL by
 * complete_signal()).  strace never sees such a return (`= ?`), except
 * where a fatal signal other than SIGKILL is taken: under ptrace it is
 * delivered first, to the thread it was sent to, as a rule the leader.
 */
/* The fatal signal other than SIGKILL that ends t's process (the kernel
 * made it a group SIGKILL), when t is the leader, which strace shows taking
 * it; else 0 */
static __always_inline int leader_fatal_signal(struct task_struct *t)
{
	/* probe reads, not a BTF pointer walk: the verifier checks each
	 * pointer field loaded through BTF with name lookups over the whole
	 * kernel BTF (a millisecond of load time in all), and this runs only
	 * when a SIGKILL is pending */
	struct signal_struct *sig = BPF_CORE_READ(t, signal);
	int code = BPF_CORE_READ(sig, group_exit_code) & 0x7f;
	if (!(BPF_CORE_READ(sig, flags) & SCT_SIGNAL_GROUP_EXIT) || code == SCT_SIGKILL ||
	    t->pid != t->tgid)
		return 0;
	return code;
}

static __always_inline bool dies_in_call(void)
{
	struct task_struct *t = bpf_get_current_task_btf();
	return (t->pending.signal.sig[0] & (1UL << (SCT_SIGKILL - 1))) && !leader_fatal_signal(t);
}

/* The end of a call whose entry was not seen. */
static __always_inline bool is_fork_child_return(long nr, bool compat)
{
	return roles_of(nr, compat) & SCT_ROLE_FORK;  /* fork, vfork, clone, clone3 */
}

/* A call whose entry was not seen, from the registers saved at its entry
 * (the kernel leaves the arguments there), into st (zeroed first). */
static __always_inline void call_from_regs(struct inflight *st, bool btf, struct pt_regs *regs,
					   long nr, bool compat, __u64 now)
{
	__builtin_memset(st, 0, sizeof(*st));
	st->ts = now;
	st->nr = nr;
	st->active = INF_ACTIVE | (compat ? INF_COMPAT : 0);
	if (compat)
		read_args_ia32(btf, regs, st->args);
	else
		read_args(btf, regs, st->args);
}

/*
 * sys_exit without sys_enter: seccomp refused the call (the kernel skips
 * sys_enter for it, not sys_exit), or the call began before tracing did
 * (SCT_SF_ATTACHED: strace's "<... read resumed>" after an attach).  The
 * arguments are still in the saved registers.  Returns the state to report
 * with (a copy in *tmp), or NULL to report nothing.
 */

static __always_inline struct inflight *unpaired_exit(bool btf, struct pt_regs *regs, long ret,
						      __u64 pid_tgid, struct inflight *st,
						      __u32 *flags)
{
	long nr = REG(btf, regs, orig_ax);
	bool compat = is_compat();
	if (!syscall_traced(nr, compat) || !task_traced(pid_tgid >> 32))
		return NULL;
	/* a new task's first return (the parent's line reports it), or an
	 * execve whose entry could not be kept (its strings are gone) */
	if ((ret == 0 && is_fork_child_return(nr, compat)) || is_execve(nr, compat))
		return NULL;
	struct inflight *tmp = scratch_inflight();
	if (!tmp)
		return NULL;
	__u64 now = bpf_ktime_get_ns();
	call_from_regs(tmp, btf, regs, nr, compat, now);
	if (aggregate)
		tmp->cpu_ns = task_cpu_ns(now);
	if (!st) {
		struct task_struct *t = bpf_get_current_task_btf();
		if (t->start_time < trace_start_ns)
			*flags |= SCT_SF_ATTACHED;
	}
	/* The thread's own entry (kept: from now on its entries are seen, so
	 * a later unpaired exit is a refused call).  Returning map memory, not
	 * the stack copy, lets the verifier check the capture code once. */
	__u32 tid = (__u32)pid_tgid;
	bool first = !st;
	if (bpf_map_update_elem(&inflight, &tid, tmp, BPF_ANY)) {
		count(SCT_CNT_ENTRY_FULL);
		return NULL;
	}
	if (first && send_idents && emit_events)  /* first seen: who it is */
		send_ident(pid_tgid);
	return bpf_map_lookup_elem(&inflight, &tid);
}

static __always_inline int on_exit(bool btf, bool fds, struct pt_regs *regs, long ret)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	if ((__u32)(pid_tgid >> 32) == self_tgid)
		return 0;
	if (filter_pids && !in_pid_set(pid_tgid >> 32))
		return 0;
	if (ncgroups && !in_cgroups())
		return 0;
	/* a failed execve of the launched command is still shown */
	if (hidden_tgid == pid_tgid >> 32 && !is_execve(REG(btf, regs, orig_ax), is_compat()))
		return 0;
	/* -e trace=: a call outside the set had no entry either, so it is
	 * dropped on its number before the inflight lookup.  Not an execve:
	 * a successful one returns as the new image's execve (orig_ax and
	 * TS_COMPAT rewritten), whatever call and mode it began as; nor a
	 * sigreturn, which restores orig_ax as -1. */
	if (filter_syscalls) {
		long nr = REG(btf, regs, orig_ax);
		bool compat = is_compat();
		if (nr >= 0 && !is_execve(nr, compat) && !syscall_traced(nr, compat))
			return 0;
	}
	__u32 tid = (__u32)pid_tgid;
	__u32 flags = 0;
	struct inflight *st = bpf_map_lookup_elem(&inflight, &tid);
	if (!st || !st->active) {
		st = unpaired_exit(btf, regs, ret, pid_tgid, st, &flags);
		if (!st)
			return 0;
	}
	bool compat = st->active & INF_COMPAT;
	__u32 active = st->active;
	st->active = 0;
	if ((active & INF_COMM_AT_EXIT) && !current_comm_matches())
		return 0;
	if (compat)
		flags |= SCT_SF_COMPAT;
	/* a failed execve whose entry record waited for the exec, or whose
	 * strings were on pages not faulted in at entry: they are still in
	 * the old image, and the kernel's own read has faulted them in */
	if ((active & (INF_COMM_AT_EXIT | INF_EXEC_REFETCH)) && ret < 0)
		flags |= SCT_SF_CAPTURE_EXEC;
	/* a call timed at entry (see need_time) is timed at exit too */
	__u64 now = need_time || st->ts ? bpf_ktime_get_ns() : 0;
	if (dies_in_call()) {
		/* no result: shown only when everything is, and not counted
		 * (strace -c never sees it either) */
		if (ret_filter != SCT_RET_ALL)
			return 0;
		flags |= SCT_SF_NORET;
		ret = 0;
	} else {
		bool failed = ret < 0 && ret >= -4095;
		if ((ret_filter == SCT_RET_OK && failed) || (ret_filter == SCT_RET_FAILED && !failed))
			return 0;
		if (aggregate && !compat)  /* ia32 numbers would land in x86_64 rows */
			account(st, pid_tgid, failed, now);
	}
	/* one call site: the capture code is verified once per program; the
	 * flags go through map memory, so that the verifier sees one unknown
	 * value rather than re-checking the captures for each combination */
	st->rec_flags = flags;
	if (emit_events)
		send_syscall(SCT_REC_SYSCALL, pid_tgid, st, ret, now,
			     *(volatile __u32 *)&st->rec_flags, fds);
	return 0;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter_btf, struct pt_regs *regs, long id)
{
	return on_enter(true, false, regs, id);
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit_btf, struct pt_regs *regs, long ret)
{
	return on_exit(true, false, regs, ret);
}

/* -y: the same, with the fd resolution (loaded instead of the two above) */
SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter_btf_fds, struct pt_regs *regs, long id)
{
	return on_enter(true, true, regs, id);
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit_btf_fds, struct pt_regs *regs, long ret)
{
	return on_exit(true, true, regs, ret);
}

SEC("raw_tracepoint/sys_enter")
int sys_enter_raw(struct bpf_raw_tracepoint_args *ctx)
{
	return on_enter(false, false, (struct pt_regs *)ctx->args[0], ctx->args[1]);
}

SEC("raw_tracepoint/sys_exit")
int sys_exit_raw(struct bpf_raw_tracepoint_args *ctx)
{
	return on_exit(false, false, (struct pt_regs *)ctx->args[0], ctx->args[1]);
}

/* ---- process lifecycle ---- */

static __always_inline void on_fork(struct task_struct *parent, struct task_struct *child)
{
	if (!filter_pids && !stack_trace)
		return;
	__u32 ptgid = BPF_CORE_READ(parent, tgid);
	__u32 ctgid = BPF_CORE_READ(child, tgid);
	if (filter_pids) {
		if (!in_pid_set(ptgid))
			return;
		if (ctgid != ptgid) {
			if (!follow_forks)
				return;
			pid_set_add(ctgid);
		}
	} else if (ctgid == ptgid || !task_traced_by_pid(ptgid)) {
		/* system-wide -k: only a new process, which starts with its
		 * parent's mappings (it may never exec or mmap) */
		return;
	}
	/* userspace counts live tasks (strace's pid prefixes) and waits for
	 * followed children before it stops */
	struct sct_fork *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
	if (!r) {
		count(SCT_CNT_LOST);
		return;
	}
	r->hdr.type = SCT_REC_FORK;
	r->hdr.nblobs = 0;
	r->hdr.size = sizeof(*r);
	r->pid = ptgid;
	r->tid = BPF_CORE_READ(parent, pid);
	r->child_pid = ctgid;
	r->child_tid = BPF_CORE_READ(child, pid);
	r->ts = bpf_ktime_get_ns();
	bpf_ringbuf_submit(r, 0);
}

#define SCT_SIGSYS 31
#define SCT_SECCOMP_MODE_DEAD 3  /* include/linux/seccomp.h */

/*
 * seccomp's RET_KILL_THREAD while other threads live: do_exit(SIGSYS) from
 * inside the call, before sys_enter and with no sys_exit.  strace shows
 * the call as "getppid() = ?"; its number and arguments are in the saved
 * registers.  (Elsewhere the kill goes through a signal, after sys_exit.)
 */
static __always_inline bool seccomp_killed_thread(struct task_struct *task, __u64 pid_tgid,
						  struct inflight *tmp)
{
	if ((task->exit_code & 0x7f) != SCT_SIGSYS || task->seccomp.mode != SCT_SECCOMP_MODE_DEAD ||
	    (BPF_CORE_READ(task, signal, flags) & SCT_SIGNAL_GROUP_EXIT) ||
	    !task_traced(pid_tgid >> 32))
		return false;
	struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(task);
	if (!regs)
		return false;
	long nr = regs->orig_ax;
	bool compat = task->thread_info.status & 0x0002;
	if (!syscall_traced(nr, compat))
		return false;
	call_from_regs(tmp, true, regs, nr, compat, bpf_ktime_get_ns());
	return true;
}

/* group_dead: 1/0 from the tracepoint (Linux 6.16+), -1: not given;
 * btf: a tp_btf program (task pointers are BTF-typed) */
static __always_inline void on_exit_task(struct task_struct *task, int group_dead_arg, bool btf)
{
	__u32 tid = BPF_CORE_READ(task, pid);
	__u32 tgid = BPF_CORE_READ(task, tgid);
	if (tgid == self_tgid)
		return;
	__u64 pid_tgid = ((__u64)tgid << 32) | tid;

	/* A call that never returns (exit_group, or killed inside it): report
	 * it as such and drop its state so nothing leaks. */
	struct inflight *st = bpf_map_lookup_elem(&inflight, &tid);
	/* a call that never returned has no result to filter on: shown only
	 * when everything is (strace -c does not count it either) */
	const struct inflight *call = NULL;
	if (emit_events && ret_filter == SCT_RET_ALL) {
		struct inflight *tmp;
		if (st && st->active)
			call = st;
		else if (btf && (tmp = scratch_inflight()) && seccomp_killed_thread(task, pid_tgid, tmp) &&
			 !bpf_map_update_elem(&inflight, &tid, tmp, BPF_ANY))
			/* in the map: the record is assembled in scratch */
			call = st = bpf_map_lookup_elem(&inflight, &tid);
	}
	if (call)  /* one call site: the capture code is verified once */
		send_syscall(SCT_REC_SYSCALL, pid_tgid, call, 0, bpf_ktime_get_ns(),
			     SCT_SF_NORET | ((call->active & INF_COMPAT) ? SCT_SF_COMPAT : 0), false);
	if (st) {
		bpf_map_delete_elem(&inflight, &tid);
		if (decode_fds)
			bpf_map_delete_elem(&fd_stash, &tid);
	}
	if (!task_traced(tgid))
		return;

	struct signal_struct *sig = BPF_CORE_READ(task, signal);
	/* without the tracepoint's own flag, two threads ending together may
	 * both see no live thread left */
	bool group_dead = group_dead_arg >= 0 ? group_dead_arg : BPF_CORE_READ(sig, live.counter) == 0;
	__u32 status;
	if (BPF_CORE_READ(sig, flags) & SCT_SIGNAL_GROUP_EXIT)
		status = BPF_CORE_READ(sig, group_exit_code);
	else
		status = BPF_CORE_READ(task, exit_code);

	struct sct_proc_exit *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
	if (!r) {
		count(SCT_CNT_LOST);
	} else {
		r->hdr.type = SCT_REC_PROC_EXIT;
		r->hdr.nblobs = 0;
		r->hdr.size = sizeof(*r);
		r->pid = tgid;
		r->tid = tid;
		r->ts = bpf_ktime_get_ns();
		r->status = status;
		r->flags = group_dead ? SCT_XF_GROUP_DEAD : 0;
		BPF_CORE_READ_STR_INTO(&r->comm, task, comm);
		/* process exits matter to the consumer (it may be waiting to stop) */
		bpf_ringbuf_submit(r, 0);
	}
	/* the pid leaves the set when the leader is freed (on_free): other
	 * threads may pass this tracepoint after the one that saw group_dead */
}

/* The new image's argument area: argc NUL-terminated strings packed
 * from p to end */
struct packed_walk {
	struct cap *c;
	__u64 p;
	__u64 end;
	__u32 argc;
	__u8 arg;
};

static long packed_step(__u32 i, void *ctx)
{
	struct packed_walk *w = ctx;
	if (i >= w->argc || w->p >= w->end)
		return 1;
	long n = cap_string_from(w->c, w->arg, SCT_CAP_ARGV, i, w->p, SCT_BLOB_MAX,
				 strsize + 2, true, false);
	if (n <= 0 || cap_full(w->c))
		return 1;
	w->p += n;
	return 0;
}

/*
 * execve's strings were unreadable at entry (pages not faulted in yet): read
 * them again from what the kernel copied into the new image -- the path
 * from bprm, argv from the new stack's argument area (packed strings), the
 * envp count from bprm -- and send a fresh entry record that replaces the
 * first one in userspace.
 */
static __always_inline void exec_refetch(struct task_struct *task, struct linux_binprm *bprm,
					 const struct inflight *st)
{
	__u32 zero = 0;
	struct scratch *s = bpf_map_lookup_elem(&scratch, &zero);
	if (!s)
		return;
	struct sct_syscall *r = (void *)s->buf;
	fill_common(r, SCT_REC_ENTER, bpf_get_current_pid_tgid(), st);
	struct cap c = { .r = r, .buf = s->buf };
	/* execveat: dirfd first */
	__u8 path = roles_of(st->nr, st->active & INF_COMPAT) & SCT_ROLE_EXECAT ? 1 : 0;

	cap_string_from(&c, path, SCT_CAP_PATH, 0, (__u64)BPF_CORE_READ(bprm, filename),
			SCT_PATH_MAX, SCT_PATH_MAX, false, false);
	__u64 p = BPF_CORE_READ(task, mm, arg_start), end = BPF_CORE_READ(task, mm, arg_end);
	__u32 argc = BPF_CORE_READ(bprm, argc);
	struct sct_blob *b;
	if (!argc && (b = blob_begin(&c, path + 1, SCT_CAP_COUNT, 0)))
		blob_end(&c, b);
	struct packed_walk w = { .c = &c, .p = p, .end = end, .argc = argc, .arg = path + 1 };
	if (bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_loop)) {
		bpf_loop(SCT_ARGV_MAX, packed_step, &w, 0);  /* see cap_argv() */
	} else {
		for (__u32 i = 0; i < SCT_ARGV_MAX; i++)
			if (packed_step(i, &w))
				break;
	}
	if (argc > SCT_ARGV_MAX && (b = blob_begin(&c, path + 1, SCT_CAP_ARGV, SCT_ARGV_MAX))) {
		b->flags = SCT_BF_TRUNC;
		blob_end(&c, b);
	}
	if ((b = blob_begin(&c, path + 2, SCT_CAP_COUNT, 0))) {
		b->aux = BPF_CORE_READ(bprm, envc);
		blob_end(&c, b);
	}
	output_scratch(&c, false);
}

/* A non-leader's exec: userspace moves its call to the leader's pid. */
static __always_inline void send_exec(struct task_struct *task, __u32 old_tid)
{
	struct sct_exec *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
	if (!r) {
		count(SCT_CNT_LOST);
		return;
	}
	r->hdr.type = SCT_REC_EXEC;
	r->hdr.nblobs = 0;
	r->hdr.size = sizeof(*r);
	r->pid = BPF_CORE_READ(task, tgid);
	r->old_tid = old_tid;
	r->ts = bpf_ktime_get_ns();
	BPF_CORE_READ_STR_INTO(&r->comm, task, comm);
	bpf_ringbuf_submit(r, 0);
}

static __always_inline void on_exec(struct task_struct *task, __u32 old_tid,
				    struct linux_binprm *bprm)
{
	__u32 tid = BPF_CORE_READ(task, pid);
	__u32 tgid = BPF_CORE_READ(task, tgid);
	if (tgid == hidden_tgid)
		hidden_tgid = 0;  /* the command's own program runs from here */
	struct inflight *st = bpf_map_lookup_elem(&inflight, &old_tid);
	if (!st && task_traced_by_pid(tgid)) {
		/* a task that exec'd is in no call begun before tracing: a
		 * later exit without entry is a refused call (seccomp) */
		struct inflight fresh = {};
		if (!bpf_map_update_elem(&inflight, &tid, &fresh, BPF_NOEXIST) && send_idents &&
		    emit_events)  /* first seen: who it is */
			send_ident(bpf_get_current_pid_tgid());
		return;
	}
	if (!st || !st->active)
		return;
	if (old_tid != tid) {
		/* de_thread() gave a non-leader's exec the leader's pid: move
		 * its in-flight execve so the exit pairs with it */
		struct inflight copy = *st;
		bpf_map_delete_elem(&inflight, &old_tid);
		bpf_map_update_elem(&inflight, &tid, &copy, BPF_ANY);
		st = bpf_map_lookup_elem(&inflight, &tid);
		send_exec(task, old_tid);
	}
	if (st && (st->active & INF_EXEC_REFETCH) && emit_events &&
	    (!(st->active & INF_COMM_AT_EXIT) || current_comm_matches()))
		exec_refetch(task, bprm, st);
}

/*
 * The siginfo of a fatal signal that complete_signal() turned into a group
 * SIGKILL: it is still queued (shared queue first, as kill() queues it).
 */
static __always_inline bool queued_siginfo(struct task_struct *t, int signo, void *out)
{
	/* probe reads, not BTF pointer loads (see leader_fatal_signal()) */
	struct signal_struct *sig = BPF_CORE_READ(t, signal);
	struct list_head *heads[2] = { &sig->shared_pending.list, &t->pending.list };
	for (int h = 0; h < 2; h++) {
		struct list_head *head = heads[h], *pos = BPF_CORE_READ(head, next);
		for (int i = 0; i < 8 && pos && pos != head; i++) {
			struct sigqueue *q = container_of(pos, struct sigqueue, list);
			if (BPF_CORE_READ(q, info.si_signo) == signo)
				return !bpf_probe_read_kernel(out, SCT_SIGINFO_SIZE, &q->info);
			pos = BPF_CORE_READ(pos, next);
		}
	}
	return false;
}

#define SCT_SIGSTOP 19
#define SCT_SIGTTOU 22
/* include/linux/signal_types.h: a signal the kernel forces to kill
 * (seccomp's RET_KILL_*, force_fatal_sig()): no handler, no ptrace stop,
 * so strace never shows it */
#define SCT_SA_IMMUTABLE 0x00800000

/* strace's "--- SIGCHLD {...} ---": a signal taken by a traced task.
 * SIGKILL is never shown (strace never sees it either), but a fatal signal
 * that the kernel turned into SIGKILL (no ptrace: no delivery of its own)
 * is shown as itself, once, by the leader, as strace shows it. */
static __always_inline void on_signal(int sig, void *info, struct k_sigaction *ka)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	if (!emit_events || !task_traced(pid_tgid >> 32) || hidden_tgid == pid_tgid >> 32)
		return;
	struct task_struct *t = bpf_get_current_task_btf();
	if (ka && (BPF_CORE_READ(ka, sa.sa_flags) & SCT_SA_IMMUTABLE))
		return;
	if (sig == SCT_SIGKILL) {
		sig = leader_fatal_signal(t);
		if (!sig)
			return;
		info = NULL;
	}
	struct sct_signal *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
	if (!r) {
		count(SCT_CNT_LOST);
		return;
	}
	r->hdr.type = SCT_REC_SIGNAL;
	r->hdr.nblobs = 0;
	r->hdr.size = sizeof(*r);
	r->pid = pid_tgid >> 32;
	r->tid = (__u32)pid_tgid;
	r->ts = bpf_ktime_get_ns();
	r->sig = sig;
	r->flags = 0;
	/* SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU with the default action */
	if (sig >= SCT_SIGSTOP && sig <= SCT_SIGTTOU && ka &&
	    BPF_CORE_READ(ka, sa.sa_handler) == NULL)
		r->flags |= SCT_SIGF_STOP;
	current_comm(r->comm);
	if (info) {
		if (bpf_probe_read_kernel(r->siginfo, sizeof(r->siginfo), info))
			__builtin_memset(r->siginfo, 0, sizeof(r->siginfo));
	} else if (!queued_siginfo(t, sig, r->siginfo)) {
		__builtin_memset(r->siginfo, 0, sizeof(r->siginfo));
	}
	bpf_ringbuf_submit(r, rb_flags());
}

SEC("tp_btf/signal_deliver")
int BPF_PROG(signal_btf, int sig, struct kernel_siginfo *info, struct k_sigaction *ka)
{
	on_signal(sig, info, ka);
	return 0;
}

SEC("raw_tracepoint/signal_deliver")
int signal_raw(struct bpf_raw_tracepoint_args *ctx)
{
	on_signal(ctx->args[0], (void *)ctx->args[1], (struct k_sigaction *)ctx->args[2]);
	return 0;
}

/* A process's leader is freed once every thread is gone: its pid may be
 * reused from now on, so it leaves the traced set. */
static __always_inline void on_free(struct task_struct *task)
{
	if (!filter_pids)
		return;
	__u32 tid = BPF_CORE_READ(task, pid), tgid = BPF_CORE_READ(task, tgid);
	if (tid == tgid)
		pid_set_del(tgid);
}

SEC("tp_btf/sched_process_free")
int BPF_PROG(free_btf, struct task_struct *task)
{
	on_free(task);
	return 0;
}

SEC("raw_tracepoint/sched_process_free")
int free_raw(struct bpf_raw_tracepoint_args *ctx)
{
	on_free((struct task_struct *)ctx->args[0]);
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(fork_btf, struct task_struct *parent, struct task_struct *child)
{
	on_fork(parent, child);
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(exit_btf, struct task_struct *task)
{
	on_exit_task(task, -1, true);
	return 0;
}

/* Linux 6.16 added group_dead to the tracepoint: loaded instead of
 * exit_btf where the kernel's BTF says so */
SEC("tp_btf/sched_process_exit")
int BPF_PROG(exit_btf_gd, struct task_struct *task, bool group_dead)
{
	on_exit_task(task, group_dead, true);
	return 0;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(exec_btf, struct task_struct *task, pid_t old_pid, struct linux_binprm *bprm)
{
	on_exec(task, old_pid, bprm);
	return 0;
}

SEC("raw_tracepoint/sched_process_fork")
int fork_raw(struct bpf_raw_tracepoint_args *ctx)
{
	on_fork((struct task_struct *)ctx->args[0], (struct task_struct *)ctx->args[1]);
	return 0;
}

SEC("raw_tracepoint/sched_process_exit")
int exit_raw(struct bpf_raw_tracepoint_args *ctx)
{
	on_exit_task((struct task_struct *)ctx->args[0], -1, false);
	return 0;
}

SEC("raw_tracepoint/sched_process_exec")
int exec_raw(struct bpf_raw_tracepoint_args *ctx)
{
	on_exec((struct task_struct *)ctx->args[0], ctx->args[1], (struct linux_binprm *)ctx->args[2]);
	return 0;
}

/* -k: loaded only with --stack-trace */
#include "sctrace_stack.bpf.h"
