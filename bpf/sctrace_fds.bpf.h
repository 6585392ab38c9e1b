/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * -y / --decode-fds: the file behind an fd, resolved in the kernel at the
 * call (arguments at entry, where close() still has its file; returned fds
 * at exit), sent as SCT_CAP_FDPATH blobs.  Included by sctrace.bpf.c after
 * the capture helpers; everything here runs only when decode_fds is set.
 *
 * Arguments are resolved at entry into the per-CPU scratch record, then
 * kept per thread (fd_stash) until the exit record, into which they are
 * copied: the thread may sleep and move to another CPU in between.
 */
#ifndef SCTRACE_FDS_BPF_H
#define SCTRACE_FDS_BPF_H

#include <bpf/bpf_endian.h>

const volatile bool decode_fds = false;
/* -yy / --decode-fds=socket, =eventfd: the object's state, not just its name */
const volatile bool fd_sock_details = false;
const volatile bool fd_eventfd_details = false;
const volatile bool fd_dev_details = false;  /* --decode-fds=dev: i_mode, i_rdev */
/* syscalls with fd arguments resolved at entry (sct_sysspec.fdargs) */
const volatile __u64 fd_entry_mask[SCT_MAX_SYSCALLS / 64] = {};

#define FDP_BUF   4096  /* longest path built (the kernel's PATH_MAX) */
#define FDP_NAME  256   /* longest component read (NAME_MAX + 1) */
#define FDP_DEPTH 2048  /* dentries walked, mount crossings included: as
                         * many as "/x" components fit in FDP_BUF */
#define FD_STASH_MAX 8192 /* entry blobs kept per thread (two whole paths
                           * almost always fit; past that the later ones
                           * are dropped and print as bare numbers) */

/* superblock magics (include/uapi/linux/magic.h) of files the kernel names
 * through d_op->d_dname instead of their place in a tree */
#define SCT_PIPEFS_MAGIC      0x50495045
#define SCT_SOCKFS_MAGIC      0x534F434B
#define SCT_ANON_INODE_MAGIC  0x09041934
#define SCT_PIDFS_MAGIC       0x50494446
#define SCT_NSFS_MAGIC        0x6e736673
#define SCT_AT_FDCWD          -100

/* span: path_step's scratch, here rather than on the stack (Linux 6.1
 * counts bpf_loop callbacks' frames into the 512-byte combined stack) */
/* The fields of a dentry path_blob() needs */
struct dentry_head {
	void *pprev;             /* d_hash.pprev (NULL: unhashed) */
	struct dentry *parent;
	const struct dentry_operations *op;
	struct super_block *sb;
	struct inode *inode;
};

#define FDP_SPAN 16  /* words of span: one read of a dentry's or inode's fields */
/* A path walk's state, in map memory (see fdp_buf) */
struct path_walk {
	struct dentry *d;
	struct vfsmount *mnt;
	struct dentry *root_d;      /* the process's root: paths stop there, */
	struct vfsmount *root_mnt;  /* as /proc/PID/fd's links do */
	struct dentry *mnt_root;    /* mnt's */
	__u32 off;                  /* the path starts at buf[off] (FDP_BUF: empty) */
	__u8 done;
};

/* head, fpath, walk: in map memory, not on the stack (Linux 6.1 counts the
 * frames of bpf_loop callbacks into its 512-byte combined stack) */
struct fdp_buf {
	__u8 buf[FDP_BUF + FDP_NAME];
	__u64 span[FDP_SPAN];
	struct dentry_head head;
	struct path fpath;
	struct file *file;
	__s32 cm[SCT_FDLIST_CMSG_MAX];  /* SCT_FDLIST_CMSG: the fds found */
	struct sct_fdlist sel;          /* the call's fd list (fdlist or an fdalt) */
	__u64 sel_base;                 /* ...ARRAY: where its ints are */
	__u32 sel_n;                    /* ...how many fds */
	struct path_walk walk;
};
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct fdp_buf);
} fdpath_buf SEC(".maps");

struct fd_stash {
	__u64 ts;       /* the entry's inflight.ts: whose blobs these are */
	__u32 len;      /* bytes of blobs in buf */
	__u32 nblobs;
	__u8 buf[FD_STASH_MAX];
};
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);  /* only threads that use fds under -y */
	__uint(max_entries, 32768);            /* 1 unless -y */
	__type(key, __u32);                    /* tid */
	__type(value, struct fd_stash);
} fd_stash SEC(".maps");


