// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * -k: DWARF unwinding of the stacks the kernel side copies, with libdwfl's
 * "attach state" interface (the registers and memory come from us, not
 * from ptrace), as perf's unwind-libdw.c does; symbols as strace's libdw
 * unwinder finds them.  See stacktrace.h.
 */
#include "stacktrace.h"

#include <dwarf.h>
#include <elfutils/libdwfl.h>
#include <errno.h>
#include <inttypes.h>
#include <libiberty/demangle.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "tidmap.h"

/* A file mapped into a process: [start, end) maps the file from byte off */
struct map_ent {
	uint64_t start, end, off;
	char *path;              /* as /proc/PID/maps shows it: "PATH (deleted)"
	                          * when the file was unlinked (or replaced) */
	size_t path_len;         /* bytes of path that are the file's path */
	bool deleted;            /* ...then read through /proc/PID/map_files */
	uint64_t ino, dev;       /* the file's inode and device (kernel dev_t);
	                          * 0: unknown */
};

/* What an unwind reads: the call's registers and stack copy */
struct unwind_src {
	const struct sct_stack *s;
	bool beyond;             /* a read fell outside the stack copy */
};

/* What a pc resolved to, kept per process: libdwfl's symbol lookup walks
 * the symbol table (strace keeps such a cache too) */
#define SYM_CACHE 1024
struct sym_cache {
	uint64_t pc;
	bool valid;
	struct stack_frame f;    /* strings owned by the process's Dwfl */
	bool has_cfi;            /* a module of the Dwfl's holds pc */
};

struct proc {
	uint32_t pid;
	struct sym_cache *cache; /* SYM_CACHE entries, by pc; cleared with the Dwfl */
	struct map_ent *maps;
	size_t n, cap;
	bool known;              /* maps since an exec, or from /proc: complete */
	bool proc_read;          /* /proc/PID/maps was tried */
	unsigned gen;            /* bumped whenever maps change */
	Dwfl *dwfl;
	unsigned dwfl_gen;       /* the gen its modules were reported at */
	bool attached;           /* dwfl_attach_state() done */
	struct unwind_src src;   /* the attach state's argument */
	bool self_image;         /* the launched command before its exec: its
	                          * code is sctrace's, not shown */
};

static struct {
	int mode;                /* 0 off, 1 -k, 2 -kk */
	unsigned limit;
	struct tidmap procs;     /* pid -> struct proc */
	struct tidmap stacks;    /* tid -> struct sct_stack (malloc'd copy) */
	struct tidmap resolved;  /* tid -> struct resolved: unwound early */
	struct stack_frame *f;
	unsigned fcap;
	struct stack_frames out;
	bool last_has_cfi;       /* the walk's last frame was in a module libdw
	                          * read (else it could not go on from there) */
} st;

/* A stack unwound before its call's record came: an execve's, whose
 * process's maps are replaced (SCT_MAPF_EXEC) before the call returns */
struct resolved {
	uint64_t ts;
	struct stack_frames fs;  /* strings: malloc'd copies */
};

static void resolve_pending(struct proc *p);
static void resolved_free(struct resolved *r);

static char *debuginfo_path;
static const Dwfl_Callbacks dwfl_callbacks = {
	.find_elf = dwfl_build_id_find_elf,
	.find_debuginfo = dwfl_standard_find_debuginfo,  /* /usr/lib/debug, .gnu_debuglink */
	.debuginfo_path = &debuginfo_path,
};

void stacktrace_init(int mode, unsigned frame_limit)
{
	st.mode = mode;
	st.limit = frame_limit ? frame_limit : 256;
}

bool stacktrace_on(void)
{
	return st.mode != 0;
}

static void proc_clear_maps(struct proc *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->maps[i].path);
	p->n = 0;
	p->gen++;
}

static void proc_free(struct proc *p)
{
	proc_clear_maps(p);
	free(p->maps);
	if (p->dwfl)
		dwfl_end(p->dwfl);
	free(p->cache);
	free(p);
}

