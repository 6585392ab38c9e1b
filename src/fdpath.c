// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* -y's file names: see fdpath.h. */
#include "fdpath.h"

#include <linux/io_uring.h>

#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <asm/unistd_64.h>
#include "decode_priv.h"
#include "strquote.h"

#define S_IFMT_   0170000
#define S_IFCHR_  0020000
#define S_IFBLK_  0060000

static bool name_is(const struct blob_ref *r, const char *s)
{
	return r->b->len == strlen(s) && !memcmp(r->data, s, r->b->len);
}

/* Which --decode-fds class r's file belongs to */
static unsigned fd_class(const struct blob_ref *r)
{
	const struct sct_blob *b = r->b;
	uint32_t mode = b->aux >> 32;
	if (b->flags & SCT_BF_FD_SOCK)
		return DECODE_FD_SOCKET;
	if (b->flags & SCT_BF_FD_EVENTFD)
		return DECODE_FD_EVENTFD;
	if (b->flags & SCT_BF_FD_INO)
		return name_is(r, "socket") ? DECODE_FD_SOCKET : DECODE_FD_PATH;
	if (b->len && r->data[0] == '/')
		return (mode & S_IFMT_) == S_IFCHR_ || (mode & S_IFMT_) == S_IFBLK_ ?
		       DECODE_FD_DEV : DECODE_FD_PATH;
	if (name_is(r, "anon_inode:[pidfd]"))
		return DECODE_FD_PIDFD;
	if (name_is(r, "anon_inode:[signalfd]"))
		return DECODE_FD_SIGNALFD;
	if (name_is(r, "anon_inode:[eventfd]"))
		return DECODE_FD_EVENTFD;
	return DECODE_FD_PATH;
}

/* The protocols strace's -yy names (its socketutils.c table, by the
 * kernel's sk_prot->name), and of those, the ones sock_diag gives
 * addresses for */
static const char *const sock_protos[] = {
	"UNIX", "UNIX-STREAM", "TCP", "UDP", "UDPLITE", "DCCP", "SCTP", "L2TP/IP", "PING",
	"RAW", "TCPv6", "UDPv6", "UDPLITEv6", "DCCPv6", "SCTPv6", "L2TP/IPv6", "PINGv6",
	"RAWv6", "NETLINK",
};
static const char *const inet_diag_protos[] = {
	"TCP", "UDP", "UDPLITE", "TCPv6", "UDPv6", "UDPLITEv6",
};

static bool in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

#define EFD_SEMAPHORE_ 1

/* The parts of a socket's state that JSON gives as fields, and the text's
 * details are made of */
static void sock_fields(struct fd_name *fn, const struct sct_fd_sock *so, uint64_t ino)
{
	fn->sock_ino = ino;
	memcpy(fn->sock_proto, so->proto, sizeof(so->proto));
	fn->sock_proto[sizeof(so->proto)] = 0;
	fn->sock_family = lookup_value(address_families, so->family);
	fn->sock_src[0] = fn->sock_dst[0] = 0;
	fn->nl_proto = NULL;
	fn->unix_name = NULL;
	fn->unix_name_len = 0;
	fn->unix_abstract = false;
	if (so->family == AF_INET || so->family == AF_INET6) {
		if (!inet_ntop(so->family, so->src, fn->sock_src, sizeof(fn->sock_src)) ||
		    !inet_ntop(so->family, so->dst, fn->sock_dst, sizeof(fn->sock_dst)))
			fn->sock_src[0] = fn->sock_dst[0] = 0;
	} else if (so->family == AF_UNIX && so->name_len) {
		size_t len = so->name_len < sizeof(so->name) ? so->name_len : sizeof(so->name);
		fn->unix_abstract = !so->name[0];
		fn->unix_name = so->name + fn->unix_abstract;
		len -= fn->unix_abstract;
		/* a path ends at its NUL; an abstract name is all its bytes */
		const char *nul = fn->unix_abstract ? NULL : memchr(fn->unix_name, 0, len);
		fn->unix_name_len = nul ? (size_t)(nul - fn->unix_name) : len;
	} else if (so->family == AF_NETLINK) {
		fn->nl_proto = lookup_value(netlink_protocols, so->protocol);
	}
}

