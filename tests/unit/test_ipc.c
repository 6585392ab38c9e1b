/*
 * The ipc and ptrace families (src/decode_ipc.c, src/decode_ptrace.c)
 * against strace 7.2: synthetic records decoded through the text emitter.
 * The expected strings are strace 7.2's lines for the same calls (its test
 * suite's shmxt, mq, aio, aio_pgetevents and ptrace_set_syscall_info, and
 * tests/progs/sc_ipc.c under ../shared/strace-suite/bin/strace).
 */
#include <stdint.h>
#include <stdlib.h>
#include <asm/unistd_64.h>
#include "unit.h"
#include "records.h"

/* -------------------------------------------------------- SysV IPC */

TEST(ipc_shm)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_shmat, E(22), (uint64_t)-38177487, 0xdec0ded1dec0ded2ULL, 0xffffface, 0);
	CHECK_STREQ(dec(r), "-38177487, 0xdec0ded1dec0ded2, "
		    "SHM_RDONLY|SHM_RND|SHM_REMAP|SHM_EXEC|0xffff0ace");
	r = REC(&b, __NR_shmat, 0x7f7848d6c000, 8, 0x7f7848d6c001, 020000, 0);
	CHECK_STREQ(dec(r), "8, 0x7f7848d6c001, SHM_RND");
	r = REC(&b, __NR_shmdt, 0, 0x7f7848d6c000, 0, 0, 0);
	CHECK_STREQ(dec(r), "0x7f7848d6c000");

	r = REC(&b, __NR_shmget, E(22), 0, 0, 03600, 0);
	CHECK_STREQ(dec(r), "IPC_PRIVATE, 0, IPC_CREAT|IPC_EXCL|0600");
	r = REC(&b, __NR_shmget, E(2), 0x7ace1e55, 1, 0, 0);
	CHECK_STREQ(dec(r), "0x7ace1e55, 1, 000");

	r = REC(&b, __NR_shmctl, E(22), (uint64_t)-1, 0x100, (uint64_t)-1, 0);
	CHECK_STREQ(dec(r), "-1, IPC_64|IPC_RMID, 0xffffffffffffffff");
	r = REC(&b, __NR_shmctl, E(22), (uint64_t)-1, 0x55, 0, 0);
	CHECK_STREQ(dec(r), "-1, 0x55 /* SHM_??? */, NULL");

	decode_opts.xlat = XLAT_VERBOSE;
	r = REC(&b, __NR_shmget, E(22), 0, 0, 03600, 0);
	CHECK_STREQ(dec(r), "0 /* IPC_PRIVATE */, 0, 0x600 /* IPC_CREAT|IPC_EXCL */|0600");
	decode_opts.xlat = XLAT_RAW;
	r = REC(&b, __NR_shmctl, E(22), (uint64_t)-1, 0x100, (uint64_t)-1, 0);
	CHECK_STREQ(dec(r), "-1, 0x100|0, 0xffffffffffffffff");
	decode_opts.xlat = XLAT_ABBREV;
}

TEST(ipc_msg_sem)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_msgget, E(2), 0x7ace1e55, 0600, 0, 0);
	CHECK_STREQ(dec(r), "0x7ace1e55, 0600");
	r = REC(&b, __NR_msgsnd, E(14), (uint64_t)-1, 0, 0, 04000, 0);
	CHECK_STREQ(dec(r), "-1, NULL, 0, IPC_NOWAIT");
	r = REC(&b, __NR_semget, E(2), 0x7ace1e55, 2, 0644, 0);
	CHECK_STREQ(dec(r), "0x7ace1e55, 2, 0644");
	r = REC(&b, __NR_semctl, E(22), (uint64_t)-1, 0, 0, 0);
	CHECK_STREQ(dec(r), "-1, 0, IPC_RMID, NULL");
	r = REC(&b, __NR_semop, E(22), (uint64_t)-1, 0, 0, 0);
	CHECK_STREQ(dec(r), "-1, NULL, 0");
}

/* ---------------------------------------------------- POSIX mqueues */

