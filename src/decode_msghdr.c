// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * struct msghdr as strace 7.2 prints it (sendmsg, recvmsg):
 *   {msg_name={sa_family=AF_INET, ...}, msg_namelen=16,
 *    msg_iov=[{iov_base="hello", iov_len=5}], msg_iovlen=1,
 *    msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS,
 *    cmsg_data=[4]}], msg_controllen=24, msg_flags=0}
 * BPF captures the header, the name, the control data and the iovecs with
 * their buffers (SCT_CAP_MSGHDR); a part it could not read prints as its
 * address, as strace prints it.
 */
#include "decode_priv.h"

#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>

struct msghdr_k {
	uint64_t name;
	uint32_t namelen;
	uint32_t pad;
	uint64_t iov;
	uint64_t iovlen;
	uint64_t control;
	uint64_t controllen;
	uint32_t flags;
	uint32_t pad2;
};

#define X(v) { v, #v }

/* cmsg_level: the socket levels strace names there */
static const struct flag_name cmsg_levels[] = {
	X(SOL_IP), X(SOL_SOCKET), X(SOL_TCP), X(SOL_UDP), X(SOL_IPV6), X(SOL_ICMPV6),
	X(SOL_RAW), X(SOL_PACKET), X(SOL_NETLINK), X(SOL_TIPC), X(SOL_RXRPC),
	X(SOL_BLUETOOTH), X(SOL_ALG), X(SOL_TLS), X(SOL_XDP), X(SOL_MPTCP),
	{ 0, NULL }
};

/* SOL_SOCKET control messages (asm-generic/socket.h) */
static const struct flag_name scm_types[] = {
	X(SCM_RIGHTS), X(SCM_CREDENTIALS), { 3, "SCM_SECURITY" }, { 4, "SCM_PIDFD" },
	X(SCM_TIMESTAMP), X(SCM_TIMESTAMPNS), X(SCM_TIMESTAMPING), X(SCM_WIFI_STATUS),
	{ 0, NULL }
};

/* SOL_IP control messages (linux/in.h) */
static const struct flag_name ip_cmsg_types[] = {
	X(IP_TOS), X(IP_TTL), X(IP_OPTIONS), X(IP_RECVOPTS), X(IP_RETOPTS), X(IP_PKTINFO),
	X(IP_RECVERR), X(IP_ORIGDSTADDR), X(IP_CHECKSUM), { 0, NULL }
};

/* SOL_IPV6 control messages (linux/in6.h) */
static const struct flag_name ipv6_cmsg_types[] = {
	X(IPV6_PKTINFO), X(IPV6_HOPLIMIT), X(IPV6_TCLASS), X(IPV6_RECVERR),
	{ 0, NULL }
};

/* SCM_RIGHTS: [3</x>, 4</y>] under -y (fdpath_elems() counts them) */
static void emit_fd_array(struct emit *e, const char *key, const uint8_t *p, size_t n)
{
	emit_begin_array(e, key);
	for (size_t k = 0; k + 4 <= n; k += 4)
		emit_fd_elem(e, p + k);
	emit_end_array(e);
}

static void emit_int_array(struct emit *e, const char *key, const uint8_t *p, size_t n)
{
	emit_begin_array(e, key);
	for (size_t k = 0; k + 4 <= n; k += 4) {
		int32_t v;
		memcpy(&v, p + k, 4);
		emit_int(e, NULL, v);
	}
	emit_end_array(e);
}

/* cmsg_data by level and type; strace's hex string when it knows neither */
static void emit_cmsg_data(struct emit *e, int level, int type, const uint8_t *d, size_t n)
{
	if (level == SOL_SOCKET && type == SCM_RIGHTS) {
		emit_fd_array(e, "cmsg_data", d, n);
		return;
	}
	if (level == SOL_SOCKET && type == 4 /* SCM_PIDFD */ && n >= 4) {
		int32_t fd;
		memcpy(&fd, d, sizeof(fd));
		emit_fd_next(e, "cmsg_data", fd);
		return;
	}
	if (level == SOL_SOCKET && type == SCM_CREDENTIALS && n >= 12) {
		uint32_t v[3];
		memcpy(v, d, sizeof(v));
		emit_begin_struct(e, "cmsg_data");
		emit_int(e, "pid", (int32_t)v[0]);
		emit_uint(e, "uid", v[1]);
		emit_uint(e, "gid", v[2]);
		emit_end_struct(e);
		return;
	}
	if (level == SOL_IP && (type == IP_TTL || type == IP_TOS) && n >= 4 && type == IP_TTL) {
		emit_int_array(e, "cmsg_data", d, 4);
		return;
	}
	if (level == SOL_IP && type == IP_PKTINFO && n >= 12) {
		uint32_t ifindex;
		memcpy(&ifindex, d, 4);
		emit_begin_struct(e, "cmsg_data");
		emit_ifindex(e, "ipi_ifindex", ifindex);
		emit_inet_addr(e, "ipi_spec_dst", AF_INET, d + 4);
		emit_inet_addr(e, "ipi_addr", AF_INET, d + 8);
		emit_end_struct(e);
		return;
	}
	emit_hexstr(e, "cmsg_data", d, n);
}

static const struct flag_name *cmsg_types_of(int level)
{
	switch (level) {
	case SOL_SOCKET: return scm_types;
	case SOL_IP: return ip_cmsg_types;
	case SOL_IPV6: return ipv6_cmsg_types;
	}
	return NULL;
}