/* -yy's socket details from fn's fields (strace: "TCP:[SRC:PORT->DST:PORT]",
 * "UNIX-STREAM:[INODE->PEER,\"PATH\"]", "NETLINK:[ROUTE:PORTID]"), what
 * strace's sock_diag queries would find: *found.  Else "PROTO:[INODE]" (an
 * unbound socket), "socket:[INODE]" for protocols strace does not know
 * (PACKET). */
static size_t format_socket_now(char *buf, size_t size, const struct fd_name *fn, bool *found)
{
	const struct sct_fd_sock *so = fn->sock;
	const char *proto = fn->sock_proto;
	uint64_t ino = fn->sock_ino;
	int n;
	*found = false;
	if (!in_list(proto, sock_protos, sizeof(sock_protos) / sizeof(sock_protos[0])))
		return (size_t)snprintf(buf, size, "socket:[%" PRIu64 "]", ino);
	if (fn->sock_src[0] && so->sport &&
	    in_list(proto, inet_diag_protos, sizeof(inet_diag_protos) / sizeof(inet_diag_protos[0]))) {
		static const uint8_t zero[16];
		/* IPv6 addresses in brackets */
		const char *ob = so->family == AF_INET6 ? "[" : "", *cb = so->family == AF_INET6 ? "]" : "";
		n = snprintf(buf, size, "%s:[%s%s%s:%u", proto, ob, fn->sock_src, cb, so->sport);
		if (so->dport || memcmp(so->dst, zero, so->family == AF_INET ? 4 : 16))
			n += snprintf(buf + n, size - n, "->%s%s%s:%u", ob, fn->sock_dst, cb, so->dport);
		n += snprintf(buf + n, size - n, "]");
		*found = true;
		return (size_t)n;
	}
	if (so->family == AF_UNIX && (so->peer_ino || fn->unix_name_len)) {
		n = snprintf(buf, size, "%s:[%" PRIu64, proto, ino);
		if (so->peer_ino)
			n += snprintf(buf + n, size - n, "->%u", so->peer_ino);
		if (fn->unix_name_len) {
			/* quoted up to its first NUL (an abstract name too) */
			const char *nul = memchr(fn->unix_name, 0, fn->unix_name_len);
			size_t len = nul ? (size_t)(nul - fn->unix_name) : fn->unix_name_len;
			struct outbuf ob;
			if (!ob_init_mem(&ob, 4 * sizeof(so->name) + 8)) {
				quote_string(&ob, (const uint8_t *)fn->unix_name, len, 0, QUOTE_X_NONE);
				n += snprintf(buf + n, size - n, ",%s%.*s", fn->unix_abstract ? "@" : "",
					      (int)ob.len, ob.buf);
				ob_free(&ob);
			}
		}
		n += snprintf(buf + n, size - n, "]");
		*found = true;
		return (size_t)n;
	}
	if (so->family == AF_NETLINK && so->portid) {
		*found = true;
		if (fn->nl_proto)
			return (size_t)snprintf(buf, size, "%s:[%s:%u]", proto,
						fn->nl_proto + strlen("NETLINK_"), so->portid);
		return (size_t)snprintf(buf, size, "%s:[%u]", proto, so->protocol);
	}
	return (size_t)snprintf(buf, size, "%s:[%" PRIu64 "]", proto, ino);
}

/* strace keeps the details it learned of a socket (its socketutils.c
 * cache: 1024 slots by inode) and prints them from then on, even when the
 * socket has changed since (a peer closed, shut down); so does this.  What
 * it prints when it learned nothing is not kept. */
