// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Socket options: getsockopt/setsockopt's level and option name (names by
 * level, some only for getsockopt or setsockopt), and the option's value
 * as strace 7.2 prints it:
 *   setsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8)
 *   getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4])
 *   setsockopt(3, SOL_RAW, ICMP_FILTER, ~[ICMP_ECHOREPLY], 4)
 * Values BPF captured: setsockopt's optlen bytes at entry (up to -s, or a
 * struct), getsockopt's first GETSOCKOPT_CAP bytes at exit.  The filter
 * a struct sock_fprog points to is the capture's second blob
 * (SCT_CAP_DEREF); src/decode_bpf_filter.c prints its instructions.
 */
#include "decode_priv.h"
#include "unistd_extra.h"

#include <asm/unistd_64.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <linux/can/raw.h>
#include <linux/dccp.h>
#include <linux/filter.h>
#include <linux/icmp.h>
#include <linux/if_alg.h>
#include <linux/if_packet.h>
#include <linux/if_pppol2tp.h>
#include <linux/if_xdp.h>
#include <linux/kcm.h>
#include <linux/llc.h>
#include <linux/netlink.h>
#include <linux/nfc.h>
#include <linux/phonet.h>
#include <linux/rds.h>
#include <linux/rxrpc.h>
#include <linux/sctp.h>
#include <linux/tipc.h>
#include <linux/tls.h>
#include <linux/vm_sockets.h>
#include <linux/ax25.h>
#include <linux/caif/caif_socket.h>
#include <linux/netfilter_arp/arp_tables.h>
#include <linux/netfilter_bridge/ebtables.h>
#include <linux/netfilter_ipv4/ip_tables.h>
#include <linux/netfilter_ipv6/ip6_tables.h>
#include <linux/ip_vs.h>

/*
 * How many bytes of an option's value BPF reads (getsockopt: at exit).  A
 * fixed-size read that runs into an unreadable page keeps the readable
 * start (SCT_BF_PARTIAL), as much as strace could read; a value that needs
 * more prints as its address.  setsockopt's is read this way too, not by
 * optlen: strace reads less than optlen for some options (ICMP_FILTER).
 */
#define GETSOCKOPT_CAP SCT_BLOB_MAX   /* SO_GET_FILTER: 512 instructions */
#define SETSOCKOPT_CAP SCT_BLOB_MAX

#define X(v) { v, #v }

static const struct flag_name socket_levels[] = {
	X(SOL_IP), X(SOL_SOCKET), X(SOL_TCP), X(SOL_UDP), { 40, "AF_VSOCK" }, X(SOL_IPV6),
	X(SOL_ICMPV6), { 100, "SOL_CAN_BASE" }, { 101, "SOL_CAN_RAW" }, { 132, "SOL_SCTP" },
	/* net/ not UAPI */ { 136, "SOL_UDPLITE" }, X(SOL_RAW), { 256, "SOL_IPX" },
	{ 257, "SOL_AX25" }, { 258, "SOL_ATALK" }, { 259, "SOL_NETROM" }, { 260, "SOL_ROSE" }, X(SOL_DECNET), X(SOL_X25), X(SOL_PACKET), X(SOL_ATM), X(SOL_AAL),
	X(SOL_IRDA), X(SOL_NETBEUI), X(SOL_LLC), X(SOL_DCCP), X(SOL_NETLINK), X(SOL_TIPC),
	X(SOL_RXRPC), X(SOL_PPPOL2TP), X(SOL_BLUETOOTH), X(SOL_PNPIPE), X(SOL_RDS),
	X(SOL_IUCV), X(SOL_CAIF), X(SOL_ALG), X(SOL_NFC), X(SOL_KCM), X(SOL_TLS), X(SOL_XDP),
	X(SOL_MPTCP), X(SOL_MCTP), X(SOL_SMC),
	{ 287, "SOL_VSOCK" } /* linux/socket.h, 6.9 */,
	{ 0, NULL }
};

/*
 * Option names (strace 7.2's tables; a literal where Debian 12's headers
 * predate the name).
 */
