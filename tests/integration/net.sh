# The network and poll decoders (src/decode_net.c, src/decode_sockopt.c,
# src/decode_poll.c): socket options by level and name, addresses of
# several families, msghdr (its inner pointers as addresses), ppoll's
# nfds; tests/progs/sc_net.c keeps its buffers at a fixed address.
# Expected lines: strace 7.2.
if want net; then
	$SCT -o "$T/net.txt" -e trace=setsockopt,getsockopt,connect,bind,getsockname,sendmsg,recvmsg,ppoll -- $B/sc_net >/dev/null 2>&1
	expect_lines "net" "$T/net.txt" <<'EOF2'
setsockopt(-1, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_SOCKET, SO_LINGER, 0x10000000, 4) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_SOCKET, SO_REUSEADDR, [1], 4) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_TCP, TCP_CONGESTION, "bbr", 3) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_RAW, ICMP_FILTER, ~[], 4) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_RAW, ICMP_FILTER, [ICMP_DEST_UNREACH ICMP_ECHO], 4) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, {mr_ifindex=0, mr_type=PACKET_MR_PROMISC, mr_alen=6, mr_address=52:54:00:12:34:56}, 16) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_PACKET, PACKET_RX_RING, 0x10000ff0, 17) = -1 EBADF (Bad file descriptor)
setsockopt(-1, 0x3e7 /* SOL_?? */, 5, NULL, 0) = -1 EBADF (Bad file descriptor)
setsockopt(-1, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr("224.0.0.251"), imr_interface=inet_addr("0.0.0.0")}, 8) = -1 EBADF (Bad file descriptor)
getsockopt(3, SOL_SOCKET, SO_TYPE, [1], [4]) = 0
getsockopt(3, SOL_SOCKET, SO_ERROR, [0], [8 => 4]) = 0
getsockopt(3, SOL_SOCKET, SO_ERROR, NULL, [4]) = -1 EFAULT (Bad address)
getsockopt(3, SOL_SOCKET, SO_TYPE, 0x10000000, NULL) = -1 EFAULT (Bad address)
getsockopt(-1, SOL_PACKET, PACKET_STATISTICS, 0x10000ff4, [4]) = -1 EBADF (Bad file descriptor)
connect(-1, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EBADF (Bad file descriptor)
connect(-1, {sa_family=AF_INET, sa_data="\37\220\177\0\0\1"}, 8) = -1 EBADF (Bad file descriptor)
connect(-1, 0x10000ff8, 16)             = -1 EBADF (Bad file descriptor)
connect(-1, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IPV6), sll_ifindex=4207869677, sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_HOST, sll_halen=6, sll_addr=[0x1, 0x2, 0x3, 0x4, 0x5, 0x6]}, 20) = -1 EBADF (Bad file descriptor)
connect(-1, {sa_family=AF_AX25, sax25_call=N0CALL-3, sax25_ndigis=0}, 16) = -1 EBADF (Bad file descriptor)
connect(-1, {sa_family=AF_VSOCK, svm_cid=VMADDR_CID_HOST, svm_port=0x3039, svm_flags=0}, 16) = -1 EBADF (Bad file descriptor)
bind(4, {sa_family=AF_UNIX, sun_path=@"sctrace-net-test"}, 19) = 0
getsockname(4, {sa_family=AF_UNIX, sun_path=@"sctrace-net-test"}, [110 => 19]) = 0
getsockname(4, 0x10000600, NULL)        = -1 EFAULT (Bad address)
sendmsg(-1, {msg_name=NULL, msg_namelen=16, msg_iov=NULL, msg_iovlen=0, msg_controllen=0, msg_flags=0}, MSG_DONTWAIT) = -1 EBADF (Bad file descriptor)
recvmsg(-1, {msg_namelen=16}, 0)        = -1 EBADF (Bad file descriptor)
sendmsg(-1, 0x10001000, 0)              = -1 EBADF (Bad file descriptor)
ppoll(NULL, 0, {tv_sec=0, tv_nsec=0}, NULL, 8) = 0 (Timeout)
+++ exited with 0 +++
EOF2
fi