/* One dentry up: prepend "/name", or cross to the mount's parent.  ctx:
 * the struct fdp_buf * whose walk it is. */
static long path_step(__u32 i, void *ctx)
{
	struct fdp_buf *pb = *(struct fdp_buf **)ctx;
	struct path_walk *w = &pb->walk;
	struct dentry *d = w->d;
	struct vfsmount *mnt = w->mnt;

	if (d == w->root_d && mnt == w->root_mnt)
		goto done;
	if (d == w->mnt_root) {
		struct mount *m = (void *)mnt - bpf_core_field_offset(struct mount, mnt);
		struct mount *parent = BPF_CORE_READ(m, mnt_parent);
		if (parent == m)
			goto done;  /* the namespace's root */
		w->d = BPF_CORE_READ(m, mnt_mountpoint);
		struct vfsmount *up = (void *)parent + bpf_core_field_offset(struct mount, mnt);
		w->mnt = up;
		w->mnt_root = BPF_CORE_READ(up, mnt_root);
		return 0;
	}
	/* d_parent and d_name (a qstr: u32 hash, u32 len, name) are next to
	 * each other in every struct dentry: one read for the three */
	struct dentry *p;
	__u32 len;
	const unsigned char *name;
	__u32 op = bpf_core_field_offset(struct dentry, d_parent);
	__u32 on = bpf_core_field_offset(struct dentry, d_name);
	__u64 *span = pb->span;
	if (on > op && on + 16 - op <= 6 * sizeof(__u64)) {  /* the first 6 words */
		if (bpf_probe_read_kernel(span, on + 16 - op, (void *)d + op))
			return 1;
		p = (void *)span[0];
		len = ((__u32 *)span)[(on - op) / 4 + 1];
		name = (void *)span[(on - op) / 8 + 1];
	} else {
		p = BPF_CORE_READ(d, d_parent);
		len = BPF_CORE_READ(d, d_name.len);
		name = BPF_CORE_READ(d, d_name.name);
	}
	if (p == d)
		goto done;  /* a tree not mounted here */
	if (len > FDP_NAME - 1)
		len = FDP_NAME - 1;
	if (len + 1 > w->off)
		return 1;  /* too long: done stays 0, the path is cut */
	__u32 off = w->off - len - 1;
	barrier_var(len);
	if (bpf_probe_read_kernel(pb->buf + ((off + 1) & (FDP_BUF - 1)), len & (FDP_NAME - 1), name))
		return 1;
	pb->buf[off & (FDP_BUF - 1)] = '/';
	w->off = off;
	w->d = p;
	return 0;
done:
	w->done = 1;
	return 1;
}

#define SCT_AF_UNIX    1
#define SCT_AF_INET    2
#define SCT_AF_INET6   10
#define SCT_AF_NETLINK 16

/* The inode number of sk's socket (the kernel's sock_i_ino()): the inode
 * sits beside the socket in struct socket_alloc */
static __always_inline __u32 sock_ino(struct sock *sk)
{
	struct socket *so = sk ? BPF_CORE_READ(sk, sk_socket) : NULL;
	if (!so)
		return 0;
	struct inode *ino = (void *)so - bpf_core_field_offset(struct socket_alloc, socket) +
			    bpf_core_field_offset(struct socket_alloc, vfs_inode);
	return BPF_CORE_READ(ino, i_ino);
}

/* -yy: socket f's protocol, addresses, peer (SCT_BF_FD_SOCK) into o, which
 * is zeroed blob memory */