static const struct flag_name sol_ip_options[] = {
	X(IP_TOS), X(IP_TTL), X(IP_HDRINCL), X(IP_OPTIONS), X(IP_ROUTER_ALERT), X(IP_RECVOPTS),
	X(IP_RETOPTS), X(IP_PKTINFO), X(IP_PKTOPTIONS), X(IP_MTU_DISCOVER), X(IP_RECVERR),
	X(IP_RECVTTL), X(IP_RECVTOS), X(IP_MTU), X(IP_FREEBIND), X(IP_IPSEC_POLICY),
	X(IP_XFRM_POLICY), X(IP_PASSSEC), X(IP_TRANSPARENT), X(IP_ORIGDSTADDR), X(IP_MINTTL),
	X(IP_NODEFRAG), X(IP_CHECKSUM), X(IP_BIND_ADDRESS_NO_PORT), X(IP_RECVFRAGSIZE),
	X(IP_RECVERR_RFC4884), X(IP_MULTICAST_IF), X(IP_MULTICAST_TTL), X(IP_MULTICAST_LOOP),
	X(IP_ADD_MEMBERSHIP), X(IP_DROP_MEMBERSHIP), X(IP_UNBLOCK_SOURCE), X(IP_BLOCK_SOURCE),
	X(IP_ADD_SOURCE_MEMBERSHIP), X(IP_DROP_SOURCE_MEMBERSHIP), X(IP_MSFILTER),
	X(MCAST_JOIN_GROUP), X(MCAST_BLOCK_SOURCE), X(MCAST_UNBLOCK_SOURCE), X(MCAST_LEAVE_GROUP),
	X(MCAST_JOIN_SOURCE_GROUP), X(MCAST_LEAVE_SOURCE_GROUP), X(MCAST_MSFILTER),
	X(IP_MULTICAST_ALL), X(IP_UNICAST_IF), X(IP_LOCAL_PORT_RANGE), X(IP_PROTOCOL),
	{ 0, NULL }
};
static const struct flag_name sol_ip_get_options[] = {
	X(IPT_SO_GET_INFO), X(IPT_SO_GET_ENTRIES), X(IPT_SO_GET_REVISION_MATCH),
	X(IPT_SO_GET_REVISION_TARGET), X(ARPT_SO_GET_INFO), X(ARPT_SO_GET_ENTRIES),
	X(ARPT_SO_GET_REVISION_TARGET), X(EBT_SO_GET_INFO), X(EBT_SO_GET_ENTRIES),
	X(EBT_SO_GET_INIT_INFO), X(EBT_SO_GET_INIT_ENTRIES), X(IP_VS_SO_GET_VERSION),
	X(IP_VS_SO_GET_INFO), X(IP_VS_SO_GET_SERVICES), X(IP_VS_SO_GET_SERVICE),
	X(IP_VS_SO_GET_DESTS), X(IP_VS_SO_GET_DEST), X(IP_VS_SO_GET_TIMEOUT), X(IP_VS_SO_GET_DAEMON),
	{ 0, NULL }
};
static const struct flag_name sol_ip_set_options[] = {
	X(IPT_SO_SET_REPLACE), X(IPT_SO_SET_ADD_COUNTERS), X(ARPT_SO_SET_REPLACE),
	X(ARPT_SO_SET_ADD_COUNTERS), X(EBT_SO_SET_ENTRIES), X(EBT_SO_SET_COUNTERS),
	X(IP_VS_SO_SET_NONE), X(IP_VS_SO_SET_INSERT), X(IP_VS_SO_SET_ADD), X(IP_VS_SO_SET_EDIT),
	X(IP_VS_SO_SET_DEL), X(IP_VS_SO_SET_FLUSH), X(IP_VS_SO_SET_LIST), X(IP_VS_SO_SET_ADDDEST),
	X(IP_VS_SO_SET_DELDEST), X(IP_VS_SO_SET_EDITDEST), X(IP_VS_SO_SET_TIMEOUT),
	X(IP_VS_SO_SET_STARTDAEMON), X(IP_VS_SO_SET_STOPDAEMON), X(IP_VS_SO_SET_RESTORE),
	X(IP_VS_SO_SET_SAVE), X(IP_VS_SO_SET_ZERO),
	{ 0, NULL }
};
static const struct flag_name sol_socket_options[] = {
	X(SO_DEBUG), X(SO_REUSEADDR), X(SO_TYPE), X(SO_ERROR), X(SO_DONTROUTE), X(SO_BROADCAST),
	X(SO_SNDBUF), X(SO_RCVBUF), X(SO_KEEPALIVE), X(SO_OOBINLINE), X(SO_NO_CHECK), X(SO_PRIORITY),
	X(SO_LINGER), X(SO_BSDCOMPAT), X(SO_REUSEPORT), X(SO_PASSCRED), X(SO_PEERCRED),
	X(SO_RCVLOWAT), X(SO_SNDLOWAT), X(SO_RCVTIMEO_OLD), X(SO_SNDTIMEO_OLD),
	X(SO_SECURITY_AUTHENTICATION), X(SO_SECURITY_ENCRYPTION_TRANSPORT),
	X(SO_SECURITY_ENCRYPTION_NETWORK), X(SO_BINDTODEVICE), X(SO_DETACH_FILTER), X(SO_PEERNAME),
	X(SO_TIMESTAMP_OLD), X(SO_ACCEPTCONN), X(SO_PEERSEC), X(SO_SNDBUFFORCE), X(SO_RCVBUFFORCE),
	X(SO_PASSSEC), X(SO_TIMESTAMPNS_OLD), X(SO_MARK), X(SO_TIMESTAMPING_OLD), X(SO_PROTOCOL),
	X(SO_DOMAIN), X(SO_RXQ_OVFL), X(SO_WIFI_STATUS), X(SO_PEEK_OFF), X(SO_NOFCS),
	X(SO_LOCK_FILTER), X(SO_SELECT_ERR_QUEUE), X(SO_BUSY_POLL), X(SO_MAX_PACING_RATE),
	X(SO_BPF_EXTENSIONS), X(SO_INCOMING_CPU), X(SO_ATTACH_BPF), X(SO_ATTACH_REUSEPORT_CBPF),
	X(SO_ATTACH_REUSEPORT_EBPF), X(SO_CNX_ADVICE), X(SO_MEMINFO), X(SO_INCOMING_NAPI_ID),
	X(SO_COOKIE), X(SO_PEERGROUPS), X(SO_ZEROCOPY), X(SO_TXTIME), X(SO_BINDTOIFINDEX),
	X(SO_TIMESTAMP_NEW), X(SO_TIMESTAMPNS_NEW), X(SO_TIMESTAMPING_NEW), X(SO_RCVTIMEO_NEW),
	X(SO_SNDTIMEO_NEW), X(SO_DETACH_REUSEPORT_BPF), X(SO_PREFER_BUSY_POLL),
	X(SO_BUSY_POLL_BUDGET), X(SO_NETNS_COOKIE), X(SO_BUF_LOCK), X(SO_RESERVE_MEM), X(SO_TXREHASH),
	X(SO_RCVMARK), { 76, "SO_PASSPIDFD" }, { 77, "SO_PEERPIDFD" }, { 82, "SO_RCVPRIORITY" },
	{ 83, "SO_PASSRIGHTS" }, { 84, "SO_INQ" },
	{ 0, NULL }
};
static const struct flag_name sol_socket_get_options[] = {
	X(SO_GET_FILTER),
	{ 0, NULL }
};
static const struct flag_name sol_socket_set_options[] = {
	X(SO_ATTACH_FILTER), { 80, "SO_DEVMEM_DONTNEED" },
	{ 0, NULL }
};
static const struct flag_name sol_tcp_options[] = {
	X(TCP_NODELAY), X(TCP_MAXSEG), X(TCP_CORK), X(TCP_KEEPIDLE), X(TCP_KEEPINTVL), X(TCP_KEEPCNT),
	X(TCP_SYNCNT), X(TCP_LINGER2), X(TCP_DEFER_ACCEPT), X(TCP_WINDOW_CLAMP), X(TCP_INFO),
	X(TCP_QUICKACK), X(TCP_CONGESTION), X(TCP_MD5SIG), X(TCP_COOKIE_TRANSACTIONS),
	X(TCP_THIN_LINEAR_TIMEOUTS), X(TCP_THIN_DUPACK), X(TCP_USER_TIMEOUT), X(TCP_REPAIR),
	X(TCP_REPAIR_QUEUE), X(TCP_QUEUE_SEQ), X(TCP_REPAIR_OPTIONS), X(TCP_FASTOPEN),
	X(TCP_TIMESTAMP), X(TCP_NOTSENT_LOWAT), X(TCP_CC_INFO), X(TCP_SAVE_SYN), X(TCP_SAVED_SYN),
	X(TCP_REPAIR_WINDOW), X(TCP_FASTOPEN_CONNECT), X(TCP_ULP), X(TCP_MD5SIG_EXT),
	X(TCP_FASTOPEN_KEY), X(TCP_FASTOPEN_NO_COOKIE), X(TCP_ZEROCOPY_RECEIVE), X(TCP_INQ),
	X(TCP_TX_DELAY), { 38, "TCP_AO_ADD_KEY" }, { 39, "TCP_AO_DEL_KEY" }, { 40, "TCP_AO_INFO" },
	{ 41, "TCP_AO_GET_KEYS" }, { 42, "TCP_AO_REPAIR" }, { 43, "TCP_IS_MPTCP" },
	{ 44, "TCP_RTO_MAX_MS" }, { 45, "TCP_RTO_MIN_US" }, { 46, "TCP_DELACK_MAX_US" },
	{ 0, NULL }
};
static const struct flag_name sol_udp_options[] = {
	X(UDP_CORK), X(UDP_ENCAP), X(UDP_NO_CHECK6_TX), X(UDP_NO_CHECK6_RX), X(UDP_SEGMENT),
	X(UDP_GRO),
	{ 0, NULL }
};
static const struct flag_name sol_vsock_options[] = {
	X(SO_VM_SOCKETS_BUFFER_SIZE), X(SO_VM_SOCKETS_BUFFER_MIN_SIZE),
	X(SO_VM_SOCKETS_BUFFER_MAX_SIZE), X(SO_VM_SOCKETS_PEER_HOST_VM_ID), X(SO_VM_SOCKETS_TRUSTED),
	X(SO_VM_SOCKETS_CONNECT_TIMEOUT_OLD), X(SO_VM_SOCKETS_NONBLOCK_TXRX),
	X(SO_VM_SOCKETS_CONNECT_TIMEOUT_NEW),
	{ 0, NULL }
};
static const struct flag_name sol_ipv6_options[] = {
	X(IPV6_ADDRFORM), X(IPV6_2292PKTINFO), X(IPV6_2292HOPOPTS), X(IPV6_2292DSTOPTS),
	X(IPV6_2292RTHDR), X(IPV6_2292PKTOPTIONS), X(IPV6_CHECKSUM), X(IPV6_2292HOPLIMIT),
	X(IPV6_NEXTHOP), X(IPV6_AUTHHDR), X(IPV6_FLOWINFO), X(IPV6_UNICAST_HOPS),
	X(IPV6_MULTICAST_IF), X(IPV6_MULTICAST_HOPS), X(IPV6_MULTICAST_LOOP), X(IPV6_ADD_MEMBERSHIP),
	X(IPV6_DROP_MEMBERSHIP), X(IPV6_ROUTER_ALERT), X(IPV6_MTU_DISCOVER), X(IPV6_MTU),
	X(IPV6_RECVERR), X(IPV6_V6ONLY), X(IPV6_JOIN_ANYCAST), X(IPV6_LEAVE_ANYCAST),
	X(IPV6_MULTICAST_ALL), X(IPV6_ROUTER_ALERT_ISOLATE), X(IPV6_RECVERR_RFC4884),
	X(IPV6_FLOWLABEL_MGR), X(IPV6_FLOWINFO_SEND), X(IPV6_IPSEC_POLICY), X(IPV6_XFRM_POLICY),
	X(IPV6_HDRINCL), X(MCAST_JOIN_GROUP), X(MCAST_BLOCK_SOURCE), X(MCAST_UNBLOCK_SOURCE),
	X(MCAST_LEAVE_GROUP), X(MCAST_JOIN_SOURCE_GROUP), X(MCAST_LEAVE_SOURCE_GROUP),
	X(MCAST_MSFILTER), X(IPV6_RECVPKTINFO), X(IPV6_PKTINFO), X(IPV6_RECVHOPLIMIT),
	X(IPV6_HOPLIMIT), X(IPV6_RECVHOPOPTS), X(IPV6_HOPOPTS), X(IPV6_RTHDRDSTOPTS),
	X(IPV6_RECVRTHDR), X(IPV6_RTHDR), X(IPV6_RECVDSTOPTS), X(IPV6_DSTOPTS), X(IPV6_RECVPATHMTU),
	X(IPV6_PATHMTU), X(IPV6_DONTFRAG), { 63, "IPV6_USE_MIN_MTU" }, X(IPV6_RECVTCLASS),
	X(IPV6_TCLASS), X(IPV6_AUTOFLOWLABEL), X(IPV6_ADDR_PREFERENCES), X(IPV6_MINHOPCOUNT),
	X(IPV6_ORIGDSTADDR), X(IPV6_TRANSPARENT), X(IPV6_UNICAST_IF), X(IPV6_RECVFRAGSIZE),
	X(IPV6_FREEBIND),
	{ 0, NULL }
};
static const struct flag_name sol_ipv6_get_options[] = {
	X(IP6T_SO_GET_INFO), X(IP6T_SO_GET_ENTRIES), X(IP6T_SO_GET_REVISION_MATCH),
	X(IP6T_SO_GET_REVISION_TARGET),
	{ 0, NULL }
};
static const struct flag_name sol_ipv6_set_options[] = {
	X(IP6T_SO_SET_REPLACE), X(IP6T_SO_SET_ADD_COUNTERS),
	{ 0, NULL }
};
static const struct flag_name sol_can_raw_options[] = {
	{ 1, "CAN_RAW_FILTER" }, { 2, "CAN_RAW_ERR_FILTER" }, { 3, "CAN_RAW_LOOPBACK" },
	{ 4, "CAN_RAW_RECV_OWN_MSGS" }, { 5, "CAN_RAW_FD_FRAMES" }, { 6, "CAN_RAW_JOIN_FILTERS" },
	{ 7, "CAN_RAW_XL_FRAMES" }, { 8, "CAN_RAW_XL_VCID_OPTS" },
	{ 0, NULL }
};
static const struct flag_name sol_sctp_options[] = {
	X(SCTP_RTOINFO), X(SCTP_ASSOCINFO), X(SCTP_INITMSG), X(SCTP_NODELAY), X(SCTP_AUTOCLOSE),
	X(SCTP_SET_PEER_PRIMARY_ADDR), X(SCTP_PRIMARY_ADDR), X(SCTP_ADAPTATION_LAYER),
	X(SCTP_DISABLE_FRAGMENTS), X(SCTP_PEER_ADDR_PARAMS), X(SCTP_DEFAULT_SEND_PARAM),
	X(SCTP_EVENTS), X(SCTP_I_WANT_MAPPED_V4_ADDR), X(SCTP_MAXSEG), X(SCTP_STATUS),
	X(SCTP_GET_PEER_ADDR_INFO), X(SCTP_DELAYED_SACK), X(SCTP_CONTEXT),
	X(SCTP_FRAGMENT_INTERLEAVE), X(SCTP_PARTIAL_DELIVERY_POINT), X(SCTP_MAX_BURST),
	X(SCTP_AUTH_CHUNK), X(SCTP_HMAC_IDENT), X(SCTP_AUTH_KEY), X(SCTP_AUTH_ACTIVE_KEY),
	X(SCTP_AUTH_DELETE_KEY), X(SCTP_PEER_AUTH_CHUNKS), X(SCTP_LOCAL_AUTH_CHUNKS),
	X(SCTP_GET_ASSOC_NUMBER), X(SCTP_GET_ASSOC_ID_LIST), X(SCTP_AUTO_ASCONF),
	X(SCTP_PEER_ADDR_THLDS), X(SCTP_RECVRCVINFO), X(SCTP_RECVNXTINFO), X(SCTP_DEFAULT_SNDINFO),
	X(SCTP_AUTH_DEACTIVATE_KEY), X(SCTP_REUSE_PORT), X(SCTP_PEER_ADDR_THLDS_V2),
	X(SCTP_SOCKOPT_BINDX_ADD), X(SCTP_SOCKOPT_BINDX_REM), X(SCTP_SOCKOPT_PEELOFF),
	{ 103, "SCTP_GET_PEER_ADDRS_NUM_OLD" }, { 104, "SCTP_GET_PEER_ADDRS_OLD" },
	{ 105, "SCTP_GET_LOCAL_ADDRS_NUM_OLD" }, { 106, "SCTP_GET_LOCAL_ADDRS_OLD" },
	X(SCTP_SOCKOPT_CONNECTX_OLD), X(SCTP_GET_PEER_ADDRS), X(SCTP_GET_LOCAL_ADDRS),
	X(SCTP_SOCKOPT_CONNECTX), X(SCTP_SOCKOPT_CONNECTX3), X(SCTP_GET_ASSOC_STATS),
	X(SCTP_PR_SUPPORTED), X(SCTP_DEFAULT_PRINFO), X(SCTP_PR_ASSOC_STATUS),
	X(SCTP_PR_STREAM_STATUS), X(SCTP_RECONFIG_SUPPORTED), X(SCTP_ENABLE_STREAM_RESET),
	X(SCTP_RESET_STREAMS), X(SCTP_RESET_ASSOC), X(SCTP_ADD_STREAMS),
	X(SCTP_SOCKOPT_PEELOFF_FLAGS), X(SCTP_STREAM_SCHEDULER), X(SCTP_STREAM_SCHEDULER_VALUE),
	X(SCTP_INTERLEAVING_SUPPORTED), X(SCTP_SENDMSG_CONNECT), X(SCTP_EVENT),
	X(SCTP_ASCONF_SUPPORTED), X(SCTP_AUTH_SUPPORTED), X(SCTP_ECN_SUPPORTED),
	X(SCTP_EXPOSE_POTENTIALLY_FAILED_STATE), X(SCTP_REMOTE_UDP_ENCAPS_PORT),
	X(SCTP_PLPMTUD_PROBE_INTERVAL),
	{ 0, NULL }
};
static const struct flag_name sol_raw_options[] = {
	X(ICMP_FILTER),
	{ 0, NULL }
};
static const struct flag_name sol_ipx_options[] = {
	{ 1, "IPX_TYPE" },
	{ 0, NULL }
};
static const struct flag_name sol_ax25_options[] = {
	X(AX25_WINDOW), X(AX25_T1), X(AX25_N2), X(AX25_T3), X(AX25_T2), X(AX25_BACKOFF),
	X(AX25_EXTSEQ), X(AX25_PIDINCL), X(AX25_IDLE), X(AX25_PACLEN), X(AX25_IAMDIGI),
	X(SO_BINDTODEVICE),
	{ 0, NULL }
};
static const struct flag_name sol_packet_options[] = {
	X(PACKET_ADD_MEMBERSHIP), X(PACKET_DROP_MEMBERSHIP), X(PACKET_RECV_OUTPUT), X(PACKET_RX_RING),
	X(PACKET_STATISTICS), X(PACKET_COPY_THRESH), X(PACKET_AUXDATA), X(PACKET_ORIGDEV),
	X(PACKET_VERSION), X(PACKET_HDRLEN), X(PACKET_RESERVE), X(PACKET_TX_RING), X(PACKET_LOSS),
	X(PACKET_VNET_HDR), X(PACKET_TX_TIMESTAMP), X(PACKET_TIMESTAMP), X(PACKET_FANOUT),
	X(PACKET_TX_HAS_OFF), X(PACKET_QDISC_BYPASS), X(PACKET_ROLLOVER_STATS), X(PACKET_FANOUT_DATA),
	X(PACKET_IGNORE_OUTGOING), { 24, "PACKET_VNET_HDR_SZ" },
	{ 0, NULL }
};
static const struct flag_name sol_irda_options[] = {
	{ 1, "IRLMP_ENUMDEVICES" }, { 2, "IRLMP_IAS_SET" }, { 3, "IRLMP_IAS_QUERY" },
	{ 4, "IRLMP_HINTS_SET" }, { 5, "IRLMP_QOS_SET" }, { 6, "IRLMP_QOS_GET" },
	{ 7, "IRLMP_MAX_SDU_SIZE" }, { 8, "IRLMP_IAS_GET" }, { 9, "IRLMP_IAS_DEL" },
	{ 10, "IRLMP_HINT_MASK_SET" }, { 11, "IRLMP_WAITDEVICE" },
	{ 0, NULL }
};
static const struct flag_name sol_llc_options[] = {
	{ 0, "LLC_OPT_UNKNOWN" }, { 1, "LLC_OPT_RETRY" }, { 2, "LLC_OPT_SIZE" },
	{ 3, "LLC_OPT_ACK_TMR_EXP" }, { 4, "LLC_OPT_P_TMR_EXP" }, { 5, "LLC_OPT_REJ_TMR_EXP" },
	{ 6, "LLC_OPT_BUSY_TMR_EXP" }, { 7, "LLC_OPT_TX_WIN" }, { 8, "LLC_OPT_RX_WIN" },
	{ 9, "LLC_OPT_PKTINFO" },
	{ 0, NULL }
};
static const struct flag_name sol_dccp_options[] = {
	X(DCCP_SOCKOPT_PACKET_SIZE), X(DCCP_SOCKOPT_SERVICE), X(DCCP_SOCKOPT_CHANGE_L),
	X(DCCP_SOCKOPT_CHANGE_R), X(DCCP_SOCKOPT_GET_CUR_MPS), X(DCCP_SOCKOPT_SERVER_TIMEWAIT),
	X(DCCP_SOCKOPT_SEND_CSCOV), X(DCCP_SOCKOPT_RECV_CSCOV), X(DCCP_SOCKOPT_AVAILABLE_CCIDS),
	X(DCCP_SOCKOPT_CCID), X(DCCP_SOCKOPT_TX_CCID), X(DCCP_SOCKOPT_RX_CCID),
	X(DCCP_SOCKOPT_QPOLICY_ID), X(DCCP_SOCKOPT_QPOLICY_TXQLEN), X(DCCP_SOCKOPT_CCID_RX_INFO),
	X(DCCP_SOCKOPT_CCID_TX_INFO),
	{ 0, NULL }
};
static const struct flag_name sol_netlink_options[] = {
	X(NETLINK_ADD_MEMBERSHIP), X(NETLINK_DROP_MEMBERSHIP), X(NETLINK_PKTINFO),
	X(NETLINK_BROADCAST_ERROR), X(NETLINK_NO_ENOBUFS), X(NETLINK_RX_RING), X(NETLINK_TX_RING),
	X(NETLINK_LISTEN_ALL_NSID), X(NETLINK_LIST_MEMBERSHIPS), X(NETLINK_CAP_ACK),
	X(NETLINK_EXT_ACK), X(NETLINK_GET_STRICT_CHK),
	{ 0, NULL }
};
static const struct flag_name sol_tipc_options[] = {
	X(TIPC_IMPORTANCE), X(TIPC_SRC_DROPPABLE), X(TIPC_DEST_DROPPABLE), X(TIPC_CONN_TIMEOUT),
	X(TIPC_NODE_RECVQ_DEPTH), X(TIPC_SOCK_RECVQ_DEPTH), X(TIPC_MCAST_BROADCAST),
	X(TIPC_MCAST_REPLICAST), X(TIPC_GROUP_JOIN), X(TIPC_GROUP_LEAVE), X(TIPC_SOCK_RECVQ_USED),
	X(TIPC_NODELAY),
	{ 0, NULL }
};
static const struct flag_name sol_rxrpc_options[] = {
	X(RXRPC_SECURITY_KEY), X(RXRPC_SECURITY_KEYRING), X(RXRPC_EXCLUSIVE_CONNECTION),
	X(RXRPC_MIN_SECURITY_LEVEL), X(RXRPC_UPGRADEABLE_SERVICE), X(RXRPC_SUPPORTED_CMSG),
	{ 7, "RXRPC_MANAGE_RESPONSE" },
	{ 0, NULL }
};
static const struct flag_name sol_pppol2tp_options[] = {
	{ 1, "PPPOL2TP_SO_DEBUG" }, { 2, "PPPOL2TP_SO_RECVSEQ" }, { 3, "PPPOL2TP_SO_SENDSEQ" },
	{ 4, "PPPOL2TP_SO_LNSMODE" }, { 5, "PPPOL2TP_SO_REORDERTO" },
	{ 0, NULL }
};
static const struct flag_name sol_bluetooth_options[] = {
	{ 4, "BT_SECURITY" }, { 7, "BT_DEFER_SETUP" }, { 8, "BT_FLUSHABLE" }, { 9, "BT_POWER" },
	{ 10, "BT_CHANNEL_POLICY" }, { 11, "BT_VOICE" }, { 12, "BT_SNDMTU" }, { 13, "BT_RCVMTU" },
	{ 0, NULL }
};
static const struct flag_name sol_pnpipe_options[] = {
	X(PNPIPE_ENCAP), X(PNPIPE_IFINDEX), X(PNPIPE_HANDLE), X(PNPIPE_INITSTATE),
	{ 0, NULL }
};
static const struct flag_name sol_rds_options[] = {
	X(RDS_CANCEL_SENT_TO), X(RDS_GET_MR), X(RDS_FREE_MR), { 4, "RDS_BARRIER" }, X(RDS_RECVERR),
	X(RDS_CONG_MONITOR), X(RDS_GET_MR_FOR_DEST), X(SO_RDS_TRANSPORT),
	X(SO_RDS_MSG_RXPATH_LATENCY), X(SO_TIMESTAMP_OLD),
	{ 0, NULL }
};
static const struct flag_name sol_iucv_options[] = {
	{ 128, "SO_IPRMDATA_MSG" },
	{ 0, NULL }
};
static const struct flag_name sol_caif_options[] = {
	{ 127, "CAIFSO_LINK_SELECT" }, { 128, "CAIFSO_REQ_PARAM" }, { 129, "CAIFSO_RSP_PARAM" },
	{ 0, NULL }
};
static const struct flag_name sol_alg_options[] = {
	X(ALG_SET_KEY), X(ALG_SET_IV), X(ALG_SET_OP), X(ALG_SET_AEAD_ASSOCLEN),
	X(ALG_SET_AEAD_AUTHSIZE), X(ALG_SET_DRBG_ENTROPY), { 7, "ALG_SET_KEY_BY_KEY_SERIAL" },
	{ 0, NULL }
};
static const struct flag_name sol_nfc_options[] = {
	X(NFC_LLCP_RW), X(NFC_LLCP_MIUX), X(NFC_LLCP_REMOTE_MIU), X(NFC_LLCP_REMOTE_LTO),
	X(NFC_LLCP_REMOTE_RW),
	{ 0, NULL }
};
static const struct flag_name sol_kcm_options[] = {
	X(KCM_RECV_DISABLE),
	{ 0, NULL }
};
static const struct flag_name sol_tls_options[] = {
	X(TLS_TX), X(TLS_RX), X(TLS_TX_ZEROCOPY_RO), X(TLS_RX_EXPECT_NO_PAD),
	{ 5, "TLS_TX_MAX_PAYLOAD_LEN" },
	{ 0, NULL }
};
static const struct flag_name sol_xdp_options[] = {
	X(XDP_MMAP_OFFSETS), X(XDP_RX_RING), X(XDP_TX_RING), X(XDP_UMEM_REG), X(XDP_UMEM_FILL_RING),
	X(XDP_UMEM_COMPLETION_RING), X(XDP_STATISTICS), X(XDP_OPTIONS),
	{ 9, "XDP_MAX_TX_SKB_BUDGET" },
	{ 0, NULL }
};

