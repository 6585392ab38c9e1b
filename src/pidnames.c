// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* -Y / --decode-pids: see pidnames.h. */
#include "pidnames.h"
#include "strquote.h"
#include "decode.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <asm/unistd_64.h>
#include <linux/nsfs.h>

unsigned pidnames_mode;

/* pid namespaces nest at most 32 deep (kernel's MAX_PID_NS_LEVEL) */
#define MAX_NS_DEPTH 33

static const char *const ns_lines[] = {
	[PT_TID] = "NSpid:", [PT_TGID] = "NStgid:", [PT_PGID] = "NSpgid:", [PT_SID] = "NSsid:",
};

/* The ids of /proc/<pid>/status's NS* line for t, outermost first
 * (pid 0: /proc/self).  Returns their count, 0 when unreadable. */
static int read_ns_ids(int pid, enum pid_type t, int *ids, int max)
{
	char path[64], line[512];
	if (pid)
		snprintf(path, sizeof(path), "/proc/%d/status", pid);
	else
		snprintf(path, sizeof(path), "/proc/self/status");
	FILE *f = fopen(path, "re");
	if (!f)
		return 0;
	const char *want = ns_lines[t];
	size_t wl = strlen(want);
	int n = 0;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, want, wl))
			continue;
		char *p = line + wl, *end;
		while (n < max) {
			long v = strtol(p, &end, 10);
			if (end == p)
				break;
			ids[n++] = (int)v;
			p = end;
		}
		break;
	}
	fclose(f);
	return n;
}

/* Inode of the pid namespace `up` levels above pid's (0: its own), or 0 */
static unsigned long ns_inode(int pid, int up)
{
	char path[64];
	if (pid)
		snprintf(path, sizeof(path), "/proc/%d/ns/pid", pid);
	else
		snprintf(path, sizeof(path), "/proc/self/ns/pid");
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	for (; up > 0; up--) {
		int parent = ioctl(fd, NS_GET_PARENT);
		close(fd);
		if (parent < 0)
			return 0;
		fd = parent;
	}
	struct stat st;
	unsigned long ino = fstat(fd, &st) ? 0 : (unsigned long)st.st_ino;
	close(fd);
	return ino;
}

/* sctrace's own namespace and its depth */
static unsigned long our_ns;
static int our_depth;

static void init_ours(void)
{
	if (our_ns)
		return;
	int ids[MAX_NS_DEPTH];
	our_ns = ns_inode(0, 0);
	our_depth = read_ns_ids(0, PT_TID, ids, MAX_NS_DEPTH);
	if (our_depth < 1)
		our_depth = 1;
}

/* Is host pid p the one task `tid`'s namespace (inode ns, depth depth)
 * calls v?  Returns p's id in sctrace's namespace, or 0. */
static int match_proc(int p, unsigned long ns, int depth, int v, enum pid_type t)
{
	int ids[MAX_NS_DEPTH];
	int n = read_ns_ids(p, t, ids, MAX_NS_DEPTH);
	if (n < depth || n < our_depth || ids[depth - 1] != v)
		return 0;
	int pn = read_ns_ids(p, PT_TID, (int[MAX_NS_DEPTH]){ 0 }, MAX_NS_DEPTH);
	if (pn < depth || ns_inode(p, pn - depth) != ns)
		return 0;
	return ids[our_depth - 1];
}

/* tid -> its pid namespace (inode, depth), remembered from when it was
 * alive: lines are printed after the fact, and a task may be gone by then */
#define TCACHE 1024
static struct { uint32_t tid; int depth; unsigned long ns; } tcache[TCACHE];

/* tid's namespace; false when it is not known (then taken to be ours) */
static bool task_ns(uint32_t tid, unsigned long *ns, int *depth)
{
	init_ours();
	unsigned slot = tid % TCACHE;
	int ids[MAX_NS_DEPTH];
	unsigned long ino = ns_inode((int)tid, 0);
	int d = ino ? read_ns_ids((int)tid, PT_TID, ids, MAX_NS_DEPTH) : 0;
	if (ino && d > 0) {
		tcache[slot].tid = tid;
		tcache[slot].ns = ino;
		tcache[slot].depth = d;
	} else if (tcache[slot].tid != tid) {
		return false;
	}
	*ns = tcache[slot].ns;
	*depth = tcache[slot].depth;
	return true;
}

/* (namespace, id, type) -> a host pid that had it: spares a /proc scan */
#define XCACHE 256
static struct { unsigned long ns; int v; int t; int proc; } xcache[XCACHE];

/* v, as tid's namespace sees it, in sctrace's namespace; 0 if not found */
static int64_t translate(uint32_t tid, int64_t v, enum pid_type t)
{
	if (v <= 0 || v > INT32_MAX)
		return 0;
	if (!tid)
		return v;
	unsigned long ns;
	int depth;
	if (!task_ns(tid, &ns, &depth) || ns == our_ns)
		return v;
	unsigned slot = ((unsigned)v * 31u + (unsigned)t + (unsigned)ns) % XCACHE;
	if (xcache[slot].ns == ns && xcache[slot].v == v && xcache[slot].t == (int)t) {
		int r = match_proc(xcache[slot].proc, ns, depth, (int)v, t);
		if (r)
			return r;
	}
	/* strace's way: every process (and, for a tid, every thread) */
	DIR *d = opendir("/proc");
	if (!d)
		return 0;
	int found = 0, proc = 0;
	struct dirent *de;
	while (!found && (de = readdir(d))) {
		int p = atoi(de->d_name);
		if (p <= 0)
			continue;
		if ((found = match_proc(p, ns, depth, (int)v, t))) {
			proc = p;
			break;
		}
		if (t != PT_TID)
			continue;
		char path[64];
		snprintf(path, sizeof(path), "/proc/%d/task", p);
		DIR *td = opendir(path);
		struct dirent *te;
		while (td && (te = readdir(td))) {
			int q = atoi(te->d_name);
			if (q > 0 && q != p && (found = match_proc(q, ns, depth, (int)v, t))) {
				proc = q;
				break;
			}
		}
		if (td)
			closedir(td);
	}
	closedir(d);
	if (found) {
		xcache[slot].ns = ns;
		xcache[slot].v = (int)v;
		xcache[slot].t = (int)t;
		xcache[slot].proc = proc;
	}
	return found;
}

