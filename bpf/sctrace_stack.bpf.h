/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -k / --stack-trace: what userspace needs to unwind a traced call's user
 * stack with DWARF call-frame information (libdw), as perf's --call-graph
 * dwarf does it: the user registers and a copy of the top of the stack,
 * taken at the call's entry (exit_group and execve never return to the
 * code that made them).  And, so that stacks still resolve after their
 * process is gone, every file mapped executable into a traced process:
 * at exec (the program and its interpreter, mapped by the kernel) and at
 * mmap (what the dynamic loader and dlopen map).
 *
 * These programs are loaded only with -k, and attached after the syscall
 * programs: the stack is taken only for a call that on_enter() accepted
 * (its `inflight` entry is active), so every filter applies unchanged.
 */
#ifndef SCTRACE_STACK_BPF_H
#define SCTRACE_STACK_BPF_H

const volatile __s32 nr_mmap = -1;        /* the mmap syscall's number */

#define SCT_STACK_CHUNK 512
#define SCT_PAGE_SIZE   4096
#define SCT_PROT_EXEC   0x4
#define SCT_MAP_ANONYMOUS 0x20
#define SCT_AT_BASE     7   /* auxv: the interpreter's load address */
#define SCT_AUXV_WORDS  64  /* words of mm->saved_auxv looked at (pairs) */

/* The user stack from sp upwards, in chunks, up to the first unreadable
 * page: the stack's top is rarely SCT_STACK_MAX above sp, and one read of
 * the whole size would fail there.  The last chunk is cut at the page end. */
static __always_inline __u32 copy_user_stack(__u8 *dst, __u64 sp)
{
	__u32 len = 0;
	for (__u32 i = 0; i < SCT_STACK_MAX / SCT_STACK_CHUNK; i++) {
		__u64 at = sp + i * SCT_STACK_CHUNK;
		if (!bpf_probe_read_user(dst + i * SCT_STACK_CHUNK, SCT_STACK_CHUNK, (void *)at)) {
			len += SCT_STACK_CHUNK;
			continue;
		}
		__u32 n = SCT_PAGE_SIZE - (at & (SCT_PAGE_SIZE - 1));
		if (n < SCT_STACK_CHUNK && n > 0 &&
		    !bpf_probe_read_user(dst + i * SCT_STACK_CHUNK, n & (SCT_STACK_CHUNK - 1), (void *)at))
			len += n;
		break;
	}
	return len;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(stack_enter, struct pt_regs *regs, long id)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)pid_tgid;
	struct inflight *st = bpf_map_lookup_elem(&inflight, &tid);
	/* only a call on_enter() took (every filter passed), not ia32's */
	if (!st || !(st->active & INF_ACTIVE) || (st->active & INF_COMPAT) || st->nr != id)
		return 0;
	struct sct_stack *s = bpf_ringbuf_reserve(&rb, sizeof(*s), 0);
	if (!s) {
		count(SCT_CNT_LOST);
		return 0;
	}
	s->hdr.type = SCT_REC_STACK;
	s->hdr.nblobs = 0;
	s->hdr.size = sizeof(*s);
	s->pid = pid_tgid >> 32;
	s->tid = tid;
	s->ts = st->ts;
	s->nr = id;
	if (bpf_probe_read_kernel(s->regs, sizeof(s->regs), regs))
		__builtin_memset(s->regs, 0, sizeof(s->regs));
	s->len = copy_user_stack(s->stack, s->regs[19] /* sp */);
	bpf_ringbuf_submit(s, rb_flags());
	return 0;
}

/* A map record for [start, end) of file f at byte offset off, with its
 * path walked as -y walks an fd's. */