TEST(ipc_mq)
{
	struct recbuf b;
	struct sct_syscall *r;
	const int64_t attr[4] = { 0, 10, 8192, 0 };

	r = REC(&b, __NR_mq_open, 0, 0x1000, 0100, 0700, 0);
	blob(r, 0, SCT_CAP_PATH, 0, "strace-mq-15746.sample", 22);
	CHECK_STREQ(dec(r), "\"strace-mq-15746.sample\", O_RDONLY|O_CREAT, 0700, NULL");

	r = REC(&b, __NR_mq_getsetattr, 0, 0, 0, 0x2000, 0);
	blob(r, 2, SCT_CAP_STRUCT_OUT, 0, attr, sizeof(attr));
	CHECK_STREQ(dec(r), "0, NULL, {mq_flags=0, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=0}");
	r = REC(&b, __NR_mq_getsetattr, 0, 0, 0x2000, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, attr, sizeof(attr));
	CHECK_STREQ(dec(r), "0, {mq_flags=0, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=0}, NULL");
}

/* ------------------------------------------------------------ aio */

TEST(ipc_aio)
{
	struct recbuf b;
	struct sct_syscall *r;
	const uint64_t ctx = 0x7f530e44a000;

	r = REC(&b, __NR_io_setup, 0, 2, 0x3000, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, &ctx, sizeof(ctx));
	CHECK_STREQ(dec(r), "2, [0x7f530e44a000]");
	r = REC(&b, __NR_io_setup, E(14), 0xdeadbeef, 0, 0, 0);
	CHECK_STREQ(dec(r), "3735928559, NULL");

	r = REC(&b, __NR_io_submit, E(22), 0xface1e55deadbeefULL, 0xca7faceddeadf00dULL, 0, 0);
	CHECK_STREQ(dec(r), "0xface1e55deadbeef, -3855172618362687475, NULL");

	const int64_t ts[2] = { (int64_t)0xcafef00ddeadbeefLL, (int64_t)0xbadc0dedfacefeedLL };
	r = REC(&b, __NR_io_getevents, E(22), 0xface1e55deadbeefULL, 0, 0, 0, 0x4000, 0);
	blob(r, 4, SCT_CAP_STRUCT_IN, 0, ts, sizeof(ts));
	CHECK_STREQ(dec(r), "0xface1e55deadbeef, 0, 0, NULL, "
		    "{tv_sec=-3819351491602432273, tv_nsec=13464652301697220333}");

	/* io_cancel: the iocb's head */
	uint8_t cb[64] = { 0 };
	const uint64_t data = 0xdeadbeefbadc0dedULL;
	const int16_t prio = 99;
	const int32_t fd = -42;
	memcpy(cb, &data, 8);
	memcpy(cb + 18, &prio, 2);
	memcpy(cb + 20, &fd, 4);
	r = REC(&b, __NR_io_cancel, E(22), ctx, 0x5000, 0x6000, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, cb, sizeof(cb));
	CHECK_STREQ(dec(r), "0x7f530e44a000, {aio_data=0xdeadbeefbadc0ded, "
		    "aio_lio_opcode=IOCB_CMD_PREAD, aio_reqprio=99, aio_fildes=-42}, 0x6000");

	/* io_pgetevents' sigset struct: its mask is one pointer further */
	const uint64_t ss[2] = { 0x7f595006e000, 0xdeadbeefbadcaffeULL };
	r = REC(&b, __NR_io_pgetevents, E(22), 0xface1e55deadbeefULL, 0xca7faceddeadf00dULL,
		0xba5e1e505ca571e0ULL, 0, 0, 0x7000);
	blob(r, 5, SCT_CAP_STRUCT_IN, 0, ss, sizeof(ss));
	CHECK_STREQ(dec(r), "0xface1e55deadbeef, -3855172618362687475, -5017539604343590432, "
		    "NULL, NULL, {sigmask=0x7f595006e000, sigsetsize=16045690984232431614}");
}

/* ------------------------------------------------------------ ptrace */

static void psi_fill(uint8_t *p)
{
	for (int k = 0; k < 88; k++)
		p[k] = (uint8_t)(0x80 + k);
}

