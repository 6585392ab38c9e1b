// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Networking: address families, socket types and their flags, protocols
 * (by family), MSG_* flags, shutdown's `how`, and socket addresses read by
 * the kernel (connect, bind, sendto) as strace prints them:
 *   {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}
 */
#include "decode_priv.h"

#include <arpa/inet.h>
#include <asm/unistd_64.h>
#include <endian.h>
#include <inttypes.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/if_arp.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/if_xdp.h>
#include <linux/mctp.h>
#include <linux/nfc.h>
#include <linux/qrtr.h>
#include <linux/tipc.h>
#include <linux/vm_sockets.h>

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

const struct flag_name netlink_protocols[] = {
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
	emit_formatted(e, key, arg_uint(c, i), buf);   /* -X */
}

/* the protocol's meaning depends on the family (socket's first argument) */
static const struct flag_name ethernet_protocols[];

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
	case AF_PACKET: {   /* an ethertype in network byte order */
		char buf[96];
		size_t n = str_append(buf, sizeof(buf), 0, "htons(");
		n = xval_append(buf, sizeof(buf), n, ethernet_protocols, ntohs((uint16_t)v), "ETH_P_???");
		str_append(buf, sizeof(buf), n, ")");
		emit_sym(e, key, buf);
		break;
	}
	default:
		emit_uint(e, key, v);
	}
}

void dec_shutdown_how(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, shutdown_hows, arg_uint(c, i), "SHUT_???");
}

/* ------------------------------------------------ xlat-style helpers */

/*
 * Network values strace prints in three styles by -X: htons(80) (abbrev),
 * the raw bytes "\x00\x50" (raw), or both, the decoded form as a comment
 * (verbose).  These helpers build such a value as one token.
 */
static enum xlat_style xstyle(void) { return decode_opts.xlat; }

/* "\x01\x02" */
static size_t hexstr_append(char *buf, size_t size, size_t len, const uint8_t *p, size_t n)
{
	char tmp[8];
	len = str_append(buf, size, len, "\"");
	for (size_t k = 0; k < n; k++) {
		snprintf(tmp, sizeof(tmp), "\\x%02x", p[k]);
		len = str_append(buf, size, len, tmp);
	}
	return str_append(buf, size, len, "\"");
}

void emit_hexstr(struct emit *e, const char *key, const uint8_t *p, size_t n)
{
	emit_str(e, key, p, n, EMIT_STR_HEX);
}

/* raw bytes and/or a decoded form, by -X */
static void emit_styled(struct emit *e, const char *key, const uint8_t *raw, size_t n,
			const char *decoded)
{
	char buf[FLAGS_BUF];
	size_t len = 0;
	buf[0] = '\0';
	if (xstyle() != XLAT_ABBREV)
		len = hexstr_append(buf, sizeof(buf), len, raw, n);
	if (xstyle() == XLAT_VERBOSE) {
		len = str_append(buf, sizeof(buf), len, " /* ");
		len = str_append(buf, sizeof(buf), len, decoded);
		str_append(buf, sizeof(buf), len, " */");
	} else if (xstyle() == XLAT_ABBREV) {
		str_append(buf, sizeof(buf), len, decoded);
	}
	emit_sym(e, key, buf);
}

/* a port in network byte order: htons(80) */
void emit_net_port(struct emit *e, const char *key, const uint8_t *be16)
{
	char dec[32];
	snprintf(dec, sizeof(dec), "htons(%u)", (unsigned)be16[0] << 8 | be16[1]);
	emit_styled(e, key, be16, 2, dec);
}

/* inet_addr("127.0.0.1"); inet_pton(AF_INET6, "::1", &key) */
void emit_inet_addr(struct emit *e, const char *key, int af, const uint8_t *addr)
{
	char txt[INET6_ADDRSTRLEN], dec[INET6_ADDRSTRLEN + 64];
	inet_ntop(af, addr, txt, sizeof(txt));
	if (af == AF_INET) {
		snprintf(dec, sizeof(dec), "inet_addr(\"%s\")", txt);
		emit_styled(e, key, addr, 4, dec);
		return;
	}
	if (xstyle() == XLAT_ABBREV) {
		/* strace names the field inside the call, not before it */
		snprintf(dec, sizeof(dec), "inet_pton(AF_INET6, \"%s\", &%s)", txt, key);
		emit_sym_keyless(e, key, dec, txt);
		return;
	}
	snprintf(dec, sizeof(dec), "inet_pton(AF_INET6, \"%s\")", txt);
	emit_styled(e, key, addr, 16, dec);
}

/* an interface index: if_nametoindex("lo") when it names one */
void emit_ifindex(struct emit *e, const char *key, uint32_t idx)
{
	char name[IF_NAMESIZE], buf[IF_NAMESIZE + 64];
	if (!idx || !if_indextoname(idx, name)) {
		emit_uint(e, key, idx);
		return;
	}
	switch (xstyle()) {
	case XLAT_RAW:
		emit_uint(e, key, idx);
		return;
	case XLAT_VERBOSE:
		snprintf(buf, sizeof(buf), "%u /* if_nametoindex(\"%s\") */", idx, name);
		break;
	default:
		snprintf(buf, sizeof(buf), "if_nametoindex(\"%s\")", name);
	}
	emit_sym(e, key, buf);
}

/* a hardware address: 01:02:03:04:05:06 (text of `textn` bytes, raw of n) */
void emit_mac_addr(struct emit *e, const char *key, const uint8_t *p, size_t n, size_t textn)
{
	char dec[3 * 32 + 1];
	size_t len = 0;
	dec[0] = '\0';
	for (size_t k = 0; k < textn && k < 32; k++) {
		char tmp[4];
		snprintf(tmp, sizeof(tmp), k ? ":%02x" : "%02x", p[k]);
		len = str_append(dec, sizeof(dec), len, tmp);
	}
	emit_styled(e, key, p, n, dec);
}

