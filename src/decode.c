// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * The decoding layer's core: the per-syscall row lookup, the capture spec
 * handed to BPF, the blob walk, and the dispatch of each argument to its
 * decoder (one row per kind in decoders[]).  The decoders themselves live
 * in src/decode_<family>.c; see decode_priv.h for how to extend.
 */
#include "decode_priv.h"
#include "pidnames.h"

#include <asm/unistd_64.h>
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------- rows */

static const struct syscall_fmt no_fmt;  /* all A_DEFAULT */

/* Unknown numbers: strace prints syscall_0x1f4(0x1, 0x2, ...), six args in hex. */
static const struct syscall_fmt unknown_fmt = {
	.arg = { A_HEX, A_HEX, A_HEX, A_HEX, A_HEX, A_HEX },
};
static const struct syscall_desc unknown_desc = {
	.name = NULL,
	.nargs = SCT_MAX_ARGS,
	.argname = { "arg0", "arg1", "arg2", "arg3", "arg4", "arg5" },
	.argtype = { "unsigned long", "unsigned long", "unsigned long",
		     "unsigned long", "unsigned long", "unsigned long" },
};

/* rt_sigreturn takes no argument, but strace shows the signal mask it
 * restores as one; the BPF side passes that mask's address as arg 0. */
static const struct syscall_desc rt_sigreturn_desc = {
	.name = "rt_sigreturn",
	.nargs = 1,
	.classes = TC_SIGNAL,
	.argname = { "frame" },
	.argtype = { "sigset_t *" },
};

/* The syscall's description as decoded, or NULL for an unknown number */
static const struct syscall_desc *desc_of(int nr)
{
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS || !syscall_table[nr].name)
		return NULL;
	return nr == __NR_rt_sigreturn ? &rt_sigreturn_desc : &syscall_table[nr];
}

/* Every syscall's row: syscall_fmts[] (src/syscall_fmt.c, rows made of
 * kinds), then the families' own rows (decode_families[]).  Built on first
 * use; never changes after. */
static const struct syscall_fmt *fmt_index[SCT_MAX_SYSCALLS];
static int fmt_dups;

static void fmt_index_build(void)
{
	static const struct syscall_fmt zero;
	for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++)
		fmt_index[nr] = &syscall_fmts[nr];
	for (const struct syscall_row *const *fam = decode_families; *fam; fam++)
		for (const struct syscall_row *r = *fam; r->nr >= 0; r++) {
			if (r->nr >= SCT_MAX_SYSCALLS)
				continue;
			if (memcmp(fmt_index[r->nr], &zero, sizeof(zero)) != 0)
				fmt_dups++;
			fmt_index[r->nr] = &r->fmt;
		}
}

const struct syscall_fmt *syscall_fmt_get(int nr)
{
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS)
		return &no_fmt;
	if (!fmt_index[0])
		fmt_index_build();
	return fmt_index[nr];
}

int decode_registry_duplicates(void)
{
	syscall_fmt_get(0);
	return fmt_dups;
}

/* ------------------------------------------------------------ options */

struct decode_opts decode_opts = {
	.abbrev = { [0 ... SCT_MAX_SYSCALLS / 64 - 1] = ~0ULL },
	.verbose = { [0 ... SCT_MAX_SYSCALLS / 64 - 1] = ~0ULL },
};

void decode_opts_init(struct decode_opts *o)
{
	memset(o, 0, sizeof(*o));
	memset(o->abbrev, 0xff, sizeof(o->abbrev));
	memset(o->verbose, 0xff, sizeof(o->verbose));
}

static bool nr_in(const uint64_t *set, const struct call *c)
{
	int nr = c->rec->nr;
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS || (c->rec->flags & SCT_SF_COMPAT))
		return true;
	return set[nr / 64] >> (nr % 64) & 1;
}

bool call_abbrev(const struct call *c) { return nr_in(decode_opts.abbrev, c); }
bool call_verbose(const struct call *c) { return nr_in(decode_opts.verbose, c); }

static bool call_raw(const struct call *c)
{
	int nr = c->rec->nr;
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS || (c->rec->flags & SCT_SF_COMPAT))
		return false;
	return decode_opts.raw[nr / 64] >> (nr % 64) & 1;
}

/* ------------------------------------------------------- capture specs */

/* What each kind needs from user memory (kinds not listed: nothing). */
struct kind_cap {
	uint8_t cap;      /* enum sct_cap_kind, | SCT_CAP_OPTIONAL when the
	                   * argument is a pointer only for some commands */
	uint8_t lenarg;   /* 1: the length argument is fmt->lenarg[i] */
	uint16_t size;    /* STRUCT_*: bytes */
};