TEST(ptrace_set_syscall_info)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t p[88];

	r = REC(&b, __NR_ptrace, E(3), 0x4212, 15777, 1, 0, 0);
	CHECK_STREQ(dec(r), "PTRACE_SET_SYSCALL_INFO, 15777, 1, NULL");
	r = REC(&b, __NR_ptrace, E(3), 0x4212, 15777, 0, 0x7f8819f43fff, 0);
	CHECK_STREQ(dec(r), "PTRACE_SET_SYSCALL_INFO, 15777, 0, 0x7f8819f43fff");

	psi_fill(p);
	p[0] = 4;
	r = REC(&b, __NR_ptrace, E(3), 0x4212, 15777, 3, 0x1000, 0);
	blob(r, 3, SCT_CAP_BUF_IN, 0, p, 3);
	CHECK_STREQ(dec(r), "PTRACE_SET_SYSCALL_INFO, 15777, 3, "
		    "{op=0x4 /* PTRACE_SYSCALL_INFO_??? */, reserved=0x81, flags=0x82}");

	/* an exit stop, with an errno */
	psi_fill(p);
	p[0] = 2;
	const uint32_t arch = 0x102;
	const int64_t rval = -2;
	memcpy(p + 4, &arch, 4);
	memcpy(p + 24, &rval, 8);
	p[32] = 253;
	r = REC(&b, __NR_ptrace, E(3), 0x4212, 16388, 44, 0x1000, 0);
	blob(r, 3, SCT_CAP_BUF_IN, 0, p, 44);
	CHECK_STREQ(dec(r), "PTRACE_SET_SYSCALL_INFO, 16388, 44, {op=PTRACE_SYSCALL_INFO_EXIT, "
		    "reserved=0x81, flags=0x8382, arch=0x102 /* AUDIT_ARCH_??? */, "
		    "instruction_pointer=0x8f8e8d8c8b8a8988, stack_pointer=0x9796959493929190, "
		    "exit={rval=-ENOENT, is_error=253}}");

	/* an entry stop with a known syscall, under -X verbose */
	psi_fill(p);
	p[0] = 1;
	const uint32_t x86_64 = 0xc000003e;
	const uint64_t nr = 186;
	memcpy(p + 4, &x86_64, 4);
	memcpy(p + 24, &nr, 8);
	r = REC(&b, __NR_ptrace, E(3), 0x4212, 18408, 48, 0x1000, 0);
	blob(r, 3, SCT_CAP_BUF_IN, 0, p, 48);
	decode_opts.xlat = XLAT_VERBOSE;
	CHECK_STREQ(dec(r), "0x4212 /* PTRACE_SET_SYSCALL_INFO */, 18408, 48, "
		    "{op=0x1 /* PTRACE_SYSCALL_INFO_ENTRY */, reserved=0x81, flags=0x8382, "
		    "arch=0xc000003e /* AUDIT_ARCH_X86_64 */, "
		    "instruction_pointer=0x8f8e8d8c8b8a8988, stack_pointer=0x9796959493929190, "
		    "entry={nr=186 /* __NR_gettid */, args=[0xa7a6a5a4a3a2a1a0, 0xafaeadacabaaa9a8]}}");
	decode_opts.xlat = XLAT_RAW;
	CHECK_STREQ(dec(r), "0x4212, 18408, 48, {op=0x1, reserved=0x81, flags=0x8382, "
		    "arch=0xc000003e, instruction_pointer=0x8f8e8d8c8b8a8988, "
		    "stack_pointer=0x9796959493929190, "
		    "entry={nr=186, args=[0xa7a6a5a4a3a2a1a0, 0xafaeadacabaaa9a8]}}");
	decode_opts.xlat = XLAT_ABBREV;
}

TEST(ptrace_requests)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_ptrace, E(3), 0x4200, 2147483647, 0, 0x100001, 0);
	CHECK_STREQ(dec(r), "PTRACE_SETOPTIONS, 2147483647, NULL, "
		    "PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL");
	r = REC(&b, __NR_ptrace, E(3), 7, 2147483647, 0, 18, 0);
	CHECK_STREQ(dec(r), "PTRACE_CONT, 2147483647, NULL, SIGCONT");
	r = REC(&b, __NR_ptrace, E(3), 16, 2147483647, 1, 2, 0);
	CHECK_STREQ(dec(r), "PTRACE_ATTACH, 2147483647");
	r = REC(&b, __NR_ptrace, E(3), 0xbad, 2147483647, 0, 0, 0);
	CHECK_STREQ(dec(r), "0xbad /* PTRACE_??? */, 2147483647, NULL, NULL");
}