/* option names by level: the common names, then getsockopt's or setsockopt's own */
static const struct sockopt_level {
	unsigned level;
	const struct flag_name *names, *get_names, *set_names;
	const char *unknown;
} sockopt_levels[] = {
	{ 0, sol_ip_options, sol_ip_get_options, sol_ip_set_options, "IP_???" },  /* SOL_IP */
	{ 1, sol_socket_options, sol_socket_get_options, sol_socket_set_options, "SO_???" },  /* SOL_SOCKET */
	{ 6, sol_tcp_options, NULL, NULL, "TCP_???" },  /* SOL_TCP */
	{ 17, sol_udp_options, NULL, NULL, "UDP_???" },  /* SOL_UDP */
	{ 40, sol_vsock_options, NULL, NULL, "SO_VM_SOCKETS_???" },  /* AF_VSOCK */
	{ 41, sol_ipv6_options, sol_ipv6_get_options, sol_ipv6_set_options, "IPV6_???" },  /* SOL_IPV6 */
	{ 101, sol_can_raw_options, NULL, NULL, "CAN_RAW_???" },  /* SOL_CAN_RAW */
	{ 132, sol_sctp_options, NULL, NULL, "SCTP_???" },  /* SOL_SCTP */
	{ 255, sol_raw_options, NULL, NULL, "RAW_???" },  /* SOL_RAW */
	{ 256, sol_ipx_options, NULL, NULL, "IPX_???" },  /* SOL_IPX */
	{ 257, sol_ax25_options, NULL, NULL, "AX25_???" },  /* SOL_AX25 */
	{ 263, sol_packet_options, NULL, NULL, "PACKET_???" },  /* SOL_PACKET */
	{ 266, sol_irda_options, NULL, NULL, "IRLMP_???" },  /* SOL_IRDA */
	{ 268, sol_llc_options, NULL, NULL, "LLC_OPT_???" },  /* SOL_LLC */
	{ 269, sol_dccp_options, NULL, NULL, "DCCP_SOCKOPT_???" },  /* SOL_DCCP */
	{ 270, sol_netlink_options, NULL, NULL, "NETLINK_???" },  /* SOL_NETLINK */
	{ 271, sol_tipc_options, NULL, NULL, "TIPC_???" },  /* SOL_TIPC */
	{ 272, sol_rxrpc_options, NULL, NULL, "RXRPC_???" },  /* SOL_RXRPC */
	{ 273, sol_pppol2tp_options, NULL, NULL, "PPPOL2TP_SO_???" },  /* SOL_PPPOL2TP */
	{ 274, sol_bluetooth_options, NULL, NULL, "BT_???" },  /* SOL_BLUETOOTH */
	{ 275, sol_pnpipe_options, NULL, NULL, "PNPIPE_???" },  /* SOL_PNPIPE */
	{ 276, sol_rds_options, NULL, NULL, "RDS_???" },  /* SOL_RDS */
	{ 277, sol_iucv_options, NULL, NULL, "SO_???" },  /* SOL_IUCV */
	{ 278, sol_caif_options, NULL, NULL, "CAIFSO_???" },  /* SOL_CAIF */
	{ 279, sol_alg_options, NULL, NULL, "ALG_SET_???" },  /* SOL_ALG */
	{ 280, sol_nfc_options, NULL, NULL, "NFC_LLCP_???" },  /* SOL_NFC */
	{ 281, sol_kcm_options, NULL, NULL, "KCM_???" },  /* SOL_KCM */
	{ 282, sol_tls_options, NULL, NULL, "TLS_???" },  /* SOL_TLS */
	{ 283, sol_xdp_options, NULL, NULL, "XDP_???" },  /* SOL_XDP */
};



