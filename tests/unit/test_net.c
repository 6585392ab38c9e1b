/*
 * The network and poll decoders (decode_net.c, decode_sockopt.c,
 * decode_poll.c) against strace 7.2: the expected lines are strace 7.2's
 * output for programs making the same calls (-e trace=..., -X raw/verbose).
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"

/* ------------------------------------------------------- socket options */

/* lines from strace 7.2 (-e trace=setsockopt,getsockopt) of the same calls */
TEST(net_setsockopt)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t v[136] = { 0 };

	memcpy(v, "lo\0", 3);
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 25, 0x10000000, 3);
	blob(r, 3, SCT_CAP_BUF_IN, 0, v, 3);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, SO_BINDTODEVICE, \"lo\\0\", 3");
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 25, 0x10000000, 40);
	blob(r, 3, SCT_CAP_BUF_IN, 0, v, 40);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, SO_BINDTODEVICE, \"lo\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"
		    "\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"..., 40");

	int32_t lg[3] = { 1, 5, 0 };
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 13, 0x10000000, 4);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 4);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, SO_LINGER, 0x10000000, 4");
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 13, 0x10000000, 12);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 12);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 12");
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 2, 0x10000000, 3);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 3);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, SO_REUSEADDR, 0x10000000, 3");
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 2, 0x10000000, 5);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 5);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, SO_REUSEADDR, [1], 5");
	r = REC(&b, __NR_setsockopt, E(9), -1, 6, 1, 0x10000000, 5);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 5);
	CHECK_STREQ(dec(r), "-1, SOL_TCP, TCP_NODELAY, \"\\1\\0\\0\\0\\5\", 5");
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 200, 0x10000000, 4);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 4);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, 0xc8 /* SO_??? */, [1], 4");
	r = REC(&b, __NR_setsockopt, E(9), -1, 999, 5, 0x10000000, 4);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 4);
	CHECK_STREQ(dec(r), "-1, 0x3e7 /* SOL_?? */, 5, [1], 4");
	r = REC(&b, __NR_setsockopt, E(9), -1, 0, 64, 0x10000000, 4);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 4);
	CHECK_STREQ(dec(r), "-1, SOL_IP, IPT_SO_SET_REPLACE, [1], 4");
	r = REC(&b, __NR_setsockopt, E(9), -1, 40, 0, 0x10000000, 8);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 8);
	CHECK_STREQ(dec(r), "-1, AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE, \"\\1\\0\\0\\0\\5\\0\\0\\0\", 8");
	r = REC(&b, __NR_setsockopt, E(9), -1, 270, 1, 0x10000000, 3);
	blob(r, 3, SCT_CAP_BUF_IN, 0, lg, 3);
	CHECK_STREQ(dec(r), "-1, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, 0x10000000, 3");

	/* ICMP_FILTER: a set of types, complemented when mostly full */
	uint32_t f = 1u << 20 | 1;
	r = REC(&b, __NR_setsockopt, E(9), -1, 255, 1, 0x10000000, 4);
	blob(r, 3, SCT_CAP_BUF_IN, 0, &f, 4);
	CHECK_STREQ(dec(r), "-1, SOL_RAW, ICMP_FILTER, [ICMP_ECHOREPLY 0x14 /* ICMP_??? */], 4");
	f = ~f;
	r = REC(&b, __NR_setsockopt, E(9), -1, 255, 1, 0x10000000, 2);
	blob(r, 3, SCT_CAP_BUF_IN, 0, &f, 2);
	CHECK_STREQ(dec(r), "-1, SOL_RAW, ICMP_FILTER, ~[ICMP_ECHOREPLY], 2");
	r = REC(&b, __NR_setsockopt, E(9), -1, 255, 1, 0x10000000, -2);
	CHECK_STREQ(dec(r), "-1, SOL_RAW, ICMP_FILTER, 0x10000000, -2");

	/* multicast requests */
	uint8_t mr[8] = { 224, 0, 0, 1, 127, 0, 0, 1 };
	r = REC(&b, __NR_setsockopt, E(9), -1, 0, 35, 0x10000000, 8);
	blob(r, 3, SCT_CAP_BUF_IN, 0, mr, 8);
	CHECK_STREQ(dec(r), "-1, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr(\"224.0.0.1\"), "
		    "imr_interface=inet_addr(\"127.0.0.1\")}, 8");
	uint8_t m6[20] = { 0xff, 2 };
	m6[15] = 1;
	m6[16] = 0x39;
	m6[17] = 0x30;   /* 12345: no such interface */
	r = REC(&b, __NR_setsockopt, E(9), -1, 41, 27, 0x10000000, 20);
	blob(r, 3, SCT_CAP_BUF_IN, 0, m6, 20);
	CHECK_STREQ(dec(r), "-1, SOL_IPV6, IPV6_JOIN_ANYCAST, {inet_pton(AF_INET6, \"ff02::1\", "
		    "&ipv6mr_multiaddr), ipv6mr_interface=12345}, 20");
	memset(v, 0, sizeof(v));
	v[0] = 0x39;
	v[1] = 0x30;
	uint8_t sin[8] = { 2, 0, 0, 80, 224, 0, 0, 1 };
	memcpy(v + 8, sin, 8);
	r = REC(&b, __NR_setsockopt, E(9), -1, 0, 42, 0x10000000, 136);
	blob(r, 3, SCT_CAP_BUF_IN, 0, v, 136);
	CHECK_STREQ(dec(r), "-1, SOL_IP, MCAST_JOIN_GROUP, {gr_interface=12345, gr_group={sa_family=AF_INET, "
		    "sin_port=htons(80), sin_addr=inet_addr(\"224.0.0.1\")}}, 136");

	/* AF_PACKET */
	uint8_t pm[16] = { 0, 0, 0, 0, 0xff, 0xff, 9, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	r = REC(&b, __NR_setsockopt, E(9), -1, 263, 1, 0x10000000, 16);
	blob(r, 3, SCT_CAP_BUF_IN, 0, pm, 16);
	CHECK_STREQ(dec(r), "-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, {mr_ifindex=0, mr_type=0xffff /* PACKET_MR_??? */, "
		    "mr_alen=9, mr_address=ff:ff:ff:ff:ff:ff:ff:ff}, 16");
	uint8_t req[16];
	memset(req, 0xff, sizeof(req));
	r = REC(&b, __NR_setsockopt, E(9), -1, 263, 5, 0x10000000, 16);
	blob(r, 3, SCT_CAP_BUF_IN, 0, req, 16);
	CHECK_STREQ(dec(r), "-1, SOL_PACKET, PACKET_RX_RING, {tp_block_size=4294967295, tp_block_nr=4294967295, "
		    "tp_frame_size=4294967295, tp_frame_nr=4294967295}, 16");
	r = REC(&b, __NR_setsockopt, E(9), -1, 263, 5, 0x10000000, 17);
	blob(r, 3, SCT_CAP_BUF_IN, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "-1, SOL_PACKET, PACKET_RX_RING, 0x10000000, 17");
	r = REC(&b, __NR_setsockopt, E(9), -1, 263, 0xffffffff, 0, 0);
	CHECK_STREQ(dec(r), "-1, SOL_PACKET, 0xffffffff /* PACKET_??? */, NULL, 0");

	/* sock_fprog: the filter array is not followed */
	uint64_t fp[2] = { 3, 0x10000800 };
	r = REC(&b, __NR_setsockopt, E(9), -1, 1, 26, 0x10000000, 16);
	blob(r, 3, SCT_CAP_BUF_IN, 0, fp, 16);
	CHECK_STREQ(dec(r), "-1, SOL_SOCKET, SO_ATTACH_FILTER, {len=3, filter=0x10000800}, 16");
}