/* /proc/<pid>/comm as strace reads it (fgets: up to the first newline) */
static bool read_comm(int64_t pid, char *buf, size_t size)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%lld/comm", (long long)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
	return buf[0] != '\0';
}

/* copy a record's comm, cut as /proc's reader would be */
static void copy_comm(char *dst, const char *comm)
{
	size_t n = strnlen(comm, 16);
	memcpy(dst, comm, n);
	dst[n] = '\0';
	dst[strcspn(dst, "\n")] = '\0';
}

/* known_comm: v's comm when the caller knows it (else read from /proc) */
static bool lookup(uint32_t tid, const char *self_comm, const char *known_comm, int64_t v,
		   enum pid_type t, struct pid_info *out)
{
	out->comm[0] = '\0';
	out->ns_pid = 0;
	if (!(pidnames_mode & (DECODE_PID_COMM | DECODE_PID_NS)))
		return false;
	int64_t ours = translate(tid, v, t);
	if (!ours)
		return false;
	if ((pidnames_mode & DECODE_PID_COMM) && (t == PT_TID || t == PT_TGID)) {
		if (known_comm) {
			copy_comm(out->comm, known_comm);
		} else if (self_comm && tid && ours == tid) {
			/* the caller itself: its record knows its comm */
			copy_comm(out->comm, self_comm);
		} else {
			read_comm(ours, out->comm, sizeof(out->comm));
		}
	}
	if ((pidnames_mode & DECODE_PID_NS) && ours != v)
		out->ns_pid = ours;
	return out->comm[0] || out->ns_pid;
}

bool pidnames_lookup(uint32_t tid, const char *self_comm, int64_t v, enum pid_type t,
		     struct pid_info *out)
{
	return lookup(tid, self_comm, NULL, v, t, out);
}

bool pidnames_lookup_ret(const struct call *c, struct pid_info *out)
{
	int pt = pidnames_mode & (DECODE_PID_COMM | DECODE_PID_NS) ? decode_ret_pid_type(c) : -1;
	if (pt < 0)
		return false;
	/* a new child starts with its parent's comm; strace reads it while
	 * the child is still stopped, before it can exec or be gone */
	const char *known = NULL;
	switch (c->rec->nr) {
	case __NR_clone: case __NR_clone3: case __NR_fork: case __NR_vfork:
		if (!(c->rec->flags & SCT_SF_COMPAT))
			known = c->rec->comm;
	}
	return lookup(c->rec->tid, c->rec->comm, known, c->rec->ret, (enum pid_type)pt, out);
}

void emit_pid_as(struct emit *e, const char *key, uint32_t tid, const char *self_comm,
		 int64_t v, enum pid_type t)
{
	struct pid_info pi;
	if (!e->ops->pid || !pidnames_lookup(tid, self_comm, v, t, &pi)) {
		emit_int(e, key, v);
		return;
	}
	e->ops->pid(e, key, v, pi.comm, pi.ns_pid);
}

static uint32_t cur_task;
void pidnames_set_task(uint32_t tid)
{
	unsigned long ns;
	int depth;
	cur_task = tid;
	if ((pidnames_mode & DECODE_PID_NS) && tid)
		task_ns(tid, &ns, &depth);   /* remember it while it is there */
}
uint32_t pidnames_task(void) { return cur_task; }

void pidnames_put_comm(struct outbuf *ob, const char *comm, size_t len)
{
	/* up to a newline, as strace prints a comm */
	size_t n = strnlen(comm, len);
	const char *nl = memchr(comm, '\n', n);
	if (nl)
		n = (size_t)(nl - comm);
	quote_string(ob, (const uint8_t *)comm, n, QUOTE_BARE | QUOTE_ANGLE, QUOTE_X_NONE);
}

void pidnames_reset(void)
{
	memset(xcache, 0, sizeof(xcache));
	memset(tcache, 0, sizeof(tcache));
	cur_task = 0;
}

void emit_pid(struct emit *e, const struct call *c, const char *key, int64_t v, enum pid_type t)
{
	emit_pid_as(e, key, c->rec->tid, c->rec->comm, v, t);
}

/* strace's printpid_tgid_pgid: kill's and wait4's pid; -1 and 0 are bare */
void emit_pid_pgid(struct emit *e, const struct call *c, const char *key, int64_t v)
{
	if (v < -1) {
		struct pid_info pi;
		if (e->ops->pid && pidnames_lookup(c->rec->tid, NULL, -v, PT_PGID, &pi)) {
			e->ops->pid(e, key, v, "", pi.ns_pid);
			return;
		}
		emit_int(e, key, v);
		return;
	}
	emit_pid(e, c, key, v, PT_TGID);
}

void emit_child_pid(struct emit *e, const struct call *c, const char *key, int64_t v)
{
	struct pid_info pi;
	if (!e->ops->pid || !lookup(c->rec->tid, NULL, c->rec->comm, v, PT_TID, &pi)) {
		emit_int(e, key, v);
		return;
	}
	e->ops->pid(e, key, v, pi.comm, pi.ns_pid);
}
