// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* libbpf skeleton lifecycle: open -> rodata/map sizes -> load -> attach. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include "tracer.h"
#include <sys/epoll.h>
#include "taskident.h"
#include "timestamps.h"
#include <sys/mman.h>
#include "decode.h"
#include "syscalls.h"
#include "lossless.h"
#include "dumpio.h"
#include "pathtrace.h"
#include "sctrace.skel.h"

static int libbpf_log(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	/* libbpf's own chatter only when asked for: stderr may be the trace,
	 * and our errors are one line each */
	(void)level;
	if (!getenv("SCTRACE_DEBUG"))
		return 0;
	return vfprintf(stderr, fmt, ap);
}

/* The event's format in tracefs: 1 when it has a group_dead field (the
 * tracepoint's argument stores it there), 0 without, -1 unreadable.  Some
 * microseconds, where parsing the kernel's BTF costs milliseconds at every
 * launch (libbpf parses it once more for CO-RE). */
static int exit_format_has_group_dead(void)
{
	static const char *const paths[] = {
		"/sys/kernel/tracing/events/sched/sched_process_exit/format",
		"/sys/kernel/debug/tracing/events/sched/sched_process_exit/format",
	};
	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		FILE *f = fopen(paths[i], "re");
		if (!f)
			continue;
		char line[256];
		int found = 0;
		while (fgets(line, sizeof(line), f))
			if (strstr(line, "field:bool group_dead;"))
				found = 1;
		fclose(f);
		return found;
	}
	return -1;
}

/* Does the kernel's sched_process_exit tracepoint pass group_dead (6.16+)?
 * Its BTF typedef btf_trace_sched_process_exit then takes three
 * parameters (the context, the task, the flag). */
static bool exit_tp_has_group_dead(void)
{
	static int cached = -1;
	if (cached >= 0)
		return cached;
	cached = exit_format_has_group_dead();
	if (cached >= 0)
		return cached;
	cached = 0;
	struct btf *btf = btf__load_vmlinux_btf();
	if (!btf)
		return false;
	int id = btf__find_by_name_kind(btf, "btf_trace_sched_process_exit", BTF_KIND_TYPEDEF);
	const struct btf_type *t = id > 0 ? btf__type_by_id(btf, id) : NULL;
	while (t && (btf_is_typedef(t) || btf_is_ptr(t)))
		t = btf__type_by_id(btf, t->type);
	if (t && btf_is_func_proto(t) && btf_vlen(t) == 3)
		cached = 1;
	btf__free(btf);
	return cached;
}

/* fds: -y's variants of the syscall programs (tp_btf only: with the
 * raw_tracepoint fallback, for kernels before 5.5, -y is not available) */
static void choose_programs(struct sctrace_bpf *s, bool btf, bool fds)
{
	bool gd = btf && exit_tp_has_group_dead();
	bpf_program__set_autoload(s->progs.sys_enter_btf, btf && !fds);
	bpf_program__set_autoload(s->progs.sys_exit_btf, btf && !fds);
	bpf_program__set_autoload(s->progs.sys_enter_btf_fds, btf && fds);
	bpf_program__set_autoload(s->progs.sys_exit_btf_fds, btf && fds);
	bpf_program__set_autoload(s->progs.fork_btf, btf);
	bpf_program__set_autoload(s->progs.exit_btf, btf && !gd);
	bpf_program__set_autoload(s->progs.exit_btf_gd, gd);
	bpf_program__set_autoload(s->progs.exec_btf, btf);
	bpf_program__set_autoload(s->progs.signal_btf, btf);
	bpf_program__set_autoload(s->progs.free_btf, btf);
	bpf_program__set_autoload(s->progs.free_raw, !btf);
	bpf_program__set_autoload(s->progs.signal_raw, !btf);
	bpf_program__set_autoload(s->progs.sys_enter_raw, !btf);
	bpf_program__set_autoload(s->progs.sys_exit_raw, !btf);
	bpf_program__set_autoload(s->progs.fork_raw, !btf);
	bpf_program__set_autoload(s->progs.exit_raw, !btf);
	bpf_program__set_autoload(s->progs.exec_raw, !btf);
}