/* SOL_SOCKET options whose value strace prints as an int ([1]) when
 * optlen is at least 4, and as an address when shorter */
static const unsigned so_int_options[] = {
	1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 27, 29, 30, 32, 33, 34, 35,
	36, 37, 40, 41, 42, 43, 44, 45, 46, 49, 53, 56, 60, 63, 64, 65, 68, 69, 70, 73,
	75, 76, 82, 83, 84,
};

static const struct flag_name icmp_filter_types[] = {
	X(ICMP_ECHOREPLY), X(ICMP_DEST_UNREACH), X(ICMP_SOURCE_QUENCH),
	X(ICMP_REDIRECT), X(ICMP_ECHO), X(ICMP_TIME_EXCEEDED),
	X(ICMP_PARAMETERPROB), X(ICMP_TIMESTAMP), X(ICMP_TIMESTAMPREPLY),
	X(ICMP_INFO_REQUEST), X(ICMP_INFO_REPLY), X(ICMP_ADDRESS),
	X(ICMP_ADDRESSREPLY),
	{ 0, NULL }
};

static const struct flag_name packet_mreq_types[] = {
	X(PACKET_MR_MULTICAST), X(PACKET_MR_PROMISC), X(PACKET_MR_ALLMULTI),
	X(PACKET_MR_UNICAST),
	{ 0, NULL }
};