TEST(ptrace_peekuser)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_ptrace, E(3), 3, 1, 8, 0xcafef00d, 0);
	CHECK_STREQ(dec(r), "PTRACE_PEEKUSER, 1, 8*R14, 0xcafef00d");
	r = REC(&b, __NR_ptrace, E(3), 3, 2147483647, 132, 0, 0);
	CHECK_STREQ(dec(r), "PTRACE_PEEKUSER, 2147483647, 8*RIP+4, NULL");
	r = REC(&b, __NR_ptrace, E(3), 3, 2147483647, 848, 0, 0);
	CHECK_STREQ(dec(r), "PTRACE_PEEKUSER, 2147483647, offsetof(struct user, u_debugreg), NULL");
	r = REC(&b, __NR_ptrace, E(3), 3, 2147483647, 4096, 0, 0);
	CHECK_STREQ(dec(r), "PTRACE_PEEKUSER, 2147483647, 0x1000, NULL");
	decode_opts.xlat = XLAT_VERBOSE;
	r = REC(&b, __NR_ptrace, E(3), 3, 2147483647, 132, 0, 0);
	CHECK_STREQ(dec(r), "0x3 /* PTRACE_PEEKUSER */, 2147483647, 0x84 /* 8*RIP+4 */, NULL");
	decode_opts.xlat = XLAT_ABBREV;

	r = REC(&b, __NR_ptrace, E(3), 0x420f, 2147483647, 32, 0, 0);
	CHECK_STREQ(dec(r), "PTRACE_GET_RSEQ_CONFIGURATION, 2147483647, 0x20, NULL");
	r = REC(&b, __NR_ptrace, E(3), 0x4206, 2147483647, 0, 0x80000000, 0);
	CHECK_STREQ(dec(r), "PTRACE_SEIZE, 2147483647, NULL, 0x80000000 /* PTRACE_O_??? */");
}

TEST(ipc_msgrcv_flags)
{
	struct recbuf b;
	struct sct_syscall *r;

	r = REC(&b, __NR_msgrcv, E(22), (uint64_t)-1, 0, 0, (uint64_t)-1, 04000 | 010000 | 0x800000);
	CHECK_STREQ(dec(r), "-1, NULL, 0, -1, MSG_NOERROR|IPC_NOWAIT|0x800000");
	r = REC(&b, __NR_msgsnd, E(14), 0xdefaced1, 0xdeadbeef, 0xcafef00d, 0xffffffff, 0);
	CHECK_STREQ(dec(r), "-553988399, 0xdeadbeef, 3405705229, "
		    "MSG_NOERROR|MSG_EXCEPT|MSG_COPY|IPC_NOWAIT|0xffff87ff");
	r = REC(&b, __NR_mq_open, E(14), 0xdeadbeef, 0x40, 0xffffffff, 0xdeadbeef, 0);
	CHECK_STREQ(dec(r), "0xdeadbeef, O_RDONLY|O_CREAT, 0177777, 0xdeadbeef");
}

/* ------------------------------- arrays and partly readable structs */

static void sembuf_set(uint8_t *p, uint16_t num, int16_t op, int16_t flg)
{
	memcpy(p, &num, 2);
	memcpy(p + 2, &op, 2);
	memcpy(p + 4, &flg, 2);
}