static const struct kind_cap kind_caps[A_KIND_ALL] = {
	[A_PATH]            = { SCT_CAP_PATH, 0, 0 },
	[A_PATH_OUT]        = { SCT_CAP_PATH, 0, 0 },
	[A_STR]             = { SCT_CAP_STR, 0, 0 },
	[A_BUF_IN]          = { SCT_CAP_BUF_IN, 1, 0 },
	[A_BUF_OUT]         = { SCT_CAP_BUF_OUT, 0, 0 },
	[A_ARGV]            = { SCT_CAP_ARGV, 0, 0 },
	[A_ENVP]            = { SCT_CAP_COUNT, 0, 0 },
	[A_WAIT_STATUS]     = { SCT_CAP_STRUCT_OUT, 0, 4 },
	[A_TIMESPEC_IN]     = { SCT_CAP_STRUCT_IN, 0, 16 },
	[A_TIMEVAL_IN]      = { SCT_CAP_STRUCT_IN, 0, 16 },
	[A_TIMESPEC_OUT]    = { SCT_CAP_STRUCT_OUT, 0, 16 },
	[A_FUTEX_TIMEOUT]   = { SCT_CAP_STRUCT_IN, 0, 16 },
	[A_INT_PAIR_OUT]    = { SCT_CAP_STRUCT_OUT, 0, 8 },
	[A_SIGSET_IN]       = { SCT_CAP_STRUCT_IN, 0, 8 },
	[A_SIGRETURN_MASK]  = { SCT_CAP_STRUCT_IN, 0, 8 },
	[A_SIGSET_OUT]      = { SCT_CAP_STRUCT_OUT, 0, 8 },
	[A_RLIMIT_IN]       = { SCT_CAP_STRUCT_IN, 0, 16 },
	[A_RLIMIT_OUT]      = { SCT_CAP_STRUCT_OUT, 0, 16 },
	[A_ARCH_PRCTL_ADDR] = { SCT_CAP_STRUCT_OUT, 0, 8 },
	[A_SOCKADDR_IN]     = { SCT_CAP_SOCKADDR_IN, 1, 0 },
	[A_STAT_OUT]        = { SCT_CAP_STRUCT_OUT, 0, 144 },  /* x86_64 struct stat */
	[A_STATX_OUT]       = { SCT_CAP_STRUCT_OUT, 0, 256 },  /* struct statx */
	[A_SIGACTION_IN]    = { SCT_CAP_STRUCT_IN, 0, 32 },    /* kernel struct sigaction */
	[A_SIGACTION_OUT]   = { SCT_CAP_STRUCT_OUT, 0, 32 },
	[A_CLONE3_ARGS]     = { SCT_CAP_STRUCT_IN, 0, 88 },    /* struct clone_args (v2) */
	/*
	 * Fixed-size reads standing in for lengths BPF cannot take from the
	 * call yet (an element count times a size, or the return value):
	 * enough for what strace shows by default (-s 32 elements).
	 */
	[A_CLONE_REST]      = { SCT_CAP_STRUCT_OUT, 0, 4 },    /* *parent_tid */
	[A_DIRENTS]         = { SCT_CAP_DIRENTS, 0, 0 },       /* the entry count */
	[A_UTSNAME_OUT]     = { SCT_CAP_STRUCT_OUT, 0, 130 },  /* sysname, nodename */
	[A_SYSINFO_OUT]     = { SCT_CAP_STRUCT_OUT, 0, 112 },
	[A_STATFS_OUT]      = { SCT_CAP_STRUCT_OUT, 0, 88 },   /* up to f_flags */
	[A_UTIMES_IN]       = { SCT_CAP_STRUCT_IN, 0, 32 },
	[A_XATTR_BUF_OUT]   = { SCT_CAP_BUF_OUT, 0, 0 },
	[A_FLOCK]           = { SCT_CAP_STRUCT_IN, 0, 32 },
	[A_CPUSET_OUT]      = { SCT_CAP_STRUCT_OUT, 0, 128 },
	[A_GROUPS_OUT]      = { SCT_CAP_STRUCT_OUT, 0, 256 },  /* 64 groups */
	[A_STACK_IN]        = { SCT_CAP_STRUCT_IN, 0, 24 },
	[A_STACK_OUT]       = { SCT_CAP_STRUCT_OUT, 0, 24 },
	[A_TMS_OUT]         = { SCT_CAP_STRUCT_OUT, 0, 32 },
	[A_RUSAGE_OUT]      = { SCT_CAP_STRUCT_OUT, 0, 32 },   /* ru_utime, ru_stime */
	[A_PRCTL_ARG]       = { SCT_CAP_STRUCT_IN | SCT_CAP_OPTIONAL, 0, 16 },    /* a task name, a signal */
	[A_ITIMERVAL_IN]    = { SCT_CAP_STRUCT_IN, 0, 32 },
	[A_ITIMERVAL_OUT]   = { SCT_CAP_STRUCT_OUT, 0, 32 },
	[A_ITIMERSPEC_IN]   = { SCT_CAP_STRUCT_IN, 0, 32 },
	[A_ITIMERSPEC_OUT]  = { SCT_CAP_STRUCT_OUT, 0, 32 },
	[A_SCHED_PARAM_OUT] = { SCT_CAP_STRUCT_OUT, 0, 4 },
	[A_MINCORE_VEC]     = { SCT_CAP_STRUCT_OUT, 0, 64 },
	[A_POLLFDS]         = { SCT_CAP_STRUCT_IN, 0, 512 },   /* 64 pollfds */
	[A_FDSET]           = { SCT_CAP_STRUCT_IN, 0, 128 },   /* FD_SETSIZE bits */
	[A_SELECT_TIMEVAL]  = { SCT_CAP_STRUCT_IN, 0, 16 },
	[A_PSELECT_SIGMASK] = { SCT_CAP_STRUCT_IN, 0, 16 },
	[A_EPOLL_EVENT_IN]  = { SCT_CAP_STRUCT_IN, 0, 12 },
	[A_EPOLL_EVENTS_OUT] = { SCT_CAP_STRUCT_OUT, 0, 384 }, /* 32 events */
	[A_SOCKADDR_OUT]    = { SCT_CAP_STRUCT_OUT, 0, 128 },  /* sockaddr_storage */
	[A_SOCKLEN_INOUT]   = { SCT_CAP_STRUCT_IN, 0, 4 },     /* entry: in; exit: out */
	[A_SOCKOPT_VAL_IN]  = { SCT_CAP_BUF_IN, 1, 0 },
	[A_SOCKOPT_VAL_OUT] = { SCT_CAP_STRUCT_OUT, 0, 256 },
	[A_SIGINFO_OUT]     = { SCT_CAP_STRUCT_OUT, 0, 48 },
	[A_OPEN_HOW]        = { SCT_CAP_STRUCT_IN, 0, 24 },
	[A_IOCTL_ARG]       = { SCT_CAP_STRUCT_IN | SCT_CAP_OPTIONAL, 0, 36 },    /* termios, winsize, int */
	[A_LOFF_IN]         = { SCT_CAP_STRUCT_IN, 0, 8 },
	[A_SENDFILE_OFF]    = { SCT_CAP_STRUCT_IN, 0, 8 },     /* entry: in; exit: out */
	[A_UID_OUT]         = { SCT_CAP_STRUCT_OUT, 0, 4 },
	[A_CPUSET_IN]       = { SCT_CAP_STRUCT_IN, 0, 128 },
	[A_TIMEVAL_OUT]     = { SCT_CAP_STRUCT_OUT, 0, 16 },
	[A_SIGEVENT]        = { SCT_CAP_STRUCT_IN, 0, 32 },
	[A_INT_OUT]         = { SCT_CAP_STRUCT_OUT, 0, 4 },
	[A_FCNTL_ARG]       = { SCT_CAP_STRUCT_IN | SCT_CAP_OPTIONAL, 0, 32 },    /* struct flock, f_owner_ex */
};

static bool nr_in_set(const uint64_t *set, int nr)
{
	return nr >= 0 && nr < SCT_MAX_SYSCALLS && (set[nr / 64] >> (nr % 64) & 1);
}

/* -y: which fds BPF resolves, from the row's kinds: arguments at entry
 * (close's file is gone at exit; dup2's newfd shows its old file, as
 * strace), returned fds at exit. */
static void fd_capture_spec(int nr, const struct syscall_fmt *f, int nargs,
			    struct sct_sysspec *spec)
{
	for (int i = 0; i < nargs && i < SCT_MAX_ARGS; i++) {
		unsigned kind = f->arg[i];
		if (kind == A_FD || kind == A_DIRFD)
			spec->fdargs |= 1u << i;
		if (kind == A_DIRFD)
			spec->fdcwd |= 1u << i;
		if (kind == A_INT_PAIR_OUT)  /* pipe, socketpair: [3, 4] at exit */
			spec->fdlist = (struct sct_fdlist){ .arg = i, .n = 2,
				.flags = SCT_FDLIST_EXIT | SCT_FDLIST_ARRAY };
	}
	fdpath_list_spec(nr, spec);   /* fds inside structs */
	/* JSON's absolute paths: a path argument with no dirfd before it is
	 * relative to the cwd (symlink's target is not a name looked up) */
	bool path = false, dirfd = false;
	for (int i = 0; i < nargs && i < SCT_MAX_ARGS; i++) {
		path |= f->arg[i] == A_PATH && fdpath_is_lookup(nr, i);
		dirfd |= f->arg[i] == A_DIRFD;
	}
	if (decode_opts.abs_paths && path && !dirfd)
		spec->cwdpath = 1;
	/* fcntl: F_DUPFD's result, told apart in userspace (fdpath_ret()) */
	if (f->ret == R_FD || nr == __NR_fcntl || nr == __NR_bpf)
		spec->fdret = 1;
	if (spec->fdargs || spec->fdret || spec->fdlist.n || spec->fdlist.flags || spec->cwdpath)
		spec->flags |= SCT_SPEC_FDS;
}