static void explain_load_error(int err)
{
	if (err == -EPERM || (err == -EACCES && geteuid() != 0))
		fprintf(stderr, "sctrace: loading BPF programs failed: %s: run as root, or with "
			"CAP_BPF and CAP_PERFMON (and CAP_SYS_RESOURCE on kernels before 5.11)\n",
			strerror(-err));
	else
		fprintf(stderr, "sctrace: loading BPF programs failed: %s (set SCTRACE_DEBUG=1 for "
			"the verifier log)\n", strerror(-err));
}

/* Words of the pid bitmap: one bit per possible pid */
static uint32_t pid_bitmap_words(void)
{
	unsigned long pid_max = 4194304;  /* the 64-bit kernels' ceiling */
	FILE *f = fopen("/proc/sys/kernel/pid_max", "re");
	if (f) {
		if (fscanf(f, "%lu", &pid_max) != 1 || !pid_max)
			pid_max = 4194304;
		fclose(f);
	}
	return (pid_max + 63) / 64;
}

/* The -e trace= set in ia32 numbers: the same syscalls by name (ia32-only
 * calls such as socketcall or mmap2 have no x86_64 name to be chosen by) */
static void ia32_mask(const uint64_t *mask, uint64_t *out)
{
	for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++) {
		if (!(mask[nr / 64] & (1ULL << (nr % 64))) || !syscall_table[nr].name)
			continue;
		for (int i = 0; i < SCT_MAX_SYSCALLS; i++)
			if (syscall_names_i386[i] && !strcmp(syscall_names_i386[i], syscall_table[nr].name))
				out[i / 64] |= 1ULL << (i % 64);
	}
}

/* The kernel side's syscall roles (SCT_ROLE_*), by name in both tables */
static void syscall_roles(uint8_t roles[2][SCT_MAX_SYSCALLS])
{
	static const struct { const char *name; uint8_t roles; } named[] = {
		{ "execve", SCT_ROLE_EXEC | SCT_ROLE_COMM },
		{ "execveat", SCT_ROLE_EXEC | SCT_ROLE_EXECAT | SCT_ROLE_COMM },
		{ "prctl", SCT_ROLE_COMM },
		{ "fork", SCT_ROLE_FORK },
		{ "vfork", SCT_ROLE_FORK },
		{ "clone", SCT_ROLE_FORK },
		{ "clone3", SCT_ROLE_FORK },
		{ "rt_sigreturn", SCT_ROLE_SIGFRAME },
	};
	for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++)
		for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++) {
			if (syscall_table[nr].name && !strcmp(syscall_table[nr].name, named[i].name))
				roles[0][nr] |= named[i].roles;
			if (syscall_names_i386[nr] && !strcmp(syscall_names_i386[nr], named[i].name))
				roles[1][nr] |= named[i].roles;
		}
}