/* strace's xval text of v by -X, appended: NAME, 0x5 / * NAME * /, 0x5 */
size_t xval_append(char *buf, size_t size, size_t len, const struct flag_name *tab,
		   uint64_t v, const char *dflt)
{
	const char *name = lookup_value(tab, v);
	if (xstyle() == XLAT_ABBREV && name)
		return str_append(buf, size, len, name);
	len = hex_append(buf, size, len, v);
	if (xstyle() == XLAT_RAW || (!name && !dflt))
		return len;
	len = str_append(buf, size, len, " /* ");
	len = str_append(buf, size, len, name ? name : dflt);
	return str_append(buf, size, len, " */");
}

/* strace's PRINT_VAL_0X: %#0*x with two digits per byte (0 -> "00") */
static void emit_0x(struct emit *e, const char *key, uint64_t v, int bytes)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%#0*" PRIx64, bytes * 2, v);
	emit_sym(e, key, buf);
}

/* ------------------------------------------------------- sockaddr */

static uint16_t get16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }
static uint32_t get32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

#define X(v) { v, #v }

static const struct flag_name ethernet_protocols[] = {
	X(ETH_P_802_3), X(ETH_P_AX25), X(ETH_P_ALL), X(ETH_P_802_2), X(ETH_P_SNAP),
	X(ETH_P_DDCMP), X(ETH_P_WAN_PPP), X(ETH_P_PPP_MP), X(ETH_P_LOCALTALK), X(ETH_P_CAN),
	X(ETH_P_CANFD), { 0x000E, "ETH_P_CANXL" } /* linux/if_ether.h, 6.2 */,
	X(ETH_P_PPPTALK), X(ETH_P_TR_802_2), X(ETH_P_MOBITEX), X(ETH_P_CONTROL), X(ETH_P_IRDA),
	X(ETH_P_ECONET), X(ETH_P_HDLC), X(ETH_P_ARCNET), X(ETH_P_DSA), X(ETH_P_TRAILER),
	X(ETH_P_LOOP), X(ETH_P_PHONET), X(ETH_P_IEEE802154), X(ETH_P_CAIF), X(ETH_P_XDSA),
	X(ETH_P_MAP), X(ETH_P_MCTP), X(ETH_P_PUP), X(ETH_P_PUPAT), X(ETH_P_802_3_MIN),
	X(ETH_P_IP), X(ETH_P_X25), X(ETH_P_ARP), X(ETH_P_BPQ), X(ETH_P_IEEEPUP),
	X(ETH_P_IEEEPUPAT), X(ETH_P_ERSPAN2), X(ETH_P_TSN), X(ETH_P_BATMAN), X(ETH_P_DEC),
	X(ETH_P_DNA_DL), X(ETH_P_DNA_RC), X(ETH_P_DNA_RT), X(ETH_P_LAT), X(ETH_P_DIAG),
	X(ETH_P_CUST), X(ETH_P_SCA), X(ETH_P_TEB), X(ETH_P_RARP), X(ETH_P_ATALK), X(ETH_P_AARP),
	X(ETH_P_8021Q), X(ETH_P_IPX), X(ETH_P_IPV6), X(ETH_P_PAUSE), X(ETH_P_SLOW), X(ETH_P_WCCP),
	X(ETH_P_MPLS_UC), X(ETH_P_MPLS_MC), X(ETH_P_ATMMPOA), X(ETH_P_PPP_DISC), X(ETH_P_PPP_SES),
	X(ETH_P_LINK_CTL), X(ETH_P_ATMFATE), X(ETH_P_PAE), X(ETH_P_REALTEK), X(ETH_P_AOE),
	X(ETH_P_8021AD), X(ETH_P_802_EX1), X(ETH_P_ERSPAN), X(ETH_P_PREAUTH), X(ETH_P_TIPC),
	X(ETH_P_LLDP), X(ETH_P_MRP), X(ETH_P_MACSEC), X(ETH_P_8021AH), X(ETH_P_MVRP), X(ETH_P_1588),
	X(ETH_P_NCSI), X(ETH_P_PRP), X(ETH_P_CFM), X(ETH_P_FCOE), X(ETH_P_TDLS), X(ETH_P_FIP),
	X(ETH_P_IBOE), X(ETH_P_80221), X(ETH_P_HSR), X(ETH_P_NSH), X(ETH_P_LOOPBACK),
	X(ETH_P_QINQ1), X(ETH_P_QINQ2), X(ETH_P_QINQ3), X(ETH_P_EDSA), X(ETH_P_DSA_8021Q),
	{ 0xE001, "ETH_P_DSA_A5PSW" } /* linux/if_ether.h, 6.2 */,
	X(ETH_P_IFE), X(ETH_P_AF_IUCV),
	{ 0, NULL }
};