void decode_capture_spec(int nr, struct sct_sysspec *spec)
{
	memset(spec, 0, sizeof(*spec));
	const struct syscall_desc *d = desc_of(nr);
	if (!d)
		return;

	const struct syscall_fmt *f = syscall_fmt_get(nr);
	int nargs = d->nargs;
	bool exec = false;

	for (int i = 0; i < nargs && i < SCT_MAX_ARGS; i++) {
		unsigned kind = f->arg[i];
		if (f->cap[i].kind != SCT_CAP_NONE) {
			spec->arg[i] = f->cap[i];
			spec->ncap++;
			continue;
		}
		if (kind >= A_KIND_ALL || kind_caps[kind].cap == SCT_CAP_NONE)
			continue;
		if (kind == A_DIRENTS && dirents_cap_whole(nr, &spec->arg[i])) {
			spec->ncap++;   /* -v getdents: the entries (decode_file.c) */
			continue;
		}
		const struct kind_cap *k = &kind_caps[kind];
		spec->arg[i].kind = k->cap;
		spec->arg[i].lenarg = k->lenarg ? f->lenarg[i] : 0;
		spec->arg[i].size = k->size;
		spec->ncap++;
		if (kind == A_ARGV)
			exec = true;   /* execve, execveat */
		if (kind == A_ENVP && !nr_in_set(decode_opts.abbrev, nr))
			spec->arg[i].kind = SCT_CAP_ARGV;   /* -v: envp's strings too */
		if (k->cap == SCT_CAP_DIRENTS)
			spec->flags |= SCT_SPEC_DIRENTS;  /* the BPF side expects it on arg 1 */
	}
	for (int i = 0; i < SCT_MAX_ARGS; i++)
		if (spec->arg[i].kind != SCT_CAP_NONE)
			spec->nwalk = i + 1;
	/* nested captures: the rules up to the last one used (walked after
	 * the arguments: something to read even with no argument capture) */
	for (int k = 0; k < SCT_NEST_MAX; k++) {
		spec->nest[k] = f->nest[k];
		if (f->nest[k].mode != SCT_NEST_NONE)
			spec->nnest = k + 1;
	}
	if (spec->nnest && !spec->ncap)
		spec->ncap = 1;
	if (f->blocks)
		spec->flags |= SCT_SPEC_ENTRY;
	if (f->blocks == BLOCKS_UNLESS_REGULAR)
		spec->flags |= SCT_SPEC_ENTRY_FD;
	if (exec)
		spec->flags |= SCT_SPEC_EXEC;
	if (decode_opts.decode_fds)
		fd_capture_spec(nr, f, nargs, spec);
}

/* ------------------------------------------------------------ records */

/* Which blob stands for an ARGV/COUNT argument in c->blob[]: the element
 * count (COUNT) beats the "more elements" marker, which beats element 0. */
static int blob_rank(const struct sct_blob *b)
{
	if (!b)
		return 0;
	if (b->kind == SCT_CAP_COUNT || (b->kind == SCT_CAP_IOV && b->idx >= SCT_IOV_MAX))
		return 3;
	if (b->kind == SCT_CAP_ARGV && b->idx >= SCT_ARGV_MAX)
		return 2;
	return 1;
}

/* Kinds BPF reads from memory the caller filled before the call: strace
 * shows them as they were at entry, so an entry record's copy is preferred
 * (the kernel may have changed the memory by exit: select's timeout, a
 * sigset buffer also used for the old mask). */
static bool cap_is_input(unsigned kind)
{
	switch (kind) {
	case SCT_CAP_PATH: case SCT_CAP_STR: case SCT_CAP_BUF_IN:
	case SCT_CAP_STRUCT_IN: case SCT_CAP_SOCKADDR_IN: case SCT_CAP_ARRAY_IN:
	case SCT_CAP_DEREF:
		return true;
	}
	return false;
}

/*
 * Walk r's blobs into c.  `filled`: args the exit record already gave;
 * for those, a blob of this (entry) record replaces the exit one only when
 * it is an input that was read without fault.  Returns the args seen.
 */
static unsigned scan_blobs(struct call *c, const struct sct_syscall *r, unsigned filled)
{
	unsigned seen = 0;
	if (r->hdr.size <= sizeof(*r))
		return 0;

	const uint8_t *p = (const uint8_t *)(r + 1);
	const uint8_t *end = (const uint8_t *)r + r->hdr.size;

	for (unsigned n = 0; n < r->hdr.nblobs; n++) {
		if ((size_t)(end - p) < sizeof(struct sct_blob))
			break;
		const struct sct_blob *b = (const void *)p;
		const uint8_t *data = p + sizeof(*b);
		if (b->len > (size_t)(end - data))
			break;  /* corrupt: stop rather than read past the record */
		size_t step = sizeof(*b) + SCT_BLOB_ALIGN((size_t)b->len);
		p = step > (size_t)(end - p) ? end : p + step;

		unsigned a = b->arg;
		if (b->kind == SCT_CAP_FDPATH) {
			/* -y: the first record scanned (the exit's) wins */
			struct blob_ref *slot = NULL;
			if (b->idx == 0 && a <= SCT_FD_CWD) {
				slot = &c->fdpath[a];
			} else if (b->idx >= 1 && b->idx <= SCT_FDLIST_MAX &&
				   (c->fdlist_arg < 0 || c->fdlist_arg == (int)a)) {
				c->fdlist_arg = a;
				while (c->fdelem_n < b->idx)
					c->fdelem[c->fdelem_n++] = (struct blob_ref){ 0 };
				slot = &c->fdelem[b->idx - 1];
			}
			if (slot && !slot->b)
				*slot = (struct blob_ref){ b, data };
			continue;
		}
		if (a >= SCT_MAX_ARGS)
			continue;
		struct blob_ref ref = { b, data };
		if (r == c->rec && r->hdr.type == SCT_REC_SYSCALL && !c->out[a].b)
			c->out[a] = ref;
		if (filled & (1u << a)) {
			if (cap_is_input(b->kind) && !(b->flags & SCT_BF_FAULT) &&
			    c->blob[a].b && c->blob[a].b->kind == b->kind &&
			    c->blob[a].b->idx == b->idx)
				c->blob[a] = ref;
			continue;
		}
		seen |= 1u << a;
		/* elements: execve's strings, an iovec array's elements */
		if ((b->kind == SCT_CAP_ARGV || b->kind == SCT_CAP_IOV) && b->idx < SCT_ARGV_MAX) {
			if (c->argv_arg < 0 || c->argv_arg == (int)a) {
				c->argv_arg = a;
				while (c->argv_n <= b->idx)
					c->argv[c->argv_n++] = (struct blob_ref){ 0 };
				c->argv[b->idx] = ref;
			} else if (c->elem2_arg < 0 || c->elem2_arg == (int)a) {
				c->elem2_arg = a;
				while (c->elem2_n <= b->idx)
					c->elem2[c->elem2_n++] = (struct blob_ref){ 0 };
				c->elem2[b->idx] = ref;
			}
		}
		if (blob_rank(b) > blob_rank(c->blob[a].b))
			c->blob[a] = ref;
	}
	return seen;
}

void call_init(struct call *c, const struct sct_syscall *rec,
	       const struct sct_syscall *entry, unsigned strsize)
{
	/* the size through a register: a constant one makes the compiler
	 * inline `rep stos`, slow to start for these few hundred bytes; the
	 * library's memset stores them in a few vector writes */
	size_t head = offsetof(struct call, argv);
	__asm__("" : "+r"(head));
	memset(c, 0, head);
	c->argv_arg = -1;
	c->fdlist_arg = -1;
	c->resuming_nr = -1;
	c->elem2_arg = -1;
	c->rec = rec;
	c->entry_rec = entry && entry != rec ? entry : NULL;
	c->strsize = strsize;
	c->exiting = rec->hdr.type == SCT_REC_SYSCALL;

	int nr = rec->nr;
	const struct syscall_desc *d = (rec->flags & SCT_SF_COMPAT) ? NULL : desc_of(nr);
	if (d) {
		c->desc = d;
		c->fmt = syscall_fmt_get(nr);
	} else {
		c->desc = &unknown_desc;
		c->fmt = &unknown_fmt;
	}

	unsigned seen = scan_blobs(c, rec, 0);
	if (entry && entry != rec)
		scan_blobs(c, entry, seen);
}

int decode_entry_args(const struct call *c)
{
	int n = c->desc->nargs;
	if (c->fmt->entry_args && c->fmt->entry_args < n)
		return c->fmt->entry_args;
	return n;
}

/* ------------------------------------------------------------ helpers */

bool call_failed(const struct call *c)
{
	return c->exiting && c->rec->ret < 0 && c->rec->ret >= -4095;
}