#undef X

/* ------------------------------------------------------ level, name */

static const struct sockopt_level *level_of(unsigned level)
{
	for (size_t k = 0; k < sizeof(sockopt_levels) / sizeof(sockopt_levels[0]); k++)
		if (sockopt_levels[k].level == level)
			return &sockopt_levels[k];
	return NULL;
}

static bool is_getsockopt(const struct call *c)
{
	return c->rec->nr == __NR_getsockopt;
}

void dec_sockopt_level(struct emit *e, const struct call *c, int i, const char *key)
{
	emit_xval(e, key, socket_levels, arg_uint(c, i), "SOL_??");
}

void dec_sockopt_name(struct emit *e, const struct call *c, int i, const char *key)
{
	unsigned name = arg_uint(c, i);
	const struct sockopt_level *l = level_of(arg_uint(c, i - 1));
	if (!l) {
		emit_uint(e, key, name);
		return;
	}
	const char *s = lookup_value(l->names, name);
	const struct flag_name *own = is_getsockopt(c) ? l->get_names : l->set_names;
	if (!s && own)
		s = lookup_value(own, name);
	struct flag_name one[2] = { { name, s }, { 0, NULL } };
	emit_xval(e, key, s ? one : one + 1, name, l->unknown);
}

/* ----------------------------------------------------------- values */