static struct proc *proc_get(uint32_t pid)
{
	struct proc *p = tidmap_get(&st.procs, pid);
	if (p)
		return p;
	p = calloc(1, sizeof(*p));
	if (!p)
		abort();
	p->pid = pid;
	tidmap_put(&st.procs, pid, p);
	return p;
}

/* /proc/PID/maps' mark of a file unlinked since it was mapped */
static const char deleted_suffix[] = " (deleted)";
#define DELETED_SUFFIX_LEN (sizeof(deleted_suffix) - 1)

/* m's name: its path (path_len bytes of path), and the mark if deleted */
static void map_set_name(struct map_ent *m, const char *path, size_t path_len, bool deleted)
{
	char *name = NULL;
	if (asprintf(&name, "%.*s%s", (int)path_len, path, deleted ? deleted_suffix : "") < 0)
		abort();
	free(m->path);
	m->path = name;
	m->path_len = path_len;
	m->deleted = deleted;
}

/* Add a mapping of the file at path (path_len bytes); what it overlaps is
 * gone (mmap over it, MAP_FIXED) */
static void proc_add_map(struct proc *p, uint64_t start, uint64_t end, uint64_t off, const char *path,
			 size_t path_len, bool deleted, uint64_t ino, uint64_t dev)
{
	if (end <= start)
		return;
	size_t k = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (p->maps[i].start < end && start < p->maps[i].end)
			free(p->maps[i].path);
		else
			p->maps[k++] = p->maps[i];
	}
	p->n = k;
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->maps = realloc(p->maps, p->cap * sizeof(*p->maps));
		if (!p->maps)
			abort();
	}
	struct map_ent *m = &p->maps[p->n++];
	*m = (struct map_ent){ .start = start, .end = end, .off = off, .ino = ino, .dev = dev };
	map_set_name(m, path, path_len, deleted);
	p->gen++;
}

/* A process that ran before tracing began (or forked where no fork record
 * came): its executable file mappings, once, while it lives. */
static void proc_read_maps(struct proc *p, pid_t from)
{
	char fn[64], line[4096 + 128];
	p->proc_read = true;
	snprintf(fn, sizeof(fn), "/proc/%d/maps", (int)from);
	FILE *f = fopen(fn, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		uint64_t start, end, off, ino;
		unsigned maj, min;
		char perms[8];
		int at = 0;
		if (sscanf(line, "%" SCNx64 "-%" SCNx64 " %7s %" SCNx64 " %x:%x %" SCNu64 " %n",
			   &start, &end, perms, &off, &maj, &min, &ino, &at) < 7 || !at)
			continue;
		char *path = line + at;
		path[strcspn(path, "\n")] = 0;
		size_t len = strlen(path);
		bool deleted = len > DELETED_SUFFIX_LEN &&
			       !strcmp(path + len - DELETED_SUFFIX_LEN, deleted_suffix);
		if (perms[2] == 'x' && path[0] == '/')
			proc_add_map(p, start, end, off, path, len - (deleted ? DELETED_SUFFIX_LEN : 0),
				     deleted, ino, (uint64_t)maj << 20 | min);
	}
	fclose(f);
	p->known = true;
}

void stacktrace_stack(const struct sct_stack *s, size_t size)
{
	if (size < sizeof(*s))
		return;
	struct sct_stack *copy = malloc(sizeof(*copy));
	if (!copy)
		abort();
	memcpy(copy, s, sizeof(*copy));
	if (copy->len > SCT_STACK_MAX)
		copy->len = SCT_STACK_MAX;
	/* a thread's earlier stack whose call was not shown (-z, status=) */
	free(tidmap_put(&st.stacks, s->tid, copy));
}