const struct blob_ref *call_fdpath(const struct call *c, int i, int elem)
{
	const struct blob_ref *r = NULL;
	if (elem == 0 && i >= 0 && i <= SCT_FD_CWD)
		r = &c->fdpath[i];
	else if (elem >= 1 && i == c->fdlist_arg && (unsigned)elem <= c->fdelem_n)
		r = &c->fdelem[elem - 1];
	return r && r->b ? r : NULL;
}

const struct blob_ref *call_blob(const struct call *c, int i)
{
	if (i < 0 || i >= SCT_MAX_ARGS)
		return NULL;
	const struct blob_ref *r = &c->blob[i];
	if (!r->b || (r->b->flags & SCT_BF_FAULT))
		return NULL;
	return r;
}

bool call_struct(const struct call *c, int i, void *out, size_t size)
{
	const struct blob_ref *r = call_blob(c, i);
	if (!r || r->b->len < size)
		return false;
	memcpy(out, r->data, size);
	return true;
}

bool record_blob(const struct sct_syscall *r, int arg, int kind, int idx, struct blob_ref *out)
{
	if (!r || r->hdr.size <= sizeof(*r))
		return false;
	const uint8_t *p = (const uint8_t *)(r + 1);
	const uint8_t *end = (const uint8_t *)r + r->hdr.size;
	for (unsigned n = 0; n < r->hdr.nblobs && (size_t)(end - p) >= sizeof(struct sct_blob); n++) {
		const struct sct_blob *b = (const void *)p;
		const uint8_t *data = p + sizeof(*b);
		if (b->len > (size_t)(end - data))
			return false;
		if (b->arg == arg && b->kind == kind && b->idx == idx) {
			*out = (struct blob_ref){ b, data };
			return true;
		}
		size_t step = sizeof(*b) + SCT_BLOB_ALIGN((size_t)b->len);
		p = step > (size_t)(end - p) ? end : p + step;
	}
	return false;
}

bool call_nest(const struct call *c, int k, struct blob_ref *out)
{
	if (k < 0 || k >= SCT_NEST_MAX)
		return false;
	struct blob_ref in, ex;
	bool have_in = record_blob(c->entry_rec, SCT_NEST_ARG, SCT_CAP_NEST, k, &in) &&
		       !(in.b->flags & SCT_BF_FAULT);
	bool have_ex = record_blob(c->rec, SCT_NEST_ARG, SCT_CAP_NEST, k, &ex) &&
		       !(ex.b->flags & SCT_BF_FAULT);
	/* inputs as the caller passed them (the entry record's copy) */
	if (have_in && !(c->fmt->nest[k].flags & (SCT_NEST_OUT | SCT_NEST_EXIT))) {
		*out = in;
		return true;
	}
	if (have_ex) {
		*out = ex;
		return true;
	}
	return false;
}

bool call_nest_elem(const struct call *c, int k, int elem, struct blob_ref *out)
{
	if (k < 0 || k >= SCT_NEST_MAX || elem < 0 || elem >= SCT_NEST_ELEMS)
		return false;
	/* inputs: the entry record's copy first; a faulted blob is still
	 * returned (an element's pointer is in aux) */
	if (!(c->fmt->nest[k].flags & (SCT_NEST_OUT | SCT_NEST_EXIT)) &&
	    record_blob(c->entry_rec, SCT_NEST_ARG + 1 + k, SCT_CAP_NEST, elem, out) &&
	    !(out->b->flags & SCT_BF_FAULT))
		return true;
	return record_blob(c->rec, SCT_NEST_ARG + 1 + k, SCT_CAP_NEST, elem, out);
}

/* printstr_ex(p, n, QUOTE_0_TERMINATED) of a captured string r */
static void emit_cstr_ref(struct emit *e, const char *key, const struct call *c,
			  const struct blob_ref *rp, uint64_t n)
{
	const struct blob_ref r = *rp;
	uint64_t size = (uint64_t)c->strsize + 1;
	if (size > n)
		size = n;
	uint64_t len = r.b->len;   /* characters before the NUL, or all read */
	bool no_nul = (r.b->flags & SCT_BF_TRUNC) || len >= size;
	uint64_t shown = len < size ? len : size;
	if (shown > c->strsize)
		shown = c->strsize;
	emit_str(e, key, r.data, (size_t)shown, no_nul ? EMIT_STR_TRUNC : 0);
}

void emit_nest_cstr(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
		    uint64_t n)
{
	struct blob_ref r;
	if (!p || !call_nest(c, k, &r)) {
		emit_ptr(e, key, p);
		return;
	}
	emit_cstr_ref(e, key, c, &r, n);
}

/* "... / * address * /": an array that could not be read from there on */
static void emit_more_at(struct emit *e, uint64_t addr)
{
	char buf[24];
	emit_more(e);
	snprintf(buf, sizeof(buf), "%#llx", (unsigned long long)addr);
	emit_comment(e, buf);
}

bool emit_array_null_or_empty(struct emit *e, const char *key, uint64_t p, uint64_t n)
{
	if (!p) {
		emit_ptr(e, key, 0);
		return true;
	}
	if (!n) {
		emit_begin_array(e, key);
		emit_end_array(e);
		return true;
	}
	return false;
}

void emit_nest_array(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
		     uint64_t n, size_t size, array_elem_fn fn)
{
	struct blob_ref r;
	if (emit_array_null_or_empty(e, key, p, n))
		return;
	if (n > UINT64_MAX / size || p + n * size <= p || !call_verbose(c) || !call_nest(c, k, &r) ||
	    r.b->len < size) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t have = r.b->len / size;
	uint64_t limit = call_abbrev(c) && n > c->strsize ? c->strsize : n;
	emit_begin_array(e, key);
	for (uint64_t j = 0; j < n; j++) {
		if (j >= have) {
			if (r.b->flags & SCT_BF_PARTIAL)   /* the memory ends there */
				emit_more_at(e, p + j * size);
			else
				emit_more(e);
			break;
		}
		if (j >= limit) {
			emit_more(e);
			break;
		}
		fn(e, r.data + j * size);
	}
	emit_end_array(e);
}

void emit_nest_str_array(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
			 uint64_t n)
{
	struct blob_ref r;
	if (emit_array_null_or_empty(e, key, p, n))
		return;
	if (n > UINT64_MAX / 8 || p + n * 8 <= p || !call_verbose(c) ||
	    !call_nest_elem(c, k, 0, &r) || (r.b->flags & SCT_BF_PARTIAL)) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t limit = call_abbrev(c) && n > c->strsize ? c->strsize : n;
	emit_begin_array(e, key);
	for (uint64_t j = 0; j < n; j++) {
		if (j >= limit || j >= SCT_NEST_ELEMS || !call_nest_elem(c, k, (int)j, &r)) {
			emit_more(e);
			break;
		}
		if (r.b->flags & SCT_BF_PARTIAL) {
			emit_more_at(e, r.b->aux);
			break;
		}
		if (!r.b->aux)
			emit_ptr(e, NULL, 0);
		else if (r.b->flags & SCT_BF_FAULT)
			emit_ptr(e, NULL, r.b->aux);
		else
			emit_cstr_ref(e, NULL, c, &r, UINT64_MAX);
	}
	emit_end_array(e);
}

void emit_nest_bytes(struct emit *e, const char *key, const struct call *c, int k, uint64_t p,
		     uint64_t n, unsigned flags)
{
	struct blob_ref r;
	if (!p || !call_nest(c, k, &r) || r.b->len < (n < c->strsize ? n : c->strsize)) {
		emit_ptr(e, key, p);
		return;
	}
	uint64_t shown = n < c->strsize ? n : c->strsize;
	emit_str(e, key, r.data, (size_t)shown, flags | (n > c->strsize ? EMIT_STR_TRUNC : 0));
}