static __always_inline void sock_info(struct sct_fd_sock *o, struct file *f)
{
	struct socket *so = BPF_CORE_READ(f, private_data);
	struct sock *sk = so ? BPF_CORE_READ(so, sk) : NULL;
	if (!sk)
		return;
	struct proto *prot = BPF_CORE_READ(sk, __sk_common.skc_prot);
	if (prot)
		bpf_probe_read_kernel_str(o->proto, sizeof(o->proto), prot->name);
	__u16 family = BPF_CORE_READ(sk, __sk_common.skc_family);
	o->family = family;
	o->type = BPF_CORE_READ(sk, sk_type);
	o->protocol = BPF_CORE_READ(sk, sk_protocol);
	if (family == SCT_AF_INET || family == SCT_AF_INET6) {
		o->sport = BPF_CORE_READ(sk, __sk_common.skc_num);
		o->dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
		if (family == SCT_AF_INET) {
			bpf_probe_read_kernel(o->src, 4, &sk->__sk_common.skc_rcv_saddr);
			bpf_probe_read_kernel(o->dst, 4, &sk->__sk_common.skc_daddr);
		} else if (bpf_core_field_exists(sk->__sk_common.skc_v6_daddr)) {
			bpf_probe_read_kernel(o->src, 16, &sk->__sk_common.skc_v6_rcv_saddr);
			bpf_probe_read_kernel(o->dst, 16, &sk->__sk_common.skc_v6_daddr);
		}
	} else if (family == SCT_AF_UNIX) {
		struct unix_sock *u = (void *)sk;
		struct unix_address *a = BPF_CORE_READ(u, addr);
		if (a) {
			__u32 len = BPF_CORE_READ(a, len);
			if (len > 2) {
				len -= 2;  /* less sun_family */
				if (len > sizeof(o->name))
					len = sizeof(o->name);
				barrier_var(len);
				len &= 127;
				bpf_probe_read_kernel(o->name, len, (void *)a->name + 2);
				o->name_len = len;
			}
		}
		o->peer_ino = sock_ino(BPF_CORE_READ(u, peer));
	} else if (family == SCT_AF_NETLINK) {
		o->portid = BPF_CORE_READ((struct netlink_sock *)sk, portid);
	}
}


/* Read h from d: one read of the span that holds them where the layout
 * allows (they sit within 128 bytes of each other in Linux 6.x), else one
 * read each.  The reads are most of -y's cost. */
static __always_inline void dentry_head(struct dentry *d, __u64 *span, struct dentry_head *h)
{
	__u32 o_pp = bpf_core_field_offset(struct dentry, d_hash.pprev);
	__u32 o_par = bpf_core_field_offset(struct dentry, d_parent);
	__u32 o_op = bpf_core_field_offset(struct dentry, d_op);
	__u32 o_sb = bpf_core_field_offset(struct dentry, d_sb);
	__u32 o_ino = bpf_core_field_offset(struct dentry, d_inode);
	if (o_pp < o_par && o_pp < o_op && o_pp < o_sb && o_pp < o_ino &&
	    o_op + 8 - o_pp <= FDP_SPAN * 8 && o_sb + 8 - o_pp <= FDP_SPAN * 8 &&
	    o_par + 8 - o_pp <= FDP_SPAN * 8 && o_ino + 8 - o_pp <= FDP_SPAN * 8 &&
	    !((o_par | o_op | o_sb | o_ino | o_pp) & 7)) {
		__u32 n = o_op > o_sb ? o_op : o_sb;
		n = (n > o_ino ? n : o_ino) + 8 - o_pp;
		if (n > FDP_SPAN * 8 || bpf_probe_read_kernel(span, n & (FDP_SPAN * 8 * 2 - 1),
							     (void *)d + o_pp))
			return;
		h->pprev = (void *)span[0];
		h->parent = (void *)span[((o_par - o_pp) / 8) & (FDP_SPAN - 1)];
		h->op = (void *)span[((o_op - o_pp) / 8) & (FDP_SPAN - 1)];
		h->sb = (void *)span[((o_sb - o_pp) / 8) & (FDP_SPAN - 1)];
		h->inode = (void *)span[((o_ino - o_pp) / 8) & (FDP_SPAN - 1)];
		return;
	}
	h->pprev = BPF_CORE_READ(d, d_hash.pprev);
	h->parent = BPF_CORE_READ(d, d_parent);
	h->op = BPF_CORE_READ(d, d_op);
	h->sb = BPF_CORE_READ(d, d_sb);
	h->inode = BPF_CORE_READ(d, d_inode);
}

/* The blob for (dentry, mnt) of file f (NULL: the cwd): a pseudo file's
 * name as d_dname gives it, else the path walked up to the process's root.
 * aux, for -yy: a path's i_mode << 32 | i_rdev; a pidfd's pid; an anonymous
 * inode's first 8 bytes of private data (a signalfd's mask). */