/* getsockopt: optlen as given at entry and as the call left it */
static const char *getsockopt_line(int64_t ret, unsigned level, unsigned name, const void *val,
				   uint32_t vlen, int32_t ulen, int32_t rlen)
{
	static struct recbuf b, eb;
	struct sct_syscall *en = ENTER(&eb, __NR_getsockopt, 3, level, name, 0x10000000, 0x10000100);
	blob(en, 4, SCT_CAP_STRUCT_IN, 0, &ulen, 4);
	struct sct_syscall *r = REC(&b, __NR_getsockopt, ret, 3, level, name, 0x10000000, 0x10000100);
	if (ret >= 0)
		blob(r, 3, SCT_CAP_STRUCT_OUT, 0, val, vlen);
	blob(r, 4, SCT_CAP_STRUCT_IN, 0, ret >= 0 ? &rlen : &ulen, 4);
	return dec_range(r, en, 32, 0, -1);
}

TEST(net_getsockopt)
{
	int32_t one = 1, ttl = 64, err = 111, zero = 0;
	int32_t cred[3] = { 0, -1, -1 };
	CHECK_STREQ(getsockopt_line(0, 1, 3, &one, 4, 4, 4), "3, SOL_SOCKET, SO_TYPE, [1], [4]");
	CHECK_STREQ(getsockopt_line(0, 1, 3, &one, 4, 8, 4), "3, SOL_SOCKET, SO_TYPE, [1], [8 => 4]");
	CHECK_STREQ(getsockopt_line(0, 1, 3, &one, 4, 2, 2), "3, SOL_SOCKET, SO_TYPE, \"\\1\\0\", [2]");
	CHECK_STREQ(getsockopt_line(0, 0, 2, &ttl, 4, 4, 4), "3, SOL_IP, IP_TTL, [64], [4]");
	CHECK_STREQ(getsockopt_line(0, 1, 4, &err, 4, 4, 4), "3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4]");
	CHECK_STREQ(getsockopt_line(0, 1, 4, &err, 4, 5, 4), "3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [5 => 4]");
	CHECK_STREQ(getsockopt_line(0, 1, 4, &err, 4, 3, 3), "3, SOL_SOCKET, SO_ERROR, \"\\x6f\\x00\\x00\", [3]");
	CHECK_STREQ(getsockopt_line(0, 1, 4, &zero, 4, 0, 0), "3, SOL_SOCKET, SO_ERROR, 0x10000000, [0]");
	CHECK_STREQ(getsockopt_line(0, 1, 13, &zero, 4, 4, 4), "3, SOL_SOCKET, SO_LINGER, {l_onoff=0}, [4]");
	CHECK_STREQ(getsockopt_line(0, 1, 17, cred, 12, 12, 12),
		    "3, SOL_SOCKET, SO_PEERCRED, {pid=0, uid=-1, gid=-1}, [12]");
	CHECK_STREQ(getsockopt_line(0, 1, 17, cred, 12, 11, 11),
		    "3, SOL_SOCKET, SO_PEERCRED, \"\\x00\\x00\\x00\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\", [11]");
	CHECK_STREQ(getsockopt_line(0, 1, 25, &zero, 4, 16, 0), "3, SOL_SOCKET, SO_BINDTODEVICE, 0x10000000, [16 => 0]");
	CHECK_STREQ(getsockopt_line(0, 1, 26, &zero, 4, 4096, 0), "3, SOL_SOCKET, SO_GET_FILTER, 0x10000000, [4096 => 0]");
	CHECK_STREQ(getsockopt_line(0, 255, 1, &zero, 4, 4, 4), "3, SOL_RAW, ICMP_FILTER, [], [4]");
	CHECK_STREQ(getsockopt_line(E(9), 263, 6, NULL, 0, 12, 12),
		    "3, SOL_PACKET, PACKET_STATISTICS, 0x10000000, [12]");
	CHECK_STREQ(getsockopt_line(0, 270, 3, &zero, 4, 4, 4), "3, SOL_NETLINK, NETLINK_PKTINFO, [0], [4]");

	struct recbuf b;
	struct sct_syscall *r = REC(&b, __NR_getsockopt, E(14), 3, 1, 3, 0x10000000, 0);
	CHECK_STREQ(dec(r), "3, SOL_SOCKET, SO_TYPE, 0x10000000, NULL");
}