TEST(ipc_semop_array)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t sb[40 * 6];

	sembuf_set(sb, 0, 1, 010000);
	sembuf_set(sb + 6, 0xface, (int16_t)0xf00d, (int16_t)0xbeef);
	r = REC(&b, __NR_semop, E(22), (uint64_t)-1, 0x10000000, 2, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, sb, sizeof(sb));
	CHECK_STREQ(dec(r), "-1, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, "
		    "{sem_num=64206, sem_op=-4083, sem_flg=SEM_UNDO|IPC_NOWAIT|0xa6ef}], 2");

	/* the second sembuf is in an unmapped page */
	r = REC(&b, __NR_semop, E(14), (uint64_t)-1, 0x10000ffa, 2, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, sb + 6, 6);
	CHECK_STREQ(dec(r), "-1, [{sem_num=64206, sem_op=-4083, "
		    "sem_flg=SEM_UNDO|IPC_NOWAIT|0xa6ef}, ... /* 0x10001000 */], 2");
	r = REC(&b, __NR_semtimedop, E(14), (uint64_t)-1, 0x10000ffa, 2, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, sb + 6, 6);
	CHECK_STREQ(dec(r), "-1, [{sem_num=64206, sem_op=-4083, "
		    "sem_flg=SEM_UNDO|IPC_NOWAIT|0xa6ef}, ... /* 0x10001000 */], 2, NULL");
	/* the first one unreadable, a size that wraps, none */
	r = REC(&b, __NR_semop, E(14), (uint64_t)-1, 0x10000ffc, 1, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, sb, 4);
	CHECK_STREQ(dec(r), "-1, 0x10000ffc, 1");
	r = REC(&b, __NR_semop, E(14), (uint64_t)-1, (uint64_t)-1, 1, 0);
	CHECK_STREQ(dec(r), "-1, 0xffffffffffffffff, 1");
	r = REC(&b, __NR_semop, E(22), 0xfdb97531, 0, 0xdeadbeef, 0);
	CHECK_STREQ(dec(r), "-38177487, NULL, 3735928559");

	/* more than -s 32 elements: 32, then "..." */
	char want[4096];
	size_t n = 0;
	for (int k = 0; k < 40; k++)
		sembuf_set(sb + 6 * k, k, -k, k & 1 ? 010000 : 0);
	n += snprintf(want + n, sizeof(want) - n, "-1, [");
	for (int k = 0; k < 32; k++)
		n += snprintf(want + n, sizeof(want) - n, "{sem_num=%d, sem_op=%d, sem_flg=%s}, ",
			      k, -k, k & 1 ? "SEM_UNDO" : "0");
	snprintf(want + n, sizeof(want) - n, "...], 40");
	r = REC(&b, __NR_semop, E(22), (uint64_t)-1, 0x10000000, 40, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, sb, sizeof(sb));
	CHECK_STREQ(dec(r), want);
	/* 33 readable, the 33rd fetched but elided: "..." */
	r = REC(&b, __NR_semop, E(14), (uint64_t)-1, 0x10000000 + 4096 - 6 * 33, 34, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, sb, 6 * 33);
	snprintf(want + n, sizeof(want) - n, "...], 34");
	CHECK_STREQ(dec(r), want);
}

TEST(ipc_msgbuf)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t m[8 + 100];
	const int64_t one = 1, two = 2;

	memcpy(m, &one, 8);
	for (int k = 0; k < 100; k++)
		m[8 + k] = 'a' + k % 26;
	m[8 + 3] = 0;
	m[8 + 4] = '\n';
	r = REC(&b, __NR_msgsnd, E(22), (uint64_t)-1, 0x10000000, 40, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, m, sizeof(m));
	CHECK_STREQ(dec(r), "-1, {mtype=1, mtext=\"abc\\0\\nfghijklmnopqrstuvwxyzabcdef\"...}, 40, 0");
	r = REC(&b, __NR_msgsnd, 0, 7, 0x10000000, 5, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, 0, m, sizeof(m));
	CHECK_STREQ(dec(r), "7, {mtype=1, mtext=\"abc\\0\\n\"}, 5, 0");

	/* at the end of a page: the 16-byte header, then -s + 1 bytes of
	 * text must be readable */
	r = REC(&b, __NR_msgsnd, E(22), (uint64_t)-1, 0x10000ff4, 40, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, m, 12);
	CHECK_STREQ(dec(r), "-1, 0x10000ff4, 40, 0");
	memcpy(m, &two, 8);
	memcpy(m + 8, "abcdefgh", 8);
	r = REC(&b, __NR_msgsnd, E(22), (uint64_t)-1, 0x10000ff0, 40, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, m, 16);
	CHECK_STREQ(dec(r), "-1, {mtype=2, mtext=0x10000ff8}, 40, 0");
	r = REC(&b, __NR_msgsnd, E(22), (uint64_t)-1, 0x10000ff0, 8, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, m, 16);
	CHECK_STREQ(dec(r), "-1, {mtype=2, mtext=\"abcdefgh\"}, 8, 0");
	r = REC(&b, __NR_msgsnd, E(22), (uint64_t)-1, 0x10000ff0, 4, 0, 0);
	blob(r, 1, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, m, 16);
	CHECK_STREQ(dec(r), "-1, {mtype=2, mtext=\"abcd\"}, 4, 0");

	/* msgrcv: msgsz bytes of text (not the count returned), on success */
	memcpy(m, &one, 8);
	memcpy(m + 8, "abc", 3);
	r = REC(&b, __NR_msgrcv, 3, 7, 0x10000000, 3, 0, 010000);
	blob(r, 1, SCT_CAP_STRUCT_OUT, 0, m, sizeof(m));
	CHECK_STREQ(dec(r), "7, {mtype=1, mtext=\"abc\"}, 3, 0, MSG_NOERROR");
	r = REC(&b, __NR_msgrcv, E(42), 7, 0x10000000, 100, 0, 04000);
	CHECK_STREQ(dec(r), "7, 0x10000000, 100, 0, IPC_NOWAIT");
}