static __always_inline void path_blob(struct cap *c, __u8 arg, __u8 idx, struct dentry *d,
				      struct vfsmount *mnt, struct file *f)
{
	if (!d || !mnt)
		return;
	struct sct_blob *b = blob_begin(c, arg, SCT_CAP_FDPATH, idx);
	if (!b)
		return;
	__u8 *out = blob_data(c);
	__u32 zero = 0;
	struct fdp_buf *pb = bpf_map_lookup_elem(&fdpath_buf, &zero);
	if (!pb) {
		blob_end(c, b);
		return;
	}
	struct dentry_head *hp = &pb->head;
	__builtin_memset(hp, 0, sizeof(*hp));
	dentry_head(d, pb->span, hp);
	/* locals: BPF_CORE_READ relocates every access it is given */
	const struct dentry_operations *dop = hp->op;
	struct super_block *sb = hp->sb;
	struct inode *inode = hp->inode;
	if (dop && BPF_CORE_READ(dop, d_dname)) {
		unsigned long magic = BPF_CORE_READ(sb, s_magic);
		if (magic == SCT_PIPEFS_MAGIC || magic == SCT_SOCKFS_MAGIC) {
			if (magic == SCT_PIPEFS_MAGIC)
				__builtin_memcpy(out, "pipe", 4), b->len = 4;
			else
				__builtin_memcpy(out, "socket", 6), b->len = 6;
			b->flags = SCT_BF_FD_INO;
			b->aux = BPF_CORE_READ(inode, i_ino);
			if (magic == SCT_SOCKFS_MAGIC && fd_sock_details && f) {
				struct sct_fd_sock *o = (void *)out;
				__builtin_memset(o, 0, sizeof(*o));
				sock_info(o, f);
				b->flags = SCT_BF_FD_SOCK;
				b->len = sizeof(*o);
			}
			blob_end(c, b);
			return;
		}
		if (magic == SCT_ANON_INODE_MAGIC || magic == SCT_PIDFS_MAGIC) {
			__builtin_memcpy(out, "anon_inode:", 11);
			if (magic == SCT_PIDFS_MAGIC) {
				__builtin_memcpy(out + 11, "[pidfd]", 7);
				b->len = 18;
				/* the pidfs inode's i_private (6.9+), else the file's */
				struct pid *pid = BPF_CORE_READ(inode, i_private);
				if (!pid && f)
					pid = BPF_CORE_READ(f, private_data);
				if (pid)
					b->aux = BPF_CORE_READ(pid, numbers[0].nr);
			} else {
				void *priv = f ? BPF_CORE_READ(f, private_data) : NULL;
				if (priv)
					bpf_probe_read_kernel(&b->aux, sizeof(b->aux), priv);
				long n = bpf_probe_read_kernel_str(out + 11, FDP_NAME,
								   BPF_CORE_READ(d, d_name.name));
				b->len = n > 0 ? 11 + n - 1 : 11;
				/* "[eventfd]": its counter, as /proc's fdinfo shows it */
				if (fd_eventfd_details && priv && n == 10 && out[12] == 'e' &&
				    out[13] == 'v' && out[16] == 't' && out[19] == ']') {
					struct eventfd_ctx *ctx = priv;
					struct sct_fd_eventfd *o = (void *)out;
					o->count = BPF_CORE_READ(ctx, count);
					o->flags = BPF_CORE_READ(ctx, flags);
					o->id = BPF_CORE_READ(ctx, id);
					b->flags = SCT_BF_FD_EVENTFD;
					b->len = sizeof(*o);
				}
			}
			blob_end(c, b);
			return;
		}
		if (magic == SCT_NSFS_MAGIC) {
			/* "net:[4026531833]": ns_dname() from the ns_common in
			 * i_private, its ops' name and its inode */
			struct ns_common *ns = BPF_CORE_READ(inode, i_private);
			const char *name = ns ? BPF_CORE_READ(ns, ops, name) : NULL;
			long n = name ? bpf_probe_read_kernel_str(out, 32, name) : -1;
			if (n > 1) {
				b->len = n - 1;
				b->flags = SCT_BF_FD_INO;
				b->aux = BPF_CORE_READ(inode, i_ino);
				blob_end(c, b);
				return;
			}
		}
		/* a pseudo file alone in its tree (alloc_file_pseudo(): memfd,
		 * dmabuf...): simple_dname()'s "/NAME (deleted)" */
		if (hp->parent == d) {
			out[0] = '/';
			long n = bpf_probe_read_kernel_str(out + 1, FDP_NAME, BPF_CORE_READ(d, d_name.name));
			b->len = n > 0 ? n : 1;
			b->flags = SCT_BF_FD_DELETED;
			blob_end(c, b);
			return;
		}
		/* others: by their tree below */
	}
	/* i_mode and i_rdev (dev_t), 76 bytes apart in Linux 6.x: one read */
	__u32 o_rdev = bpf_core_field_offset(struct inode, i_rdev);
	if (!fd_dev_details) {
		/* not needed */
	} else if (inode && bpf_core_field_offset(struct inode, i_mode) == 0 && o_rdev + 4 <= FDP_SPAN * 8 &&
	    !bpf_probe_read_kernel(pb->span, (o_rdev + 4) & (FDP_SPAN * 8 * 2 - 1), inode)) {
		__u32 rdev = ((__u32 *)pb->span)[(o_rdev / 4) & (FDP_SPAN * 2 - 1)];
		b->aux = (__u64)*(__u16 *)pb->span << 32 | rdev;
	} else if (inode) {
		b->aux = (__u64)BPF_CORE_READ(inode, i_mode) << 32 | BPF_CORE_READ(inode, i_rdev);
	}
	/* d_unlinked(): unhashed and not a root */
	if (!hp->pprev && hp->parent != d)
		b->flags |= SCT_BF_FD_DELETED;
	struct task_struct *t = bpf_get_current_task_btf();
	struct fs_struct *fs = t->fs;   /* BTF pointers: plain loads, no helper call */
	struct path_walk *w = &pb->walk;
	w->d = d;
	w->mnt = mnt;
	w->off = FDP_BUF;
	w->done = 0;
	w->mnt_root = BPF_CORE_READ(mnt, mnt_root);
	w->root_d = fs ? fs->root.dentry : NULL;
	w->root_mnt = fs ? fs->root.mnt : NULL;
	bpf_loop(FDP_DEPTH, path_step, &pb, 0);
	if (!w->done)
		b->flags |= SCT_BF_TRUNC;
	__u32 off = w->off;
	if (off >= FDP_BUF) {
		out[0] = '/';
		b->len = 1;
	} else {
		__u32 n = FDP_BUF - off;
		barrier_var(n);
		n &= FDP_BUF * 2 - 1;
		if (n > FDP_BUF)
			n = FDP_BUF;
		bpf_probe_read_kernel(out, n, pb->buf + (off & (FDP_BUF - 1)));
		b->len = n;
	}
	blob_end(c, b);
}