static const struct flag_name arp_hardware_types[] = {
	X(ARPHRD_NETROM), X(ARPHRD_ETHER), X(ARPHRD_EETHER), X(ARPHRD_AX25), X(ARPHRD_PRONET),
	X(ARPHRD_CHAOS), X(ARPHRD_IEEE802), X(ARPHRD_ARCNET), X(ARPHRD_APPLETLK), X(ARPHRD_DLCI),
	X(ARPHRD_ATM), X(ARPHRD_METRICOM), X(ARPHRD_IEEE1394), X(ARPHRD_EUI64),
	X(ARPHRD_INFINIBAND), X(ARPHRD_SLIP), X(ARPHRD_CSLIP), X(ARPHRD_SLIP6), X(ARPHRD_CSLIP6),
	X(ARPHRD_RSRVD), X(ARPHRD_ADAPT), X(ARPHRD_ROSE), X(ARPHRD_X25), X(ARPHRD_HWX25),
	X(ARPHRD_CAN), X(ARPHRD_MCTP), X(ARPHRD_PPP), X(ARPHRD_CISCO), X(ARPHRD_LAPB),
	X(ARPHRD_DDCMP), X(ARPHRD_RAWHDLC), X(ARPHRD_RAWIP), X(ARPHRD_TUNNEL), X(ARPHRD_TUNNEL6),
	X(ARPHRD_FRAD), X(ARPHRD_SKIP), X(ARPHRD_LOOPBACK), X(ARPHRD_LOCALTLK), X(ARPHRD_FDDI),
	X(ARPHRD_BIF), X(ARPHRD_SIT), X(ARPHRD_IPDDP), X(ARPHRD_IPGRE), X(ARPHRD_PIMREG),
	X(ARPHRD_HIPPI), X(ARPHRD_ASH), X(ARPHRD_ECONET), X(ARPHRD_IRDA), X(ARPHRD_FCPP),
	X(ARPHRD_FCAL), X(ARPHRD_FCPL), X(ARPHRD_FCFABRIC), X(ARPHRD_IEEE802_TR),
	X(ARPHRD_IEEE80211), X(ARPHRD_IEEE80211_PRISM), X(ARPHRD_IEEE80211_RADIOTAP),
	X(ARPHRD_IEEE802154), X(ARPHRD_IEEE802154_MONITOR), X(ARPHRD_PHONET),
	X(ARPHRD_PHONET_PIPE), X(ARPHRD_CAIF), X(ARPHRD_IP6GRE), X(ARPHRD_NETLINK),
	X(ARPHRD_6LOWPAN), X(ARPHRD_VSOCKMON), X(ARPHRD_NONE), X(ARPHRD_VOID),
	{ 0, NULL }
};

static const struct flag_name af_packet_types[] = {
	X(PACKET_HOST), X(PACKET_BROADCAST), X(PACKET_MULTICAST), X(PACKET_OTHERHOST),
	X(PACKET_OUTGOING), X(PACKET_LOOPBACK), X(PACKET_USER), X(PACKET_KERNEL),
	{ 0, NULL }
};

static const struct flag_name hci_channels[] = {
	/* net/bluetooth/hci_sock.h (not UAPI) */
	{ 0, "HCI_CHANNEL_RAW" }, { 1, "HCI_CHANNEL_USER" }, { 2, "HCI_CHANNEL_MONITOR" },
	{ 3, "HCI_CHANNEL_CONTROL" }, { 4, "HCI_CHANNEL_LOGGING" },
	{ 0, NULL }
};

static const struct flag_name bdaddr_types[] = {
	{ 0, "BDADDR_BREDR" }, { 1, "BDADDR_LE_PUBLIC" }, { 2, "BDADDR_LE_RANDOM" },
	{ 0, NULL }
};

/* net/bluetooth/l2cap.h (not UAPI) */
#define L2CAP_PSM_LE_DYN_START 0x0080
#define L2CAP_PSM_LE_DYN_END   0x00ff
#define L2CAP_PSM_DYN_START    0x1001
#define L2CAP_CID_DYN_START    0x0040
static const struct flag_name bluetooth_l2_psms[] = {
	{ 0x0001, "L2CAP_PSM_SDP" }, { 0x0003, "L2CAP_PSM_RFCOMM" }, { 0x0021, "L2CAP_PSM_3DSP" },
	{ 0x0023, "L2CAP_PSM_IPSP" }, { 0x0080, "L2CAP_PSM_LE_DYN_START" },
	{ 0x00ff, "L2CAP_PSM_LE_DYN_END" }, { 0x1001, "L2CAP_PSM_DYN_START" },
	{ 0x10ff, "L2CAP_PSM_AUTO_END" }, { 0xffff, "L2CAP_PSM_DYN_END" },
	{ 0, NULL }
};
static const struct flag_name bluetooth_l2_cids[] = {
	{ 0x0001, "L2CAP_CID_SIGNALING" }, { 0x0002, "L2CAP_CID_CONN_LESS" },
	{ 0x0003, "L2CAP_CID_A2MP" }, { 0x0004, "L2CAP_CID_ATT" },
	{ 0x0005, "L2CAP_CID_LE_SIGNALING" }, { 0x0006, "L2CAP_CID_SMP" },
	{ 0x0007, "L2CAP_CID_SMP_BREDR" }, { 0x0040, "L2CAP_CID_DYN_START" },
	{ 0x007f, "L2CAP_CID_LE_DYN_END" }, { 0xffff, "L2CAP_CID_DYN_END" },
	{ 0, NULL }
};

static const struct flag_name tipc_addr_types[] = {
	X(TIPC_SERVICE_RANGE), X(TIPC_SERVICE_ADDR), X(TIPC_SOCKET_ADDR),
	{ 0, NULL }
};
static const struct flag_name tipc_scopes[] = {
	X(TIPC_ZONE_SCOPE), X(TIPC_CLUSTER_SCOPE), X(TIPC_NODE_SCOPE),
	{ 0, NULL }
};