int fmt_find_arg(const struct call *c, int kind)
{
	for (int i = 0; i < SCT_MAX_ARGS; i++)
		if (c->fmt->arg[i] == kind)
			return i;
	return -1;
}

size_t str_append(char *buf, size_t size, size_t len, const char *s)
{
	if (!size)
		return 0;
	while (*s && len + 1 < size)
		buf[len++] = *s++;
	buf[len < size ? len : size - 1] = '\0';
	return len;
}

size_t hex_append(char *buf, size_t size, size_t len, uint64_t v)
{
	/* as printf's %#x: "0" for 0, else 0x and the digits, lowercase */
	static const char xdigits[16] = "0123456789abcdef";
	char tmp[19], *p = tmp + sizeof(tmp);
	*--p = '\0';
	do {
		*--p = xdigits[v & 15];
		v >>= 4;
	} while (v);
	if (p[0] != '0' || p[1]) {
		*--p = 'x';
		*--p = '0';
	}
	return str_append(buf, size, len, p);
}

size_t value_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
		    uint64_t v, const char *unknown)
{
	const char *name = lookup_value(tab, v);
	if (name)
		return str_append(buf, size, len, name);
	len = hex_append(buf, size, len, v);
	len = str_append(buf, size, len, " /* ");
	len = str_append(buf, size, len, unknown);
	return str_append(buf, size, len, " */");
}

const char *lookup_value(const struct flag_name *tab, uint64_t v)
{
	for (; tab->name; tab++)
		if (tab->val == v)
			return tab->name;
	return NULL;
}

size_t flags_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
		    uint64_t v, const char *dflt)
{
	if (v == 0) {
		const char *zero = lookup_value(tab, 0);
		return str_append(buf, size, len, zero ? zero : "0");
	}
	unsigned n = 0;
	for (const struct flag_name *t = tab; t->name; t++) {
		if (t->val && (v & t->val) == t->val) {
			if (n++)
				len = str_append(buf, size, len, "|");
			len = str_append(buf, size, len, t->name);
			v &= ~t->val;
			if (!v)
				break;
		}
	}
	if (v) {
		if (n)
			len = str_append(buf, size, len, "|");
		len = hex_append(buf, size, len, v);
		if (!n && dflt) {
			len = str_append(buf, size, len, " /* ");
			len = str_append(buf, size, len, dflt);
			len = str_append(buf, size, len, " */");
		}
	}
	return len;
}

const char *format_flags(char *buf, size_t size, const struct flag_name *tab,
			 uint64_t v, const char *zero)
{
	if (!size)
		return buf;
	buf[0] = '\0';
	if (v == 0 && zero)
		str_append(buf, size, 0, zero);
	else
		flags_append(buf, size, 0, tab, v, NULL);
	return buf;
}

/* -X verbose: "0x3 / * A|B * /"; the number alone when nothing is named */
static void emit_verbose(struct emit *e, const char *key, const char *num, const char *names,
			 uint64_t raw)
{
	if (!names || !*names || !strcmp(names, num)) {
		emit_sym(e, key, num);
		return;
	}
	emit_sym_raw(e, key, names, num, raw);
}

void emit_flags(struct emit *e, const char *key, const struct flag_name *tab,
		uint64_t v, const char *dflt)
{
	char buf[FLAGS_BUF];
	buf[0] = '\0';
	if (decode_opts.xlat == XLAT_RAW) {
		emit_hex(e, key, v);
		return;
	}
	if (decode_opts.xlat == XLAT_VERBOSE) {
		char num[24];
		hex_append(num, sizeof(num), 0, v);
		bool any = false;
		for (const struct flag_name *t = tab; t->name; t++)
			if (t->val ? (v & t->val) == t->val : !v)
				any = true;
		if (any)
			flags_append(buf, sizeof(buf), 0, tab, v, NULL);
		else if (v && dflt)
			str_append(buf, sizeof(buf), 0, dflt);
		emit_verbose(e, key, num, buf, v);
		return;
	}
	flags_append(buf, sizeof(buf), 0, tab, v, dflt);
	emit_sym(e, key, buf);
}

void emit_formatted(struct emit *e, const char *key, uint64_t v, const char *text)
{
	char out[FLAGS_BUF + 32];
	if (decode_opts.xlat == XLAT_RAW) {
		emit_hex(e, key, v);
		return;
	}
	if (decode_opts.xlat == XLAT_VERBOSE) {
		hex_append(out, sizeof(out), 0, v);
		emit_verbose(e, key, out, text, v);
		return;
	}
	emit_sym(e, key, text);
}

void emit_xval(struct emit *e, const char *key, const struct flag_name *tab,
	       uint64_t v, const char *dflt)
{
	if (decode_opts.xlat != XLAT_ABBREV) {
		char num[24];
		hex_append(num, sizeof(num), 0, v);
		const char *name = lookup_value(tab, v);
		if (decode_opts.xlat == XLAT_RAW)
			emit_hex(e, key, v);
		else
			emit_verbose(e, key, num, name ? name : dflt, (uint64_t)v);
		return;
	}
	if (!dflt && !lookup_value(tab, v)) {
		emit_hex(e, key, v);
		return;
	}
	char buf[96];
	value_append(buf, sizeof(buf), 0, tab, v, dflt);
	emit_sym(e, key, buf);
}

void emit_xval_d(struct emit *e, const char *key, const struct flag_name *tab,
		 int64_t v, const char *dflt)
{
	const char *name = lookup_value(tab, (uint64_t)v);
	if (decode_opts.xlat != XLAT_ABBREV) {
		char num[24];
		snprintf(num, sizeof(num), "%" PRId64, v);
		if (decode_opts.xlat == XLAT_RAW)
			emit_int(e, key, v);
		else
			emit_verbose(e, key, num, name ? name : dflt, (uint64_t)v);
		return;
	}
	if (name) {
		emit_sym(e, key, name);
	} else if (dflt) {
		char buf[96];
		snprintf(buf, sizeof(buf), "%" PRId64 " /* %s */", v, dflt);
		emit_sym(e, key, buf);
	} else {
		emit_int(e, key, v);
	}
}

void emit_blob_str(struct emit *e, const char *key, const struct call *c, int i,
		   size_t limit, uint64_t full)
{
	uint64_t p = arg_u64(c, i);
	if (!p) {
		emit_ptr(e, key, 0);
		return;
	}
	const struct blob_ref *r = call_blob(c, i);
	if (!r) {
		emit_ptr(e, key, p);
		return;
	}
	size_t len = r->b->len;
	size_t shown = len < limit ? len : limit;
	bool trunc = (r->b->flags & SCT_BF_TRUNC) || len > limit || full > shown;
	emit_str(e, key, r->data, shown, trunc ? EMIT_STR_TRUNC : 0);
}

/*
 * strace's print_array() over the blob of argument i: NULL; [] for no
 * elements; the address when the size wraps, the first element cannot be
 * read or -e verbose=none; else the elements, at most -s of them and
 * "..." (unless -v).  Arrays are captured as fixed-size reads that keep
 * the readable start of a faulting read (SCT_BF_PARTIAL): an element past
 * it is unreadable, and strace then ends with "... / * its address * /"
 * (it fetches element -s too, before it decides to elide it).  An element
 * past a complete capture (a -s larger than the capture) just ends in
 * "...".  `readable`: the blob stands for the memory now (false for the
 * output of a failed call: its address).
 */
void emit_int_elem(struct emit *e, const uint8_t *p)
{
	int32_t v;
	memcpy(&v, p, sizeof(v));
	emit_int(e, NULL, v);
}