void stacktrace_map(const struct sct_syscall *r, size_t size)
{
	const struct sct_blob *b = (const void *)(r + 1);
	if (r->hdr.nblobs < 1 || size < sizeof(*r) + sizeof(*b) || b->kind != SCT_CAP_FDPATH ||
	    b->len == 0 || b->len > size - sizeof(*r) - sizeof(*b) ||
	    (b->flags & (SCT_BF_TRUNC | SCT_BF_FD_INO | SCT_BF_FD_SOCK | SCT_BF_FD_EVENTFD)))
		return;
	char path[SCT_PATH_MAX + 1];
	size_t n = b->len < SCT_PATH_MAX ? b->len : SCT_PATH_MAX;
	memcpy(path, b + 1, n);
	path[n] = 0;
	struct proc *p = proc_get(r->pid);
	if (r->args[3] & SCT_MAPF_EXEC) {  /* a new image: the old one's maps are gone */
		resolve_pending(p);
		p->self_image = false;
		proc_clear_maps(p);
		p->known = true;
		p->proc_read = true;
	}
	proc_add_map(p, r->args[0], r->args[1], r->args[2], path, strlen(path),
		     b->flags & SCT_BF_FD_DELETED, r->args[4], r->args[5]);
}

void stacktrace_like_self(uint32_t pid)
{
	struct proc *p = proc_get(pid);
	proc_clear_maps(p);
	proc_read_maps(p, getpid());
	p->self_image = true;
}

void stacktrace_fork(uint32_t pid, uint32_t child_pid)
{
	struct proc *parent = tidmap_get(&st.procs, pid);
	if (!parent || pid == child_pid)
		return;
	struct proc *c = proc_get(child_pid);
	proc_clear_maps(c);
	for (size_t i = 0; i < parent->n; i++) {
		const struct map_ent *m = &parent->maps[i];
		proc_add_map(c, m->start, m->end, m->off, m->path, m->path_len, m->deleted, m->ino,
			     m->dev);
	}
	c->known = parent->known;
	c->proc_read = parent->known;
}

void stacktrace_exit(uint32_t pid, uint32_t tid, bool group_dead)
{
	free(tidmap_del(&st.stacks, tid));
	resolved_free(tidmap_del(&st.resolved, tid));
	if (group_dead) {
		struct proc *p = tidmap_del(&st.procs, pid);
		if (p)
			proc_free(p);
	}
}

/* ---- libdwfl's view of the stopped thread: our copy ---- */

static pid_t next_thread(Dwfl *dwfl, void *arg, void **thread_argp)
{
	if (*thread_argp)
		return 0;  /* one thread: the one whose stack we have */
	struct unwind_src *u = arg;
	*thread_argp = u;
	return u->s->tid;
}

static bool get_thread(Dwfl *dwfl, pid_t tid, void *arg, void **thread_argp)
{
	struct unwind_src *u = arg;
	*thread_argp = u;
	return (uint32_t)tid == u->s->tid;
}

static bool memory_read(Dwfl *dwfl, Dwarf_Addr addr, Dwarf_Word *result, void *arg)
{
	struct unwind_src *u = arg;
	uint64_t sp = u->s->regs[19];
	if (addr >= sp && addr - sp + sizeof(*result) <= u->s->len) {
		memcpy(result, u->s->stack + (addr - sp), sizeof(*result));
		return true;
	}
	u->beyond = true;
	return false;
}

/* x86_64 pt_regs words (include/sctrace.h) in DWARF register order:
 * rax rdx rcx rbx rsi rdi rbp rsp r8..r15, then the return address (rip) */
static const int dwarf_from_ptregs[17] = { 10, 12, 11, 5, 13, 14, 4, 19, 9, 8, 7, 6, 3, 2, 1, 0, 16 };

static bool set_initial_registers(Dwfl_Thread *thread, void *thread_arg)
{
	struct unwind_src *u = thread_arg;
	Dwarf_Word regs[17];
	for (int i = 0; i < 17; i++)
		regs[i] = u->s->regs[dwarf_from_ptregs[i]];
	dwfl_thread_state_register_pc(thread, u->s->regs[16]);
	return dwfl_thread_state_registers(thread, 0, 17, regs);
}

static const Dwfl_Thread_Callbacks thread_callbacks = {
	.next_thread = next_thread,
	.get_thread = get_thread,
	.memory_read = memory_read,
	.set_initial_registers = set_initial_registers,
};

/* Is the file m maps no longer at its path: unlinked, or replaced by
 * another on the same file system (a rename over it, a new build)?  A
 * different device (overlayfs shows its own) is not judged. */
