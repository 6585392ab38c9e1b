// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Networking: address families, socket types and their flags, protocols
 * (by family), MSG_* flags, shutdown's `how`, and socket addresses read by
 * the kernel (connect, bind, sendto) as strace prints them:
 *   {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}
 */
#include "decode_priv.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#define K_AF_UNIX    1
#define K_AF_INET    2
#define K_AF_INET6   10
#define K_AF_NETLINK 16

const struct flag_name address_families[] = {
	{ 0, "AF_UNSPEC" },   { 1, "AF_UNIX" },      { 2, "AF_INET" },
	{ 3, "AF_AX25" },     { 4, "AF_IPX" },       { 5, "AF_APPLETALK" },
	{ 6, "AF_NETROM" },   { 7, "AF_BRIDGE" },    { 8, "AF_ATMPVC" },
	{ 9, "AF_X25" },      { 10, "AF_INET6" },    { 11, "AF_ROSE" },
	{ 12, "AF_DECnet" },  { 13, "AF_NETBEUI" },  { 14, "AF_SECURITY" },
	{ 15, "AF_KEY" },     { 16, "AF_NETLINK" },  { 17, "AF_PACKET" },
	{ 18, "AF_ASH" },     { 19, "AF_ECONET" },   { 20, "AF_ATMSVC" },
	{ 21, "AF_RDS" },     { 22, "AF_SNA" },      { 23, "AF_IRDA" },
	{ 24, "AF_PPPOX" },   { 25, "AF_WANPIPE" },  { 26, "AF_LLC" },
	{ 27, "AF_IB" },      { 28, "AF_MPLS" },     { 29, "AF_CAN" },
	{ 30, "AF_TIPC" },    { 31, "AF_BLUETOOTH" }, { 32, "AF_IUCV" },
	{ 33, "AF_RXRPC" },   { 34, "AF_ISDN" },     { 35, "AF_PHONET" },
	{ 36, "AF_IEEE802154" }, { 37, "AF_CAIF" },  { 38, "AF_ALG" },
	{ 39, "AF_NFC" },     { 40, "AF_VSOCK" },    { 41, "AF_KCM" },
	{ 42, "AF_QIPCRTR" }, { 43, "AF_SMC" },      { 44, "AF_XDP" },
	{ 45, "AF_MCTP" },
	{ 0, NULL }
};

#define K_SOCK_TYPE_MASK 0xf
const struct flag_name socket_types[] = {
	{ 1, "SOCK_STREAM" },
	{ 2, "SOCK_DGRAM" },
	{ 3, "SOCK_RAW" },
	{ 4, "SOCK_RDM" },
	{ 5, "SOCK_SEQPACKET" },
	{ 6, "SOCK_DCCP" },
	{ 10, "SOCK_PACKET" },
	{ 0, NULL }
};

const struct flag_name socket_type_flags[] = {
	{ 02000000, "SOCK_CLOEXEC" },
	{ 00004000, "SOCK_NONBLOCK" },
	{ 0, NULL }
};

static const struct flag_name inet_protocols[] = {
	{ 0, "IPPROTO_IP" },        { 1, "IPPROTO_ICMP" },     { 2, "IPPROTO_IGMP" },
	{ 4, "IPPROTO_IPIP" },      { 6, "IPPROTO_TCP" },      { 8, "IPPROTO_EGP" },
	{ 12, "IPPROTO_PUP" },      { 17, "IPPROTO_UDP" },     { 22, "IPPROTO_IDP" },
	{ 29, "IPPROTO_TP" },       { 33, "IPPROTO_DCCP" },    { 41, "IPPROTO_IPV6" },
	{ 43, "IPPROTO_ROUTING" },  { 44, "IPPROTO_FRAGMENT" }, { 46, "IPPROTO_RSVP" },
	{ 47, "IPPROTO_GRE" },      { 50, "IPPROTO_ESP" },     { 51, "IPPROTO_AH" },
	{ 58, "IPPROTO_ICMPV6" },   { 59, "IPPROTO_NONE" },    { 60, "IPPROTO_DSTOPTS" },
	{ 92, "IPPROTO_MTP" },      { 94, "IPPROTO_BEETPH" },  { 98, "IPPROTO_ENCAP" },
	{ 103, "IPPROTO_PIM" },     { 108, "IPPROTO_COMP" },   { 115, "IPPROTO_L2TP" },
	{ 132, "IPPROTO_SCTP" },    { 135, "IPPROTO_MH" },     { 136, "IPPROTO_UDPLITE" },
	{ 137, "IPPROTO_MPLS" },    { 143, "IPPROTO_ETHERNET" }, { 255, "IPPROTO_RAW" },
	{ 262, "IPPROTO_MPTCP" },
	{ 0, NULL }
};