/* the captured value: `have` bytes at p */
struct optval {
	const uint8_t *p;
	size_t have;
};

static int32_t get_i32(const uint8_t *p) { int32_t v; memcpy(&v, p, 4); return v; }
static uint32_t get_u32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static uint16_t get_u16(const uint8_t *p) { uint16_t v; memcpy(&v, p, 2); return v; }

/* [1] */
static bool emit_int_val(struct emit *e, const char *key, const struct optval *v)
{
	if (v->have < 4)
		return false;
	emit_begin_array(e, key);
	emit_int(e, NULL, get_i32(v->p));
	emit_end_array(e);
	return true;
}

/* strace's printstrn: len bytes, at most -s of them shown */
static bool emit_strn(struct emit *e, const char *key, const struct call *c,
		      const struct optval *v, size_t len)
{
	size_t shown = len < c->strsize ? len : c->strsize;
	if (v->have < shown)
		return false;
	emit_str(e, key, v->p, shown, len > shown ? EMIT_STR_TRUNC : 0);
	return true;
}

/* "\x6f\x00\x00": a struct value of a length strace does not decode */
static bool emit_hex_val(struct emit *e, const char *key, const struct optval *v, size_t len)
{
	if (v->have < len)
		return false;
	emit_hexstr(e, key, v->p, len);
	return true;
}

enum field_kind { F_INT, F_UINT, F_ID };

/* a struct of 32-bit fields returned by getsockopt: the fields that fit in
 * len, or its bytes in hex when len ends inside a field */
static bool emit_get_fields(struct emit *e, const char *key, const struct optval *v,
			    size_t len, const char *const *names, const uint8_t *kinds, size_t n)
{
	if (len > n * 4)
		len = n * 4;
	if (len % 4)
		return emit_hex_val(e, key, v, len);
	if (v->have < len)
		return false;
	emit_begin_struct(e, key);
	for (size_t k = 0; k < len / 4; k++) {
		uint32_t x = get_u32(v->p + 4 * k);
		switch (kinds[k]) {
		case F_INT: emit_int(e, names[k], (int32_t)x); break;
		case F_UINT: emit_uint(e, names[k], x); break;
		case F_ID:
			if (x == (uint32_t)-1)
				emit_int(e, names[k], -1);
			else
				emit_uint(e, names[k], x);
		}
	}
	emit_end_struct(e);
	return true;
}

static const char *const linger_fields[] = { "l_onoff", "l_linger" };
static const uint8_t linger_kinds[] = { F_INT, F_INT };
static const char *const ucred_fields[] = { "pid", "uid", "gid" };
static const uint8_t ucred_kinds[] = { F_INT, F_ID, F_ID };
static const char *const tpacket_stats_fields[] = { "tp_packets", "tp_drops", "tp_freeze_q_cnt" };
static const uint8_t tpacket_stats_kinds[] = { F_UINT, F_UINT, F_UINT };
static const char *const tpacket_req_fields[] = {
	"tp_block_size", "tp_block_nr", "tp_frame_size", "tp_frame_nr" };
static const uint8_t tpacket_req_kinds[] = { F_UINT, F_UINT, F_UINT, F_UINT };

/* ICMP_FILTER: the set of blocked types, [ICMP_ECHO ICMP_REDIRECT], or
 * ~[...] when more than half the bits are set; like a signal set */
static bool emit_icmp_filter(struct emit *e, const char *key, const struct optval *v, int len)
{
	if (len <= 0)
		return false;
	size_t n = len > 4 ? 4 : (size_t)len;
	if (v->have < n)
		return false;
	uint32_t data = ~0u;
	memcpy(&data, v->p, n);
	char buf[FLAGS_BUF];
	size_t o = 0;
	buf[0] = '\0';
	if (__builtin_popcount(data) > 16) {
		o = str_append(buf, sizeof(buf), o, "~");
		data = ~data;
	}
	o = str_append(buf, sizeof(buf), o, "[");
	bool first = true;
	for (unsigned b = 0; b < 32; b++) {
		if (!(data & (1u << b)))
			continue;
		if (!first)
			o = str_append(buf, sizeof(buf), o, " ");
		first = false;
		o = xval_append(buf, sizeof(buf), o, icmp_filter_types, b, "ICMP_???");
	}
	str_append(buf, sizeof(buf), o, "]");
	emit_sym(e, key, buf);
	return true;
}

