/*
 * -P / -e trace-fds= (src/pathtrace.c): which calls match, on records
 * built as BPF sends them (path blobs, SCT_CAP_FDPATH blobs); the rules
 * are strace 7.2's pathtrace_match_set().
 */
#include <stdint.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"
#include "../../src/pathtrace.h"

static bool matches(const struct sct_syscall *r)
{
	struct call c;
	call_init(&c, r, NULL, 32);
	return pathtrace_match(&c);
}

static void fdpath(struct sct_syscall *r, int arg, int idx, int flags, const char *s, uint64_t aux)
{
	blob_aux(r, arg, SCT_CAP_FDPATH, flags, idx, s, (uint32_t)strlen(s), aux);
}

TEST(pathtrace_rules)
{
	struct options o = { 0 };
	const char *p[] = { "/nonexistent/p" };
	o.trace_paths = p;
	o.ntrace_paths = 1;
	pathtrace_init(&o);
	CHECK(pathtrace_active());
	/* no fd, no path, or only a returned fd: never */
	CHECK(!pathtrace_may_match(__NR_getpid));
	CHECK(!pathtrace_may_match(__NR_socket));
	CHECK(!pathtrace_may_match(__NR_pipe2));
	CHECK(!pathtrace_may_match(__NR_munmap));
	CHECK(pathtrace_may_match(__NR_openat));
	CHECK(pathtrace_may_match(__NR_mmap));
	CHECK(pathtrace_may_match(__NR_poll));

	struct recbuf b;
	struct sct_syscall *r;
	/* the name as passed */
	r = REC(&b, __NR_openat, 3, (uint64_t)-100, 0x1000, 0, 0, 0, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/p");
	CHECK(matches(r));
	r = REC(&b, __NR_openat, 3, (uint64_t)-100, 0x1000, 0, 0, 0, 0);
	blob_s(r, 1, SCT_CAP_PATH, "/nonexistent/p/");
	CHECK(!matches(r));
	/* a cut name is no match */
	r = REC(&b, __NR_access, 0, 0x1000, 0, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_PATH, SCT_BF_TRUNC, "/nonexistent/p", 14);
	CHECK(!matches(r));
	/* symlink: the link's name, not the target */
	r = REC(&b, __NR_symlink, 0, 0x1000, 0x2000, 0, 0, 0, 0);
	blob_s(r, 0, SCT_CAP_PATH, "/nonexistent/p");
	blob_s(r, 1, SCT_CAP_PATH, "l");
	CHECK(!matches(r));
	/* fds by their files: dup2's both, mmap's fifth, epoll_ctl's third */
	r = REC(&b, __NR_dup2, 7, 4, 7, 0, 0, 0, 0);
	fdpath(r, 0, 0, 0, "/o", 0);
	fdpath(r, 1, 0, 0, "/nonexistent/p", 0);
	CHECK(matches(r));
	r = REC(&b, __NR_mmap, 0x7f0000000000, 0, 4096, 1, 1, 3, 0);
	fdpath(r, 4, 0, 0, "/nonexistent/p", 0);
	CHECK(matches(r));
	r = REC(&b, __NR_epoll_ctl, 0, 6, 1, 3, 0x1000, 0, 0);
	fdpath(r, 0, 0, 0, "/nonexistent/p", 0);
	CHECK(!matches(r));
	/* a deleted file keeps its name; a pipe is "pipe:[N]" */
	r = REC(&b, __NR_write, 1, 5, 0x1000, 1, 0, 0, 0);
	fdpath(r, 0, 0, SCT_BF_FD_DELETED, "/nonexistent/p", 0);
	CHECK(matches(r));
	p[0] = "pipe:[42]";
	pathtrace_init(&o);
	r = REC(&b, __NR_write, 1, 5, 0x1000, 1, 0, 0, 0);
	fdpath(r, 0, 0, SCT_BF_FD_INO, "pipe", 42);
	CHECK(matches(r));
	/* poll: an element's file */
	int32_t pfd[4] = { 4, 1, 3, 1 };
	r = REC(&b, __NR_poll, 1, 0x1000, 2, 0, 0, 0, 0);
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, pfd, sizeof(pfd));
	fdpath(r, 0, 2, SCT_BF_FD_INO, "pipe", 42);
	CHECK(matches(r));
	r = REC(&b, __NR_poll, 1, 0x1000, 1, 0, 0, 0, 0);   /* nfds 1: not the second */
	blob(r, 0, SCT_CAP_STRUCT_IN, 0, pfd, sizeof(pfd));
	fdpath(r, 0, 2, SCT_BF_FD_INO, "pipe", 42);
	CHECK(!matches(r));

	/* trace-fds: numbers, of fd arguments only (not openat's result) */
	o.ntrace_paths = 0;
	o.tracing_fds = true;
	o.trace_fds.low[0] = 1u << 3;
	pathtrace_init(&o);
	r = REC(&b, __NR_openat, 3, (uint64_t)-100, 0x1000, 0, 0, 0, 0);
	CHECK(!matches(r));
	r = REC(&b, __NR_close, 0, 3, 0, 0, 0, 0, 0);
	CHECK(matches(r));
	uint8_t set[8] = { 1 << 3 };
	r = REC(&b, __NR_select, 1, 4, 0x1000, 0, 0, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, set, sizeof(set));
	CHECK(matches(r));
	r = REC(&b, __NR_select, 1, 3, 0x1000, 0, 0, 0, 0);   /* nfds 3: fd 3 not in */
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, set, sizeof(set));
	CHECK(!matches(r));
	o.trace_fds.negated = true;   /* !3 */
	pathtrace_init(&o);
	r = REC(&b, __NR_close, 0, 3, 0, 0, 0, 0, 0);
	CHECK(!matches(r));
	r = REC(&b, __NR_close, 0, 4, 0, 0, 0, 0, 0);
	CHECK(matches(r));
	r = REC(&b, __NR_fchdir, 0, (uint64_t)-1, 0, 0, 0, 0, 0);   /* never a negative fd */
	CHECK(!matches(r));

	memset(&o, 0, sizeof(o));
	pathtrace_init(&o);
	CHECK(!pathtrace_active());
	r = REC(&b, __NR_getpid, 1, 0, 0, 0, 0, 0, 0);
	CHECK(matches(r));
}