static const struct flag_name vsock_cids[] = {
	{ (uint32_t)VMADDR_CID_ANY, "VMADDR_CID_ANY" }, X(VMADDR_CID_HYPERVISOR),
	X(VMADDR_CID_LOCAL), X(VMADDR_CID_HOST),
	{ 0, NULL }
};
static const struct flag_name vsock_ports[] = {
	{ (uint32_t)VMADDR_PORT_ANY, "VMADDR_PORT_ANY" },
	{ 0, NULL }
};
static const struct flag_name vsock_flags[] = {
	X(VMADDR_FLAG_TO_HOST),
	{ 0, NULL }
};

static const struct flag_name qrtr_nodes[] = {
	{ (uint32_t)QRTR_NODE_BCAST, "QRTR_NODE_BCAST" },
	{ 0, NULL }
};
static const struct flag_name qrtr_ports[] = {
	{ (uint32_t)QRTR_PORT_CTRL, "QRTR_PORT_CTRL" },
	{ 0, NULL }
};

static const struct flag_name xdp_flags[] = {
	X(XDP_SHARED_UMEM), X(XDP_COPY), X(XDP_ZEROCOPY), X(XDP_USE_NEED_WAKEUP),
	{ 1 << 4, "XDP_USE_SG" } /* linux/if_xdp.h, 6.6 */,
	{ 0, NULL }
};

static const struct flag_name mctp_nets[] = {
	X(MCTP_NET_ANY),
	{ 0, NULL }
};
static const struct flag_name mctp_addrs[] = {
	X(MCTP_ADDR_NULL), X(MCTP_ADDR_ANY),
	{ 0, NULL }
};

/* crypto/algapi flags: strace names none of those a sockaddr carries */
static const struct flag_name alg_flags[] = {
	{ 0, NULL }
};

#undef X

/* the name of a UNIX socket: a path, or @"abstract" */
static void sa_unix(struct emit *e, const uint8_t *sa, int len)
{
	const uint8_t *path = sa + 2;
	int plen = (len > 110 ? 110 : len) - 2;
	if (path[0]) {
		int n = 0;
		while (n < plen && path[n])
			n++;
		emit_str(e, "sun_path", path, n, 0);
	} else {
		emit_str(e, "sun_path", path + 1, plen - 1, EMIT_STR_ABSTRACT);
	}
}

static void sa_inet(struct emit *e, const uint8_t *sa, int len)
{
	emit_net_port(e, "sin_port", sa + 2);
	emit_inet_addr(e, "sin_addr", AF_INET, sa + 4);
}

static void sa_inet6(struct emit *e, const uint8_t *sa, int len)
{
	const uint8_t *a = sa + 8;
	char dec[32];
	emit_net_port(e, "sin6_port", sa + 2);
	snprintf(dec, sizeof(dec), "htonl(%u)", ntohl(get32(sa + 4)));
	emit_styled(e, "sin6_flowinfo", sa + 4, 4, dec);
	emit_inet_addr(e, "sin6_addr", AF_INET6, a);
	if (len <= 24)
		return;
	bool linklocal = (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) ||
			 (a[0] == 0xff && (a[1] & 0x0f) == 0x2);
	if (linklocal)
		emit_ifindex(e, "sin6_scope_id", get32(sa + 24));
	else
		emit_uint(e, "sin6_scope_id", get32(sa + 24));
}

/* ---- AX.25: callsigns shifted left by one, "VALID-13" */

/* how a callsign can print: 0 as -X says, else forced verbose or raw */
static int ax25_style(const uint8_t *call)
{
	int ret = -1;
	bool space_seen = false, char_seen = false;
	for (int k = 0; k < 6; k++) {
		unsigned ch = call[k];
		if (ch & 1)
			ret = XLAT_VERBOSE;
		ch >>= 1;
		if (ch == ' ')
			space_seen = true;
		else
			char_seen = true;
		if ((ch < '0' || ch > '9') && (ch < 'A' || ch > 'Z') && ch != ' ')
			ret = XLAT_VERBOSE;
		if (ch != ' ' && space_seen)
			ret = XLAT_VERBOSE;
		if (ch < ' ' || ch > 0x7e || ch == '*' || ch == '/')
			return XLAT_RAW;
	}
	if (call[6] & ~0x1e)
		ret = XLAT_VERBOSE;
	if (!char_seen && call[6])
		ret = XLAT_VERBOSE;
	return ret;
}

static size_t ax25_append(char *buf, size_t size, size_t len, const uint8_t *call)
{
	int xs = ax25_style(call);
	if (xs < 0)
		xs = xstyle();
	if (xs != XLAT_ABBREV) {
		len = str_append(buf, size, len, "{ax25_call=");
		len = hexstr_append(buf, size, len, call, 7);
		len = str_append(buf, size, len, "}");
	}
	if (xs == XLAT_RAW)
		return len;
	char s[16];
	size_t n = 0, end;
	for (end = 6; end; end--)
		if ((call[end - 1] >> 1) != ' ')
			break;
	for (size_t k = 0; k < end; k++)
		s[n++] = (char)(call[k] >> 1);
	s[n++] = '-';
	unsigned ssid = (call[6] >> 1) & 0xf;
	if (ssid > 9) {
		s[n++] = '1';
		ssid -= 10;
	}
	s[n++] = (char)('0' + ssid);
	s[n] = '\0';
	const char *str = (s[0] == '-' && s[1] == '0') ? "*" : s;
	if (xs == XLAT_VERBOSE) {
		len = str_append(buf, size, len, " /* ");
		len = str_append(buf, size, len, str);
		return str_append(buf, size, len, " */");
	}
	return str_append(buf, size, len, str);
}

static void emit_ax25(struct emit *e, const char *key, const uint8_t *call)
{
	char buf[128];
	ax25_append(buf, sizeof(buf), 0, call);
	emit_sym(e, key, buf);
}