/* struct ip_mreq */
static bool emit_ip_mreq(struct emit *e, const char *key, const struct optval *v)
{
	if (v->have < 8)
		return false;
	emit_begin_struct(e, key);
	emit_inet_addr(e, "imr_multiaddr", AF_INET, v->p);
	emit_inet_addr(e, "imr_interface", AF_INET, v->p + 4);
	emit_end_struct(e);
	return true;
}

/* struct ipv6_mreq */
static bool emit_ipv6_mreq(struct emit *e, const char *key, const struct optval *v)
{
	if (v->have < 20)
		return false;
	emit_begin_struct(e, key);
	emit_inet_addr(e, "ipv6mr_multiaddr", AF_INET6, v->p);
	emit_ifindex(e, "ipv6mr_interface", get_u32(v->p + 16));
	emit_end_struct(e);
	return true;
}

/* struct group_req: an interface and a sockaddr_storage */
#define GROUP_REQ_SIZE 136
static bool emit_group_req(struct emit *e, const char *key, const struct optval *v)
{
	if (v->have < GROUP_REQ_SIZE)
		return false;
	emit_begin_struct(e, key);
	emit_ifindex(e, "gr_interface", get_u32(v->p));
	emit_sockaddr(e, "gr_group", v->p + 8, 128);
	emit_end_struct(e);
	return true;
}

/* struct packet_mreq */
static bool emit_packet_mreq(struct emit *e, const char *key, const struct optval *v)
{
	if (v->have < 16)
		return false;
	unsigned alen = get_u16(v->p + 6);
	size_t n = alen > 8 ? 8 : alen;
	emit_begin_struct(e, key);
	emit_ifindex(e, "mr_ifindex", get_u32(v->p));
	emit_xval(e, "mr_type", packet_mreq_types, get_u16(v->p + 4), "PACKET_MR_???");
	emit_uint(e, "mr_alen", alen);
	/* strace shows an Ethernet address's length when mr_alen is 0 */
	emit_mac_addr(e, "mr_address", v->p + 8, n, n ? n : 6);
	emit_end_struct(e);
	return true;
}

/* struct sock_fprog {u16 len; struct sock_filter *filter}: BPF captured
 * the instructions its pointer points to as the argument's second blob */
static bool emit_sock_fprog(struct emit *e, const char *key, const struct call *c,
			    const struct optval *v)
{
	if (v->have < 16)
		return false;
	uint64_t filter;
	memcpy(&filter, v->p + 8, 8);
	unsigned len = get_u16(v->p);
	struct blob_ref ref;
	const uint8_t *insns = NULL;
	size_t have = 0;
	if ((record_blob(c->rec, 3, SCT_CAP_DEREF, 1, &ref) ||
	     record_blob(c->entry_rec, 3, SCT_CAP_DEREF, 1, &ref)) &&
	    !(ref.b->flags & SCT_BF_FAULT)) {
		insns = ref.data;
		have = ref.b->len;
	}
	emit_begin_struct(e, key);
	emit_uint(e, "len", len);
	emit_bpf_filter(e, "filter", c, filter, len, insns, have, false);
	emit_end_struct(e);
	return true;
}

static bool so_int_option(unsigned name)
{
	for (size_t k = 0; k < sizeof(so_int_options) / sizeof(so_int_options[0]); k++)
		if (so_int_options[k] == name)
			return true;
	return false;
}

/* setsockopt's value (strace's print_setsockopt); false: the address */
static bool setsockopt_val(struct emit *e, const char *key, const struct call *c,
			   const struct optval *v, int len)
{
	unsigned level = arg_uint(c, 1), name = arg_uint(c, 2);
	if (!call_verbose(c))
		return false;
	switch (level) {
	case SOL_SOCKET:
		switch (name) {
		case SO_LINGER:
			if (len < 8 || v->have < 8)
				return false;
			emit_begin_struct(e, key);
			emit_int(e, "l_onoff", get_i32(v->p));
			emit_int(e, "l_linger", get_i32(v->p + 4));
			emit_end_struct(e);
			return true;
		case SO_ATTACH_FILTER:
		case SO_ATTACH_REUSEPORT_CBPF:
			return len == 16 && emit_sock_fprog(e, key, c, v);
		}
		if (so_int_option(name))
			return len >= 4 && emit_int_val(e, key, v);
		break;
	case SOL_IP:
		switch (name) {
		case IP_ADD_MEMBERSHIP:
		case IP_DROP_MEMBERSHIP:
			return len >= 8 && emit_ip_mreq(e, key, v);
		case MCAST_JOIN_GROUP:
		case MCAST_LEAVE_GROUP:
			return len >= GROUP_REQ_SIZE && emit_group_req(e, key, v);
		}
		break;
	case SOL_IPV6:
		switch (name) {
		case IPV6_ADD_MEMBERSHIP:
		case IPV6_DROP_MEMBERSHIP:
		case IPV6_JOIN_ANYCAST:
		case IPV6_LEAVE_ANYCAST:
			return len >= 20 && emit_ipv6_mreq(e, key, v);
		case MCAST_JOIN_GROUP:
		case MCAST_LEAVE_GROUP:
			return len >= GROUP_REQ_SIZE && emit_group_req(e, key, v);
		}
		break;
	case SOL_PACKET:
		switch (name) {
		case PACKET_RX_RING:
		case PACKET_TX_RING:
			return len == 16 && v->have >= 16 &&
			       emit_get_fields(e, key, v, 16, tpacket_req_fields, tpacket_req_kinds, 4);
		case PACKET_ADD_MEMBERSHIP:
		case PACKET_DROP_MEMBERSHIP:
			return len == 16 && emit_packet_mreq(e, key, v);
		}
		break;
	case SOL_RAW:
		if (name == ICMP_FILTER)
			return emit_icmp_filter(e, key, v, len);
		break;
	case SOL_NETLINK:
		return len >= 4 && emit_int_val(e, key, v);
	}
	if (len == 4)
		return emit_int_val(e, key, v);
	return len >= 0 && emit_strn(e, key, c, v, (size_t)len);
}