/* fd's blob (nothing for a closed fd); `cwd`: AT_FDCWD is the cwd */
static __always_inline void fd_blob(struct cap *c, __u8 arg, __u8 idx, __s32 fd, bool cwd)
{
	/* the task as a BTF pointer: its fields are plain loads */
	struct task_struct *t = bpf_get_current_task_btf();
	if (cwd && fd == SCT_AT_FDCWD) {
		struct fs_struct *fs = t->fs;
		if (fs)
			path_blob(c, arg, idx, fs->pwd.dentry, fs->pwd.mnt, NULL);
		return;
	}
	struct files_struct *files = t->files;
	struct fdtable *fdt = files ? files->fdt : NULL;
	if (fd < 0 || !fdt || (__u32)fd >= fdt->max_fds)
		return;
	struct file **fds = fdt->fd;
	__u32 zero = 0;
	struct fdp_buf *pb = bpf_map_lookup_elem(&fdpath_buf, &zero);
	/* the file pointer read into map memory, not the stack (6.1) */
	if (!pb || bpf_probe_read_kernel(&pb->file, sizeof(pb->file), &fds[fd]) || !pb->file)
		return;
	struct file *f = pb->file;
	/* dentry and mnt in one read */
	if (bpf_probe_read_kernel(&pb->fpath, sizeof(pb->fpath), &f->f_path))
		return;
	path_blob(c, arg, idx, pb->fpath.dentry, pb->fpath.mnt, f);
}

struct fd_walk {
	struct cap *c;
	const __u64 *args;
	const struct sct_fdlist *list;  /* NULL: none now */
	__u64 base;                     /* ARRAY: where the ints are */
	__s64 ret;
	__u32 nlist;  /* list elements to resolve */
	__u8 mask;    /* arguments to resolve */
	__u8 cwd;     /* ...of which AT_FDCWD means the cwd */
	__u8 fdret;   /* the return value too */
	__u8 cwdjob;  /* the cwd too (SCT_FD_CWD) */
	__u8 njobs;   /* jobs 0..SCT_FD_CWD wanted, in order: */
	__u32 order;  /* 4 bits each, the first lowest */
};

/* SCT_FDLIST_CMSG: msg_control walked */
struct cmsg_walk {
	__u64 ctl, clen, pos;
	__u32 left;   /* ints of the current SCM_RIGHTS / SCM_PIDFD not yet read */
	__u32 nlist;  /* fds found */
	__s32 *cm;    /* into fdpath_buf's */
};

/* One step through msg_control: a cmsghdr (u64 len, int level, int type),
 * or one int of an fd-carrying one */