static __always_inline void send_map(__u64 pid_tgid, __u64 start, __u64 end, __u64 off,
				     struct file *f, __u32 mflags)
{
	__u32 zero = 0;
	struct scratch *sc = bpf_map_lookup_elem(&scratch, &zero);
	if (!sc || !f)
		return;
	struct sct_syscall *r = (void *)sc->buf;
	r->hdr.type = SCT_REC_MAP;
	r->hdr.nblobs = 0;
	r->hdr.size = sizeof(*r);
	r->pid = pid_tgid >> 32;
	r->tid = (__u32)pid_tgid;
	r->nr = -1;
	r->flags = 0;
	r->ts = bpf_ktime_get_ns();
	r->dur_ns = 0;
	r->ret = 0;
	__builtin_memset(r->args, 0, sizeof(r->args));
	r->args[0] = start;
	r->args[1] = end;
	r->args[2] = off;
	r->args[3] = mflags;
	r->args[4] = BPF_CORE_READ(f, f_inode, i_ino);
	r->args[5] = BPF_CORE_READ(f, f_inode, i_sb, s_dev);
	__builtin_memset(r->comm, 0, sizeof(r->comm));
	struct cap c = { .r = r, .buf = sc->buf };
	struct path p;
	if (bpf_probe_read_kernel(&p, sizeof(p), &f->f_path))
		return;
	path_blob(&c, 0, 0, p.dentry, p.mnt, NULL);
	output_record(&c);
}

/* mmap with PROT_EXEC of a file: the dynamic loader's and dlopen's */
SEC("tp_btf/sys_exit")
int BPF_PROG(stack_mmap_exit, struct pt_regs *regs, long ret)
{
	if (regs->orig_ax != nr_mmap || (ret < 0 && ret >= -4095) || is_compat())
		return 0;
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	if (!task_traced_by_pid(pid_tgid >> 32))
		return 0;
	__u64 len = regs->si, prot = regs->dx, flags = regs->r10, off = regs->r9;
	__s32 fd = regs->r8;
	if (!(prot & SCT_PROT_EXEC) || (flags & SCT_MAP_ANONYMOUS) || fd < 0)
		return 0;
	struct task_struct *t = bpf_get_current_task_btf();
	struct files_struct *files = t->files;
	struct fdtable *fdt = files ? files->fdt : NULL;
	if (!fdt || (__u32)fd >= fdt->max_fds)
		return 0;
	struct file *f = NULL;
	struct file **fds = fdt->fd;
	if (bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]) || !f)
		return 0;
	send_map(pid_tgid, ret, ret + ((len + SCT_PAGE_SIZE - 1) & ~(__u64)(SCT_PAGE_SIZE - 1)), off, f, 0);
	return 0;
}

struct vma_found {
	__u64 start;
	__u64 end;
	__u64 pgoff;
	struct file *file;
};

static long vma_found_cb(struct task_struct *task, struct vm_area_struct *vma, void *data)
{
	struct vma_found *v = data;
	v->start = vma->vm_start;
	v->end = vma->vm_end;
	v->pgoff = vma->vm_pgoff;
	v->file = vma->vm_file;
	return 0;
}

/* The interpreter's load address from the auxiliary vector (0: none) */
static __always_inline __u64 auxv_at_base(struct mm_struct *mm)
{
	for (__u32 i = 0; i + 1 < SCT_AUXV_WORDS; i += 2) {
		__u64 type = BPF_CORE_READ(mm, saved_auxv[i]);
		if (type == 0)
			break;
		if (type == SCT_AT_BASE)
			return BPF_CORE_READ(mm, saved_auxv[i + 1]);
	}
	return 0;
}

/* A new image: its program's text and its interpreter, which the kernel
 * mapped (no mmap call shows them) */
static __always_inline void maps_at_exec(struct task_struct *task)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	if (!task_traced_by_pid(pid_tgid >> 32))
		return;
	struct mm_struct *mm = task->mm;
	if (!mm)
		return;
	struct vma_found v = {};
	__u64 code = BPF_CORE_READ(mm, start_code);
	if (!bpf_find_vma(task, code, vma_found_cb, &v, 0) && v.file)
		send_map(pid_tgid, v.start, v.end, v.pgoff * SCT_PAGE_SIZE, v.file, SCT_MAPF_EXEC);
	__u64 base = auxv_at_base(mm);
	struct vma_found vi = {};
	if (base && !bpf_find_vma(task, base, vma_found_cb, &vi, 0) && vi.file)
		send_map(pid_tgid, vi.start, vi.end, vi.pgoff * SCT_PAGE_SIZE, vi.file, 0);
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(stack_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	maps_at_exec(bpf_get_current_task_btf());
	return 0;
}

#endif /* SCTRACE_STACK_BPF_H */