void emit_array(struct emit *e, const char *key, const struct call *c, int i,
		uint64_t n, size_t size, array_elem_fn fn, bool readable)
{
	uint64_t p = arg_u64(c, i);
	if (emit_array_null_or_empty(e, key, p, n))
		return;
	if (n > UINT64_MAX / size || p + n * size <= p) {
		emit_ptr(e, key, p);
		return;
	}
	const struct blob_ref *r = readable && call_verbose(c) ? call_blob(c, i) : NULL;
	uint64_t have = r ? r->b->len / size : 0;
	bool known = !r || (r->b->flags & SCT_BF_PARTIAL);  /* `have` is all there is */
	uint64_t limit = call_abbrev(c) && n > c->strsize ? c->strsize : n;
	if (!have) {
		emit_ptr(e, key, p);
		return;
	}
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < n; k++) {
		if (k >= have) {
			emit_more(e);
			if (known) {
				char buf[24];
				snprintf(buf, sizeof(buf), "%#" PRIx64, p + k * size);
				emit_comment(e, buf);
			}
			break;
		}
		if (k >= limit) {
			emit_more(e);
			break;
		}
		fn(e, r->data + k * size);
	}
	emit_end_array(e);
}

/* ------------------------------------------------ the generic decoders */

/* How a C type from the syscall table prints when the row says A_DEFAULT. */
enum ctype { CT_S32, CT_S64, CT_U32, CT_U64, CT_PTR, CT_UID, CT_MODE };

static bool type_is(const char *t, const char *const *names)
{
	for (; *names; names++)
		if (strcmp(t, *names) == 0)
			return true;
	return false;
}

static enum ctype classify(const char *t)
{
	static const char *const ptr_types[] = {
		"cap_user_header_t", "cap_user_data_t", "__sighandler_t", NULL };
	static const char *const u64_types[] = {
		"unsigned long", "size_t", "u64", "__u64", "aio_context_t", NULL };
	static const char *const s64_types[] = {
		"long", "off_t", "loff_t", "ssize_t", "__kernel_off_t", NULL };
	static const char *const u32_types[] = {
		"unsigned int", "unsigned", "u32", "__u32", "qid_t", "unsigned short", NULL };
	static const char *const uid_types[] = {
		"uid_t", "gid_t", "old_uid_t", "old_gid_t", NULL };

	if (!t)
		return CT_U64;
	if (strncmp(t, "const ", 6) == 0)
		t += 6;
	if (strchr(t, '*') || type_is(t, ptr_types))
		return CT_PTR;
	if (type_is(t, u64_types))
		return CT_U64;
	if (type_is(t, s64_types))
		return CT_S64;
	if (type_is(t, u32_types))
		return CT_U32;
	if (type_is(t, uid_types))
		return CT_UID;
	if (strcmp(t, "umode_t") == 0)
		return CT_MODE;
	return CT_S32;  /* int, pid_t, clockid_t, key_t, mqd_t, timer_t, enums... */
}

static void dec_int(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_int(e, key, arg_int(c, i));
}

/* pids: -Y / --decode-pids add the comm and the translation */
static void dec_pid(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_pid(e, c, key, arg_int(c, i), PT_TGID);
}

static void dec_tid(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_pid(e, c, key, arg_int(c, i), PT_TID);
}

static void dec_pgid(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_pid(e, c, key, arg_int(c, i), PT_PGID);
}

static void dec_pid_pgid(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_pid_pgid(e, c, key, arg_int(c, i));
}

/* waitid(P_PID, pid) / (P_PGID, pgid); P_ALL's and P_PIDFD's stay numbers */
static void dec_waitid_id(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (arg_int(c, 0)) {
	case 1: emit_pid(e, c, key, arg_int(c, i), PT_TGID); break;
	case 2: emit_pid(e, c, key, arg_int(c, i), PT_PGID); break;
	default: emit_int(e, key, arg_int(c, i));
	}
}

/* getpriority(PRIO_PROCESS, pid) / (PRIO_PGRP, pgid); PRIO_USER's a uid */
static void dec_prio_who(struct emit *e, const struct call *c, int i, const char *key)
{
	switch (arg_int(c, 0)) {
	case 0: emit_pid(e, c, key, arg_int(c, i), PT_TGID); break;
	case 1: emit_pid(e, c, key, arg_int(c, i), PT_PGID); break;
	default: emit_int(e, key, arg_int(c, i));
	}
}

static void dec_uint(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_uint(e, key, arg_u64(c, i));
}

static void dec_hex(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_hex(e, key, arg_u64(c, i));
}

static void dec_octal(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_octal(e, key, arg_u64(c, i));
}

static void dec_ptr(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_ptr(e, key, arg_u64(c, i));
}

void decode_arg_default(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t v = arg_u64(c, i);
	switch (classify(c->desc->argtype[i])) {
	case CT_S32: emit_int(e, key, (int)v); break;
	case CT_S64: emit_int(e, key, (int64_t)v); break;
	case CT_U32: emit_uint(e, key, (uint32_t)v); break;
	case CT_U64: emit_uint(e, key, v); break;
	case CT_PTR: emit_ptr(e, key, v); break;
	case CT_UID: dec_uid(e, c, i, key); break;
	case CT_MODE: emit_octal(e, key, (uint32_t)v); break;
	}
}

static void dec_none(struct emit *e, const struct call *c, int i, const char *key)
{
	(void)e; (void)c; (void)i; (void)key;
}

/* --------------------------------------------------------- dispatch */

/* Arguments that are plain flag sets: the table and strace's text for
 * unknown bits; one decoder (emit_flags) serves them all. */
struct flag_kind { const struct flag_name *tab; const char *unknown; };
static const struct flag_kind flag_kinds[A_KIND_ALL] = {
	[A_SOCK_FLAGS]         = { socket_type_flags, "SOCK_???" },
	[A_MSG_FLAGS]          = { msg_flags, "MSG_???" },
	[A_WAIT_OPTIONS]       = { wait_options, "W???" },
	[A_GRND_FLAGS]         = { grnd_flags, "GRND_???" },
	[A_AT_FLAGS]           = { at_flags, "AT_???" },
	[A_FACCESSAT_FLAGS]    = { faccessat_flags, "AT_???" },
	[A_STATX_MASK]         = { statx_masks, "STATX_???" },
	[A_ACCESS_MODE]        = { access_modes, "?_OK" },
	[A_RENAME_FLAGS]       = { rename_flags, "RENAME_???" },
	[A_FD_FLAGS]           = { open_flags, "O_???" },
	[A_FLOCK_OP]           = { flock_ops, "LOCK_???" },
	[A_EPOLL_FLAGS]        = { epoll_create_flags, "EPOLL_???" },
	[A_EFD_FLAGS]          = { efd_flags, "EFD_???" },
	[A_MFD_FLAGS]          = { mfd_flags, "MFD_???" },
	[A_TFD_FLAGS]          = { tfd_flags, "TFD_???" },
	[A_TFD_SETTIME_FLAGS]  = { tfd_settime_flags, "TFD_TIMER_???" },
	[A_SFD_FLAGS]          = { sfd_flags, "SFD_???" },
	[A_INOTIFY_FLAGS]      = { inotify_init_flags, "IN_???" },
	[A_INOTIFY_MASK]       = { inotify_masks, "IN_???" },
	[A_FALLOC_MODE]        = { falloc_flags, "FALLOC_FL_???" },
	[A_SYNC_RANGE_FLAGS]   = { sync_range_flags, "SYNC_FILE_RANGE_???" },
	[A_CLOSE_RANGE_FLAGS]  = { close_range_flags, "CLOSE_RANGE_???" },
	[A_SPLICE_FLAGS]       = { splice_flags, "SPLICE_F_???" },
	[A_TIMER_FLAGS]        = { timer_flags, "TIMER_???" },
};

