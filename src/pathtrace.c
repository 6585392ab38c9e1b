// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* -P / --trace-path and -e trace-fds=: see pathtrace.h. */
#include "pathtrace.h"

#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <asm/unistd_64.h>
#include "decode_priv.h"
#include "dumpio.h"
#include "outbuf.h"
#include "proc_opts.h"
#include "strquote.h"
#include "unistd_extra.h"

/* The paths: as given, and their realpaths (no duplicates) */
static char **paths;
static size_t *path_lens;
static unsigned npaths;
static bool tracing_paths;               /* -P given (even of no existing file) */
static const struct fd_qset *trace_fds;  /* -e trace-fds=, or NULL */

static bool path_in_set(const char *p, size_t len)
{
	for (unsigned i = 0; i < npaths; i++)
		if (path_lens[i] == len && !memcmp(paths[i], p, len))
			return true;
	return false;
}

static void store_path(char *p)
{
	if (path_in_set(p, strlen(p))) {
		free(p);
		return;
	}
	char **np = realloc(paths, (npaths + 1) * sizeof(*np));
	size_t *nl = np ? realloc(path_lens, (npaths + 1) * sizeof(*nl)) : NULL;
	if (np)
		paths = np;
	if (!np || !nl) {
		fputs("sctrace: out of memory\n", stderr);
		exit(1);
	}
	path_lens = nl;
	paths[npaths] = p;
	path_lens[npaths++] = strlen(p);
}

/* "p" as strace's messages quote a string */
static void put_quoted(FILE *f, const char *s)
{
	struct outbuf ob;
	if (ob_init_mem(&ob, 4 * strlen(s) + 8))
		return;
	quote_string(&ob, (const uint8_t *)s, strlen(s), 0, QUOTE_X_NONE);
	fwrite(ob.buf, 1, ob.len, f);
	ob_free(&ob);
}

void pathtrace_init(const struct options *o)
{
	for (unsigned i = 0; i < npaths; i++)   /* a second init (tests) starts over */
		free(paths[i]);
	npaths = 0;
	tracing_paths = o->ntrace_paths > 0;
	trace_fds = o->tracing_fds ? &o->trace_fds : NULL;
	for (int i = 0; i < o->ntrace_paths; i++) {
		const char *given = o->trace_paths[i];
		char *copy = strdup(given);
		if (!copy) {
			fputs("sctrace: out of memory\n", stderr);
			exit(1);
		}
		store_path(copy);
		/* a file that does not exist (yet) matches only as spelled */
		char *real = realpath(given, NULL);
		if (!real)
			continue;
		if (!strcmp(real, given)) {
			free(real);
			continue;
		}
		if (!(o->quiet & QUIET_PATH_RESOLUTION)) {
			fputs("sctrace: Requested path ", stderr);
			put_quoted(stderr, given);
			fputs(" resolved into ", stderr);
			put_quoted(stderr, real);
			fputc('\n', stderr);
		}
		store_path(real);
	}
}

bool pathtrace_active(void)
{
	return tracing_paths || trace_fds;
}

/*
 * Which arguments strace looks at for a syscall: up to three fds, two
 * paths, or a special case.  Arguments not listed never count (openat's
 * returned fd, a pipe's, a socket's).
 */
enum special { SP_ARGS = 0, SP_NEVER, SP_SELECT, SP_POLL, SP_FSCONFIG };
struct rule {
	enum special how;
	int8_t fd[3];     /* argument indices, -1: none */
	int8_t path[2];
};

#define FDS(a, b, c) { a, b, c }
#define PATHS(a, b) { a, b }