static const struct flag_name netlink_protocols[] = {
	{ 0, "NETLINK_ROUTE" },        { 1, "NETLINK_UNUSED" },     { 2, "NETLINK_USERSOCK" },
	{ 3, "NETLINK_FIREWALL" },     { 4, "NETLINK_SOCK_DIAG" },  { 5, "NETLINK_NFLOG" },
	{ 6, "NETLINK_XFRM" },         { 7, "NETLINK_SELINUX" },    { 8, "NETLINK_ISCSI" },
	{ 9, "NETLINK_AUDIT" },        { 10, "NETLINK_FIB_LOOKUP" }, { 11, "NETLINK_CONNECTOR" },
	{ 12, "NETLINK_NETFILTER" },   { 13, "NETLINK_IP6_FW" },    { 14, "NETLINK_DNRTMSG" },
	{ 15, "NETLINK_KOBJECT_UEVENT" }, { 16, "NETLINK_GENERIC" }, { 18, "NETLINK_SCSITRANSPORT" },
	{ 19, "NETLINK_ECRYPTFS" },    { 20, "NETLINK_RDMA" },      { 21, "NETLINK_CRYPTO" },
	{ 22, "NETLINK_SMC" },
	{ 0, NULL }
};

const struct flag_name msg_flags[] = {
	{ 0x1, "MSG_OOB" },
	{ 0x2, "MSG_PEEK" },
	{ 0x4, "MSG_DONTROUTE" },
	{ 0x8, "MSG_CTRUNC" },
	{ 0x10, "MSG_PROBE" },
	{ 0x20, "MSG_TRUNC" },
	{ 0x40, "MSG_DONTWAIT" },
	{ 0x80, "MSG_EOR" },
	{ 0x100, "MSG_WAITALL" },
	{ 0x200, "MSG_FIN" },
	{ 0x400, "MSG_SYN" },
	{ 0x800, "MSG_CONFIRM" },
	{ 0x1000, "MSG_RST" },
	{ 0x2000, "MSG_ERRQUEUE" },
	{ 0x4000, "MSG_NOSIGNAL" },
	{ 0x8000, "MSG_MORE" },
	{ 0x10000, "MSG_WAITFORONE" },
	{ 0x20000, "MSG_SENDPAGE_NOTLAST" },
	{ 0x40000, "MSG_BATCH" },
	{ 0x80000, "MSG_NO_SHARED_FRAGS" },
	{ 0x4000000, "MSG_ZEROCOPY" },
	{ 0x20000000, "MSG_FASTOPEN" },
	{ 0x40000000, "MSG_CMSG_CLOEXEC" },
	{ 0x80000000, "MSG_CMSG_COMPAT" },
	{ 0, NULL }
};

static const struct flag_name shutdown_hows[] = {
	{ 0, "SHUT_RD" },
	{ 1, "SHUT_WR" },
	{ 2, "SHUT_RDWR" },
	{ 0, NULL }
};

void dec_sock_family(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, address_families, arg_uint(c, i), "AF_???");
}

/* SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK */
void dec_sock_type(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned v = arg_uint(c, i);
	char buf[FLAGS_BUF];
	size_t len = 0;

	buf[0] = '\0';
	len = value_append(buf, sizeof(buf), len, socket_types, v & K_SOCK_TYPE_MASK, "SOCK_???");
	v &= ~K_SOCK_TYPE_MASK;
	if (v) {
		len = str_append(buf, sizeof(buf), len, "|");
		flags_append(buf, sizeof(buf), len, socket_type_flags, v, "SOCK_???");
	}
	emit_sym(e, key, buf);
}

/* the protocol's meaning depends on the family (socket's first argument) */
void dec_sock_proto(struct emit *e, const struct call *c, int i, const char *key)
{
	int fi = fmt_find_arg(c, A_SOCK_FAMILY);
	unsigned family = fi >= 0 ? arg_uint(c, fi) : ~0u;
	unsigned v = arg_uint(c, i);

	switch (family) {
	case K_AF_INET:
	case K_AF_INET6:
		emit_xval(e, key, inet_protocols, v, "IPPROTO_???");
		break;
	case K_AF_NETLINK:
		emit_xval(e, key, netlink_protocols, v, "NETLINK_???");
		break;
	default:
		emit_int(e, key, (int)v);
	}
}