static const arg_decoder_fn decoders[A_KIND_ALL] = {
	/* decode.h's kinds */
	[A_DEFAULT]         = decode_arg_default,
	[A_INT]             = dec_int,
	[A_UINT]            = dec_uint,
	[A_HEX]             = dec_hex,
	[A_OCTAL]           = dec_octal,
	[A_PTR]             = dec_ptr,
	[A_FD]              = dec_fd,
	[A_DIRFD]           = dec_dirfd,
	[A_PATH]            = dec_path,
	[A_STR]             = dec_str,
	[A_BUF_IN]          = dec_buf_in,
	[A_BUF_OUT]         = dec_buf_out,
	[A_ARGV]            = dec_argv,
	[A_ENVP]            = dec_envp,
	[A_OPEN_FLAGS]      = dec_open_flags,
	[A_OPEN_MODE]       = dec_open_mode,
	[A_MODE]            = dec_mode,
	[A_MMAP_PROT]       = dec_mmap_prot,
	[A_MMAP_FLAGS]      = dec_mmap_flags,
	[A_SIGNAL]          = dec_signal,
	[A_WAIT_STATUS]     = dec_wait_status,
	[A_CLONE_FLAGS]     = dec_clone_flags,
	[A_ARCH_PRCTL]      = dec_arch_prctl,
	[A_SEEK_WHENCE]     = dec_seek_whence,
	[A_FCNTL_CMD]       = dec_fcntl_cmd,
	[A_RLIMIT_RES]      = dec_rlimit_res,
	[A_CLOCK_ID]        = dec_clock_id,
	[A_SOCK_FAMILY]     = dec_sock_family,
	[A_SOCK_TYPE]       = dec_sock_type,
	[A_TIMESPEC_IN]     = dec_timespec_in,
	/* decode_priv.h's kinds */
	[A_PATH_OUT]        = dec_path_out,
	[A_UID]             = dec_uid,
	[A_STATX_FLAGS]     = dec_statx_flags,
	[A_INT_PAIR_OUT]    = dec_int_pair_out,
	[A_FCNTL_ARG]       = dec_fcntl_arg,
	[A_MADVICE]         = dec_madvice,
	[A_MSYNC_FLAGS]     = dec_msync_flags,
	[A_FADVICE]         = dec_fadvice,
	[A_MREMAP_FLAGS]    = dec_mremap_flags,
	[A_MREMAP_ADDR]     = dec_mremap_addr,
	[A_SIGSET_IN]       = dec_sigset_in,
	[A_SIGRETURN_MASK]  = dec_sigreturn_mask,
	[A_SIGSET_OUT]      = dec_sigset_out,
	[A_SIGPROCMASK_HOW] = dec_sigprocmask_how,
	[A_RLIMIT_IN]       = dec_rlimit_in,
	[A_RLIMIT_OUT]      = dec_rlimit_out,
	[A_TIMEVAL_IN]      = dec_timeval_in,
	[A_TIMESPEC_OUT]    = dec_timespec_out,
	[A_FUTEX_OP]        = dec_futex_op,
	[A_FUTEX_VAL]       = dec_futex_val,
	[A_FUTEX_TIMEOUT]   = dec_futex_timeout,
	[A_FUTEX_UADDR2]    = dec_futex_uaddr2,
	[A_FUTEX_VAL3]      = dec_futex_val3,
	[A_SOCK_PROTO]      = dec_sock_proto,
	[A_SHUTDOWN_HOW]    = dec_shutdown_how,
	[A_SOCKADDR_IN]     = dec_sockaddr_in,
	[A_ARCH_PRCTL_ADDR] = dec_arch_prctl_addr,
	[A_EPOLL_CTL_OP]    = dec_epoll_ctl_op,
	[A_STAT_OUT]        = dec_stat_out,
	[A_IOCTL_CMD]       = dec_ioctl_cmd,
	[A_IOCTL_ARG]       = dec_ioctl_arg,
	[A_STATX_OUT]       = dec_statx_out,
	[A_SIGACTION_IN]    = dec_sigaction_in,
	[A_SIGACTION_OUT]   = dec_sigaction_out,
	[A_CLONE3_ARGS]     = dec_clone3_args,
	[A_NONE]            = dec_none,
	[A_CLONE_NAMED]     = dec_clone_named,
	[A_CLONE_REST]      = dec_clone_rest,
	[A_DIRENTS]         = dec_dirents,
	[A_UTSNAME_OUT]     = dec_utsname_out,
	[A_SYSINFO_OUT]     = dec_sysinfo_out,
	[A_STATFS_OUT]      = dec_statfs_out,
	[A_UTIMES_IN]       = dec_utimes_in,
	[A_XATTR_BUF_OUT]   = dec_xattr_buf_out,
	[A_FLOCK]           = dec_flock,
	[A_CPUSET_OUT]      = dec_cpuset_out,
	[A_GROUPS_OUT]      = dec_groups_out,
	[A_STACK_IN]        = dec_stack_in,
	[A_STACK_OUT]       = dec_stack_out,
	[A_TMS_OUT]         = dec_tms_out,
	[A_RUSAGE_OUT]      = dec_rusage_out,
	[A_RUSAGE_WHO]      = dec_rusage_who,
	[A_PRCTL_OP]        = dec_prctl_op,
	[A_PRCTL_ARG]       = dec_prctl_arg,
	[A_ITIMER_WHICH]    = dec_itimer_which,
	[A_ITIMERVAL_IN]    = dec_itimerval_in,
	[A_ITIMERVAL_OUT]   = dec_itimerval_out,
	[A_ITIMERSPEC_IN]   = dec_itimerspec_in,
	[A_ITIMERSPEC_OUT]  = dec_itimerspec_out,
	[A_PRIO_WHICH]      = dec_prio_which,
	[A_SCHED_PARAM_OUT] = dec_sched_param_out,
	[A_POLLFDS]         = dec_pollfds,
	[A_FDSET]           = dec_fdset,
	[A_SELECT_TIMEVAL]  = dec_select_timeval,
	[A_PSELECT_SIGMASK] = dec_pselect_sigmask,
	[A_EPOLL_EVENT_IN]  = dec_epoll_event_in,
	[A_EPOLL_EVENTS_OUT] = dec_epoll_events_out,
	[A_SOCKADDR_OUT]    = dec_sockaddr_out,
	[A_SOCKLEN_INOUT]   = dec_socklen_inout,
	[A_SOCKOPT_LEVEL]   = dec_sockopt_level,
	[A_SOCKOPT_NAME]    = dec_sockopt_name,
	[A_SOCKOPT_VAL_IN]  = dec_sockopt_val_in,
	[A_SOCKOPT_VAL_OUT] = dec_sockopt_val_out,
	[A_WAITID_TYPE]     = dec_waitid_type,
	[A_SIGINFO_OUT]     = dec_siginfo_out,
	[A_OPEN_HOW]        = dec_open_how,
	[A_MINCORE_VEC]     = dec_mincore_vec,
	[A_LOFF_IN]         = dec_loff_in,
	[A_SENDFILE_OFF]    = dec_sendfile_off,
	[A_MKNOD_MODE]      = dec_mknod_mode,
	[A_MKNOD_DEV]       = dec_mknod_dev,
	[A_UID_OUT]         = dec_uid_out,
	[A_CPUSET_IN]       = dec_cpuset_in,
	[A_TIMEVAL_OUT]     = dec_timeval_out,
	[A_SIGEVENT]        = dec_sigevent,
	[A_INT_OUT]         = dec_int_out,
	[A_PID]             = dec_pid,
	[A_TID]             = dec_tid,
	[A_PGID]            = dec_pgid,
	[A_PID_PGID]        = dec_pid_pgid,
	[A_WAITID_ID]       = dec_waitid_id,
	[A_PRIO_WHO]        = dec_prio_who,
};