/* -X raw / verbose */
TEST(net_xlat_styles)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t pm[16] = { 0, 0, 0, 0, 1, 0, 6, 0, 1, 2, 3, 4, 5, 6, 7, 8 };
	uint8_t sin[16] = { 2, 0, 0, 80, 127, 0, 0, 1 };
	uint32_t f = 1u << 20 | 1;

	decode_opts.xlat = XLAT_RAW;
	r = REC(&b, __NR_setsockopt, E(9), -1, 263, 1, 0x10000000, 16);
	blob(r, 3, SCT_CAP_BUF_IN, 0, pm, 16);
	CHECK_STREQ(dec(r), "-1, 0x107, 0x1, {mr_ifindex=0, mr_type=0x1, mr_alen=6, "
		    "mr_address=\"\\x01\\x02\\x03\\x04\\x05\\x06\"}, 16");
	r = REC(&b, __NR_setsockopt, E(9), -1, 255, 1, 0x10000000, 4);
	blob(r, 3, SCT_CAP_BUF_IN, 0, &f, 4);
	CHECK_STREQ(dec(r), "-1, 0xff, 0x1, [0 0x14], 4");
	r = REC(&b, __NR_connect, E(9), -1, 0x5555, 16);
	blob(r, 1, SCT_CAP_SOCKADDR_IN, 0, sin, 16);
	CHECK_STREQ(dec(r), "-1, {sa_family=0x2, sin_port=\"\\x00\\x50\", sin_addr=\"\\x7f\\x00\\x00\\x01\"}, 16");

	decode_opts.xlat = XLAT_VERBOSE;
	r = REC(&b, __NR_setsockopt, E(9), -1, 263, 1, 0x10000000, 16);
	blob(r, 3, SCT_CAP_BUF_IN, 0, pm, 16);
	CHECK_STREQ(dec(r), "-1, 0x107 /* SOL_PACKET */, 0x1 /* PACKET_ADD_MEMBERSHIP */, {mr_ifindex=0, "
		    "mr_type=0x1 /* PACKET_MR_PROMISC */, mr_alen=6, "
		    "mr_address=\"\\x01\\x02\\x03\\x04\\x05\\x06\" /* 01:02:03:04:05:06 */}, 16");
	r = REC(&b, __NR_setsockopt, E(9), -1, 255, 1, 0x10000000, 4);
	blob(r, 3, SCT_CAP_BUF_IN, 0, &f, 4);
	CHECK_STREQ(dec(r), "-1, 0xff /* SOL_RAW */, 0x1 /* ICMP_FILTER */, "
		    "[0 /* ICMP_ECHOREPLY */ 0x14 /* ICMP_??? */], 4");
	r = REC(&b, __NR_connect, E(9), -1, 0x5555, 16);
	blob(r, 1, SCT_CAP_SOCKADDR_IN, 0, sin, 16);
	CHECK_STREQ(dec(r), "-1, {sa_family=0x2 /* AF_INET */, sin_port=\"\\x00\\x50\" /* htons(80) */, "
		    "sin_addr=\"\\x7f\\x00\\x00\\x01\" /* inet_addr(\"127.0.0.1\") */}, 16");
	decode_opts.xlat = XLAT_ABBREV;
}