TEST(ipc_io_getevents_array)
{
	struct recbuf b;
	struct sct_syscall *r;
	const uint64_t ev[8] = {
		0xfeedface11111111ULL, 0x7fa74b463f80, 4096, 0,
		0xfeedface22222222ULL, 0x7fa74b463fc0, 8192, 0,
	};
	const int64_t ts[2] = { 0, 123456789 };

	r = REC(&b, __NR_io_getevents, 2, 0x7fa74b65d000, 2, 3, 0x7fa74b427fc0, 0x7fa74b427fe0, 0);
	blob(r, 3, SCT_CAP_ARRAY_OUT, 0, ev, sizeof(ev));
	blob(r, 4, SCT_CAP_STRUCT_IN, 0, ts, sizeof(ts));
	CHECK_STREQ(dec(r), "0x7fa74b65d000, 2, 3, [{data=0xfeedface11111111, obj=0x7fa74b463f80, "
		    "res=4096, res2=0}, {data=0xfeedface22222222, obj=0x7fa74b463fc0, res=8192, "
		    "res2=0}], {tv_sec=0, tv_nsec=123456789}");
	r = REC(&b, __NR_io_getevents, 0, 0x7fa74b65d000, 0, 0, 0x7fa74b427fc0, 0, 0);
	CHECK_STREQ(dec(r), "0x7fa74b65d000, 0, 0, [], NULL");
	r = REC(&b, __NR_io_getevents, E(22), 0xface1e55deadbeefULL, 0xca7faceddeadf00dULL,
		0xba5e1e505ca571e0ULL, 0x7fa74b427fe0, 0, 0);
	CHECK_STREQ(dec(r), "0xface1e55deadbeef, -3855172618362687475, -5017539604343590432, "
		    "0x7fa74b427fe0, NULL");
}