/* getsockopt's value, of rlen bytes (ulen: the room the caller gave) */
static bool getsockopt_val(struct emit *e, const char *key, const struct call *c,
			   const struct optval *v, int ulen, int rlen)
{
	unsigned level = arg_uint(c, 1), name = arg_uint(c, 2);
	if (ulen <= 0 || rlen <= 0 || !call_verbose(c))
		return false;
	switch (level) {
	case SOL_SOCKET:
		switch (name) {
		case SO_LINGER:
			return emit_get_fields(e, key, v, (size_t)rlen, linger_fields, linger_kinds, 2);
		case SO_PEERCRED:
			return emit_get_fields(e, key, v, (size_t)rlen, ucred_fields, ucred_kinds, 3);
		case SO_ATTACH_FILTER:   /* SO_GET_FILTER: rlen instructions */
			/* the kernel's length is a u16 (sock_fprog.len);
			 * anything else was forged: the address */
			if ((unsigned)rlen > 0xffff)
				return false;
			emit_bpf_filter(e, key, c, arg_u64(c, 3), (unsigned)rlen, v->p, v->have,
					false);
			return true;
		case SO_ERROR:
			if (rlen < 4)
				return emit_hex_val(e, key, v, (size_t)rlen);
			if (v->have < 4)
				return false;
			{
				uint32_t err = get_u32(v->p);
				const char *n = err ? errno_name((int)err) : NULL;
				emit_begin_array(e, key);
				if (n)
					emit_sym(e, NULL, n);
				else
					emit_uint(e, NULL, err);
				emit_end_array(e);
			}
			return true;
		}
		if (so_int_option(name))
			return rlen >= 4 && emit_int_val(e, key, v);
		break;
	case SOL_PACKET:
		if (name == PACKET_STATISTICS)
			return emit_get_fields(e, key, v, (size_t)rlen, tpacket_stats_fields,
					       tpacket_stats_kinds, 3);
		break;
	case SOL_RAW:
		if (name == ICMP_FILTER)
			return emit_icmp_filter(e, key, v, rlen);
		break;
	case SOL_NETLINK:
		if (name == NETLINK_LIST_MEMBERSHIPS) {
			size_t n = (size_t)(ulen < rlen ? ulen : rlen) / 4;
			if (v->have < n * 4)
				return false;
			emit_begin_array(e, key);
			for (size_t k = 0; k < n; k++)
				emit_uint(e, NULL, get_u32(v->p + 4 * k));
			emit_end_array(e);
			return true;
		}
		return emit_int_val(e, key, v);
	}
	if (rlen == 4)
		return emit_int_val(e, key, v);
	return emit_strn(e, key, c, v, (size_t)rlen);
}

static struct optval optval_of(const struct blob_ref *r)
{
	struct optval v = { NULL, 0 };
	if (r && r->b && !(r->b->flags & SCT_BF_FAULT)) {
		v.p = r->data;
		v.have = r->b->len;
	}
	return v;
}

void dec_sockopt_val_in(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	struct optval v = optval_of(call_blob(c, i));
	if (!p || !setsockopt_val(e, key, c, &v, arg_int(c, c->fmt->lenarg[i])))
		emit_ptr(e, key, p);
}

/*
 * getsockopt's optlen, as at entry (the entry record's capture) and as the
 * call left it (the exit record's); false when either is unknown.
 */
static bool optlen_pair(const struct call *c, int li, int32_t *ulen, int32_t *rlen)
{
	const struct blob_ref *in = call_blob(c, li);
	const struct blob_ref *out = &c->out[li];
	if (!in || in->b->len < 4 || !out->b || (out->b->flags & SCT_BF_FAULT) ||
	    out->b->len < 4)
		return false;
	memcpy(ulen, in->data, 4);
	memcpy(rlen, out->data, 4);
	return true;
}

void dec_sockopt_val_out(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t p = arg_u64(c, i);
	int32_t ulen, rlen;
	struct optval v = optval_of(&c->out[i]);
	if (!p || !arg_u64(c, i + 1) || !call_ok(c) || !optlen_pair(c, i + 1, &ulen, &rlen) ||
	    !getsockopt_val(e, key, c, &v, ulen, rlen))
		emit_ptr(e, key, p);
}

/* ------------------------------------------------------------ msghdr */

/* sendmsg, recvmsg: the header, its name, control data and iovecs as BPF
 * captured them (SCT_CAP_MSGHDR; decode_msghdr.c prints them) */
static void sys_sendmsg(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_msghdr_arg(e, key, c, i, false);
	else
		decode_arg_kind(e, c, i, key);
}

static void sys_recvmsg(struct emit *e, const struct call *c, int i, const char *key)
{
	if (i == 1)
		emit_msghdr_arg(e, key, c, i, true);
	else
		decode_arg_kind(e, c, i, key);
}

/* --------------------------------------------------------------- rows */

/* Addresses the kernel writes (accept, getsockname, recvfrom...): a
 * sockaddr_storage, or its readable start (SCT_BF_PARTIAL) */
#define SOCKNAME_CAP 128

const struct syscall_row decode_rows_sockopt[] = {
	SYS(sendmsg, .arg = { A_FD, A_PTR, A_MSG_FLAGS }, .blocks = 1, .decode = sys_sendmsg,
	    .cap = { [1] = CAP_MSGHDR(SCT_IOV_IN) }),
	SYS(recvmsg, .arg = { A_FD, A_PTR, A_MSG_FLAGS }, .entry_args = 1, .blocks = 1,
	    .decode = sys_recvmsg, .cap = { [1] = CAP_MSGHDR(SCT_IOV_OUT) }),
	SYS(accept, .arg = { A_FD, A_SOCKADDR_OUT, A_SOCKLEN_INOUT }, .entry_args = 1, .ret = R_FD,
	    .blocks = 1, .cap = { [1] = CAP_OUT(SOCKNAME_CAP) }),
	SYS(accept4, .arg = { A_FD, A_SOCKADDR_OUT, A_SOCKLEN_INOUT, A_SOCK_FLAGS }, .entry_args = 1,
	    .ret = R_FD, .blocks = 1, .cap = { [1] = CAP_OUT(SOCKNAME_CAP) }),
	SYS(getsockname, .arg = { A_FD, A_SOCKADDR_OUT, A_SOCKLEN_INOUT }, .entry_args = 1,
	    .blocks = 1, .cap = { [1] = CAP_OUT(SOCKNAME_CAP) }),
	SYS(getpeername, .arg = { A_FD, A_SOCKADDR_OUT, A_SOCKLEN_INOUT }, .entry_args = 1,
	    .blocks = 1, .cap = { [1] = CAP_OUT(SOCKNAME_CAP) }),
	SYS(recvfrom, .arg = { A_FD, A_BUF_OUT, A_UINT, A_MSG_FLAGS, A_SOCKADDR_OUT, A_SOCKLEN_INOUT },
	    .entry_args = 1, .blocks = 1, .cap = { [4] = CAP_OUT(SOCKNAME_CAP) }),
	SYS(setsockopt, .arg = { A_FD, A_SOCKOPT_LEVEL, A_SOCKOPT_NAME, A_SOCKOPT_VAL_IN, A_INT },
	    .lenarg = { [3] = 4 },
	    /* the value, and the filter a struct sock_fprog points to
	     * (SO_ATTACH_FILTER: {u16 len; struct sock_filter *filter}) */
	    .cap = { [3] = CAP_DEREF_ARRAY(SETSOCKOPT_CAP, 8, 0, 2, 8, 4096) }),
	SYS(getsockopt, .arg = { A_FD, A_SOCKOPT_LEVEL, A_SOCKOPT_NAME, A_SOCKOPT_VAL_OUT,
				 A_SOCKLEN_INOUT },
	    .entry_args = 3, .blocks = 1,
	    .cap = { [3] = CAP_OUT(GETSOCKOPT_CAP) }),
	SYS_END
};
