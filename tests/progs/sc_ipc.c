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

#define NO_PID 0x7fffffff

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
	return 0;
}