#define SOCK_CACHE 1024
static struct { uint64_t ino; char *details; } sock_cache[SOCK_CACHE];

static size_t format_socket(char *buf, size_t size, const struct fd_name *fn)
{
	unsigned slot = fn->sock_ino & (SOCK_CACHE - 1);
	if (sock_cache[slot].details && sock_cache[slot].ino == fn->sock_ino)
		return (size_t)snprintf(buf, size, "%s", sock_cache[slot].details);
	bool found;
	size_t n = format_socket_now(buf, size, fn, &found);
	if (found) {
		free(sock_cache[slot].details);
		sock_cache[slot].details = strdup(buf);
		sock_cache[slot].ino = fn->sock_ino;
	}
	return n;
}

bool fdpath_format(const struct blob_ref *r, struct fd_name *fn)
{
	const struct sct_blob *b = r->b;
	size_t len = b->len < SCT_BLOB_MAX ? b->len : SCT_BLOB_MAX;
	unsigned classes = decode_opts.decode_fds, cls = fd_class(r);
	char *buf = fn->name;
	size_t size = sizeof(fn->name);

	/* strace: a class given shows its own details; the others show as
	 * paths under "path", else not at all */
	if (!(classes & cls) && !(classes & DECODE_FD_PATH))
		return false;
	fn->flags = 0;
	fn->dev[0] = 0;
	fn->sock = NULL;
	fn->efd = NULL;
	if (b->flags & SCT_BF_FD_SOCK) {
		if (b->len < sizeof(*fn->sock))
			return false;
		fn->sock = (const struct sct_fd_sock *)r->data;
		sock_fields(fn, fn->sock, b->aux);
		if (classes & DECODE_FD_SOCKET) {
			fn->len = format_socket(buf, size, fn);
			fn->flags |= EMIT_FD_RAW;
		} else {
			fn->len = (size_t)snprintf(buf, size, "socket:[%" PRIu64 "]", (uint64_t)b->aux);
		}
		return true;
	}
	if (b->flags & SCT_BF_FD_EVENTFD) {
		if (b->len < sizeof(*fn->efd))
			return false;
		const struct sct_fd_eventfd *efd = (const struct sct_fd_eventfd *)r->data;
		fn->efd = efd;
		fn->efd_semaphore = efd->flags & EFD_SEMAPHORE_;
		if (classes & DECODE_FD_EVENTFD) {
			/* /proc's fdinfo fields, as strace prints them */
			fn->len = (size_t)snprintf(buf, size,
				"{eventfd-count=%#" PRIx64 ", eventfd-id=%d, eventfd-semaphore=%d}",
				(uint64_t)efd->count, efd->id, !!(efd->flags & EFD_SEMAPHORE_));
			fn->flags |= EMIT_FD_RAW;
		} else {
			fn->len = (size_t)snprintf(buf, size, "anon_inode:[eventfd]");
		}
		return true;
	}
	if (b->flags & SCT_BF_FD_DELETED)
		fn->flags |= EMIT_FD_DELETED;
	if (b->flags & SCT_BF_TRUNC)
		fn->flags |= EMIT_FD_TRUNC;
	if ((classes & cls & DECODE_FD_PIDFD) && b->aux) {
		fn->len = (size_t)snprintf(buf, size, "pid:%" PRIu64, (uint64_t)b->aux);
		return true;
	}
	if (classes & cls & DECODE_FD_SIGNALFD) {
		char set[512];
		/* the kernel keeps the mask inverted (signalfd_ctx) */
		fn->len = (size_t)snprintf(buf, size, "signalfd:%s",
					   format_sigset(set, sizeof(set), ~b->aux));
		return true;
	}
	memcpy(buf, r->data, len);
	if (b->flags & SCT_BF_FD_INO)  /* pipe:[123], socket:[456] */
		len += (size_t)snprintf(buf + len, size - len, ":[%" PRIu64 "]", (uint64_t)b->aux);
	fn->len = len;
	uint32_t mode = b->aux >> 32, rdev = (uint32_t)b->aux;
	if (classes & cls & DECODE_FD_DEV)
		snprintf(fn->dev, sizeof(fn->dev), "%s %u:%u",
			 (mode & S_IFMT_) == S_IFCHR_ ? "char" : "block", rdev >> 20, rdev & 0xfffff);
	return true;
}