void dec_shutdown_how(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, shutdown_hows, arg_uint(c, i), "SHUT_???");
}

/* ------------------------------------------------------- sockaddr */

static uint16_t get16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static uint32_t get32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

static void sa_unix(struct emit *e, const uint8_t *sa, size_t len)
{
	const uint8_t *path = sa + 2;
	size_t plen = (len > 110 ? 110 : len) - 2;
	if (path[0]) {
		size_t n = 0;
		while (n < plen && path[n])
			n++;
		emit_str(e, "sun_path", path, n, 0);
	} else {
		/* abstract: @"name" (the leading NUL is the marker) */
		emit_str(e, "sun_path", path + 1, plen - 1, EMIT_STR_ABSTRACT);
	}
}

static void sa_inet(struct emit *e, const uint8_t *sa)
{
	char buf[64], addr[INET_ADDRSTRLEN];
	snprintf(buf, sizeof(buf), "htons(%u)", ntohs(get16(sa + 2)));
	emit_sym(e, "sin_port", buf);
	inet_ntop(AF_INET, sa + 4, addr, sizeof(addr));
	snprintf(buf, sizeof(buf), "inet_addr(\"%s\")", addr);
	emit_sym(e, "sin_addr", buf);
}

static void sa_inet6(struct emit *e, const uint8_t *sa, size_t len)
{
	char buf[96], addr[INET6_ADDRSTRLEN];
	snprintf(buf, sizeof(buf), "htons(%u)", ntohs(get16(sa + 2)));
	emit_sym(e, "sin6_port", buf);
	snprintf(buf, sizeof(buf), "htonl(%u)", ntohl(get32(sa + 4)));
	emit_sym(e, "sin6_flowinfo", buf);
	inet_ntop(AF_INET6, sa + 8, addr, sizeof(addr));
	snprintf(buf, sizeof(buf), "inet_pton(AF_INET6, \"%s\", &sin6_addr)", addr);
	emit_sym(e, NULL, buf);     /* strace: no "sin6_addr=" here */
	if (len > 24)
		emit_uint(e, "sin6_scope_id", get32(sa + 24));
}

static void sa_netlink(struct emit *e, const uint8_t *sa, size_t len)
{
	uint8_t nl[12] = { 0 };
	char buf[32];
	memcpy(nl, sa, len < sizeof(nl) ? len : sizeof(nl));
	emit_int(e, "nl_pid", (int32_t)get32(nl + 4));
	snprintf(buf, sizeof(buf), "%#08x", get32(nl + 8));
	emit_sym(e, "nl_groups", buf);
}

void emit_sockaddr(struct emit *e, const char *key, const uint8_t *given, size_t len)
{
	/* as strace does: the bytes given, zero-padded (the family printers
	 * read fixed offsets, e.g. sin6_scope_id for any length above 24) */
	uint8_t sa[128 + 1] = { 0 };
	if (len > 128)
		len = 128;
	memcpy(sa, given, len);
	uint16_t family = get16(sa);
	emit_begin_struct(e, key);
	emit_xval(e, "sa_family", address_families, family, "AF_???");
	if (len > 2) {
		if (family == K_AF_UNIX)
			sa_unix(e, sa, len);
		else if (family == K_AF_INET && len >= 16)
			sa_inet(e, sa);
		else if (family == K_AF_INET6 && len >= 24)
			sa_inet6(e, sa, len);
		else if (family == K_AF_NETLINK)
			sa_netlink(e, sa, len);
		else
			emit_str(e, "sa_data", sa + 2, len - 2, 0);
	}
	emit_end_struct(e);
}

/* connect, bind, sendto: the length is argument lenarg[i] */
void dec_sockaddr_in(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	int addrlen = arg_int(c, c->fmt->lenarg[i]);
	const struct blob_ref *r = call_blob(c, i);
	if (!p || addrlen < 2 || !r || r->b->len < 2) {
		emit_ptr(e, key, p);
		return;
	}
	size_t len = (size_t)addrlen < r->b->len ? (size_t)addrlen : r->b->len;
	emit_sockaddr(e, key, r->data, len);
}

/* ------------------------------------------- addresses the kernel wrote */