/* msg_control: the control messages in `len` captured bytes of the
 * `controllen` the header gives */
static void emit_cmsgs(struct emit *e, const char *key, uint64_t ptr, const struct blob_ref *r,
		       uint64_t controllen, bool abbrev, unsigned max)
{
	const size_t hdr = 16;  /* struct cmsghdr: u64 len, int level, int type */
	size_t have = r->b->len < controllen ? r->b->len : controllen;
	size_t off = 0;
	unsigned k = 0;
	emit_begin_array(e, key);
	while (off + hdr <= have) {
		if (abbrev && k++ >= max) {
			emit_more(e);
			break;
		}
		uint64_t len;
		int32_t level, type;
		memcpy(&len, r->data + off, 8);
		memcpy(&level, r->data + off + 8, 4);
		memcpy(&type, r->data + off + 12, 4);
		emit_begin_struct(e, NULL);
		emit_uint(e, "cmsg_len", len);
		emit_xval(e, "cmsg_level", cmsg_levels, (uint32_t)level, "SOL_???");
		const struct flag_name *types = cmsg_types_of(level);
		if (types)
			emit_xval(e, "cmsg_type", types, (uint32_t)type,
				  level == SOL_SOCKET ? "SCM_???" : level == SOL_IP ? "IP_???" : "IPV6_???");
		else
			emit_hex(e, "cmsg_type", (uint32_t)type);
		if (len > hdr) {
			size_t end = len < controllen - off ? off + len : controllen;
			if (end > have)
				end = have;
			if (end > off + hdr)
				emit_cmsg_data(e, level, type, r->data + off + hdr, end - off - hdr);
		}
		emit_end_struct(e);
		if (len < hdr)
			break;
		off += (len + 7) & ~(uint64_t)7;
	}
	if (off < controllen && off + hdr > have && off < have) {
		/* a tail too short for another header: strace shows its address */
		char buf[40];
		emit_more(e);
		snprintf(buf, sizeof(buf), "%#llx", (unsigned long long)(ptr + off));
		emit_comment(e, buf);
	}
	emit_end_array(e);
}

/*
 * Argument i of c, a struct user_msghdr *.  recv: the kernel filled it
 * (recvmsg): msg_namelen as given at entry and as the call left it, the
 * buffers up to what was received; a failed recvmsg shows msg_namelen only.
 */
void emit_msghdr_arg(struct emit *e, const char *key, const struct call *c, int i, bool recv)
{
	uint64_t p = arg_u64(c, i);
	struct blob_ref hb, in_hb;
	struct msghdr_k m, in;

	if (!p || !call_verbose(c) || !c->exiting ||
	    !record_blob(c->rec, i, SCT_CAP_MSGHDR, 0, &hb) || (hb.b->flags & SCT_BF_FAULT) ||
	    hb.b->len < sizeof(m)) {
		emit_ptr(e, key, p);
		return;
	}
	memcpy(&m, hb.data, sizeof(m));
	in = m;
	if (record_blob(c->entry_rec, i, SCT_CAP_MSGHDR, 0, &in_hb) &&
	    !(in_hb.b->flags & SCT_BF_FAULT) && in_hb.b->len >= sizeof(in))
		memcpy(&in, in_hb.data, sizeof(in));

	if (recv && !call_ok(c)) {
		emit_begin_struct(e, key);
		emit_int(e, "msg_namelen", (int32_t)in.namelen);
		emit_end_struct(e);
		return;
	}

	emit_begin_struct(e, key);
	struct blob_ref nb;
	/* recvmsg: the kernel wrote at most what it was given */
	uint32_t n = recv && in.namelen < m.namelen ? in.namelen : m.namelen;
	if (m.name && n >= 2 && record_blob(c->rec, i, SCT_CAP_MSGHDR, 1, &nb) &&
	    !(nb.b->flags & SCT_BF_FAULT) && nb.b->len >= (n < 128 ? n : 128)) {
		emit_sockaddr(e, "msg_name", nb.data, n < nb.b->len ? n : nb.b->len);
	} else {
		emit_ptr(e, "msg_name", m.name);
	}
	if (recv && in.namelen != m.namelen) {
		emit_int(e, "msg_namelen", (int32_t)in.namelen);
		emit_changed(e);
		emit_int(e, "msg_namelen", (int32_t)m.namelen);  /* JSON: msg_namelen_out */
	} else {
		emit_int(e, "msg_namelen", (int32_t)m.namelen);
	}
	if (m.iov)
		emit_iov_at(e, "msg_iov", c, i, m.iov, true);
	else
		emit_ptr(e, "msg_iov", 0);
	emit_uint(e, "msg_iovlen", m.iovlen);
	if (m.controllen) {
		struct blob_ref cb;
		fdpath_elems(c, i);   /* -y: the fds of SCM_RIGHTS, SCM_PIDFD */
		if (m.control && record_blob(c->rec, i, SCT_CAP_MSGHDR, 2, &cb) &&
		    !(cb.b->flags & SCT_BF_FAULT))
			emit_cmsgs(e, "msg_control", m.control, &cb, m.controllen, call_abbrev(c),
				   c->strsize);
		else
			emit_ptr(e, "msg_control", m.control);
	}
	emit_uint(e, "msg_controllen", m.controllen);
	emit_flags(e, "msg_flags", msg_flags, m.flags, "MSG_???");
	emit_end_struct(e);
}