void fdpath_put(struct outbuf *ob, const struct fd_name *fn, int xmode)
{
	const uint8_t *p = (const uint8_t *)fn->name;
	size_t len = fn->len;
	unsigned flags = fn->flags;
	if (flags & EMIT_FD_TRUNC)
		return;  /* longer than PATH_MAX: strace's readlink fails too */
	ob_putc(ob, '<');
	if (flags & EMIT_FD_RAW)
		ob_write(ob, fn->name, len);
	else
		quote_string(ob, p, len, QUOTE_BARE | QUOTE_ANGLE, xmode);
	if (fn->dev[0]) {
		ob_putc(ob, '<');
		ob_puts(ob, fn->dev);
		ob_putc(ob, '>');
	}
	ob_putc(ob, '>');
	if (flags & EMIT_FD_DELETED)
		ob_puts(ob, "(deleted)");
}

unsigned fdpath_emitted;

/* Append name (len bytes) to the absolute path in p (*n bytes), applying
 * "." and ".." lexically; false when it does not fit */
static bool path_join(char *p, size_t *n, size_t size, const char *name, size_t len)
{
	size_t k = 0;
	while (k < len) {
		size_t e = k;
		while (e < len && name[e] != '/')
			e++;
		size_t cl = e - k;
		const char *comp = name + k;
		k = e + 1;
		if (cl == 0 || (cl == 1 && comp[0] == '.'))
			continue;
		if (cl == 2 && comp[0] == '.' && comp[1] == '.') {
			while (*n > 1 && p[*n - 1] != '/')
				(*n)--;
			if (*n > 1)
				(*n)--;  /* the slash, unless it is the root */
			continue;
		}
		bool root = *n == 1;
		if (*n + !root + cl >= size)
			return false;
		if (!root)
			p[(*n)++] = '/';
		memcpy(p + *n, comp, cl);
		*n += cl;
	}
	return true;
}

bool fdpath_is_lookup(int nr, int i)
{
	return !(i == 0 && (nr == __NR_symlink || nr == __NR_symlinkat));
}

void emit_abs_path(struct emit *e, const struct call *c, const char *key, int i)
{
	if (!e->ops->abs_path || !decode_opts.abs_paths || !fdpath_is_lookup(c->rec->nr, i))
		return;
	const struct blob_ref *r = call_blob(c, i);
	if (!r || !r->b->len || r->data[0] == '/')
		return;
	/* the directory: the nearest dirfd argument before it, else the cwd */
	const struct blob_ref *dir = call_fdpath(c, SCT_FD_CWD, 0);
	for (int j = i - 1; j >= 0; j--)
		if (c->fmt->arg[j] == A_DIRFD) {
			dir = call_fdpath(c, j, 0);
			break;
		}
	if (!dir || (dir->b->flags & (SCT_BF_TRUNC | SCT_BF_FD_INO | SCT_BF_FD_SOCK |
				      SCT_BF_FD_EVENTFD)) ||
	    !dir->b->len || dir->data[0] != '/')
		return;
	static char path[2 * SCT_BLOB_MAX + 2];
	size_t n = dir->b->len < SCT_BLOB_MAX ? dir->b->len : SCT_BLOB_MAX;
	memcpy(path, dir->data, n);
	size_t len = r->b->len;
	const void *nul = memchr(r->data, 0, len);
	if (nul)
		len = (size_t)((const uint8_t *)nul - r->data);
	if (r->b->flags & SCT_BF_TRUNC)
		return;  /* a name cut short has no absolute form */
	if (!path_join(path, &n, sizeof(path), (const char *)r->data, len))
		return;
	e->ops->abs_path(e, key, path, n);
}