/*
 * accept, accept4, getsockname, getpeername, recvfrom: the address and its
 * length, a value-result int.  strace (decode_sockname): when the call
 * failed, the address and [in]; else the address cut to min(in, out)
 * bytes and [in => out], or [out] when they agree.  The length as it was
 * at entry comes from the entry record, the result from the exit record.
 */
static bool socklen_pair(const struct call *c, int li, int32_t *in, int32_t *out, bool *have_in)
{
	const struct blob_ref *x = &c->out[li];
	const struct blob_ref *n = call_blob(c, li);
	*have_in = false;
	if (n && n->b->len >= 4 && n != x) {
		memcpy(in, n->data, 4);
		*have_in = n->b != x->b;
	}
	if (!x->b || (x->b->flags & SCT_BF_FAULT) || x->b->len < 4)
		return false;
	memcpy(out, x->data, 4);
	if (!*have_in)
		*in = *out;
	return true;
}

static int socklen_arg(const struct call *c, int i)
{
	int li = fmt_find_arg(c, A_SOCKLEN_INOUT);
	return li > i ? li : -1;
}

void dec_sockaddr_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	int li = socklen_arg(c, i);
	int32_t in, out;
	bool have_in;
	const struct blob_ref *r = call_blob(c, i);
	if (!p || li < 0 || !arg_u64(c, li) || !call_ok(c) || !r ||
	    !socklen_pair(c, li, &in, &out, &have_in)) {
		emit_ptr(e, key, p);
		return;
	}
	int32_t len = in > out ? out : in;
	if (len < 2) {          /* strace's decode_sockaddr: too short for a family */
		emit_ptr(e, key, p);
		return;
	}
	if ((size_t)len > r->b->len)
		len = (int32_t)r->b->len;
	emit_sockaddr(e, key, r->data, (size_t)len);
}

void dec_socklen_inout(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	int ai = fmt_find_arg(c, A_SOCKADDR_OUT);
	int32_t in = 0, out;
	bool have_in;
	const struct blob_ref *n = call_blob(c, i);
	if (!p || (ai >= 0 && ai < i && !arg_u64(c, ai)) || !n) {
		emit_ptr(e, key, p);
		return;
	}
	if (!call_ok(c) || !socklen_pair(c, i, &in, &out, &have_in)) {
		if (n->b->len >= 4)
			memcpy(&in, n->data, 4);
		if (!c->exiting || call_failed(c)) {
			emit_begin_array(e, key);
			emit_int(e, NULL, in);
			emit_end_array(e);
		} else {
			emit_ptr(e, key, p);
		}
		return;
	}
	emit_begin_array(e, key);
	if (in != out) {
		emit_int(e, NULL, in);
		emit_changed(e);
	}
	emit_int(e, NULL, out);
	emit_end_array(e);
}

/* ------------------------------------------------------ socket options */

#define K_SOL_IP 0
#define K_SOL_SOCKET 1
#define K_SOL_TCP 6
#define K_SOL_UDP 17
#define K_SOL_IPV6 41
#define K_SOL_NETLINK 270

static const struct flag_name socket_levels[] = {
	{ 0, "SOL_IP" }, { 1, "SOL_SOCKET" }, { 6, "SOL_TCP" }, { 17, "SOL_UDP" },
	{ 41, "SOL_IPV6" }, { 58, "SOL_ICMPV6" }, { 132, "SOL_SCTP" }, { 136, "SOL_UDPLITE" },
	{ 255, "SOL_RAW" }, { 256, "SOL_IPX" }, { 257, "SOL_AX25" }, { 258, "SOL_ATALK" },
	{ 259, "SOL_NETROM" }, { 260, "SOL_ROSE" }, { 261, "SOL_DECNET" }, { 262, "SOL_X25" },
	{ 263, "SOL_PACKET" }, { 264, "SOL_ATM" }, { 265, "SOL_AAL" }, { 266, "SOL_IRDA" },
	{ 267, "SOL_NETBEUI" }, { 268, "SOL_LLC" }, { 269, "SOL_DCCP" }, { 270, "SOL_NETLINK" },
	{ 271, "SOL_TIPC" }, { 272, "SOL_RXRPC" }, { 273, "SOL_PPPOL2TP" }, { 274, "SOL_BLUETOOTH" },
	{ 275, "SOL_PNPIPE" }, { 276, "SOL_RDS" }, { 277, "SOL_IUCV" }, { 278, "SOL_CAIF" },
	{ 279, "SOL_ALG" }, { 280, "SOL_NFC" }, { 281, "SOL_KCM" }, { 282, "SOL_TLS" },
	{ 283, "SOL_XDP" }, { 284, "SOL_MPTCP" }, { 285, "SOL_MCTP" }, { 286, "SOL_SMC" },
	{ 0, NULL }
};