/* ------------------------------------------------------------ sockaddr */

static const char *connect_line(const void *sa, uint32_t len)
{
	static struct recbuf b;
	struct sct_syscall *r = REC(&b, __NR_connect, E(9), -1, 0x10000000, len);
	blob(r, 1, SCT_CAP_SOCKADDR_IN, 0, sa, len);
	return dec(r);
}

TEST(net_sockaddr_families)
{
	uint8_t s6[28] = { 10, 0, 0, 80, 0, 0, 0, 7, 0xfe, 0x80 };
	s6[23] = 1;
	s6[24] = 77;
	CHECK_STREQ(connect_line(s6, 28), "-1, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(7), "
		    "inet_pton(AF_INET6, \"fe80::1\", &sin6_addr), sin6_scope_id=77}, 28");
	uint8_t hci[6] = { 31, 0, 1, 0, 2, 0 };
	CHECK_STREQ(connect_line(hci, 4), "-1, {sa_family=AF_BLUETOOTH, hci_dev=htobs(1)}, 4");
	CHECK_STREQ(connect_line(hci, 6), "-1, {sa_family=AF_BLUETOOTH, hci_dev=htobs(1), "
		    "hci_channel=HCI_CHANNEL_MONITOR}, 6");
	uint8_t l2[14] = { 31, 0, 0x81, 0x00, 1, 2, 3, 4, 5, 6, 0x05, 0, 2 };
	CHECK_STREQ(connect_line(l2, 14), "-1, {sa_family=AF_BLUETOOTH, l2_psm=htobs(L2CAP_PSM_LE_DYN_START+1), "
		    "l2_bdaddr=01:02:03:04:05:06, l2_cid=htobs(L2CAP_CID_LE_SIGNALING), "
		    "l2_bdaddr_type=BDADDR_LE_RANDOM}, 14");
	uint8_t bt9[9] = { 31, 0, 1, 2, 3, 4, 5, 6, 7 };
	CHECK_STREQ(connect_line(bt9, 9), "-1, {sa_family=AF_BLUETOOTH, sa_data=\"\\1\\2\\3\\4\\5\\6\\7\"}, 9");
	uint8_t vs[16] = { 40, 0, 1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 1 };
	CHECK_STREQ(connect_line(vs, 16), "-1, {sa_family=AF_VSOCK, svm_reserved1=0x1, svm_cid=VMADDR_CID_ANY, "
		    "svm_port=VMADDR_PORT_ANY, svm_flags=0, svm_zero=\"\\x01\\x00\\x00\"}, 16");
	uint8_t qr[12] = { 42, 0, 0, 0, 1, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff };
	CHECK_STREQ(connect_line(qr, 12), "-1, {sa_family=AF_QIPCRTR, sq_node=0x1, sq_port=QRTR_PORT_CTRL}, 12");
	uint8_t mc[12] = { 45, 0, 0, 0, 1, 0, 0, 0, 8, 1, 8, 0 };
	CHECK_STREQ(connect_line(mc, 12), "-1, {sa_family=AF_MCTP, smctp_network=0x1, smctp_addr={s_addr=0x8}, "
		    "smctp_type=0x1, smctp_tag=0x8}, 12");
	uint8_t ti[16] = { 30, 0, 2, 2, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0 };
	CHECK_STREQ(connect_line(ti, 16), "-1, {sa_family=AF_TIPC, addrtype=TIPC_SERVICE_ADDR, "
		    "scope=TIPC_CLUSTER_SCOPE, addr={name={name={type=1, instance=2}, domain=0x3}}}, 16");
	uint8_t nl[12] = { 16, 0, 0xff, 0xff, 0xd2, 0x02, 0x96, 0x49, 0xed, 0xfe, 0xce, 0xfa };
	CHECK_STREQ(connect_line(nl, 12), "-1, {sa_family=AF_NETLINK, nl_pad=0xffff, nl_pid=1234567890, "
		    "nl_groups=0xfacefeed}, 12");
	CHECK_STREQ(connect_line(nl, 11), "-1, {sa_family=AF_NETLINK, sa_data=\"\\377\\377\\322\\2\\226I\\355\\376\\316\"}, 11");
	uint8_t ll[20] = { 17, 0, 8, 0, 0xed, 0xfe, 0xce, 0xfa, 1, 0, 4, 9, 1, 2, 3, 4, 5, 6, 7, 8 };
	CHECK_STREQ(connect_line(ll, 20), "-1, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), "
		    "sll_ifindex=4207869677, sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_OUTGOING, sll_halen=9, "
		    "sll_addr=[0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, ...]}, 20");
	uint8_t ipx[16] = { 4, 0, 0x30, 0x39, 0xfa, 0xce, 0xfe, 0xed, 'A', 'B', 'C', 'D', 'E', 'F', 0xff, 0x42 };
	CHECK_STREQ(connect_line(ipx, 16), "-1, {sa_family=AF_IPX, sipx_port=htons(12345), "
		    "sipx_network=htonl(0xfacefeed), sipx_node=[0x41, 0x42, 0x43, 0x44, 0x45, 0x46], "
		    "sipx_type=0xff, sipx_zero=0x42}, 16");
	uint8_t ax[16] = { 3, 0, 'V' << 1, 'A' << 1, 'L' << 1, 'I' << 1, 'D' << 1, ' ' << 1, 13 << 1 };
	CHECK_STREQ(connect_line(ax, 16), "-1, {sa_family=AF_AX25, sax25_call=VALID-13, sax25_ndigis=0}, 16");
	ax[12] = 8;
	CHECK_STREQ(connect_line(ax, 16), "-1, {sa_family=AF_AX25, fsa_ax25={sax25_call=VALID-13, sax25_ndigis=8}, "
		    "fsa_digipeater=[...]}, 16");
	uint8_t x25[18] = { 9, 0 };
	memcpy(x25 + 2, "0123456789abcdef", 16);
	CHECK_STREQ(connect_line(x25, 18), "-1, {sa_family=AF_X25, sx25_addr={x25_addr=\"0123456789abcde\"...}}, 18");
	uint8_t al[88] = { 38, 0, 's', 'k', 'c', 'i', 'p', 'h', 'e', 'r' };
	al[16] = 1;
	memcpy(al + 24, "cbc(aes)", 8);
	CHECK_STREQ(connect_line(al, 88), "-1, {sa_family=AF_ALG, salg_type=\"skcipher\", "
		    "salg_feat=0x1 /* CRYPTO_ALG_??? */, salg_mask=0, salg_name=\"cbc(aes)\"}, 88");
	uint8_t un[3] = { 0, 0, '0' };
	CHECK_STREQ(connect_line(un, 3), "-1, {sa_family=AF_UNSPEC, sa_data=\"0\"}, 3");
}