/* Open the object and apply every setting that must precede load. */
static struct sctrace_bpf *open_configured(const struct options *o, int npids,
					   const pid_t *excluded, int nexcluded, bool btf)
{
	struct sctrace_bpf *s = sctrace_bpf__open();
	if (!s) {
		fprintf(stderr, "sctrace: opening the BPF object failed: %s\n", strerror(errno));
		return NULL;
	}
	s->rodata->self_tgid = getpid();
	for (int i = 0; i < nexcluded && i < (int)(sizeof(s->rodata->excluded) / sizeof(s->rodata->excluded[0])); i++)
		((uint32_t *)s->rodata->excluded)[s->rodata->nexcluded++] = excluded[i];
	s->rodata->filter_pids = npids > 0 || o->command;
	s->rodata->follow_forks = o->follow;
	s->rodata->ncgroups = o->ncgroups;
	s->rodata->send_idents = taskident_on;
	for (int i = 0; i < o->ncgroups; i++) {
		((uint64_t *)s->rodata->cgroup_ids)[i] = o->cgroup_ids[i];
		((uint32_t *)s->rodata->cgroup_levels)[i] = o->cgroup_levels[i];
	}
	s->rodata->ncomms = o->ncomms;
	for (int i = 0; i < o->ncomms; i++)
		memcpy((char *)s->rodata->comms[i], o->comms[i], SCT_COMM_LEN);
	s->rodata->filter_syscalls = o->filter_syscalls;
	memcpy((void *)s->rodata->syscall_mask, o->syscall_mask, sizeof(o->syscall_mask));
	ia32_mask(o->syscall_mask, (uint64_t *)s->rodata->syscall_mask_i386);
	syscall_roles((uint8_t (*)[SCT_MAX_SYSCALLS])s->rodata->syscall_roles);
	s->rodata->strsize = o->strsize < SCT_BLOB_MAX - 1 ? o->strsize : SCT_BLOB_MAX - 1;
	s->rodata->wakeup_bytes = o->buffer_size / 8;

	s->rodata->emit_events = opts_emit_events(o);
	s->rodata->aggregate = opts_aggregate(o);
	s->rodata->summary_by = o->summary_by;
	s->rodata->ret_filter = o->ret_filter;
	/* -e read=/write=: the calls on those fds capture all they moved */
	uint64_t rmask[SCT_MAX_SYSCALLS / 64] = { 0 }, wmask[SCT_MAX_SYSCALLS / 64] = { 0 };
	dumpio_syscall_masks(rmask, wmask);
	if (dumpio_fd_bits(&o->dump_read, (uint64_t *)s->rodata->dump_read_fds))
		s->rodata->dump_high_fds |= 1;
	if (dumpio_fd_bits(&o->dump_write, (uint64_t *)s->rodata->dump_write_fds))
		s->rodata->dump_high_fds |= 2;
	memcpy((void *)s->rodata->dump_read_mask, rmask, sizeof(rmask));
	memcpy((void *)s->rodata->dump_write_mask, wmask, sizeof(wmask));
	bool dump_any = s->rodata->dump_high_fds;
	for (int k = 0; k < 16; k++)
		dump_any |= s->rodata->dump_read_fds[k] || s->rodata->dump_write_fds[k];
	s->rodata->dump_any = dump_any;

	/* What to capture per syscall, from the decoding table: the specs go
	 * into a map after load, and as bitmaps into rodata so that the hot
	 * path looks a spec up only when it has something to do. */
	for (int nr = 0; nr < SCT_MAX_SYSCALLS; nr++) {
		struct sct_sysspec spec;
		decode_capture_spec(nr, &spec);
		pathtrace_capture_spec(nr, &spec);   /* -P: fds and paths to compare */
		uint64_t bit = 1ULL << (nr % 64);
		if (spec.ncap || (spec.flags & SCT_SPEC_FDS))
			((uint64_t *)s->rodata->capture_mask)[nr / 64] |= bit;
		/* -y: fd arguments at entry, as strace shows them (close's file,
		 * a socket before connect(), an eventfd's count before write()) */
		if (spec.fdargs || spec.cwdpath || ((spec.fdlist.n || spec.fdlist.flags) &&
				    !(spec.fdlist.flags & SCT_FDLIST_EXIT)))
			((uint64_t *)s->rodata->fd_entry_mask)[nr / 64] |= bit;
		if (spec.flags & (SCT_SPEC_ENTRY | SCT_SPEC_EXEC))
			((uint64_t *)s->rodata->entry_mask)[nr / 64] |= bit;
		if (spec.flags & SCT_SPEC_ENTRY_FD)
			((uint64_t *)s->rodata->entry_fd_mask)[nr / 64] |= bit;
		if (spec.nnest && (!o->filter_syscalls || (o->syscall_mask[nr / 64] & bit)))
			s->rodata->nests_any = true;
	}

	bpf_map__set_max_entries(s->maps.rb, o->buffer_size);
	bpf_map__set_max_entries(s->maps.pid_bits, pid_bitmap_words());
	/* aggregation maps cost memory only when used */
	if (!opts_aggregate(o))
		bpf_map__set_max_entries(s->maps.syscall_stats, 1);
	if (!o->summary_by)
		bpf_map__set_max_entries(s->maps.group_stats, 1);
	/* -y: only when lines are printed (not for -c alone) */
	s->rodata->decode_fds = decode_opts.decode_fds && opts_emit_events(o);
	/* -P: fds resolved to compare their files; printed only under -y
	 * (decode_opts.decode_fds) */
	if (pathtrace_resolves_fds() && opts_emit_events(o))
		s->rodata->decode_fds = true;
	s->rodata->fd_sock_details = decode_opts.decode_fds & DECODE_FD_SOCKET;
	s->rodata->fd_eventfd_details = decode_opts.decode_fds & DECODE_FD_EVENTFD;
	s->rodata->fd_dev_details = decode_opts.decode_fds & DECODE_FD_DEV;
	if (!s->rodata->decode_fds)
		bpf_map__set_max_entries(s->maps.fd_stash, 1);
	/* the clock read at every call only where a time is shown or used
	 * (-y: its fd stash is matched to the exit by the entry's time; -k:
	 * a stack to its call likewise) */
	s->rodata->need_time = o->json || ts_wanted(o) || o->syscall_times || opts_aggregate(o) ||
			       s->rodata->decode_fds || o->stack_trace;
	/* strings on pages not in memory: see late_str_defer() (whether the
	 * kernel has bpf_task_work is a CO-RE check there: no BTF parse here) */
	s->rodata->late_strings = btf && opts_emit_events(o);
	if (!s->rodata->late_strings)
		bpf_map__set_max_entries(s->maps.late_recs, 1);
	choose_programs(s, btf, s->rodata->decode_fds);
	/* -k: tp_btf only (its regs are read as BTF pointers); attached by
	 * tracer_start() after the syscall programs, whose entry state the
	 * stack program reads */
	bool k = o->stack_trace && btf && opts_emit_events(o);
	s->rodata->stack_trace = k;
	s->rodata->nr_mmap = syscall_by_name("mmap");
	bpf_program__set_autoload(s->progs.stack_enter, k);
	bpf_program__set_autoload(s->progs.stack_mmap_exit, k);
	bpf_program__set_autoload(s->progs.stack_exec, k);
	bpf_program__set_autoattach(s->progs.stack_enter, false);
	bpf_program__set_autoattach(s->progs.stack_mmap_exit, false);
	bpf_program__set_autoattach(s->progs.stack_exec, false);
	return s;
}