static long cmsg_step(__u32 i, void *ctx)
{
	struct cmsg_walk *w = ctx;
	if (w->nlist >= SCT_FDLIST_CMSG_MAX)
		return 1;
	if (w->left) {
		__s32 fd;
		if (bpf_probe_read_user(&fd, sizeof(fd), (void *)(w->ctl + w->pos)))
			return 1;
		w->cm[w->nlist & (SCT_FDLIST_CMSG_MAX - 1)] = fd;
		w->nlist++;
		w->pos += 4;
		w->left--;
		return 0;
	}
	w->pos = (w->pos + 7) & ~7ULL;   /* CMSG_ALIGN */
	struct { __u64 len; __s32 level, type; } h;
	if (w->pos + sizeof(h) > w->clen ||
	    bpf_probe_read_user(&h, sizeof(h), (void *)(w->ctl + w->pos)) || h.len < sizeof(h) ||
	    h.len > w->clen - w->pos)
		return 1;
	/* SOL_SOCKET: SCM_RIGHTS, SCM_PIDFD */
	if (h.level == 1 && (h.type == 1 || h.type == 4)) {
		w->left = (h.len - sizeof(h)) / 4;
		w->pos += sizeof(h);
	} else {
		w->pos += h.len;
	}
	return 0;
}

/* Step k does job order[k] (k < njobs), else element k - njobs of the
 * argument's fd list.  Job i: argument i (0-5), the return value (6), the
 * cwd (7), element i - 8 of the list.  One callback for all: the verifier
 * meets the walk once; only wanted jobs are stepped through (a callback
 * per job costs). */
static long fd_step(__u32 k, void *ctx)
{
	struct fd_walk *w = ctx;
	__s32 fd = 0;
	__u8 arg, idx = 0;
	bool cwd = false;
	__u32 i = k < w->njobs ? (w->order >> ((k & 7) * 4)) & 15 : SCT_FD_CWD + 1 + k - w->njobs;

	if (i < SCT_MAX_ARGS) {
		if (!(w->mask & (1u << i)))
			return 0;
		arg = i;
		fd = arg_at(w->args, i);
		cwd = w->cwd & (1u << i);
	} else if (i == SCT_FD_RET) {
		if (!w->fdret || w->ret < 0)
			return 0;
		arg = SCT_FD_RET;
		fd = w->ret;
	} else if (i == SCT_FD_CWD) {
		if (!w->cwdjob)
			return 0;
		arg = SCT_FD_CWD;
		fd = SCT_AT_FDCWD;
		cwd = true;
	} else {
		const struct sct_fdlist *l = w->list;
		__u32 k = i - SCT_FD_CWD - 1;
		if (!l || k >= w->nlist || k >= SCT_FDLIST_MAX)
			return 1;
		arg = l->arg;
		idx = 1 + k;
		__u64 off;
		if (l->flags & SCT_FDLIST_CMSG) {
			__u32 zero = 0;
			struct fdp_buf *pb = bpf_map_lookup_elem(&fdpath_buf, &zero);
			if (!pb)
				return 1;
			fd = pb->cm[k & (SCT_FDLIST_CMSG_MAX - 1)];
			goto resolve;
		}
		if (l->flags & SCT_FDLIST_ARRAY) {
			off = l->off[0] + k * (l->stride ? l->stride : 4);
			if (bpf_probe_read_user(&fd, sizeof(fd), (void *)(w->base + off)))
				return 1;
			goto resolve;
		} else {
			__u32 j = k;
			barrier_var(j);  /* the bound checked on the register indexing */
			if (j >= sizeof(l->off) / sizeof(l->off[0]))
				return 1;
			off = l->off[j];
		}
		if (bpf_probe_read_user(&fd, sizeof(fd), (void *)(arg_at(w->args, arg) + off)))
			return 1;
	}
resolve:
	fd_blob(w->c, arg, idx, fd, cwd);
	return cap_full(w->c) ? 1 : 0;
}

/* SCT_FDLIST_CMSG: the fds in the control messages of the user_msghdr at
 * msg into fdpath_buf's cm[], w->nlist of them.  Global: verified once, apart from
 * its callers' states.  Returns 0. */
__noinline int sct_cmsg_fds(struct fd_walk *w, __u64 msg)
{
	__u64 mh[2] = {};
	if (!w)
		return 0;
	/* msg_control (offset 32) and msg_controllen (40) */
	if (bpf_probe_read_user(mh, sizeof(mh), (void *)(msg + 32)) || !mh[0] || !mh[1])
		return 0;
	__u32 zero = 0;
	struct fdp_buf *pb = bpf_map_lookup_elem(&fdpath_buf, &zero);
	if (!pb)
		return 0;
	struct cmsg_walk cw = { .ctl = mh[0], .clen = mh[1] < 4096 ? mh[1] : 4096, .cm = pb->cm };
	bpf_loop(16, cmsg_step, &cw, 0);
	w->nlist = cw.nlist;
	return 0;
}