/* Argument i points to something other than a string or a buffer (what
 * strace leaves undecoded under -e verbose=none): by what BPF captures */
static bool arg_is_struct(const struct call *c, int i)
{
	unsigned cap = c->fmt->cap[i].kind;
	if (cap == SCT_CAP_NONE && c->fmt->arg[i] < A_KIND_ALL)
		cap = kind_caps[c->fmt->arg[i]].cap;
	if (cap == SCT_CAP_NONE || (cap & SCT_CAP_OPTIONAL))
		return false;   /* not captured, or not always a pointer (ioctl) */
	switch (cap) {
	case SCT_CAP_PATH: case SCT_CAP_STR: case SCT_CAP_BUF_IN: case SCT_CAP_BUF_OUT:
		return false;
	}
	return true;
}

/* -N: strace's name of argument i (see syscall_argnames[]) */
static const char *strace_arg_name(const struct call *c, int i, const char *dflt)
{
	int nr = c->rec->nr;
	if (nr < 0 || nr >= SCT_MAX_SYSCALLS || (c->rec->flags & SCT_SF_COMPAT))
		return dflt;
	const char *const *n = syscall_argnames[nr];
	int k = 0;
	while (k < SCT_MAX_ARGS && n[k])
		k++;
	if (!k)
		return dflt;
	if (k == c->desc->nargs || i < k - 1)
		return i < k ? n[i] : dflt;
	return i == c->desc->nargs - 1 ? n[k - 1] : dflt;
}

void decode_args(struct emit *e, const struct call *c, int from, int to)
{
	static const char *const anon[SCT_MAX_ARGS] = {
		"arg0", "arg1", "arg2", "arg3", "arg4", "arg5" };

	if (from < 0)
		from = 0;
	if (to > c->desc->nargs)
		to = c->desc->nargs;
	if (to > SCT_MAX_ARGS)
		to = SCT_MAX_ARGS;
	bool raw = c->desc != &unknown_desc && call_raw(c);
	if (decode_opts.arg_names)
		emit_named(e, 1);
	for (int i = from; i < to; i++) {
		const char *key = c->desc->argname[i] ? c->desc->argname[i] : anon[i];
		if (decode_opts.arg_names && c->desc != &unknown_desc)
			key = strace_arg_name(c, i, key);
		if (raw)
			emit_hex(e, key, arg_u64(c, i));
		else if (!call_verbose(c) && arg_u64(c, i) && arg_is_struct(c, i))
			emit_ptr(e, key, arg_u64(c, i));   /* -e verbose=none, as strace */
		else if (c->fmt->decode) {
			/* -y: a family decoder's fd argument (emit_dirfd(),
			 * emit_int()) gets its file after it */
			unsigned done = fdpath_emitted;
			c->fmt->decode(e, c, i, key);
			if (fdpath_emitted == done &&
			    (c->fmt->arg[i] == A_FD || c->fmt->arg[i] == A_DIRFD))
				emit_fd_path(e, c, key, i, 0);
		} else {
			decode_arg_kind(e, c, i, key);
		}
	}
	if (decode_opts.arg_names)
		emit_named(e, 0);
}

void decode_arg_kind(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned kind = c->fmt->arg[i];
	if (kind < A_KIND_ALL && flag_kinds[kind].tab) {
		emit_flags(e, key, flag_kinds[kind].tab, arg_uint(c, i), flag_kinds[kind].unknown);
		return;
	}
	arg_decoder_fn fn = kind < A_KIND_ALL ? decoders[kind] : NULL;
	(fn ? fn : decode_arg_default)(e, c, i, key);
}

/* ------------------------------------------------------ return values */

/* What strace prints after a successful call's return value, by syscall */
struct ret_aux {
	int nr;
	bool (*has)(const struct call *c);
	void (*emit)(struct emit *e, const struct call *c);
};

static const struct ret_aux ret_auxes[] = {
	{ __NR_fcntl, fcntl_has_ret_aux, fcntl_ret_aux },
	{ __NR_poll, poll_has_ret_aux, poll_ret_aux },
	{ __NR_ppoll, poll_has_ret_aux, poll_ret_aux },
	{ __NR_select, select_has_ret_aux, select_ret_aux },
	{ __NR_pselect6, select_has_ret_aux, select_ret_aux },
	{ __NR_prctl, prctl_has_ret_aux, prctl_ret_aux },
	{ __NR_sched_getscheduler, sched_policy_has_ret_aux, sched_policy_ret_aux },
	{ __NR_time, time_has_ret_aux, time_ret_aux },
};

static const struct ret_aux *ret_aux_of(const struct call *c)
{
	/* ret_auxes[] by syscall number (built on first use) */
	static const struct ret_aux *by_nr[SCT_MAX_SYSCALLS];
	static bool indexed;
	static struct ret_aux from_row;
	if (c->desc == &unknown_desc || !c->exiting || (c->rec->flags & SCT_SF_NORET) ||
	    call_failed(c) || call_raw(c))
		return NULL;
	if (c->fmt->has_ret_aux && c->fmt->ret_aux) {
		from_row = (struct ret_aux){ c->rec->nr, c->fmt->has_ret_aux, c->fmt->ret_aux };
		return &from_row;
	}
	if (!indexed) {
		for (size_t k = sizeof(ret_auxes) / sizeof(ret_auxes[0]); k-- > 0;)
			if (ret_auxes[k].nr >= 0 && ret_auxes[k].nr < SCT_MAX_SYSCALLS)
				by_nr[ret_auxes[k].nr] = &ret_auxes[k];  /* the first listed wins */
		indexed = true;
	}
	int nr = c->rec->nr;
	return nr >= 0 && nr < SCT_MAX_SYSCALLS ? by_nr[nr] : NULL;
}

enum ret_base decode_ret_base(const struct call *c)
{
	if (c->desc != &unknown_desc && call_raw(c))
		return RB_HEX;
	if (c->fmt->ret_base)
		return c->fmt->ret_base(c);
	switch (c->fmt->ret) {
	case R_HEX:
		return RB_HEX;
	case R_OCTAL:
		return RB_OCT;
	case R_BY_ARGS:
		if (c->desc != &unknown_desc && c->rec->nr == __NR_fcntl)
			return fcntl_ret_base(c);
		break;
	}
	return RB_DEC;
}

int decode_ret_pid_type(const struct call *c)
{
	if (c->desc == &unknown_desc || call_raw(c) || !c->exiting ||
	    (c->rec->flags & SCT_SF_NORET) || c->rec->ret <= 0)
		return -1;
	switch (c->fmt->ret) {
	case R_TGID: return PT_TGID;
	case R_TID:  return PT_TID;
	case R_PGID: return PT_PGID;
	case R_SID:  return PT_SID;
	}
	return -1;
}

int decode_ret_odd_errno(const struct call *c)
{
	int64_t r = c->rec->ret;
	if (c->fmt->ret != R_U32_ERRNO || !c->exiting || (c->rec->flags & SCT_SF_NORET))
		return 0;
	return r >= 0xfffff001LL && r <= 0xffffffffLL ? (int)(0x100000000LL - r) : 0;
}

bool decode_has_ret_aux(const struct call *c)
{
	const struct ret_aux *a = ret_aux_of(c);
	return a && a->has(c);
}

void decode_ret_aux(struct emit *e, const struct call *c)
{
	const struct ret_aux *a = ret_aux_of(c);
	if (a)
		a->emit(e, c);
}

void emit_sym_raw(struct emit *e, const char *k, const char *text, const char *num, uint64_t raw)
{
	if (e->ops->sym_raw) {
		e->ops->sym_raw(e, k, text, num, raw);
		return;
	}
	char buf[FLAGS_BUF + 64];
	snprintf(buf, sizeof(buf), "%s /* %s */", num, text);
	emit_sym(e, k, buf);
}