/* Map the ring as the kernel lays it out: the consumer's position (a page
 * the consumer writes), then the producer's (read-only), then the data,
 * mapped twice in a row so that a record that wraps around reads as one. */
static int ring_open(struct tracer *t, int map_fd, ring_buffer_sample_fn on_record, void *ctx)
{
	struct bpf_map_info info = { 0 };
	uint32_t len = sizeof(info);
	long page = sysconf(_SC_PAGESIZE);
	if (bpf_obj_get_info_by_fd(map_fd, &info, &len)) {
		fprintf(stderr, "sctrace: opening the ring buffer failed: %s\n", strerror(errno));
		return -1;
	}
	t->on_record = on_record;
	t->ctx = ctx;
	t->rb_page = page;
	t->rb_mask = info.max_entries - 1;
	void *cons = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, map_fd, 0);
	if (cons == MAP_FAILED) {
		fprintf(stderr, "sctrace: mapping the ring buffer failed: %s\n", strerror(errno));
		return -1;
	}
	t->rb_cons_page = cons;
	t->rb_consumer = cons;
	t->rb_prod_len = page + 2 * (size_t)info.max_entries;
	void *prod = mmap(NULL, t->rb_prod_len, PROT_READ, MAP_SHARED, map_fd, page);
	if (prod == MAP_FAILED) {
		fprintf(stderr, "sctrace: mapping the ring buffer failed: %s\n", strerror(errno));
		return -1;
	}
	t->rb_prod_map = prod;
	t->rb_producer = prod;
	t->rb_data = (const uint8_t *)prod + page;
	/* edge-triggered: each wakeup the producers send, not "data is there"
	 * (which would wake the consumer again at once, for every few records) */
	struct epoll_event ev = { .events = EPOLLIN | EPOLLET };
	t->rb_epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	if (t->rb_epoll_fd < 0 || epoll_ctl(t->rb_epoll_fd, EPOLL_CTL_ADD, map_fd, &ev)) {
		fprintf(stderr, "sctrace: waiting on the ring buffer failed: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

int tracer_start(struct tracer *t, const struct options *o, const pid_t *pids, int npids,
		 const pid_t *excluded, int nexcluded,
		 ring_buffer_sample_fn on_record, void *ctx)
{
	int err;

	memset(t, 0, sizeof(*t));
	t->rb_epoll_fd = -1;
	libbpf_set_print(libbpf_log);

	if (access("/sys/kernel/btf/vmlinux", R_OK)) {
		fprintf(stderr, "sctrace: this kernel has no BTF (/sys/kernel/btf/vmlinux): sctrace "
			"needs CONFIG_DEBUG_INFO_BTF=y (Linux 5.8 or later)\n");
		return -1;
	}

	/* tp_btf reads pt_regs directly; plain raw_tracepoint is the fallback
	 * for kernels whose BTF does not describe raw_syscalls (tried only
	 * when tp_btf fails: probing first would cost a BTF parse every run) */
	struct sctrace_bpf *s = open_configured(o, npids, excluded, nexcluded, true);
	if (!s)
		return -1;
	err = sctrace_bpf__load(s);
	if (err && err != -EPERM) {
		sctrace_bpf__destroy(s);
		s = open_configured(o, npids, excluded, nexcluded, false);
		if (!s)
			return -1;
		err = sctrace_bpf__load(s);
		if (!err && s->rodata->decode_fds)
			fputs("sctrace: -y/--decode-fds needs tp_btf programs this kernel would not load: "
			      "fds are printed without their files\n", stderr);
		if (!err && o->stack_trace && opts_emit_events(o))
			fputs("sctrace: -k/--stack-trace needs tp_btf programs this kernel would not "
			      "load: no stacks are printed\n", stderr);
	}
	t->skel = s;
	if (err) {
		/* without privileges every probe fails too: say that first */
		if (err == -EPERM || (geteuid() != 0 && err == -EACCES))
			explain_load_error(err);
		else if (libbpf_probe_bpf_map_type(BPF_MAP_TYPE_RINGBUF, NULL) == 0)
			fprintf(stderr, "sctrace: creating the BPF ring buffer failed: this kernel "
				"lacks BPF ring buffers (Linux 5.8 or later)\n");
		else
			explain_load_error(err);
		goto fail;
	}

	for (uint32_t nr = 0; nr < SCT_MAX_SYSCALLS; nr++) {
		struct sct_sysspec spec;
		decode_capture_spec(nr, &spec);
		pathtrace_capture_spec(nr, &spec);
		if (!spec.ncap && !spec.flags)
			continue;  /* array slots start zeroed */
		if (bpf_map_update_elem(bpf_map__fd(s->maps.sysspecs), &nr, &spec, BPF_ANY)) {
			fprintf(stderr, "sctrace: filling the syscall spec map failed: %s\n", strerror(errno));
			goto fail;
		}
	}
	for (int i = 0; i < npids; i++)
		if (tracer_add_pid(t, pids[i]))
			goto fail;

	/* tasks started before this may be inside calls whose entry is not
	 * seen: their exits come as SCT_SF_ATTACHED */
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	s->bss->trace_start_ns = (uint64_t)now.tv_sec * 1000000000 + now.tv_nsec;
	if (o->command && npids > 0)
		s->bss->hidden_tgid = pids[0];  /* the launched command comes first */
	err = sctrace_bpf__attach(s);
	if (err) {
		fprintf(stderr, "sctrace: attaching to the raw_syscalls tracepoints failed: %s\n",
			strerror(-err));
		goto fail;
	}
	if (s->rodata->stack_trace) {
		/* after the syscall programs: a tracepoint runs its programs in
		 * the order they were attached */
		struct bpf_link **links[] = { &s->links.stack_exec, &s->links.stack_mmap_exit,
					      &s->links.stack_enter };
		struct bpf_program *progs[] = { s->progs.stack_exec, s->progs.stack_mmap_exit,
						s->progs.stack_enter };
		for (int i = 0; i < 3; i++) {
			*links[i] = bpf_program__attach(progs[i]);
			if (!*links[i]) {
				fprintf(stderr, "sctrace: attaching -k's programs failed: %s\n",
					strerror(errno));
				goto fail;
			}
		}
	}

	if (ring_open(t, bpf_map__fd(s->maps.rb), on_record, ctx))
		goto fail;
	t->counters_fd = bpf_map__fd(s->maps.counters);
	return 0;
fail:
	tracer_stop(t);
	return -1;
}

uint64_t tracer_queued(struct tracer *t)
{
	if (!t->rb_producer)
		return 0;
	return *t->rb_producer - *t->rb_consumer;
}

int tracer_set_lossless(struct tracer *t, struct lossless *l)
{
	if (!t->rb_producer)
		return -1;
	return lossless_watch(l, bpf_map__fd(t->skel->maps.rb), t->rb_consumer, t->rb_producer);
}

int tracer_add_pid(struct tracer *t, pid_t tgid)
{
	int fd = bpf_map__fd(t->skel->maps.pid_bits);
	uint32_t word = tgid / 64;
	uint64_t bits = 0;
	/* read-modify-write: done before attach, when nothing else writes */
	if (bpf_map_lookup_elem(fd, &word, &bits) == 0) {
		bits |= 1ULL << (tgid % 64);
		if (bpf_map_update_elem(fd, &word, &bits, BPF_ANY) == 0)
			return 0;
	}
	fprintf(stderr, "sctrace: adding pid %d to the traced set failed: %s\n", tgid,
		strerror(errno));
	return -1;
}

/* How long a poll waits for more when the last one found records, and how
 * much queued makes it take them at once: at a few million records a
 * second, batches of some thousand (the per-poll work, a few syscalls,
 * then costs the records next to nothing), far below the lossless
 * high-water mark (a quarter of the ring). */
#define BATCH_MS    1
#define BATCH_BYTES (64 << 10)
/* The consumer's position is published every this many bytes (and at
 * the end of each poll): the producers read it on every reserve.  A small
 * ring (--buffer-size) gets both at a sixteenth of its size. */
#define RELEASE_BYTES (64 << 10)

static uint64_t ring_step(const struct tracer *t, uint64_t bytes)
{
	uint64_t part = (t->rb_mask + 1) / 16;
	return bytes < part ? bytes : part ? part : 8;
}

/* The records between the consumer's position and `upto`.  Records not
 * yet committed (busy) end the walk; discarded ones are skipped. */
static int ring_consume(struct tracer *t, uint64_t upto)
{
	uint64_t cons = *t->rb_consumer, released = cons;
	uint64_t release_bytes = ring_step(t, RELEASE_BYTES);
	int n = 0;
	while (cons < upto) {
		const uint32_t *hdr = (const uint32_t *)(t->rb_data + (cons & t->rb_mask));
		uint32_t len = __atomic_load_n(hdr, __ATOMIC_ACQUIRE);
		if (len & BPF_RINGBUF_BUSY_BIT)
			break;
		uint32_t size = len & ~(uint32_t)BPF_RINGBUF_DISCARD_BIT;
		const void *sample = (const uint8_t *)hdr + BPF_RINGBUF_HDR_SZ;
		cons += (size + BPF_RINGBUF_HDR_SZ + 7) & ~7ULL;
		if (!(len & BPF_RINGBUF_DISCARD_BIT)) {
			t->on_record(t->ctx, (void *)sample, size);
			n++;
		}
		if (cons - released >= release_bytes) {
			__atomic_store_n(t->rb_consumer, cons, __ATOMIC_RELEASE);
			released = cons;
		}
	}
	/* caught up: a producer that finds the consumer at its record wakes it */
	__atomic_store_n(t->rb_consumer, cons, __ATOMIC_RELEASE);
	return n;
}

int tracer_poll(struct tracer *t, int timeout_ms)
{
	uint64_t queued = tracer_queued(t);
	int wait = -1;
	if (timeout_ms > 0 && !queued)
		wait = timeout_ms;
	else if (timeout_ms > 0 && t->rb_busy && queued < ring_step(t, BATCH_BYTES))
		wait = timeout_ms < BATCH_MS ? timeout_ms : BATCH_MS;
	if (wait > 0) {
		struct epoll_event ev;
		if (epoll_wait(t->rb_epoll_fd, &ev, 1, wait) < 0 && errno != EINTR)
			return -errno;
	}
	int n = ring_consume(t, __atomic_load_n(t->rb_producer, __ATOMIC_ACQUIRE));
	/* timeout 0, a drain (a command reaped, the end): also what came
	 * meanwhile, a few rounds at most (the producers may never stop) */
	for (int round = 0, m = n; !timeout_ms && m > 0 && round < 16; round++) {
		m = ring_consume(t, __atomic_load_n(t->rb_producer, __ATOMIC_ACQUIRE));
		n += m;
	}
	t->rb_busy = n > 0;
	return n;
}

uint64_t tracer_counter(struct tracer *t, int which)
{
	int ncpu = libbpf_num_possible_cpus();
	if (ncpu <= 0)
		return 0;
	uint64_t vals[ncpu];
	uint32_t key = which;
	if (bpf_map_lookup_elem(t->counters_fd, &key, vals))
		return 0;
	uint64_t sum = 0;
	for (int i = 0; i < ncpu; i++)
		sum += vals[i];
	return sum;
}

int tracer_read_stats(struct tracer *t, struct sct_stat_hist *out)
{
	int ncpu = libbpf_num_possible_cpus();
	if (ncpu <= 0)
		return -1;
	struct sct_stat_hist *vals = calloc(ncpu, sizeof(*vals));
	if (!vals)
		return -1;
	int fd = bpf_map__fd(t->skel->maps.syscall_stats);
	memset(out, 0, sizeof(*out) * SCT_MAX_SYSCALLS);
	for (uint32_t nr = 0; nr < SCT_MAX_SYSCALLS; nr++) {
		if (bpf_map_lookup_elem(fd, &nr, vals))
			continue;
		for (int c = 0; c < ncpu; c++) {
			out[nr].s.calls += vals[c].s.calls;
			out[nr].s.errors += vals[c].s.errors;
			out[nr].s.wall_ns += vals[c].s.wall_ns;
			out[nr].s.cpu_ns += vals[c].s.cpu_ns;
			for (int b = 0; b < SCT_HIST_BUCKETS; b++)
				out[nr].hist[b] += vals[c].hist[b];
		}
	}
	free(vals);
	return 0;
}

int tracer_for_each_group(struct tracer *t,
			  void (*fn)(void *arg, const struct sct_group_key *k, const struct sct_stat *s),
			  void *arg)
{
	int ncpu = libbpf_num_possible_cpus();
	if (ncpu <= 0)
		return -1;
	struct sct_stat *vals = calloc(ncpu, sizeof(*vals));
	if (!vals)
		return -1;
	int fd = bpf_map__fd(t->skel->maps.group_stats);
	struct sct_group_key key, next, *prev = NULL;
	while (bpf_map_get_next_key(fd, prev, &next) == 0) {
		key = next;
		prev = &key;
		if (bpf_map_lookup_elem(fd, &key, vals))
			continue;
		struct sct_stat sum = { 0 };
		for (int c = 0; c < ncpu; c++) {
			sum.calls += vals[c].calls;
			sum.errors += vals[c].errors;
			sum.wall_ns += vals[c].wall_ns;
			sum.cpu_ns += vals[c].cpu_ns;
		}
		fn(arg, &key, &sum);
	}
	free(vals);
	return 0;
}

long tracer_inflight_count(struct tracer *t)
{
	int fd = bpf_map__fd(t->skel->maps.inflight);
	uint32_t key, next;
	long n = 0;
	uint32_t *prev = NULL;
	while (bpf_map_get_next_key(fd, prev, &next) == 0) {
		key = next;
		prev = &key;
		n++;
	}
	return n;
}

void tracer_stop(struct tracer *t)
{
	if (t->rb_prod_map)
		munmap(t->rb_prod_map, t->rb_prod_len);
	if (t->rb_cons_page)
		munmap(t->rb_cons_page, t->rb_page);
	t->rb_prod_map = t->rb_cons_page = NULL;
	t->rb_producer = NULL;
	t->rb_consumer = NULL;
	t->rb_data = NULL;
	if (t->rb_epoll_fd >= 0)
		close(t->rb_epoll_fd);
	t->rb_epoll_fd = -1;
	sctrace_bpf__destroy(t->skel);
	t->skel = NULL;
}