static bool map_file_gone(const struct map_ent *m)
{
	struct stat sb;
	if (stat(m->path, &sb))
		return errno == ENOENT || errno == ENOTDIR;
	return m->ino && major(sb.st_dev) == (m->dev >> 20) &&
	       minor(sb.st_dev) == (m->dev & 0xfffff) && sb.st_ino != m->ino;
}

/* Every mapping of path: "PATH (deleted)", as /proc/PID/maps shows it */
static void map_mark_deleted(struct proc *p, const char *path)
{
	char *was = strdup(path);  /* path is one of the names replaced */
	if (!was)
		abort();
	for (size_t i = 0; i < p->n; i++)
		if (!p->maps[i].deleted && !strcmp(p->maps[i].path, was))
			map_set_name(&p->maps[i], was, p->maps[i].path_len, true);
	free(was);
}

/* p's Dwfl with its modules as p's maps say now; NULL when none loads.
 * Made anew when the maps changed (re-reporting into a Dwfl whose state is
 * attached lost modules): that is at startup and at dlopen, rarely. */
static Dwfl *proc_dwfl(struct proc *p)
{
	if (p->dwfl && p->dwfl_gen == p->gen)
		return p->attached ? p->dwfl : NULL;
	if (p->dwfl)
		dwfl_end(p->dwfl);
	if (p->cache)
		memset(p->cache, 0, SYM_CACHE * sizeof(*p->cache));
	p->attached = false;
	p->dwfl = dwfl_begin(&dwfl_callbacks);
	if (!p->dwfl)
		return NULL;
	dwfl_report_begin(p->dwfl);
	for (size_t i = 0; i < p->n; i++)
		if (!p->maps[i].deleted && map_file_gone(&p->maps[i]))
			map_mark_deleted(p, p->maps[i].path);
	for (size_t i = 0; i < p->n; i++) {
		bool seen = false;  /* one module per file: its first mapping places it */
		for (size_t j = 0; j < i && !seen; j++)
			seen = !strcmp(p->maps[j].path, p->maps[i].path);
		if (seen)
			continue;
		/* an unlinked file is still readable through the mapping
		 * while the process lives (root) */
		char file[96];
		snprintf(file, sizeof(file), "/proc/%u/map_files/%" PRIx64 "-%" PRIx64, p->pid,
			 p->maps[i].start, p->maps[i].end);
		uint64_t base = p->maps[i].start - p->maps[i].off;
		if (p->maps[i].deleted ||
		    !dwfl_report_elf(p->dwfl, p->maps[i].path, p->maps[i].path, -1, base, false))
			dwfl_report_elf(p->dwfl, p->maps[i].path, file, -1, base, false);
	}
	dwfl_report_end(p->dwfl, NULL, NULL);
	p->dwfl_gen = p->gen;
	p->attached = dwfl_attach_state(p->dwfl, NULL, p->pid, &thread_callbacks, &p->src);
	return p->attached ? p->dwfl : NULL;
}

/* A C++ (or Rust legacy, D...) symbol as source names it, as strace's
 * libiberty build prints it: cplus_demangle(DMGL_AUTO | DMGL_PARAMS).
 * Kept for the run (a tree by mangled name; few distinct names): the
 * frames point at them whatever becomes of the Dwfl they came from. */
struct demangled_name {
	char *mangled, *name;
};

static int demangled_cmp(const void *a, const void *b)
{
	return strcmp(((const struct demangled_name *)a)->mangled,
		      ((const struct demangled_name *)b)->mangled);
}

static const char *demangled(const char *sym)
{
	static void *tree;
	if (!sym || sym[0] != '_')   /* mangled names start with _Z, _R, _D... */
		return sym;
	struct demangled_name key = { .mangled = (char *)sym };
	struct demangled_name **found = tfind(&key, &tree, demangled_cmp);
	if (found)
		return (*found)->name ? (*found)->name : sym;
	struct demangled_name *e = malloc(sizeof(*e));
	if (!e || !(e->mangled = strdup(sym)))
		abort();
	e->name = cplus_demangle(sym, DMGL_AUTO | DMGL_PARAMS);  /* NULL: not mangled */
	if (!tsearch(e, &tree, demangled_cmp))
		abort();
	return e->name ? e->name : sym;
}