#define AX25_SA_LEN   16   /* struct sockaddr_ax25 */
#define AX25_DIGI_LEN 7
#define AX25_MAX_DIGIS 8

static void sa_ax25(struct emit *e, const uint8_t *sa, int len)
{
	size_t ulen = len > 0 ? (size_t)len : 0;
	int32_t ndigis = (int32_t)get32(sa + 12);
	bool full = ndigis || ulen > AX25_SA_LEN;
	if (full)
		emit_begin_struct(e, "fsa_ax25");
	emit_ax25(e, "sax25_call", sa + 2);
	emit_int(e, "sax25_ndigis", ndigis);
	if (!full)
		return;
	emit_end_struct(e);
	size_t has = (ulen - AX25_SA_LEN) / AX25_DIGI_LEN;
	if (has > AX25_MAX_DIGIS)
		has = AX25_MAX_DIGIS;
	size_t want = ndigis > 0 ? (size_t)ndigis : 0;
	if (want > AX25_MAX_DIGIS)
		want = AX25_MAX_DIGIS;
	if (want) {
		emit_begin_array(e, "fsa_digipeater");
		for (size_t k = 0; k < want && k < has; k++)
			emit_ax25(e, NULL, sa + AX25_SA_LEN + k * AX25_DIGI_LEN);
		if (want > has)
			emit_more(e);
		emit_end_array(e);
	}
	if (ulen > has * AX25_DIGI_LEN + AX25_SA_LEN)
		emit_more(e);
}

static void sa_ipx(struct emit *e, const uint8_t *sa, int len)
{
	char buf[32];
	emit_net_port(e, "sipx_port", sa + 2);
	snprintf(buf, sizeof(buf), "htonl(%#x)", ntohl(get32(sa + 4)));
	emit_sym(e, "sipx_network", buf);
	emit_begin_array(e, "sipx_node");
	for (int k = 0; k < 6; k++)
		emit_0x(e, NULL, sa[8 + k], 1);
	emit_end_array(e);
	emit_0x(e, "sipx_type", sa[14], 1);
	if (sa[15])
		emit_hex(e, "sipx_zero", sa[15]);
}

/* a NUL-terminated string in a fixed array: "abc", or "abcde"... when full */
static void emit_cstring(struct emit *e, const char *key, const uint8_t *s, size_t size)
{
	size_t n = 0;
	while (n < size && s[n])
		n++;
	if (n == size)
		emit_str(e, key, s, size - 1, EMIT_STR_TRUNC);
	else
		emit_str(e, key, s, n, 0);
}

static void sa_x25(struct emit *e, const uint8_t *sa, int len)
{
	emit_begin_struct(e, "sx25_addr");
	emit_cstring(e, "x25_addr", sa + 2, 16);
	emit_end_struct(e);
}

static void sa_netlink(struct emit *e, const uint8_t *sa, int len)
{
	char buf[32];
	if (get16(sa + 2))
		emit_hex(e, "nl_pad", get16(sa + 2));
	emit_int(e, "nl_pid", (int32_t)get32(sa + 4));
	snprintf(buf, sizeof(buf), "%#08x", get32(sa + 8));
	emit_sym(e, "nl_groups", buf);
}

static void sa_packet(struct emit *e, const uint8_t *sa, int len)
{
	char dec[96];
	size_t n = str_append(dec, sizeof(dec), 0, "htons(");
	uint16_t proto = ntohs(get16(sa + 2));
	const char *name = lookup_value(ethernet_protocols, proto);
	if (name) {
		n = str_append(dec, sizeof(dec), n, name);
	} else {
		n = hex_append(dec, sizeof(dec), n, proto);
		n = str_append(dec, sizeof(dec), n, " /* ETH_P_??? */");
	}
	str_append(dec, sizeof(dec), n, ")");
	emit_styled(e, "sll_protocol", sa + 2, 2, dec);
	emit_ifindex(e, "sll_ifindex", get32(sa + 4));
	emit_xval(e, "sll_hatype", arp_hardware_types, get16(sa + 8), "ARPHRD_???");
	emit_xval(e, "sll_pkttype", af_packet_types, sa[10], "PACKET_???");
	unsigned halen = sa[11];
	emit_uint(e, "sll_halen", halen);
	if (!halen)
		return;
	unsigned oob = (unsigned)(len - 12);
	emit_begin_array(e, "sll_addr");
	for (unsigned k = 0; k < halen; k++) {
		if (k >= oob) {
			emit_more(e);
			break;
		}
		emit_0x(e, NULL, sa[12 + k], 1);
	}
	emit_end_array(e);
}

static void sa_tipc(struct emit *e, const uint8_t *sa, int len)
{
	char buf[96];
	unsigned type = sa[2];
	int scope = (int8_t)sa[3];
	emit_xval(e, "addrtype", tipc_addr_types, type, "TIPC_ADDR_???");
	size_t n = 0;
	buf[0] = '\0';
	if (scope < 0) {
		n = str_append(buf, sizeof(buf), n, "-");
		scope = -scope;
	}
	xval_append(buf, sizeof(buf), n, tipc_scopes, (unsigned)scope, "TIPC_???_SCOPE");
	emit_sym(e, "scope", buf);
	const uint8_t *a = sa + 4;
	switch (type) {
	case TIPC_SERVICE_RANGE:
		emit_begin_struct(e, "addr");
		emit_begin_struct(e, "nameseq");
		emit_uint(e, "type", get32(a));
		emit_uint(e, "lower", get32(a + 4));
		emit_uint(e, "upper", get32(a + 8));
		emit_end_struct(e);
		emit_end_struct(e);
		break;
	case TIPC_SERVICE_ADDR:
		emit_begin_struct(e, "addr");
		emit_begin_struct(e, "name");
		emit_begin_struct(e, "name");
		emit_uint(e, "type", get32(a));
		emit_uint(e, "instance", get32(a + 4));
		emit_end_struct(e);
		emit_hex(e, "domain", get32(a + 8));
		emit_end_struct(e);
		emit_end_struct(e);
		break;
	case TIPC_SOCKET_ADDR:
		emit_begin_struct(e, "addr");
		emit_begin_struct(e, "id");
		emit_uint(e, "ref", get32(a));
		emit_hex(e, "node", get32(a + 4));
		emit_end_struct(e);
		emit_end_struct(e);
		break;
	default:
		emit_str(e, "addr", a, 12, 0);
	}
}

