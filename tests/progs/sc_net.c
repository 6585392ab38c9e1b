/* Network and poll calls for tests/integration/net.sh: socket options,
 * addresses of several families, msghdr, ppoll; buffers in a mapping at a
 * fixed address (its second page unreadable) so the lines are stable. */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BASE 0x10000000UL

int main(void)
{
	uint8_t *p = mmap((void *)BASE, 0x2000, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p == MAP_FAILED)
		return 1;
	mprotect(p + 0x1000, 0x1000, PROT_NONE);
	uint8_t *end = p + 0x1000;
	int32_t *ip = (int32_t *)p;

	/* setsockopt: structs, sets, ints, strings, unknown names */
	ip[0] = 1;
	ip[1] = 5;
	syscall(__NR_setsockopt, -1, SOL_SOCKET, SO_LINGER, p, 8);
	syscall(__NR_setsockopt, -1, SOL_SOCKET, SO_LINGER, p, 4);
	syscall(__NR_setsockopt, -1, SOL_SOCKET, SO_REUSEADDR, p, 4);
	memcpy(p + 0x380, "bbr", 3);   /* in a touched page: BPF cannot fault one in */
	syscall(__NR_setsockopt, -1, 6 /* SOL_TCP */, 13 /* TCP_CONGESTION */, p + 0x380, 3);
	ip[0] = -1;
	syscall(__NR_setsockopt, -1, 255 /* SOL_RAW */, 1 /* ICMP_FILTER */, p, 4);
	ip[0] = 1 << 3 | 1 << 8;
	syscall(__NR_setsockopt, -1, 255, 1, p, 4);
	uint8_t mreq[16] = { 0, 0, 0, 0, 1, 0, 6, 0, 0x52, 0x54, 0, 0x12, 0x34, 0x56 };
	memcpy(p + 0x100, mreq, sizeof(mreq));
	syscall(__NR_setsockopt, -1, 263 /* SOL_PACKET */, 1 /* PACKET_ADD_MEMBERSHIP */, p + 0x100, 16);
	syscall(__NR_setsockopt, -1, 263, 5 /* PACKET_RX_RING */, end - 16, 17);
	syscall(__NR_setsockopt, -1, 999, 5, NULL, 0);
	uint8_t m4[8] = { 224, 0, 0, 251, 0, 0, 0, 0 };
	memcpy(p + 0x200, m4, sizeof(m4));
	syscall(__NR_setsockopt, -1, 0 /* SOL_IP */, 35 /* IP_ADD_MEMBERSHIP */, p + 0x200, 8);

	/* getsockopt on a real socket */
	int s = socket(AF_INET, SOCK_STREAM, 0);
	socklen_t *lp = (socklen_t *)(p + 0x300);
	*lp = 4;
	syscall(__NR_getsockopt, s, SOL_SOCKET, SO_TYPE, p, lp);
	*lp = 8;
	syscall(__NR_getsockopt, s, SOL_SOCKET, SO_ERROR, p, lp);
	*lp = 4;
	syscall(__NR_getsockopt, s, SOL_SOCKET, SO_ERROR, NULL, lp);
	syscall(__NR_getsockopt, s, SOL_SOCKET, SO_TYPE, p, NULL);
	syscall(__NR_getsockopt, -1, 263, 6 /* PACKET_STATISTICS */, end - 12, lp);

	/* addresses */
	uint8_t sin[16] = { 2, 0, 0x1f, 0x90, 127, 0, 0, 1 };
	memcpy(p + 0x400, sin, 16);
	syscall(__NR_connect, -1, p + 0x400, 16);
	syscall(__NR_connect, -1, p + 0x400, 8);
	syscall(__NR_connect, -1, end - 8, 16);
	uint8_t ll[20] = { 17, 0, 0x86, 0xdd, 0xed, 0xfe, 0xce, 0xfa, 1, 0, 0, 6, 1, 2, 3, 4, 5, 6 };
	memcpy(p + 0x400, ll, 20);
	syscall(__NR_connect, -1, p + 0x400, 20);
	uint8_t ax[16] = { 3, 0, 'N' << 1, '0' << 1, 'C' << 1, 'A' << 1, 'L' << 1, 'L' << 1, 3 << 1 };
	memcpy(p + 0x400, ax, 16);
	syscall(__NR_connect, -1, p + 0x400, 16);
	uint8_t vs[16] = { 40, 0, 0, 0, 0x39, 0x30, 0, 0, 2, 0, 0, 0 };
	memcpy(p + 0x400, vs, 16);
	syscall(__NR_connect, -1, p + 0x400, 16);

	int u = socket(AF_UNIX, SOCK_DGRAM, 0);
	uint8_t sun[19] = { 1, 0, 0 };
	memcpy(sun + 3, "sctrace-net-test", 16);
	memcpy(p + 0x500, sun, sizeof(sun));
	syscall(__NR_bind, u, p + 0x500, sizeof(sun));
	*lp = 110;
	syscall(__NR_getsockname, u, p + 0x600, lp);
	syscall(__NR_getsockname, u, p + 0x600, NULL);

	/* msghdr: the pointers inside are not followed */
	uint64_t *m = (uint64_t *)(p + 0x700);
	memset(m, 0, 56);
	m[1] = 16;
	m[3] = 0;
	syscall(__NR_sendmsg, -1, m, MSG_DONTWAIT);
	syscall(__NR_recvmsg, -1, m, 0);
	syscall(__NR_sendmsg, -1, end, 0);

	/* ppoll: nfds is an unsigned int */
	int64_t *ts = (int64_t *)(p + 0x800);
	ts[0] = 0;
	ts[1] = 0;
	syscall(__NR_ppoll, NULL, 0xdead00000000UL, ts, NULL, 8);
	return 0;
}