static struct rule rule_for(int nr)
{
	struct rule r = { SP_ARGS, FDS(-1, -1, -1), PATHS(-1, -1) };
	const struct syscall_desc *d = nr >= 0 && nr < SCT_MAX_SYSCALLS ? &syscall_table[nr] : NULL;
	if (!d || !d->name || !(d->classes & (TC_FILE | TC_DESC | TC_NETWORK))) {
		r.how = SP_NEVER;
		return r;
	}
	switch (nr) {
	case __NR_dup2: case __NR_dup3: case __NR_kexec_file_load: case __NR_sendfile:
	case __NR_tee:
		r.fd[0] = 0, r.fd[1] = 1;
		break;
	case __NR_execveat: case __NR_faccessat: case __NR_faccessat2: case __NR_fchmodat:
	case __NR_fchmodat2: case __NR_fchownat: case __NR_fspick: case __NR_newfstatat:
	case __NR_futimesat: case __NR_getxattrat: case __NR_inotify_add_watch:
	case __NR_mkdirat: case __NR_mknodat: case __NR_mount_setattr:
	case __NR_name_to_handle_at: case __NR_open_tree: case __NR_openat: case __NR_openat2:
	case __NR_readlinkat: case __NR_setxattrat: case __NR_statx: case __NR_unlinkat:
	case __NR_utimensat:
		r.fd[0] = 0, r.path[0] = 1;
		break;
	case __NR_link: case __NR_mount: case __NR_pivot_root:
		r.path[0] = 0, r.path[1] = 1;
		break;
	case __NR_quotactl: case __NR_symlink:
		r.path[0] = 1;
		break;
	case __NR_linkat: case __NR_move_mount: case __NR_renameat2: case __NR_renameat:
		r.fd[0] = 0, r.fd[1] = 2, r.path[0] = 1, r.path[1] = 3;
		break;
	case __NR_mmap:
		r.fd[0] = 4;
		break;
	case __NR_symlinkat:
		r.fd[0] = 1, r.path[0] = 2;
		break;
	case __NR_copy_file_range: case __NR_splice:
		r.fd[0] = 0, r.fd[1] = 2;
		break;
	case __NR_epoll_ctl:
		r.fd[0] = 2;
		break;
	case __NR_fanotify_mark:   /* the 64-bit mask is one argument here */
		r.fd[0] = 3, r.path[0] = 4;
		break;
	case __NR_select: case __NR_pselect6:
		r.how = SP_SELECT;
		break;
	case __NR_poll: case __NR_ppoll:
		r.how = SP_POLL;
		break;
	case __NR_fsconfig:
		r.how = SP_FSCONFIG;
		break;
	/* in strace's classes, but with no fd or path to look at */
	case __NR_bpf: case __NR_epoll_create: case __NR_epoll_create1: case __NR_eventfd2:
	case __NR_eventfd: case __NR_fanotify_init: case __NR_fsopen: case __NR_inotify_init:
	case __NR_inotify_init1: case __NR_io_uring_setup: case __NR_landlock_create_ruleset:
	case __NR_memfd_create: case __NR_memfd_secret: case __NR_mq_open:
	case __NR_perf_event_open: case __NR_pidfd_open: case __NR_pipe: case __NR_pipe2:
	case __NR_socket: case __NR_socketpair: case __NR_timerfd_create: case __NR_userfaultfd:
		r.how = SP_NEVER;
		break;
	default:
		/* the first argument: a name for %file, else an fd */
		if (d->classes & TC_FILE)
			r.path[0] = 0;
		else
			r.fd[0] = 0;
	}
	return r;
}

bool pathtrace_may_match(int nr)
{
	return rule_for(nr).how != SP_NEVER;
}

#define POLL_FDS_RESOLVED 6   /* sct_fdlist's off[]: pollfds 0..5 */
#define POLLFD_SIZE 8

void pathtrace_capture_spec(int nr, struct sct_sysspec *spec)
{
	/* trace-fds alone looks at numbers only, which every record has */
	if (!tracing_paths)
		return;
	struct rule r = rule_for(nr);
	unsigned fds = 0;
	for (int k = 0; k < 3; k++)
		if (r.fd[k] >= 0)
			fds |= 1u << r.fd[k];
	if (r.how == SP_FSCONFIG)
		fds |= 1u << 4;
	spec->fdargs |= fds;
	for (int k = 0; k < 2; k++) {
		int i = r.path[k];
		if (r.how == SP_FSCONFIG && k == 0)
			i = 3;
		/* strace reads a string even at a dirfd's "address" (listxattrat's
		 * first argument): never a match, nothing to capture */
		const char *type = syscall_table[nr].argtype[i >= 0 ? i : 0];
		if (i < 0 || spec->arg[i].kind != SCT_CAP_NONE || !type || !strchr(type, '*'))
			continue;
		spec->arg[i] = (struct sct_argcap){ .kind = SCT_CAP_PATH };
		spec->ncap++;
		if (spec->nwalk < (unsigned)i + 1)
			spec->nwalk = i + 1;
	}
	/* a pollfd array's first fds, unless -y's own list is there */
	if (r.how == SP_POLL && !spec->fdlist.n && !spec->fdlist.flags) {
		spec->fdlist = (struct sct_fdlist){ .arg = 0, .n = POLL_FDS_RESOLVED };
		for (int k = 0; k < POLL_FDS_RESOLVED; k++)
			spec->fdlist.off[k] = k * POLLFD_SIZE;
	}
	if (spec->fdargs || spec->fdlist.n || spec->fdlist.flags)
		spec->flags |= SCT_SPEC_FDS;
}

bool pathtrace_resolves_fds(void)
{
	return tracing_paths;
}

/* An fd's file under the name /proc/PID/fd/N links to (what strace
 * compares), into buf; false when it cannot be told */