/* ---- Bluetooth: the address length tells which protocol's */

static void emit_bt_l2(struct emit *e, const char *key, uint16_t v, const struct flag_name *tab,
		       bool psm)
{
	char buf[160];
	const char *name = lookup_value(tab, v);
	const char *what = psm ? "L2CAP_PSM_???" : "L2CAP_CID_???";
	unsigned base = 0;
	if (!name && psm && v >= L2CAP_PSM_LE_DYN_START && v <= L2CAP_PSM_LE_DYN_END)
		base = L2CAP_PSM_LE_DYN_START;
	else if (!name && psm && v >= L2CAP_PSM_DYN_START)
		base = L2CAP_PSM_DYN_START;
	else if (!name && !psm && v >= L2CAP_CID_DYN_START)
		base = L2CAP_CID_DYN_START;
	bool known = name || base;
	size_t n = str_append(buf, sizeof(buf), 0, "htobs(");
	if (xstyle() != XLAT_ABBREV || !known)
		n = hex_append(buf, sizeof(buf), n, v);
	if (xstyle() != XLAT_RAW) {
		bool comment = xstyle() == XLAT_VERBOSE || !known;
		if (comment)
			n = str_append(buf, sizeof(buf), n, " /* ");
		if (name) {
			n = str_append(buf, sizeof(buf), n, name);
		} else if (base) {
			char tmp[16];
			n = xval_append(buf, sizeof(buf), n, tab, base, NULL);
			snprintf(tmp, sizeof(tmp), "+%u", v - base);
			n = str_append(buf, sizeof(buf), n, tmp);
		} else {
			n = str_append(buf, sizeof(buf), n, what);
		}
		if (comment)
			n = str_append(buf, sizeof(buf), n, " */");
	}
	str_append(buf, sizeof(buf), n, ")");
	emit_sym(e, key, buf);
}

static void sa_raw(struct emit *e, const uint8_t *sa, int len)
{
	emit_str(e, "sa_data", sa + 2, (size_t)(len - 2), 0);
}

static void sa_bluetooth(struct emit *e, const uint8_t *sa, int len)
{
	char buf[32];
	switch (len) {
	case 4: case 6:     /* sockaddr_hci, without or with hci_channel */
		snprintf(buf, sizeof(buf), "htobs(%u)", le16toh(get16(sa + 2)));
		emit_sym(e, "hci_dev", buf);
		if (len == 6)
			emit_xval(e, "hci_channel", hci_channels, get16(sa + 4), "HCI_CHANNEL_???");
		break;
	case 8:             /* sockaddr_sco */
		emit_mac_addr(e, "sco_bdaddr", sa + 2, 6, 6);
		break;
	case 10:            /* sockaddr_rc */
		emit_mac_addr(e, "rc_bdaddr", sa + 2, 6, 6);
		emit_uint(e, "rc_channel", sa[8]);
		break;
	case 12: case 14:   /* sockaddr_l2, without or with l2_bdaddr_type */
		emit_bt_l2(e, "l2_psm", le16toh(get16(sa + 2)), bluetooth_l2_psms, true);
		emit_mac_addr(e, "l2_bdaddr", sa + 4, 6, 6);
		emit_bt_l2(e, "l2_cid", le16toh(get16(sa + 10)), bluetooth_l2_cids, false);
		if (len == 14)
			emit_xval(e, "l2_bdaddr_type", bdaddr_types, sa[12], "BDADDR_???");
		break;
	default:
		sa_raw(e, sa, len);
	}
}

static void sa_vsock(struct emit *e, const uint8_t *sa, int len)
{
	if (get16(sa + 2))
		emit_hex(e, "svm_reserved1", get16(sa + 2));
	emit_xval(e, "svm_cid", vsock_cids, get32(sa + 8), NULL);
	emit_xval(e, "svm_port", vsock_ports, get32(sa + 4), NULL);
	emit_flags(e, "svm_flags", vsock_flags, sa[12], "VMADDR_FLAG_???");
	if (sa[13] || sa[14] || sa[15])
		emit_hexstr(e, "svm_zero", sa + 13, 3);
}

static void sa_qrtr(struct emit *e, const uint8_t *sa, int len)
{
	emit_xval(e, "sq_node", qrtr_nodes, get32(sa + 4), NULL);
	emit_xval(e, "sq_port", qrtr_ports, get32(sa + 8), NULL);
}

static void sa_xdp(struct emit *e, const uint8_t *sa, int len)
{
	uint16_t flags = get16(sa + 2);
	emit_flags(e, "sxdp_flags", xdp_flags, flags, "XDP_???");
	emit_ifindex(e, "sxdp_ifindex", get32(sa + 4));
	emit_uint(e, "sxdp_queue_id", get32(sa + 8));
	uint32_t fd = get32(sa + 12);
	if (flags & XDP_SHARED_UMEM)
		emit_int(e, "sxdp_shared_umem_fd", (int32_t)fd);
	else if (fd)
		emit_hex(e, "sxdp_shared_umem_fd", fd);
}

