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
#include <sys/mman.h>
#include "decode.h"
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

/* Does the kernel's sched_process_exit tracepoint pass group_dead (6.16+)?
 * Its BTF typedef btf_trace_sched_process_exit then takes three
 * parameters (the context, the task, the flag). */
static bool exit_tp_has_group_dead(void)
{
	static int cached = -1;
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
	/* strings on pages not in memory: see late_str_defer() (whether the
	 * kernel has bpf_task_work is a CO-RE check there: no BTF parse here) */
	s->rodata->late_strings = btf && opts_emit_events(o);
	if (!s->rodata->late_strings)
		bpf_map__set_max_entries(s->maps.late_recs, 1);
	choose_programs(s, btf, s->rodata->decode_fds);
	return s;
}


int tracer_start(struct tracer *t, const struct options *o, const pid_t *pids, int npids,
		 const pid_t *excluded, int nexcluded,
		 ring_buffer_sample_fn on_record, void *ctx)
{
	int err;

	memset(t, 0, sizeof(*t));
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

	t->rb = ring_buffer__new(bpf_map__fd(s->maps.rb), on_record, ctx, NULL);
	if (!t->rb) {
		fprintf(stderr, "sctrace: opening the ring buffer failed: %s\n", strerror(errno));
		goto fail;
	}
	/* the consumer and producer positions: the first two pages */
	long page = sysconf(_SC_PAGESIZE);
	void *pages = mmap(NULL, 2 * page, PROT_READ, MAP_SHARED, bpf_map__fd(s->maps.rb), 0);
	if (pages != MAP_FAILED) {
		t->rb_pages = pages;
		t->rb_pages_len = 2 * page;
		t->rb_consumer = pages;
		t->rb_producer = (const volatile uint64_t *)((char *)pages + page);
	}
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

int tracer_poll(struct tracer *t, int timeout_ms)
{
	/* Producers mostly skip the wakeup (see rb_flags() in the BPF side):
	 * wait for a wakeup or the timeout, then drain whatever is there. */
	int n = ring_buffer__poll(t->rb, timeout_ms);
	if (n < 0 && n != -EINTR)
		return n;
	int m = ring_buffer__consume(t->rb);
	if (m < 0)
		return m;
	return (n > 0 ? n : 0) + m;
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
	if (t->rb_pages)
		munmap(t->rb_pages, t->rb_pages_len);
	t->rb_pages = NULL;
	t->rb_producer = t->rb_consumer = NULL;
	ring_buffer__free(t->rb);
	t->rb = NULL;
	sctrace_bpf__destroy(t->skel);
	t->skel = NULL;
}