#define LANDLOCK_CREATE_RULESET_VERSION 0x1
#define LANDLOCK_CREATE_RULESET_ERRATA  0x2

/*
 * Fds inside structs and arrays, resolved at entry (decoders print them
 * with emit_fd_path(e, c, key, arg, 1 + k)).  BPF reads them whatever the
 * command: a decoder prints element k only where it is an fd.
 */
/* a variant for io_uring_register's opcode (IORING_REGISTER_USE_REGISTERED_RING
 * aside) */
#define URING_OP(op) .sel_arg = 1, .sel_mask = 0x7fffffff, .sel_val = (op)

static const struct {
	int nr;
	struct sct_fdlist l;
} fd_lists[] = {
	/* struct landlock_path_beneath_attr: parent_fd at 8 */
	{ __NR_landlock_add_rule, { .arg = 2, .n = 1, .off = { 8 } } },
	/* struct io_uring_params: wq_fd at 24 */
	{ __NR_io_uring_setup, { .arg = 1, .n = 1, .off = { 24 } } },
	/*
	 * io_uring_register (decode_uring.c), by opcode (the variants first):
	 * IORING_REGISTER_RING_FDS: struct io_uring_rsrc_update[nr_args], the
	 * fd (data) at 8 of each 16 bytes;
	 * IORING_REGISTER_FILES_UPDATE: struct io_uring_files_update's fds
	 * (at 8), nr_args ints;
	 * IORING_REGISTER_FILES2: struct io_uring_rsrc_register's data (at
	 * 16), nr (at 0) ints; IORING_REGISTER_FILES_UPDATE2: struct
	 * io_uring_rsrc_update2's data (at 8), nr (at 24) ints;
	 * else (IORING_REGISTER_FILES, _EVENTFD...): an int array of nr_args,
	 * and at least 3 ints: CLONE_BUFFERS' src_fd (0), SEND_MSG_RING's
	 * SQE's fd (4), SYNC_CANCEL's fd (8)
	 */
	{ __NR_io_uring_register, { .arg = 2, .nfrom = 3, .stride = 16, .off = { 8 },
				    .flags = SCT_FDLIST_ARRAY | SCT_FDLIST_NFROM,
				    URING_OP(IORING_REGISTER_RING_FDS) } },
	{ __NR_io_uring_register, { .arg = 2, .nfrom = 3, .ptr_off = 8,
				    .flags = SCT_FDLIST_ARRAY | SCT_FDLIST_NFROM | SCT_FDLIST_DEREF,
				    URING_OP(IORING_REGISTER_FILES_UPDATE) } },
	{ __NR_io_uring_register, { .arg = 2, .cnt_off = 0, .ptr_off = 16,
				    .flags = SCT_FDLIST_ARRAY | SCT_FDLIST_NFIELD | SCT_FDLIST_DEREF,
				    URING_OP(IORING_REGISTER_FILES2) } },
	{ __NR_io_uring_register, { .arg = 2, .cnt_off = 24, .ptr_off = 8,
				    .flags = SCT_FDLIST_ARRAY | SCT_FDLIST_NFIELD | SCT_FDLIST_DEREF,
				    URING_OP(IORING_REGISTER_FILES_UPDATE2) } },
	{ __NR_io_uring_register, { .arg = 2, .nfrom = 3, .n = 3,
				    .flags = SCT_FDLIST_ARRAY | SCT_FDLIST_NFROM } },
	/* the fds of SCM_RIGHTS / SCM_PIDFD control messages (decode_msghdr.c) */
	{ __NR_sendmsg, { .arg = 1, .n = SCT_FDLIST_CMSG_MAX, .flags = SCT_FDLIST_CMSG } },
	{ __NR_recvmsg, { .arg = 1, .n = SCT_FDLIST_CMSG_MAX,
			  .flags = SCT_FDLIST_CMSG | SCT_FDLIST_EXIT } },
	/* union bpf_attr: BPF_OBJ_GET_INFO_BY_FD's bpf_fd (0), BPF_MAP_CREATE's
	 * inner_map_fd (20), btf_fd (48), value_type_btf_obj_fd (72),
	 * map_token_fd (76), BPF_PROG_LOAD's attach_prog_fd (112) and
	 * prog_token_fd (144) (decode_kernel.c's bfd()) */
	{ __NR_bpf, { .arg = 1, .n = 7, .off = { 0, 20, 48, 72, 76, 112, 144 } } },
};