static const struct flag_name sol_socket_options[] = {
	{ 1, "SO_DEBUG" }, { 2, "SO_REUSEADDR" }, { 3, "SO_TYPE" }, { 4, "SO_ERROR" },
	{ 5, "SO_DONTROUTE" }, { 6, "SO_BROADCAST" }, { 7, "SO_SNDBUF" }, { 8, "SO_RCVBUF" },
	{ 9, "SO_KEEPALIVE" }, { 10, "SO_OOBINLINE" }, { 11, "SO_NO_CHECK" }, { 12, "SO_PRIORITY" },
	{ 13, "SO_LINGER" }, { 14, "SO_BSDCOMPAT" }, { 15, "SO_REUSEPORT" }, { 16, "SO_PASSCRED" },
	{ 17, "SO_PEERCRED" }, { 18, "SO_RCVLOWAT" }, { 19, "SO_SNDLOWAT" },
	{ 20, "SO_RCVTIMEO_OLD" }, { 21, "SO_SNDTIMEO_OLD" },
	{ 22, "SO_SECURITY_AUTHENTICATION" }, { 23, "SO_SECURITY_ENCRYPTION_TRANSPORT" },
	{ 24, "SO_SECURITY_ENCRYPTION_NETWORK" }, { 25, "SO_BINDTODEVICE" },
	{ 26, "SO_ATTACH_FILTER" }, { 27, "SO_DETACH_FILTER" }, { 28, "SO_PEERNAME" },
	{ 29, "SO_TIMESTAMP_OLD" }, { 30, "SO_ACCEPTCONN" }, { 31, "SO_PEERSEC" },
	{ 32, "SO_SNDBUFFORCE" }, { 33, "SO_RCVBUFFORCE" }, { 34, "SO_PASSSEC" },
	{ 35, "SO_TIMESTAMPNS_OLD" }, { 36, "SO_MARK" }, { 37, "SO_TIMESTAMPING_OLD" },
	{ 38, "SO_PROTOCOL" }, { 39, "SO_DOMAIN" }, { 40, "SO_RXQ_OVFL" }, { 41, "SO_WIFI_STATUS" },
	{ 42, "SO_PEEK_OFF" }, { 43, "SO_NOFCS" }, { 44, "SO_LOCK_FILTER" },
	{ 45, "SO_SELECT_ERR_QUEUE" }, { 46, "SO_BUSY_POLL" }, { 47, "SO_MAX_PACING_RATE" },
	{ 48, "SO_BPF_EXTENSIONS" }, { 49, "SO_INCOMING_CPU" }, { 50, "SO_ATTACH_BPF" },
	{ 51, "SO_ATTACH_REUSEPORT_CBPF" }, { 52, "SO_ATTACH_REUSEPORT_EBPF" },
	{ 53, "SO_CNX_ADVICE" }, { 55, "SO_MEMINFO" }, { 56, "SO_INCOMING_NAPI_ID" },
	{ 57, "SO_COOKIE" }, { 59, "SO_PEERGROUPS" }, { 60, "SO_ZEROCOPY" }, { 61, "SO_TXTIME" },
	{ 62, "SO_BINDTOIFINDEX" }, { 63, "SO_TIMESTAMP_NEW" }, { 64, "SO_TIMESTAMPNS_NEW" },
	{ 65, "SO_TIMESTAMPING_NEW" }, { 66, "SO_RCVTIMEO_NEW" }, { 67, "SO_SNDTIMEO_NEW" },
	{ 68, "SO_DETACH_REUSEPORT_BPF" }, { 69, "SO_PREFER_BUSY_POLL" },
	{ 70, "SO_BUSY_POLL_BUDGET" }, { 71, "SO_NETNS_COOKIE" }, { 72, "SO_BUF_LOCK" },
	{ 73, "SO_RESERVE_MEM" }, { 74, "SO_TXREHASH" }, { 75, "SO_RCVMARK" },
	{ 0, NULL }
};