/* getsockname: the address cut to min(in, out) bytes; a capture that ran
 * into an unreadable page (SCT_BF_PARTIAL) serves when it holds them */
TEST(net_sockname_partial)
{
	struct recbuf b, eb;
	struct sct_syscall *r, *en;
	uint8_t sun[16] = { 1, 0 };
	int32_t l16 = 16, l21 = 21;
	memcpy(sun + 2, "getsockname.so", 14);
	en = ENTER(&eb, __NR_getsockname, 3, 0x7f6775748ff0, 0x7f6775938ffc);
	blob(en, 2, SCT_CAP_STRUCT_IN, 0, &l16, 4);
	r = REC(&b, __NR_getsockname, 0, 3, 0x7f6775748ff0, 0x7f6775938ffc);
	blob(r, 1, SCT_CAP_STRUCT_OUT, SCT_BF_PARTIAL, sun, 16);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &l21, 4);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1),
		    "3, {sa_family=AF_UNIX, sun_path=\"getsockname.so\"}, [16 => 21]");
	/* only 8 bytes readable of the 16 the kernel wrote: the address */
	r = REC(&b, __NR_getsockname, 0, 3, 0x7f6775748ff8, 0x7f6775938ffc);
	blob(r, 1, SCT_CAP_STRUCT_OUT, SCT_BF_PARTIAL, sun, 8);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, &l21, 4);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1), "3, 0x7f6775748ff8, [16 => 21]");
	/* the length pointer itself partly unreadable */
	r = REC(&b, __NR_getsockname, E(14), 3, 0x10000000, 0x10001ffe);
	blob(r, 2, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, &l16, 2);
	CHECK_STREQ(dec(r), "3, 0x10000000, 0x10001ffe");
}