static int frame_cb(Dwfl_Frame *state, void *arg)
{
	struct proc *p = arg;
	Dwarf_Addr pc;
	bool activation;
	if (!dwfl_frame_pc(state, &pc, &activation))
		return -1;
	if (st.out.n >= st.limit) {
		st.out.error = "too many stack frames";
		return DWARF_CB_ABORT;
	}
	/* a caller's pc is a return address: the call is the byte before */
	if (!activation)
		pc--;
	if (st.out.n == st.fcap) {
		st.fcap = st.fcap ? 2 * st.fcap : 64;
		st.f = realloc(st.f, st.fcap * sizeof(*st.f));
		if (!st.f)
			abort();
	}
	struct stack_frame *f = &st.f[st.out.n++];
	if (!p->cache && !(p->cache = calloc(SYM_CACHE, sizeof(*p->cache))))
		abort();
	struct sym_cache *ce = &p->cache[(pc ^ (pc >> 10)) % SYM_CACHE];
	if (ce->valid && ce->pc == pc) {
		*f = ce->f;
		st.last_has_cfi = ce->has_cfi;
		return DWARF_CB_OK;
	}
	memset(f, 0, sizeof(*f));
	f->pc = pc;
	f->rel = pc;
	Dwfl_Module *mod = dwfl_addrmodule(dwfl_thread_dwfl(dwfl_frame_thread(state)), pc);
	st.last_has_cfi = mod != NULL;
	ce->has_cfi = mod != NULL;
	if (mod) {
		f->module = dwfl_module_info(mod, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
		GElf_Off off = 0;
		GElf_Sym sym;
		f->symbol = demangled(dwfl_module_addrinfo(mod, pc, &off, &sym, NULL, NULL, NULL));
		f->sym_off = off;
		Dwarf_Addr rel = pc;
		if (dwfl_module_relocate_address(mod, &rel) >= 0)
			f->rel = rel;
		if (st.mode >= 2) {
			Dwfl_Line *line = dwfl_module_getsrc(mod, pc);
			if (line)
				f->src_file = dwfl_lineinfo(line, NULL, &f->src_line, NULL, NULL, NULL);
		}
	}
	/* the mapping pc is in: whether its file is gone; and where libdw
	 * could not read it (a deleted file of a process gone), its name and
	 * the offset in the file, as strace's frames without a symbol */
	for (size_t i = 0; i < p->n; i++) {
		const struct map_ent *m = &p->maps[i];
		if (pc < m->start || pc >= m->end)
			continue;
		if (!mod) {
			f->module = m->path;
			f->rel = pc - m->start + m->off;
		}
		f->module_deleted = m->deleted;
		f->module_len = m->path_len;
		break;
	}
	if (f->module && !f->module_len)
		f->module_len = strlen(f->module);
	ce->pc = pc;
	ce->valid = true;
	ce->f = *f;
	return DWARF_CB_OK;
}

/* Unwind s against p's maps now: st.out */
static const struct stack_frames *unwind(struct proc *p, const struct sct_stack *s)
{
	if (!p->known && !p->proc_read)
		proc_read_maps(p, p->pid);
	st.out.n = 0;
	st.out.error = NULL;
	Dwfl *dwfl = proc_dwfl(p);
	if (!dwfl) {
		st.out.error = p->n ? "no mapped file could be read" : "the process's mappings are not known";
		st.out.f = st.f;
		return &st.out;
	}
	p->src.s = s;
	p->src.beyond = false;
	st.last_has_cfi = true;
	int r = dwfl_getthread_frames(dwfl, s->tid, frame_cb, p);
	static char beyond[64];
	snprintf(beyond, sizeof(beyond), "the stack copy (%u bytes) ends here", s->len);
	if (!st.out.error) {
		/* libdw's message (its number is libdw's or libdwfl's, encoded:
		 * the text is what can be compared) */
		const char *msg = r < 0 ? dwfl_errmsg(-1) : NULL;
		if (p->src.beyond && st.last_has_cfi)
			/* a read past the copy ended it, whether libdw calls
			 * that an error or the stack's end (from a frame with no
			 * CFI, JIT code or a file gone, libdw guesses by frame
			 * pointer: where that reads is no sign of a cut) */
			st.out.error = beyond;
		else if (msg && !(st.out.n > 0 && st.last_has_cfi &&
				  !strcmp(msg, "no matching address range")))
			st.out.error = msg;
		/* else: the outermost frame's return address is no code (ld.so's
		 * _start, whose caller slot holds argc): the stack's end, as
		 * libunwind and gdb take it */
	}
	st.out.f = st.f;
	p->src.s = NULL;
	return &st.out;
}

static char *dup_or_null(const char *s)
{
	char *d = s ? strdup(s) : NULL;
	if (s && !d)
		abort();
	return d;
}

static void resolved_free(struct resolved *r)
{
	if (!r)
		return;
	for (unsigned i = 0; i < r->fs.n; i++) {
		free((char *)r->fs.f[i].module);
		free((char *)r->fs.f[i].symbol);
		free((char *)r->fs.f[i].src_file);
	}
	free(r->fs.f);
	free((char *)r->fs.error);
	free(r);
}

/* Process pid's image is about to be replaced: unwind its threads'
 * waiting stacks (the exec'ing call's) against the maps they were taken in */
static void resolve_pending(struct proc *p)
{
	for (size_t i = 0; i < st.stacks.cap; i++) {
		struct sct_stack *s = st.stacks.slots[i].val;
		if (!s || s->pid != p->pid)
			continue;
		if (p->self_image) {  /* the launched command's execve: sctrace's code */
			free(tidmap_del(&st.stacks, s->tid));
			i = (size_t)-1;
			continue;
		}
		const struct stack_frames *fs = unwind(p, s);
		struct resolved *r = calloc(1, sizeof(*r));
		if (!r || !(r->fs.f = calloc(fs->n ? fs->n : 1, sizeof(*fs->f))))
			abort();
		r->ts = s->ts;
		r->fs.n = fs->n;
		for (unsigned k = 0; k < fs->n; k++) {
			r->fs.f[k] = fs->f[k];
			r->fs.f[k].module = dup_or_null(fs->f[k].module);
			r->fs.f[k].symbol = dup_or_null(fs->f[k].symbol);
			r->fs.f[k].src_file = dup_or_null(fs->f[k].src_file);
		}
		r->fs.error = dup_or_null(fs->error);
		resolved_free(tidmap_put(&st.resolved, s->tid, r));
		/* the slot's stack is used up; deleting shifts slots, so rescan */
		free(tidmap_del(&st.stacks, s->tid));
		i = (size_t)-1;
	}
}

const struct stack_frames *stacktrace_take(uint32_t pid, uint32_t tid, uint64_t ts)
{
	static struct resolved *last;  /* what the previous take returned */
	resolved_free(last);
	last = NULL;
	struct resolved *r = tidmap_get(&st.resolved, tid);
	if (r && r->ts == ts) {
		last = tidmap_del(&st.resolved, tid);
		return &last->fs;
	}
	struct sct_stack *s = tidmap_get(&st.stacks, tid);
	if (!s || s->ts != ts)
		return NULL;
	tidmap_del(&st.stacks, tid);
	struct proc *owner = proc_get(pid);
	if (owner->self_image) {  /* a failed exec of the launched command */
		free(s);
		return NULL;
	}
	const struct stack_frames *fs = unwind(owner, s);
	free(s);
	return fs;
}

void stacktrace_free(void)
{
	for (size_t i = 0; i < st.procs.cap; i++)
		if (st.procs.slots[i].val)
			proc_free(st.procs.slots[i].val);
	tidmap_free(&st.procs);
	for (size_t i = 0; i < st.stacks.cap; i++)
		free(st.stacks.slots[i].val);
	tidmap_free(&st.stacks);
	for (size_t i = 0; i < st.resolved.cap; i++)
		resolved_free(st.resolved.slots[i].val);
	tidmap_free(&st.resolved);
	free(st.f);
	memset(&st, 0, sizeof(st));
}
