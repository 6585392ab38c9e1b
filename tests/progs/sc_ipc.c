/* The ipc and ptrace families for tests/integration/ipc.sh: SysV IPC,
 * POSIX message queues, aio and ptrace calls, made with syscall(2) so the
 * arguments are exactly ours.  Every call fails in a fixed way (invalid
 * ids, a pid that cannot exist), so the lines hold no addresses. */
#include <stdint.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <linux/ipc.h>
#include <linux/shm.h>
#include <linux/ptrace.h>
#include <linux/audit.h>
#include <linux/aio_abi.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <sys/uio.h>

#define NO_PID 0x7fffffff

/* Two pages at a fixed address with nothing mapped after them: the
 * arrays and structs that run off their end, and addresses that print
 * the same on every run */
#define PG ((char *)0x5a000000)
#define PG_END (PG + 8192)

struct sembuf_k { uint16_t num; int16_t op, flg; };
struct psi_k { uint64_t off; uint32_t flags, nr; };

static void arrays_and_partial_structs(void)
{
	if (mmap(PG, 12288, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		 -1, 0) != PG)
		return;
	munmap(PG_END, 4096);

	/* semop: any number of sembufs, abbreviated after 32 */
	struct sembuf_k *sb = (struct sembuf_k *)PG;
	for (int k = 0; k < 40; k++)
		sb[k] = (struct sembuf_k){ k, -k, k & 1 ? 010000 : 0 };
	syscall(__NR_semop, -1, sb, 3);
	syscall(__NR_semop, -1, sb, 40);
	syscall(__NR_semtimedop, -1, sb, 2, NULL);
	syscall(__NR_semop, -1, (void *)-1L, 1);
	struct sembuf_k *last = (struct sembuf_k *)(PG_END - 6);
	*last = (struct sembuf_k){ 0xface, (int16_t)0xf00d, (int16_t)0xbeef };
	syscall(__NR_semop, -1, last, 2);

	/* msgsnd: the text up to -s */
	long *m = (long *)(PG + 512);
	m[0] = 7;
	memcpy(m + 1, "0123456789abcdefghijklmnopqrstuvwxyzABCD", 40);
	syscall(__NR_msgsnd, -1, m, 40, 0);
	syscall(__NR_msgsnd, -1, m, 5, IPC_NOWAIT);
	long *m2 = (long *)(PG_END - 16);
	m2[0] = 2;
	memcpy(m2 + 1, "abcdefgh", 8);
	syscall(__NR_msgsnd, -1, m2, 8, 0);
	syscall(__NR_msgsnd, -1, m2, 40, 0);
	syscall(__NR_msgsnd, -1, PG_END - 12, 4, 0);

	/* msgrcv of a real message (its queue id varies) */
	int id = syscall(__NR_msgget, IPC_PRIVATE, IPC_CREAT | 0600);
	if (id >= 0) {
		syscall(__NR_msgsnd, id, m, 40, 0);
		syscall(__NR_msgrcv, id, PG + 1024, 40, 0, 0);
		syscall(__NR_msgrcv, id, PG + 1024, 40, 0, IPC_NOWAIT);
		syscall(__NR_msgctl, id, IPC_RMID, NULL);
	}

	/* aio: 40 reads of /dev/zero, all returned by one io_getevents */
	int fd = open("/dev/zero", O_RDONLY);
	aio_context_t *ctx = (aio_context_t *)(PG + 7936);
	*ctx = 0;
	if (fd >= 0 && syscall(__NR_io_setup, 64, ctx) == 0) {
		struct iocb *cb = (struct iocb *)(PG + 1536);        /* 40 x 64 bytes */
		struct iocb **cbp = (struct iocb **)(PG + 4096);     /* 40 x 8 */
		struct io_event *ev = (struct io_event *)(PG + 4608); /* 40 x 32 */
		for (int k = 0; k < 40; k++) {
			memset(&cb[k], 0, sizeof(cb[k]));
			cb[k].aio_data = k + 1;
			cb[k].aio_lio_opcode = IOCB_CMD_PREAD;
			cb[k].aio_fildes = fd;
			cb[k].aio_buf = (uintptr_t)(PG + 6144);
			cb[k].aio_nbytes = 16;
			cbp[k] = &cb[k];
		}
		syscall(__NR_io_submit, *ctx, 2, cbp);
		syscall(__NR_io_getevents, *ctx, 2, 2, ev, NULL);
		syscall(__NR_io_submit, *ctx, 40, cbp);
		syscall(__NR_io_getevents, *ctx, 40, 40, ev, NULL);
		syscall(__NR_io_getevents, *ctx, 0, 0, ev, NULL);
		syscall(__NR_io_destroy, *ctx);
	}

	/* ptrace: regsets' iovecs, siginfos, registers */
	struct iovec *iov = (struct iovec *)(PG_END - 16);
	iov->iov_base = PG + 256;
	iov->iov_len = 216;
	syscall(__NR_ptrace, PTRACE_GETREGSET, NO_PID, 1, iov);
	syscall(__NR_ptrace, PTRACE_SETREGSET, NO_PID, 0x202, iov);
	syscall(__NR_ptrace, PTRACE_GETREGSET, NO_PID, 3, PG_END - 8);
	syscall(__NR_ptrace, PTRACE_SETREGSET, NO_PID, 3, NULL);
	char *regs = PG + 7168;   /* zeroes */
	syscall(__NR_ptrace, 12 /* PTRACE_GETREGS */, NO_PID, 0, regs);
	syscall(__NR_ptrace, 13 /* PTRACE_SETREGS */, NO_PID, 0, regs);
	syscall(__NR_ptrace, 14 /* PTRACE_GETFPREGS */, NO_PID, 0, regs);
	syscall(__NR_ptrace, 15 /* PTRACE_SETFPREGS */, NO_PID, 0, PG + 7680 - 512);
	siginfo_t *si = (siginfo_t *)(PG_END - sizeof(siginfo_t));
	memset(si, -1, sizeof(*si));
	si->si_signo = SIGIO;
	si->si_code = POLL_IN;
	si->si_errno = 0;
	si->si_band = -2;
	syscall(__NR_ptrace, PTRACE_SETSIGINFO, NO_PID, 0, si);
	syscall(__NR_ptrace, PTRACE_SETSIGINFO, NO_PID, 0, (char *)si + 8);
	syscall(__NR_ptrace, PTRACE_GETSIGINFO, NO_PID, 0, si);
	struct psi_k *psi = (struct psi_k *)(PG + 7680);
	*psi = (struct psi_k){ 0, 0, 4 };
	syscall(__NR_ptrace, PTRACE_PEEKSIGINFO, NO_PID, psi, PG + 4096);

	/* a tracee with two signals pending and a stop */
	pid_t pid = fork();
	if (pid == 0) {
		sigset_t set;
		sigemptyset(&set);
		sigaddset(&set, SIGUSR1);
		sigaddset(&set, SIGUSR2);
		sigprocmask(SIG_BLOCK, &set, NULL);
		raise(SIGUSR1);
		raise(SIGUSR2);
		syscall(__NR_ptrace, PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		_exit(0);
	}
	if (pid > 0) {
		int st;
		waitpid(pid, &st, 0);
		syscall(__NR_ptrace, PTRACE_PEEKSIGINFO, pid, psi, PG + 4096);
		syscall(__NR_ptrace, PTRACE_GETSIGINFO, pid, 0, PG + 4096);
		syscall(__NR_ptrace, PTRACE_CONT, pid, 0, 0);
		waitpid(pid, &st, 0);
	}
}

int main(void)
{
	/* SysV shared memory */
	syscall(__NR_shmget, IPC_PRIVATE, 0, IPC_CREAT | IPC_EXCL | 0600);
	syscall(__NR_shmget, 0x7ace1e55, 1, 0);
	syscall(__NR_shmget, 0x7ace1e55, 1, SHM_HUGETLB | (21 << 26) | 0640);
	syscall(__NR_shmget, 0x7ace1e55, 1, (21 << 26) | 0x40000000 | 0640);
	syscall(__NR_shmat, -1, NULL, SHM_RDONLY | SHM_RND);
	syscall(__NR_shmat, -1, (void *)-1L, 0x80000000 | SHM_EXEC);
	syscall(__NR_shmdt, NULL);
	syscall(__NR_shmctl, -1, IPC_STAT, NULL);
	syscall(__NR_shmctl, -1, 0x100 | IPC_RMID, (void *)-1L);
	syscall(__NR_shmctl, -1, 0x55, NULL);

	/* messages and semaphores */
	syscall(__NR_msgget, 0x7ace1e55, 0600);
	syscall(__NR_msgctl, -1, IPC_STAT, NULL);
	syscall(__NR_msgsnd, -1, NULL, 0, 04000);
	syscall(__NR_msgrcv, -1, NULL, 0, -1L, 04000 | 010000 | 0x800000);
	syscall(__NR_semget, 0x7ace1e55, 2, 0644);
	syscall(__NR_semctl, -1, 0, IPC_RMID, NULL);
	syscall(__NR_semop, -1, NULL, 0);

	/* POSIX message queues */
	syscall(__NR_mq_open, "sctrace-no-such-queue", O_RDONLY, 0, NULL);
	syscall(__NR_mq_getsetattr, -1, NULL, NULL);
	syscall(__NR_mq_unlink, "sctrace-no-such-queue");

	/* aio */
	syscall(__NR_io_setup, 0, NULL);
	syscall(__NR_io_destroy, 0xface1e55deadbeefUL);
	syscall(__NR_io_submit, 0xface1e55deadbeefUL, -1L, NULL);
	syscall(__NR_io_cancel, 0xface1e55deadbeefUL, NULL, NULL);

	/* ptrace */
	struct {
		uint8_t op, reserved;
		uint16_t flags;
		uint32_t arch;
		uint64_t ip, sp, nr, args[6];
	} info;
	memset(&info, 0, sizeof(info));
	info.op = PTRACE_SYSCALL_INFO_ENTRY;
	info.arch = AUDIT_ARCH_X86_64;
	info.ip = 0x1000;
	info.sp = 0x2000;
	info.nr = __NR_gettid;
	info.args[0] = 0xa;
	syscall(__NR_ptrace, 0x4212, NO_PID, 8, &info);
	syscall(__NR_ptrace, 0x4212, NO_PID, 48, &info);
	syscall(__NR_ptrace, PTRACE_SETOPTIONS, NO_PID, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
	syscall(__NR_ptrace, PTRACE_CONT, NO_PID, 0, SIGCONT);
	syscall(__NR_ptrace, PTRACE_ATTACH, NO_PID, 1, 2);
	syscall(__NR_ptrace, 0xbad, NO_PID, NULL, NULL);
	syscall(__NR_ptrace, PTRACE_PEEKUSR, NO_PID, 8 * 16 + 4, NULL);
	syscall(__NR_ptrace, PTRACE_PEEKUSR, NO_PID, 848, NULL);
	syscall(__NR_ptrace, PTRACE_PEEKUSR, NO_PID, 4096, NULL);
	syscall(__NR_ptrace, PTRACE_GET_RSEQ_CONFIGURATION, NO_PID, 32, NULL);
	syscall(__NR_ptrace, PTRACE_SEIZE, NO_PID, 0, 0x80000000);

	arrays_and_partial_structs();
	return 0;
}