/* --------------------------------------------------------------- msghdr */

/* sendmsg/recvmsg rows: the header as SCT_CAP_MSGHDR captures it (idx 0);
 * pointers inside that BPF could not read print as addresses */
TEST(net_msghdr)
{
	struct recbuf b, eb;
	struct sct_syscall *r, *en;
	uint64_t m[7] = { 0x10001000, 16, 0x10001000, 1, 0x10001000, 16, 0x40 };

	r = REC(&b, __NR_sendmsg, E(9), -1, 0x10000000, 0x4000);
	blob(r, 1, SCT_CAP_MSGHDR, 0, m, 56);
	CHECK_STREQ(dec(r), "-1, {msg_name=0x10001000, msg_namelen=16, msg_iov=0x10001000, msg_iovlen=1, "
		    "msg_control=0x10001000, msg_controllen=16, msg_flags=MSG_DONTWAIT}, MSG_NOSIGNAL");
	uint64_t z[7] = { 0, 0, 0, 0, 0, 0, 0 };
	r = REC(&b, __NR_sendmsg, E(9), -1, 0x10000000, 0);
	blob(r, 1, SCT_CAP_MSGHDR, 0, z, 56);
	CHECK_STREQ(dec(r), "-1, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, "
		    "msg_controllen=0, msg_flags=0}, 0");
	r = REC(&b, __NR_sendmsg, E(9), -1, 0x10001000, 0);
	blob(r, 1, SCT_CAP_MSGHDR, SCT_BF_FAULT, NULL, 0);
	CHECK_STREQ(dec(r), "-1, 0x10001000, 0");
	r = REC(&b, __NR_sendmsg, E(9), -1, 0, 0);
	CHECK_STREQ(dec(r), "-1, NULL, 0");

	/* a failed recvmsg: msg_namelen as given */
	en = ENTER(&eb, __NR_recvmsg, 3, 0x10000000, 0x40);
	blob(en, 1, SCT_CAP_MSGHDR, 0, m, 56);
	r = REC(&b, __NR_recvmsg, E(14), 3, 0x10000000, 0x40);
	blob(r, 1, SCT_CAP_MSGHDR, 0, m, 56);
	CHECK_STREQ(dec_range(r, en, 32, 0, -1), "3, {msg_namelen=16}, MSG_DONTWAIT");
}

/* ---------------------------------------------------------------- poll */

TEST(net_poll_nfds)
{
	struct recbuf b;
	/* nfds is an unsigned int: the upper half of the register is ignored */
	struct sct_syscall *r = REC(&b, __NR_ppoll, E(22), 0, 0xdeadbeeffacefeed, 0, 0, 0xdeadbeefcafef00d);
	CHECK_STREQ(dec(r), "NULL, 4207869677, NULL, NULL, 16045690984503111693");
	r = REC(&b, __NR_socketpair, E(9), 1, 1, 0xffffffff, 0);
	CHECK_STREQ(dec_range(r, NULL, 32, 0, 3), "AF_UNIX, SOCK_STREAM, 4294967295");
}