static const struct flag_name sol_ip_options[] = {
	{ 1, "IP_TOS" }, { 2, "IP_TTL" }, { 3, "IP_HDRINCL" }, { 4, "IP_OPTIONS" },
	{ 5, "IP_ROUTER_ALERT" }, { 6, "IP_RECVOPTS" }, { 7, "IP_RETOPTS" }, { 8, "IP_PKTINFO" },
	{ 9, "IP_PKTOPTIONS" }, { 10, "IP_MTU_DISCOVER" }, { 11, "IP_RECVERR" },
	{ 12, "IP_RECVTTL" }, { 13, "IP_RECVTOS" }, { 14, "IP_MTU" }, { 15, "IP_FREEBIND" },
	{ 16, "IP_IPSEC_POLICY" }, { 17, "IP_XFRM_POLICY" }, { 18, "IP_PASSSEC" },
	{ 19, "IP_TRANSPARENT" }, { 20, "IP_ORIGDSTADDR" }, { 21, "IP_MINTTL" },
	{ 22, "IP_NODEFRAG" }, { 23, "IP_CHECKSUM" }, { 24, "IP_BIND_ADDRESS_NO_PORT" },
	{ 25, "IP_RECVFRAGSIZE" }, { 26, "IP_RECVERR_RFC4884" },
	{ 32, "IP_MULTICAST_IF" }, { 33, "IP_MULTICAST_TTL" }, { 34, "IP_MULTICAST_LOOP" },
	{ 35, "IP_ADD_MEMBERSHIP" }, { 36, "IP_DROP_MEMBERSHIP" }, { 37, "IP_UNBLOCK_SOURCE" },
	{ 38, "IP_BLOCK_SOURCE" }, { 39, "IP_ADD_SOURCE_MEMBERSHIP" },
	{ 40, "IP_DROP_SOURCE_MEMBERSHIP" }, { 41, "IP_MSFILTER" }, { 42, "MCAST_JOIN_GROUP" },
	{ 43, "MCAST_BLOCK_SOURCE" }, { 44, "MCAST_UNBLOCK_SOURCE" }, { 45, "MCAST_LEAVE_GROUP" },
	{ 46, "MCAST_JOIN_SOURCE_GROUP" }, { 47, "MCAST_LEAVE_SOURCE_GROUP" },
	{ 48, "MCAST_MSFILTER" }, { 49, "IP_MULTICAST_ALL" }, { 50, "IP_UNICAST_IF" },
	{ 51, "IP_LOCAL_PORT_RANGE" },
	{ 0, NULL }
};

static const struct flag_name sol_tcp_options[] = {
	{ 1, "TCP_NODELAY" }, { 2, "TCP_MAXSEG" }, { 3, "TCP_CORK" }, { 4, "TCP_KEEPIDLE" },
	{ 5, "TCP_KEEPINTVL" }, { 6, "TCP_KEEPCNT" }, { 7, "TCP_SYNCNT" }, { 8, "TCP_LINGER2" },
	{ 9, "TCP_DEFER_ACCEPT" }, { 10, "TCP_WINDOW_CLAMP" }, { 11, "TCP_INFO" },
	{ 12, "TCP_QUICKACK" }, { 13, "TCP_CONGESTION" }, { 14, "TCP_MD5SIG" },
	{ 15, "TCP_COOKIE_TRANSACTIONS" }, { 16, "TCP_THIN_LINEAR_TIMEOUTS" },
	{ 17, "TCP_THIN_DUPACK" }, { 18, "TCP_USER_TIMEOUT" }, { 19, "TCP_REPAIR" },
	{ 20, "TCP_REPAIR_QUEUE" }, { 21, "TCP_QUEUE_SEQ" }, { 22, "TCP_REPAIR_OPTIONS" },
	{ 23, "TCP_FASTOPEN" }, { 24, "TCP_TIMESTAMP" }, { 25, "TCP_NOTSENT_LOWAT" },
	{ 26, "TCP_CC_INFO" }, { 27, "TCP_SAVE_SYN" }, { 28, "TCP_SAVED_SYN" },
	{ 29, "TCP_REPAIR_WINDOW" }, { 30, "TCP_FASTOPEN_CONNECT" }, { 31, "TCP_ULP" },
	{ 32, "TCP_MD5SIG_EXT" }, { 33, "TCP_FASTOPEN_KEY" }, { 34, "TCP_FASTOPEN_NO_COOKIE" },
	{ 35, "TCP_ZEROCOPY_RECEIVE" }, { 36, "TCP_INQ" }, { 37, "TCP_TX_DELAY" },
	{ 0, NULL }
};