void fdpath_list_spec(int nr, struct sct_sysspec *spec)
{
	unsigned alt = 0;
	for (size_t i = 0; i < sizeof(fd_lists) / sizeof(fd_lists[0]); i++) {
		if (fd_lists[i].nr != nr)
			continue;
		if (!fd_lists[i].l.sel_mask)
			spec->fdlist = fd_lists[i].l;
		else if (alt < SCT_FDLIST_ALTS)
			spec->fdalt[alt++] = fd_lists[i].l;
	}
}

static const struct call *elems_call;
static int elems_arg;
static unsigned elems_k;

void fdpath_elems(const struct call *c, int i)
{
	elems_call = c;
	elems_arg = i;
	elems_k = 0;
}

void emit_fd_next(struct emit *e, const char *key, int32_t v)
{
	emit_int(e, key, v);
	if (elems_call)
		emit_fd_path(e, elems_call, key, elems_arg, 1 + (int)elems_k++);
}

void emit_fd_elem(struct emit *e, const uint8_t *p)
{
	int32_t v;
	memcpy(&v, p, sizeof(v));
	emit_fd_next(e, NULL, v);
}

#define F_DUPFD_          0
#define F_DUPFD_CLOEXEC_  1030

const struct blob_ref *fdpath_ret(const struct call *c)
{
	if (c->rec->nr == __NR_landlock_create_ruleset &&
	    (c->rec->args[2] & (LANDLOCK_CREATE_RULESET_VERSION | LANDLOCK_CREATE_RULESET_ERRATA)))
		return NULL;
	/* BPF resolves every fcntl's result: only F_DUPFD's is an fd */
	if (c->rec->nr == __NR_fcntl && (uint32_t)c->rec->args[1] != F_DUPFD_ &&
	    (uint32_t)c->rec->args[1] != F_DUPFD_CLOEXEC_)
		return NULL;
	/* bpf: the commands that make an fd (MAP_CREATE, PROG_LOAD, OBJ_GET,
	 * *_GET_FD_BY_ID, RAW_TRACEPOINT_OPEN, BTF_LOAD, LINK_CREATE,
	 * ITER_CREATE, TOKEN_CREATE) */
	if (c->rec->nr == __NR_bpf) {
		static const uint64_t fd_cmds = 1ULL << 0 | 1ULL << 5 | 1ULL << 7 | 1ULL << 13 |
			1ULL << 14 | 1ULL << 17 | 1ULL << 18 | 1ULL << 19 | 1ULL << 28 |
			1ULL << 30 | 1ULL << 33 | 1ULL << 36;
		uint64_t cmd = c->rec->args[0];
		if (cmd >= 64 || !(fd_cmds >> cmd & 1))
			return NULL;
	}
	return call_fdpath(c, SCT_FD_RET, 0);
}

void emit_fd_path(struct emit *e, const struct call *c, const char *key, int i, int elem)
{
	const struct blob_ref *r = call_fdpath(c, i, elem);
	if (!r || !e->ops->fd_path)
		return;
	struct fd_name fn;
	if (!fdpath_format(r, &fn))
		return;
	e->ops->fd_path(e, key, &fn);
	fdpath_emitted++;
}
