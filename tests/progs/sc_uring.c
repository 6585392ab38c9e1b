// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * io_uring_register's opcodes for tests/integration/sched.sh (-y): its
 * structs, the arrays and structs behind their pointers, and the fds in
 * them, on a bad ring fd (so the calls fail the same way on every kernel).
 * Everything sits at a fixed address (a readable page followed by an
 * unreadable one).  fd 3 is /dev/full; stdin is /dev/null.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define FIXED ((void *)0x31000000)
#define REG(op, arg, n) syscall(__NR_io_uring_register, -1, (op), (arg), (n))

static uint8_t *m;

/* a zeroed area at offset off of the page */
static void *at(unsigned off, unsigned len)
{
	memset(m + off, 0, len);
	return m + off;
}

static void put32(void *p, unsigned off, uint32_t v) { memcpy((uint8_t *)p + off, &v, 4); }
static void put64(void *p, unsigned off, uint64_t v) { memcpy((uint8_t *)p + off, &v, 8); }

int main(void)
{
	m = mmap(FIXED, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		 -1, 0);
	if (m != FIXED)
		return 1;
	mprotect(m + 4096, 4096, PROT_NONE);
	if (open("/dev/full", O_RDONLY) != 3)
		return 1;

	/* IORING_REGISTER_FILES_UPDATE: {offset, fds=[...]} */
	int32_t *fds = at(0x800, 24);
	fds[0] = 3; fds[1] = 0; fds[2] = -1; fds[3] = -2; fds[4] = -3;
	uint8_t *fu = at(0x100, 16);
	put32(fu, 0, 7);
	put64(fu, 8, (uintptr_t)fds);
	REG(6, fu, 5);
	put32(fu, 4, 0x11);
	REG(6, fu, 0);

	/* IORING_REGISTER_PROBE: a non-zero input is shown */
	uint8_t *pr = at(0x200, 16 + 8 * 2);
	pr[0] = 1; pr[1] = 2;
	pr[16] = 22; pr[18] = 1;
	pr[24] = 0x41; pr[25] = 3; pr[26] = 3; put32(pr, 28, 0xbeef);
	REG(8, pr, 2);
	REG(8, at(0x280, 32), 2);   /* all zero: the address */

	/* IORING_REGISTER_RESTRICTIONS */
	uint8_t *rs = at(0x300, 5 * 16);
	rs[0] = 0; rs[2] = 35;
	rs[16] = 1; rs[18] = 64; rs[19] = 0x77;
	rs[32] = 2; rs[34] = 0x41;
	rs[48] = 3; rs[50] = 0x80; put32(rs, 56, 5);
	rs[64] = 9; rs[66] = 0xef;
	REG(11, rs, 5);

	/* IORING_REGISTER_FILES2: {nr, flags, data=[fds], tags=[...]} and its tail */
	uint64_t *tags = at(0x900, 24);
	tags[0] = 1; tags[1] = 0xdead;
	uint8_t *rr = at(0x400, 40);
	put32(rr, 0, 3);
	put32(rr, 4, 1);
	put64(rr, 16, (uintptr_t)fds);
	put64(rr, 24, (uintptr_t)tags);
	REG(13, rr, 32);
	rr[36] = 0xa1;
	REG(13, rr, 40);
	put64(rr, 16, (uintptr_t)(m + 4096 - 8));   /* data running into the unreadable page */
	put64(rr, 24, 0);
	REG(13, rr, 32);

	/* IORING_REGISTER_BUFFERS_UPDATE: {offset, data=[iovecs], tags, nr} */
	uint64_t *iov = at(0xa00, 32);
	iov[0] = 0x1000; iov[1] = 16; iov[2] = 0; iov[3] = 3;
	uint8_t *ru = at(0x480, 32);
	put32(ru, 0, 5);
	put64(ru, 8, (uintptr_t)iov);
	put32(ru, 24, 2);
	REG(16, ru, 32);
	/* IORING_REGISTER_FILES_UPDATE2 */
	put64(ru, 8, (uintptr_t)fds);
	put64(ru, 16, (uintptr_t)tags);
	REG(14, ru, 32);

	/* IORING_REGISTER_IOWQ_AFF, IORING_REGISTER_IOWQ_MAX_WORKERS */
	uint8_t *aff = at(0x500, 2);
	aff[0] = 0x0b; aff[1] = 0x80;
	REG(17, aff, 2);
	uint32_t *w = at(0x510, 8);
	w[0] = 4; w[1] = 8;
	REG(19, w, 2);

	/* IORING_REGISTER_RING_FDS, IORING_UNREGISTER_RING_FDS */
	uint8_t *rf = at(0x540, 48);
	put32(rf, 0, UINT32_MAX); put64(rf, 8, 3);
	put32(rf, 16, 1); put32(rf, 20, 0x99); put64(rf, 24, 0);
	put32(rf, 32, 2); put64(rf, 40, (uint64_t)-1);
	REG(20, rf, 3);
	REG(21, rf, 3);

	/* IORING_REGISTER_PBUF_RING, IORING_REGISTER_SYNC_CANCEL */
	uint8_t *br = at(0x580, 40);
	put64(br, 0, 0x31000000); put32(br, 8, 8); br[12] = 1; br[14] = 2; put32(br, 16, 4);
	REG(22, br, 1);
	uint8_t *sc = at(0x5c0, 64);
	put32(sc, 8, 3); put32(sc, 12, 0x3); put64(sc, 16, 1); put64(sc, 24, 2); sc[32] = 22;
	REG(24, sc, 1);

	/* IORING_REGISTER_NAPI, IORING_REGISTER_CLOCK, IORING_REGISTER_CLONE_BUFFERS */
	uint8_t *np = at(0x600, 16);
	put32(np, 0, 100); np[4] = 1; np[5] = 0; put32(np, 8, 1);
	REG(27, np, 1);
	uint32_t *ck = at(0x610, 16);
	ck[0] = 1;
	REG(29, ck, 0);
	uint32_t *cb = at(0x620, 32);
	cb[0] = 3; cb[1] = 1; cb[2] = 1; cb[3] = 2; cb[4] = 4;
	REG(30, cb, 1);

	/* IORING_REGISTER_SEND_MSG_RING: an SQE */
	uint8_t *sq = at(0x640, 64);
	sq[0] = 40; sq[1] = 1; put32(sq, 4, 0); put32(sq, 24, 5); put32(sq, 28, 1);
	put64(sq, 32, 0xcafe);
	REG(31, sq, 1);

	/* IORING_REGISTER_ZCRX_IFQ, RESIZE_RINGS, MEM_REGION, ZCRX_CTRL */
	uint8_t *zi = at(0x680, 96);
	put32(zi, 0, 2); put32(zi, 12, 1); put64(zi, 16, 0x31000000); put32(zi, 32, 64);
	REG(32, zi, 1);
	uint8_t *pa = at(0x700, 120);
	put32(pa, 0, 8); put32(pa, 4, 16); put32(pa, 8, 1u << 3);
	REG(33, pa, 1);
	uint64_t *mr = at(0x780, 32);
	mr[0] = 0x31000000; mr[1] = 1;
	REG(34, mr, 1);
	uint32_t *zc = at(0x7c0, 72);
	zc[0] = 7; zc[1] = 0;
	REG(36, zc, 1);

	/* IORING_REGISTER_QUERY: a chain of three headers and their data */
	uint8_t *qd0 = at(0xb00, 48), *qd1 = at(0xb40, 16);
	put32(qd0, 0, 50); put32(qd0, 4, 36); put64(qd0, 8, 1); put64(qd0, 16, 2);
	put64(qd1, 0, 64); put64(qd1, 8, 8);
	uint8_t *h0 = at(0xc00, 40), *h1 = at(0xc40, 40), *h2 = at(0xc80, 40);
	put64(h0, 0, (uintptr_t)h1); put64(h0, 8, (uintptr_t)qd0); put32(h0, 16, 0);
	put32(h0, 20, 48);
	put64(h1, 0, (uintptr_t)h2); put64(h1, 8, (uintptr_t)qd1); put32(h1, 16, 2);
	put32(h1, 20, 16);
	put64(h2, 0, (uintptr_t)(m + 4096)); put32(h2, 16, 9); put32(h2, 24, -22);
	REG(35, h0, 0);
	return 0;
}