struct sct_args6 {
	__u64 a[SCT_MAX_ARGS];
};

/* The call's fd list into fdpath_buf's sel: spec's fdlist, or at entry
 * the first of its fdalt[] whose selector matches the arguments.  Global:
 * verified once, whatever its callers.  Returns 0. */
__noinline int sct_fdlist_pick(const struct sct_sysspec *spec, const struct sct_args6 *args,
			       __u32 at_exit)
{
	__u32 zero = 0;
	struct fdp_buf *pb = bpf_map_lookup_elem(&fdpath_buf, &zero);
	if (!pb || !spec || !args)
		return 0;
	const void *src = &spec->fdlist;
	if (!at_exit) {
		for (int v = SCT_FDLIST_ALTS - 1; v >= 0; v--) {
			const struct sct_fdlist *a = &spec->fdalt[v];
			__u32 i = a->sel_arg;
			if (a->sel_mask && i < SCT_MAX_ARGS &&
			    (args->a[i] & a->sel_mask) == a->sel_val)
				src = a;
		}
	}
	pb->sel_n = 0;
	pb->sel_base = 0;
	if (bpf_probe_read_kernel(&pb->sel, sizeof(pb->sel), src))
		return 0;
	const struct sct_fdlist *l = &pb->sel;
	__u32 n = l->n;
	__u32 i = l->arg;
	__u64 base = i < SCT_MAX_ARGS ? args->a[i] : 0;
	i = l->nfrom;
	if ((l->flags & SCT_FDLIST_NFROM) && i < SCT_MAX_ARGS) {
		__u64 m = args->a[i];
		n = m > n ? (m < SCT_FDLIST_MAX ? m : SCT_FDLIST_MAX) : n;
	}
	if ((l->flags & SCT_FDLIST_NFIELD) && base) {
		__u32 m = 0;
		if (bpf_probe_read_user(&m, sizeof(m), (void *)(base + l->cnt_off)))
			m = 0;
		n = m;
	}
	if ((l->flags & SCT_FDLIST_DEREF) && base) {
		__u64 p = 0;
		if (bpf_probe_read_user(&p, sizeof(p), (void *)(base + l->ptr_off)))
			p = 0;
		base = p;
	}
	if (n > SCT_FDLIST_MAX)
		n = SCT_FDLIST_MAX;
	if (!(l->flags & SCT_FDLIST_ARRAY) && n > sizeof(l->off) / sizeof(l->off[0]))
		n = sizeof(l->off) / sizeof(l->off[0]);
	pb->sel_n = n;
	pb->sel_base = base;
	return 0;
}

/* The fds of a call: arguments in mask, the return value (fdret), and the
 * fd list when its time (entry or exit) is now. */
static __always_inline void fd_capture(struct cap *c, const __u64 *args, __s64 ret, __u8 mask,
				       __u8 cwd, __u8 fdret, const struct sct_sysspec *spec,
				       bool at_exit, bool cwdjob)
{
	if (!bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_loop))
		return;  /* before 5.17: no -y */
	struct fd_walk w = { .c = c, .args = args, .ret = ret, .mask = mask, .cwd = cwd,
			     .fdret = fdret, .cwdjob = cwdjob };
	/* the list: fdlist, or the variant the command selects, copied to
	 * fdpath_buf by a global function (the caller's state stays one) */
	sct_fdlist_pick(spec, (const struct sct_args6 *)args, at_exit);
	__u32 zero = 0;
	struct fdp_buf *pb = bpf_map_lookup_elem(&fdpath_buf, &zero);
	if (!pb)
		return;
	const struct sct_fdlist *l = &pb->sel;
	__u32 n = pb->sel_n;
	__u64 base = pb->sel_base;
	if (n && !!(l->flags & SCT_FDLIST_EXIT) == at_exit && base &&
	    (!at_exit || ret >= 0)) {
		w.list = l;
		w.nlist = n;
		w.base = base;
		if (l->flags & SCT_FDLIST_CMSG) {
			w.nlist = 0;
			sct_cmsg_fds(&w, arg_at(args, l->arg));
			/* the verifier forgets the pointers a global function
			 * was given the memory of */
			w.c = c;
			w.args = args;
			w.list = l;
			n = w.nlist;
		}
	}
	/* the wanted jobs, in order */
	__u32 jobs = mask | (fdret && ret >= 0 ? 1u << SCT_FD_RET : 0) |
		     (cwdjob ? 1u << SCT_FD_CWD : 0);
	for (__u32 j = 0; j <= SCT_FD_CWD; j++)
		if (jobs & (1u << j))
			w.order |= j << (w.njobs++ & 7) * 4;
	__u32 steps = w.njobs + (w.list ? n : 0);
	if (steps)
		bpf_loop(steps, fd_step, &w, 0);
}