static const struct flag_name sol_udp_options[] = {
	{ 1, "UDP_CORK" }, { 100, "UDP_ENCAP" }, { 101, "UDP_NO_CHECK6_TX" },
	{ 102, "UDP_NO_CHECK6_RX" }, { 103, "UDP_SEGMENT" }, { 104, "UDP_GRO" },
	{ 0, NULL }
};

static const struct flag_name sol_ipv6_options[] = {
	{ 1, "IPV6_ADDRFORM" }, { 2, "IPV6_2292PKTINFO" }, { 3, "IPV6_2292HOPOPTS" },
	{ 4, "IPV6_2292DSTOPTS" }, { 5, "IPV6_2292RTHDR" }, { 6, "IPV6_2292PKTOPTIONS" },
	{ 7, "IPV6_CHECKSUM" }, { 8, "IPV6_2292HOPLIMIT" }, { 9, "IPV6_NEXTHOP" },
	{ 10, "IPV6_AUTHHDR" }, { 11, "IPV6_FLOWINFO" }, { 16, "IPV6_UNICAST_HOPS" },
	{ 17, "IPV6_MULTICAST_IF" }, { 18, "IPV6_MULTICAST_HOPS" }, { 19, "IPV6_MULTICAST_LOOP" },
	{ 20, "IPV6_ADD_MEMBERSHIP" }, { 21, "IPV6_DROP_MEMBERSHIP" }, { 22, "IPV6_ROUTER_ALERT" },
	{ 23, "IPV6_MTU_DISCOVER" }, { 24, "IPV6_MTU" }, { 25, "IPV6_RECVERR" },
	{ 26, "IPV6_V6ONLY" }, { 27, "IPV6_JOIN_ANYCAST" }, { 28, "IPV6_LEAVE_ANYCAST" },
	{ 29, "IPV6_MULTICAST_ALL" }, { 30, "IPV6_ROUTER_ALERT_ISOLATE" },
	{ 31, "IPV6_RECVERR_RFC4884" }, { 32, "IPV6_FLOWLABEL_MGR" }, { 33, "IPV6_FLOWINFO_SEND" },
	{ 34, "IPV6_IPSEC_POLICY" }, { 35, "IPV6_XFRM_POLICY" }, { 36, "IPV6_HDRINCL" },
	{ 42, "MCAST_JOIN_GROUP" }, { 45, "MCAST_LEAVE_GROUP" },
	{ 49, "IPV6_RECVPKTINFO" }, { 50, "IPV6_PKTINFO" }, { 51, "IPV6_RECVHOPLIMIT" },
	{ 52, "IPV6_HOPLIMIT" }, { 53, "IPV6_RECVHOPOPTS" }, { 54, "IPV6_HOPOPTS" },
	{ 55, "IPV6_RTHDRDSTOPTS" }, { 56, "IPV6_RECVRTHDR" }, { 57, "IPV6_RTHDR" },
	{ 58, "IPV6_RECVDSTOPTS" }, { 59, "IPV6_DSTOPTS" }, { 60, "IPV6_RECVPATHMTU" },
	{ 61, "IPV6_PATHMTU" }, { 62, "IPV6_DONTFRAG" }, { 66, "IPV6_RECVTCLASS" },
	{ 67, "IPV6_TCLASS" }, { 70, "IPV6_AUTOFLOWLABEL" }, { 72, "IPV6_ADDR_PREFERENCES" },
	{ 73, "IPV6_MINHOPCOUNT" }, { 74, "IPV6_ORIGDSTADDR" }, { 75, "IPV6_TRANSPARENT" },
	{ 76, "IPV6_UNICAST_IF" }, { 77, "IPV6_RECVFRAGSIZE" }, { 78, "IPV6_FREEBIND" },
	{ 0, NULL }
};

static const struct flag_name sol_netlink_options[] = {
	{ 1, "NETLINK_ADD_MEMBERSHIP" }, { 2, "NETLINK_DROP_MEMBERSHIP" },
	{ 3, "NETLINK_PKTINFO" }, { 4, "NETLINK_BROADCAST_ERROR" }, { 5, "NETLINK_NO_ENOBUFS" },
	{ 6, "NETLINK_RX_RING" }, { 7, "NETLINK_TX_RING" }, { 8, "NETLINK_LISTEN_ALL_NSID" },
	{ 9, "NETLINK_LIST_MEMBERSHIPS" }, { 10, "NETLINK_CAP_ACK" }, { 11, "NETLINK_EXT_ACK" },
	{ 12, "NETLINK_GET_STRICT_CHK" },
	{ 0, NULL }
};

