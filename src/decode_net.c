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
	const char *type = lookup_value(socket_types, v & K_SOCK_TYPE_MASK);
	if (type) {
		len = str_append(buf, sizeof(buf), len, type);
	} else {
		len = hex_append(buf, sizeof(buf), len, v & K_SOCK_TYPE_MASK);
		len = str_append(buf, sizeof(buf), len, " /* SOCK_??? */");
	}
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

/* accept4 */
void dec_sock_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, socket_type_flags, arg_uint(c, i), "SOCK_???");
}

void dec_msg_flags(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_flags(e, key, msg_flags, arg_uint(c, i), "MSG_???");
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
		/* abstract: strace prints @"name"; the emit layer has no
		 * prefix, so the leading NUL is shown instead: "\0name" */
		emit_str(e, "sun_path", path, plen, 0);
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

void emit_sockaddr(struct emit *e, const char *key, const uint8_t *sa, size_t len)
{
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