static bool fd_name(const struct blob_ref *r, char *buf, size_t size, size_t *len)
{
	const struct sct_blob *b = r->b;
	int n;
	if (b->flags & (SCT_BF_TRUNC | SCT_BF_FAULT))
		return false;
	if (b->flags & SCT_BF_FD_SOCK) {
		n = snprintf(buf, size, "socket:[%" PRIu64 "]", (uint64_t)b->aux);
	} else if (b->flags & SCT_BF_FD_EVENTFD) {
		n = snprintf(buf, size, "anon_inode:[eventfd]");
	} else if (b->flags & SCT_BF_FD_INO) {
		n = snprintf(buf, size, "%.*s:[%" PRIu64 "]", (int)b->len, (const char *)r->data,
			     (uint64_t)b->aux);
	} else {
		if (b->len >= size)
			return false;
		memcpy(buf, r->data, b->len);
		n = (int)b->len;
	}
	if (n < 0 || (size_t)n >= size)
		return false;
	*len = (size_t)n;
	return true;
}

/* fd (file: its resolved file, or NULL) is in the fd set or is a -P file */
static bool fd_matches(int fd, const struct blob_ref *file)
{
	if (trace_fds && fd >= 0 && fd_qset_has(trace_fds, fd))
		return true;
	if (!tracing_paths || fd < 0 || !file)
		return false;
	char buf[PATH_MAX + 64];
	size_t len;
	return fd_name(file, buf, sizeof(buf), &len) && path_in_set(buf, len);
}

static bool fd_arg_matches(const struct call *c, int i)
{
	return fd_matches((int)c->rec->args[i], call_fdpath(c, i, 0));
}

/* A path argument, as the tracee passed it */
static bool path_arg_matches(const struct call *c, int i)
{
	if (!tracing_paths)
		return false;
	const struct blob_ref *r = call_blob(c, i);
	if (!r || (r->b->kind != SCT_CAP_PATH && r->b->kind != SCT_CAP_STR) ||
	    (r->b->flags & SCT_BF_TRUNC))
		return false;
	return path_in_set((const char *)r->data, r->b->len);
}

/* select, pselect6: every fd in the three sets (nfds bits each) */
static bool select_matches(const struct call *c)
{
	int nfds = (int)c->rec->args[0];
	if (nfds <= 0)
		return false;
	for (int i = 1; i <= 3; i++) {
		const struct blob_ref *r = c->rec->args[i] ? call_blob(c, i) : NULL;
		if (!r)
			continue;
		/* the files of these fds are not resolved: numbers only */
		int bits = r->b->len * 8 < (uint64_t)nfds ? (int)(r->b->len * 8) : nfds;
		for (int fd = 0; fd < bits; fd++)
			if ((r->data[fd / 8] >> (fd % 8) & 1) && fd_matches(fd, NULL))
				return true;
	}
	return false;
}

/* poll, ppoll: every pollfd's fd, the first ones with their files */
static bool poll_matches(const struct call *c)
{
	uint64_t nfds = (unsigned)c->rec->args[1];
	const struct blob_ref *r = call_blob(c, 0);
	if (!nfds || !r)
		return false;
	for (uint64_t k = 0; k < nfds && (k + 1) * POLLFD_SIZE <= r->b->len; k++) {
		int32_t fd;
		memcpy(&fd, r->data + k * POLLFD_SIZE, sizeof(fd));
		if (fd_matches(fd, k < POLL_FDS_RESOLVED ? call_fdpath(c, 0, 1 + (int)k) : NULL))
			return true;
	}
	return false;
}

#define FSCONFIG_SET_PATH 3
#define FSCONFIG_SET_PATH_EMPTY 4
#define FSCONFIG_SET_FD 5

bool pathtrace_match(const struct call *c)
{
	if (!pathtrace_active())
		return true;
	if (c->rec->flags & SCT_SF_COMPAT)   /* ia32 numbers: not looked at */
		return false;
	struct rule r = rule_for(c->rec->nr);
	switch (r.how) {
	case SP_NEVER:
		return false;
	case SP_SELECT:
		return select_matches(c);
	case SP_POLL:
		return poll_matches(c);
	case SP_FSCONFIG: {
		unsigned cmd = (unsigned)c->rec->args[1];
		if (cmd == FSCONFIG_SET_PATH || cmd == FSCONFIG_SET_PATH_EMPTY)
			return fd_arg_matches(c, 4) || path_arg_matches(c, 3);
		return cmd == FSCONFIG_SET_FD && fd_arg_matches(c, 4);
	}
	case SP_ARGS:
		break;
	}
	/* strace's order: fds first, then paths (the result is the same) */
	for (int k = 0; k < 3; k++)
		if (r.fd[k] >= 0 && fd_arg_matches(c, r.fd[k]))
			return true;
	for (int k = 0; k < 2; k++)
		if (r.path[k] >= 0 && path_arg_matches(c, r.path[k]))
			return true;
	return false;
}