static void sa_mctp(struct emit *e, const uint8_t *sa, int len)
{
	if (get16(sa + 2))
		emit_hex(e, "__smctp_pad0", get16(sa + 2));
	emit_xval(e, "smctp_network", mctp_nets, get32(sa + 4), NULL);
	emit_begin_struct(e, "smctp_addr");
	emit_xval(e, "s_addr", mctp_addrs, sa[8], NULL);
	emit_end_struct(e);
	emit_hex(e, "smctp_type", sa[9]);
	emit_hex(e, "smctp_tag", sa[10]);
	if (sa[11])
		emit_hex(e, "__smctp_pad1", sa[11]);
}

/* a string in a fixed array that should end with a NUL */
static void emit_fixed_cstr(struct emit *e, const char *key, const uint8_t *s, size_t size)
{
	size_t n = 0;
	while (n < size && s[n])
		n++;
	emit_str(e, key, s, n, n == size ? EMIT_STR_TRUNC : 0);
}

/* crypto flags: strace prints the number, and the names as a comment */
static void emit_alg_flags(struct emit *e, const char *key, uint32_t v)
{
	char buf[FLAGS_BUF];
	if (!v || xstyle() == XLAT_RAW) {
		emit_hex(e, key, v);
		return;
	}
	size_t n = hex_append(buf, sizeof(buf), 0, v);
	n = str_append(buf, sizeof(buf), n, " /* ");
	n = flags_append(buf, sizeof(buf), n, alg_flags, v, NULL);
	if (!alg_flags[0].name)   /* no name known: strace's ??? text */
		n = hex_append(buf, sizeof(buf), 0, v), n = str_append(buf, sizeof(buf), n, " /* CRYPTO_ALG_???");
	str_append(buf, sizeof(buf), n, " */");
	emit_sym(e, key, buf);
}

static void sa_alg(struct emit *e, const uint8_t *sa, int len)
{
	emit_fixed_cstr(e, "salg_type", sa + 2, 14);
	emit_alg_flags(e, "salg_feat", get32(sa + 16));
	emit_alg_flags(e, "salg_mask", get32(sa + 20));
	emit_fixed_cstr(e, "salg_name", sa + 24, (size_t)(len - 24));
}


/* strace's PRINT_FIELD_XVAL_VERBOSE: the number, and the name as a comment */
static void emit_xval_num(struct emit *e, const char *key, const struct flag_name *tab,
			  uint64_t v, const char *dflt)
{
	char buf[128];
	const char *name = lookup_value(tab, v);
	size_t n = hex_append(buf, sizeof(buf), 0, v);
	if (xstyle() != XLAT_RAW && (name || dflt)) {
		n = str_append(buf, sizeof(buf), n, " /* ");
		n = str_append(buf, sizeof(buf), n, name ? name : dflt);
		str_append(buf, sizeof(buf), n, " */");
	}
	emit_sym(e, key, buf);
}

static const struct flag_name ieee802154_addr_types[] = {
	{ 0, "IEEE802154_ADDR_NONE" }, { 2, "IEEE802154_ADDR_SHORT" },
	{ 3, "IEEE802154_ADDR_LONG" },
	{ 0, NULL }
};
static const struct flag_name ieee802154_pan_ids[] = {
	{ 0xffff, "IEEE802154_PANID_BROADCAST" },
	{ 0, NULL }
};
static const struct flag_name ieee802154_addrs[] = {
	{ 0xfffe, "IEEE802154_ADDR_UNDEF" }, { 0xffff, "IEEE802154_ADDR_BROADCAST" },
	{ 0, NULL }
};

/* net/ieee802154 (not UAPI): { family; { int addr_type; u16 pan_id; addr } } */
static void sa_ieee802154(struct emit *e, const uint8_t *sa, int len)
{
	int32_t type = (int32_t)get32(sa + 4);
	emit_begin_struct(e, "addr");
	emit_xval_num(e, "addr_type", ieee802154_addr_types, (uint32_t)type, "IEEE802154_ADDR_???");
	emit_xval_num(e, "pan_id", ieee802154_pan_ids, get16(sa + 8), NULL);
	switch (type) {
	case 0:
		break;
	case 2:
		emit_xval_num(e, "short_addr", ieee802154_addrs, get16(sa + 10), NULL);
		break;
	default:
		emit_mac_addr(e, "hwaddr", sa + 10, 8, 8);
	}
	emit_end_struct(e);
}

static const struct flag_name nfc_protocols[] = {
	{ NFC_PROTO_JEWEL, "NFC_PROTO_JEWEL" }, { NFC_PROTO_MIFARE, "NFC_PROTO_MIFARE" },
	{ NFC_PROTO_FELICA, "NFC_PROTO_FELICA" }, { NFC_PROTO_ISO14443, "NFC_PROTO_ISO14443" },
	{ NFC_PROTO_NFC_DEP, "NFC_PROTO_NFC_DEP" }, { NFC_PROTO_ISO14443_B, "NFC_PROTO_ISO14443_B" },
	{ NFC_PROTO_ISO15693, "NFC_PROTO_ISO15693" },
	{ 0, NULL }
};
static const struct flag_name nfc_saps[] = {
	{ 0, NULL }
};

#define NFC_LLCP_SA_LEN 88   /* struct sockaddr_nfc_llcp on a 64-bit kernel */