void dec_sockopt_level(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, socket_levels, arg_uint(c, i), "SOL_??");
}

void dec_sockopt_name(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned level = arg_uint(c, i - 1), name = arg_uint(c, i);
	const struct flag_name *tab = NULL;
	const char *dflt = NULL;
	switch (level) {
	case K_SOL_SOCKET: tab = sol_socket_options; dflt = "SO_???"; break;
	case K_SOL_IP: tab = sol_ip_options; dflt = "IP_???"; break;
	case K_SOL_TCP: tab = sol_tcp_options; dflt = "TCP_???"; break;
	case K_SOL_UDP: tab = sol_udp_options; dflt = "UDP_???"; break;
	case K_SOL_IPV6: tab = sol_ipv6_options; dflt = "IPV6_???"; break;
	case K_SOL_NETLINK: tab = sol_netlink_options; dflt = "NETLINK_???"; break;
	}
	if (tab)
		emit_xval(e, key, tab, name, dflt);
	else
		emit_uint(e, key, name);
}

#define K_SO_ERROR 4
#define K_SO_LINGER 13
#define K_SO_PEERCRED 17

/* a socket option's value of `len` bytes (strace's print_[gs]etsockopt) */
static void emit_sockopt_val(struct emit *e, const char *key, const struct call *c, int i,
			     const struct blob_ref *r, int len, bool get)
{
	unsigned level = arg_uint(c, 1), name = arg_uint(c, 2);
	uint64_t p = arg_u64(c, i);
	if (!p || !r) {
		emit_ptr(e, key, p);
		return;
	}
	size_t have = r->b->len;
	int32_t v[3] = { 0, 0, 0 };
	memcpy(v, r->data, have < sizeof(v) ? have : sizeof(v));
	if (level == K_SOL_SOCKET && name == K_SO_LINGER) {
		if ((!get && len < 8) || have < 8) {
			emit_ptr(e, key, p);
			return;
		}
		emit_begin_struct(e, key);
		emit_int(e, "l_onoff", v[0]);
		if (!get || len >= 8)
			emit_int(e, "l_linger", v[1]);
		emit_end_struct(e);
		return;
	}
	if (get && level == K_SOL_SOCKET && name == K_SO_PEERCRED) {
		emit_begin_struct(e, key);
		emit_int(e, "pid", v[0]);
		if (len >= 8)
			emit_int(e, "uid", v[1] == -1 ? -1 : (int64_t)(uint32_t)v[1]);
		if (len >= 12)
			emit_int(e, "gid", v[2] == -1 ? -1 : (int64_t)(uint32_t)v[2]);
		emit_end_struct(e);
		return;
	}
	if (get && level == K_SOL_SOCKET && name == K_SO_ERROR) {
		const char *n = v[0] ? errno_name(v[0]) : NULL;
		emit_begin_array(e, key);
		if (n)
			emit_sym(e, NULL, n);
		else
			emit_uint(e, NULL, (uint32_t)v[0]);
		emit_end_array(e);
		return;
	}
	if (len == 4 || (level == K_SOL_NETLINK && len >= 4)) {
		emit_begin_array(e, key);
		emit_int(e, NULL, v[0]);
		emit_end_array(e);
		return;
	}
	size_t n = len < 0 ? 0 : (size_t)len;
	size_t shown = n < have ? n : have;
	if (shown > c->strsize)
		shown = c->strsize;
	emit_str(e, key, r->data, shown, n > shown ? EMIT_STR_TRUNC : 0);
}

void dec_sockopt_val_in(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_sockopt_val(e, key, c, i, call_blob(c, i), arg_int(c, c->fmt->lenarg[i]), false);
}

void dec_sockopt_val_out(struct emit *e, const struct call *c, int i, const char *key)
{
	int li = i + 1;
	int32_t in, out;
	bool have_in;
	if (!call_ok(c) || !socklen_pair(c, li, &in, &out, &have_in)) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	if (in <= 0 || out <= 0) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_sockopt_val(e, key, c, i, call_blob(c, i), out, true);
}