TEST(ptrace_siginfo_regs)
{
	struct recbuf b;
	struct sct_syscall *r;
	uint8_t si[2 * 128];
	const int32_t usr1 = 10, usr2 = 12, tkill = -6, pid = 27670, stop = 19;

	memset(si, 0, sizeof(si));
	memcpy(si, &usr1, 4);
	memcpy(si + 8, &tkill, 4);
	memcpy(si + 16, &pid, 4);
	memcpy(si + 128, &usr2, 4);
	memcpy(si + 128 + 8, &tkill, 4);
	memcpy(si + 128 + 16, &pid, 4);
	const uint8_t psi[16] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0 };
	r = REC(&b, __NR_ptrace, 2, 0x4209, 27670, 0x5a000040, 0x5a000400, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, psi, sizeof(psi));
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, si, sizeof(si));
	CHECK_STREQ(dec(r), "PTRACE_PEEKSIGINFO, 27670, {off=0, flags=0, nr=4}, "
		    "[{si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=27670, si_uid=0}, "
		    "{si_signo=SIGUSR2, si_code=SI_TKILL, si_pid=27670, si_uid=0}]");
	r = REC(&b, __NR_ptrace, E(3), 0x4209, 2147483647, 0x5a000040, 0x5a000400, 0);
	blob(r, 2, SCT_CAP_STRUCT_IN, 0, psi, sizeof(psi));
	CHECK_STREQ(dec(r), "PTRACE_PEEKSIGINFO, 2147483647, {off=0, flags=0, nr=4}, 0x5a000400");

	memcpy(si, &stop, 4);
	r = REC(&b, __NR_ptrace, 0, 0x4202, 27670, 0, 0x5a000800, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, si, sizeof(si));
	CHECK_STREQ(dec(r), "PTRACE_GETSIGINFO, 27670, NULL, "
		    "{si_signo=SIGSTOP, si_code=SI_TKILL, si_pid=27670, si_uid=0}");
	r = REC(&b, __NR_ptrace, E(3), 0x4202, 2147483647, 0, 0x5a000f80, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, si, 128);
	CHECK_STREQ(dec(r), "PTRACE_GETSIGINFO, 2147483647, NULL, 0x5a000f80");

	/* SETSIGINFO: {si_signo=SIGIO, si_code=POLL_IN, si_band=-2, si_fd=-1}
	 * (the rest all ones); 120 readable bytes are not a siginfo */
	const int32_t io = 29, poll_in = 1, zero = 0;
	const int64_t band = -2;
	memset(si, 0xff, 128);
	memcpy(si, &io, 4);
	memcpy(si + 4, &zero, 4);
	memcpy(si + 8, &poll_in, 4);
	memcpy(si + 16, &band, 8);
	r = REC(&b, __NR_ptrace, E(3), 0x4203, 2147483647, 0, 0x5a000f80, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, si, 128);
	CHECK_STREQ(dec(r), "PTRACE_SETSIGINFO, 2147483647, NULL, "
		    "{si_signo=SIGIO, si_code=POLL_IN, si_band=-2, si_fd=-1}");
	r = REC(&b, __NR_ptrace, E(3), 0x4203, 2147483647, 0, 0x5a000f88, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, si, 120);
	CHECK_STREQ(dec(r), "PTRACE_SETSIGINFO, 2147483647, NULL, 0x5a000f88");

	/* GETREGSET/SETREGSET: the iovec; the regset itself is a pointer further */
	const uint64_t iov[2] = { 0x5a000100, 216 };
	r = REC(&b, __NR_ptrace, E(3), 0x4204, 2147483647, 1, 0x5a000ff0, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, iov, 16);
	CHECK_STREQ(dec(r), "PTRACE_GETREGSET, 2147483647, NT_PRSTATUS, "
		    "{iov_base=0x5a000100, iov_len=216}");
	r = REC(&b, __NR_ptrace, E(3), 0x4205, 2147483647, 0x202, 0x5a000ff0, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, iov, 16);
	CHECK_STREQ(dec(r), "PTRACE_SETREGSET, 2147483647, NT_X86_XSTATE, "
		    "{iov_base=0x5a000100, iov_len=216}");
	r = REC(&b, __NR_ptrace, E(3), 0x4204, 2147483647, 3, 0x5a000ff8, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, SCT_BF_PARTIAL, iov, 8);
	CHECK_STREQ(dec(r), "PTRACE_GETREGSET, 2147483647, NT_PRPSINFO, 0x5a000ff8");
	r = REC(&b, __NR_ptrace, E(3), 0x4205, 2147483647, 3, 0, 0);
	CHECK_STREQ(dec(r), "PTRACE_SETREGSET, 2147483647, NT_PRPSINFO, NULL");

	/* x86's PTRACE_{GET,SET}{,FP}REGS: no addr; the registers */
	static uint8_t regs[512];
	r = REC(&b, __NR_ptrace, E(3), 12, 2147483647, 0, 0x5a000000, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, regs, sizeof(regs));
	CHECK_STREQ(dec(r), "PTRACE_GETREGS, 2147483647, 0x5a000000");
	r = REC(&b, __NR_ptrace, E(3), 13, 2147483647, 0, 0x5a000000, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, regs, sizeof(regs));
	CHECK_STREQ(dec(r), "PTRACE_SETREGS, 2147483647, {r15=0, r14=0, r13=0, r12=0, rbp=0, "
		    "rbx=0, r11=0, r10=0, r9=0, r8=0, rax=0, rcx=0, rdx=0, rsi=0, rdi=0, "
		    "orig_rax=0, rip=0, cs=0, eflags=0, rsp=0, ss=0, fs_base=0, gs_base=0, "
		    "ds=0, es=0, fs=0, gs=0}");
	r = REC(&b, __NR_ptrace, E(3), 15, 2147483647, 0, 0x5a000000, 0);
	blob(r, 3, SCT_CAP_STRUCT_IN, 0, regs, sizeof(regs));
	CHECK_STREQ(dec(r), "PTRACE_SETFPREGS, 2147483647, {cwd=0, swd=0, ftw=0, fop=0, rip=0, "
		    "rdp=0, mxcsr=0, mxcr_mask=0, st_space=[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
		    "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], xmm_space=[0, 0, "
		    "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
		    "0, 0, 0, 0, ...], padding=[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
		    "0, 0, 0, 0, 0, 0, 0]}");
}