static void sa_nfc(struct emit *e, const uint8_t *sa, int len)
{
	emit_ifindex(e, "dev_idx", get32(sa + 4));
	emit_hex(e, "target_idx", get32(sa + 8));
	emit_xval(e, "nfc_protocol", nfc_protocols, get32(sa + 12), "NFC_PROTO_???");
	if (len < NFC_LLCP_SA_LEN) {
		if (len > 16)
			emit_more(e);
		return;
	}
	uint64_t snsz;
	memcpy(&snsz, sa + 80, 8);
	emit_xval_num(e, "dsap", nfc_saps, sa[16], NULL);
	emit_xval_num(e, "ssap", nfc_saps, sa[17], NULL);
	emit_str(e, "service_name", sa + 18, snsz < 63 ? (size_t)snsz : 63, 0);
	emit_uint(e, "service_name_len", snsz);
}

static const struct flag_name rxrpc_services[] = {
	{ 1, "CM_SERVICE" }, { 2500, "YFS_CM_SERVICE" },
	{ 0, NULL }
};

static void sa_inet6(struct emit *e, const uint8_t *sa, int len);

/* { family; u16 service, transport_type, transport_len; a sockaddr_in/in6 } */
static void sa_rxrpc(struct emit *e, const uint8_t *sa, int len)
{
	unsigned tlen_field = get16(sa + 6);
	int tlen = (int)tlen_field < len - 8 ? (int)tlen_field : len - 8;
	int rest = tlen - 2 > 0 ? tlen - 2 : 0;
	const uint8_t *t = sa + 8;
	uint16_t family = get16(t);
	emit_xval_num(e, "srx_service", rxrpc_services, get16(sa + 2), "???_SERVICE");
	emit_xval(e, "transport_type", socket_types, get16(sa + 4), "SOCK_???");
	emit_uint(e, "transport_len", tlen_field);
	emit_begin_struct(e, "transport");
	if (family == AF_INET || family == AF_INET6) {
		bool v4 = family == AF_INET;
		emit_begin_struct(e, v4 ? "sin" : "sin6");
		emit_xval(e, v4 ? "sin_family" : "sin6_family", address_families, family, "AF_???");
		if (tlen_field >= (v4 ? 16u : 24u)) {
			if (v4)
				sa_inet(e, t, tlen);
			else
				sa_inet6(e, t, tlen);
		} else if (rest > 0) {
			emit_str(e, NULL, t + 2, (size_t)rest, 0);
		}
		emit_end_struct(e);
	} else {
		emit_xval(e, "family", address_families, family, "AF_???");
		if (rest > 0)
			emit_str(e, NULL, t + 2, (size_t)rest, 0);
	}
	emit_end_struct(e);
}

typedef void (*sa_printer)(struct emit *, const uint8_t *, int);
static const struct {
	sa_printer print;
	int min_len;
} sa_printers[] = {
	[AF_UNIX]      = { sa_unix, 3 },
	[AF_INET]      = { sa_inet, 16 },
	[AF_AX25]      = { sa_ax25, AX25_SA_LEN },
	[AF_IPX]       = { sa_ipx, 16 },
	[AF_X25]       = { sa_x25, 18 },
	[AF_INET6]     = { sa_inet6, 24 },
	[AF_NETLINK]   = { sa_netlink, 12 },
	[AF_PACKET]    = { sa_packet, 20 },
	[AF_TIPC]      = { sa_tipc, 16 },
	[AF_BLUETOOTH] = { sa_bluetooth, 3 },
	[AF_ALG]       = { sa_alg, 25 },
	[AF_VSOCK]     = { sa_vsock, 16 },
	[AF_QIPCRTR]   = { sa_qrtr, 12 },
	[AF_XDP]       = { sa_xdp, 16 },
	[AF_MCTP]      = { sa_mctp, 12 },
	[AF_IEEE802154] = { sa_ieee802154, 20 },
	[AF_NFC]       = { sa_nfc, 16 },
	[AF_RXRPC]     = { sa_rxrpc, 36 },
};

void emit_sockaddr(struct emit *e, const char *key, const uint8_t *given, size_t len)
{
	/* as strace does: the bytes given (at most a sockaddr_storage),
	 * zero-padded past them, for printers that read fixed offsets */
	uint8_t sa[128 + 1] = { 0 };
	if (len > 128)
		len = 128;
	memcpy(sa, given, len);
	uint16_t family = get16(sa);
	emit_begin_struct(e, key);
	emit_xval(e, "sa_family", address_families, family, "AF_???");
	if (len > 2) {
		if (family < sizeof(sa_printers) / sizeof(sa_printers[0]) &&
		    sa_printers[family].print && (int)len >= sa_printers[family].min_len)
			sa_printers[family].print(e, sa, (int)len);
		else
			sa_raw(e, sa, (int)len);
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
	if (!p || li < 0 || !arg_u64(c, li) || !call_ok(c) || !r || !call_verbose(c) ||
	    !socklen_pair(c, li, &in, &out, &have_in)) {
		emit_ptr(e, key, p);
		return;
	}
	int32_t len = in > out ? out : in;
	if (len < 2) {          /* strace's decode_sockaddr: too short for a family */
		emit_ptr(e, key, p);
		return;
	}
	if (len > 128)
		len = 128;      /* strace reads at most a sockaddr_storage */
	if ((size_t)len > r->b->len) {
		emit_ptr(e, key, p);   /* partly unreadable: strace prints the address */
		return;
	}
	emit_sockaddr(e, key, r->data, (size_t)len);
}

void dec_socklen_inout(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	int ai = fmt_find_arg(c, A_SOCKADDR_OUT);
	int32_t in = 0, out;
	bool have_in;
	const struct blob_ref *n = call_blob(c, i);
	if (!p || (ai >= 0 && ai < i && !arg_u64(c, ai)) || !n || n->b->len < 4 ||
	    !call_verbose(c)) {
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