/*
 * The two entry points are global functions: the verifier checks each once
 * per program, not at every place send_syscall() is inlined, and not at all
 * when decode_fds is off (their calls are then dead code).
 */

/* At entry: resolve the current call's fd arguments and keep their blobs
 * for its exit.  Returns 0. */
__noinline int sct_fd_entry(__u32 tid)
{
	__u32 zero = 0;
	struct inflight *st = bpf_map_lookup_elem(&inflight, &tid);
	if (!st)
		return 0;
	__u32 nr = st->nr;
	const struct sct_sysspec *spec = bpf_map_lookup_elem(&sysspecs, &nr);
	if (!spec)
		return 0;
	struct scratch *s = bpf_map_lookup_elem(&scratch, &zero);
	if (!s)
		return 0;
	struct sct_syscall *r = (void *)s->buf;
	r->hdr.type = SCT_REC_ENTER;
	r->hdr.nblobs = 0;
	r->hdr.size = sizeof(*r);
	r->flags = 0;
	struct cap c = { .r = r, .buf = s->buf };
	fd_capture(&c, st->args, 0, spec->fdargs, spec->fdcwd, 0, spec, false, spec->cwdpath);

	struct fd_stash *fs = bpf_map_lookup_elem(&fd_stash, &tid);
	if (!fs) {
		/* the initial value does not matter: the second half of scratch */
		bpf_map_update_elem(&fd_stash, &tid, s->buf + SCT_REC_MAX, BPF_NOEXIST);
		fs = bpf_map_lookup_elem(&fd_stash, &tid);
		if (!fs)
			return 0;
	}
	/* 64-bit, checked after the barrier: the verifier sees the bound on
	 * the register the read gets */
	__u64 n = r->hdr.size;
	fs->ts = st->ts;
	fs->len = 0;
	fs->nblobs = 0;
	barrier_var(n);
	if (n <= sizeof(*r) || n > sizeof(*r) + FD_STASH_MAX)
		return 0;
	n -= sizeof(*r);
	if (bpf_probe_read_kernel(fs->buf, n, s->buf + sizeof(*r)))
		return 0;
	fs->len = n;
	fs->nblobs = r->hdr.nblobs;
	return 0;
}

/* Into the record being built in scratch (its nr, ts and args as
 * fill_common() set them): the entry's blobs, then (at exit) the fds
 * resolved there (returned fds, pipe's).  Returns 0. */
__noinline int sct_fd_record(__s64 ret, __u32 at_exit)
{
	__u32 zero = 0, tid = (__u32)bpf_get_current_pid_tgid();
	struct scratch *s = bpf_map_lookup_elem(&scratch, &zero);
	if (!s)
		return 0;
	struct sct_syscall *r = (void *)s->buf;
	__u32 nr = r->nr;
	const struct sct_sysspec *spec = bpf_map_lookup_elem(&sysspecs, &nr);
	if (!spec)
		return 0;
	struct cap cs = { .r = r, .buf = s->buf }, *c = &cs;
	struct fd_stash *fs = bpf_map_lookup_elem(&fd_stash, &tid);
	if (fs && fs->ts == r->ts && fs->len) {
		__u32 off = c->r->hdr.size, n = fs->len;
		if (n > FD_STASH_MAX || off + n > SCT_REC_MAX) {
			c->r->flags |= SCT_SF_TRUNC;
		} else {
			barrier_var(n);
			barrier_var(off);
			if (n <= FD_STASH_MAX &&
			    !bpf_probe_read_kernel(c->buf + (off & (SCT_REC_MAX - 1)), n, fs->buf)) {
				c->r->hdr.size += n;
				c->r->hdr.nblobs += fs->nblobs;
			}
		}
	}
	if (at_exit && (spec->fdret || (spec->fdlist.flags & SCT_FDLIST_EXIT)))
		fd_capture(c, r->args, ret, 0, 0, spec->fdret, spec, true, false);
	return 0;
}

#endif
