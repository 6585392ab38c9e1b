/* Syscalls that take or return pids, for -Y / --decode-pids.
 * Renames itself "sc-pids" (and the child "sc-kid"), so that lines do not
 * depend on the binary's path; pids are printed to stdout as
 * "self PID TID PGID SID CHILD" for the test to build its expected lines. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sched.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <time.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_usr1(int sig) { (void)sig; }

int main(void)
{
	prctl(PR_SET_NAME, "sc-pids");
	int pfd[2];
	if (pipe(pfd))
		return 1;
	pid_t kid = fork();
	if (kid == 0) {
		prctl(PR_SET_NAME, "sc-kid");
		char ch;
		close(pfd[1]);
		(void)!read(pfd[0], &ch, 1);   /* until the parent is done */
		_exit(0);
	}
	close(pfd[0]);
	/* wait until the child has renamed itself */
	for (int i = 0; i < 1000; i++) {
		char path[64], comm[32] = "";
		snprintf(path, sizeof(path), "/proc/%d/comm", kid);
		FILE *f = fopen(path, "r");
		if (f) {
			(void)!fgets(comm, sizeof(comm), f);
			fclose(f);
		}
		if (!strcmp(comm, "sc-kid\n"))
			break;
		usleep(1000);
	}
	long pid = syscall(__NR_getpid), tid = syscall(__NR_gettid);
	long pgid = syscall(__NR_getpgid, 0), sid = syscall(__NR_getsid, 0);
	printf("self %ld %ld %ld %ld %d\n", pid, tid, pgid, sid, kid);
	fflush(stdout);

	syscall(__NR_getppid);
	syscall(__NR_getpgrp);
	syscall(__NR_getpgid, kid);
	syscall(__NR_getsid, kid);
	syscall(__NR_setpgid, kid, kid);
	syscall(__NR_kill, kid, 0);
	syscall(__NR_kill, -kid, 0);
	syscall(__NR_kill, 0, 0);
	syscall(__NR_tkill, tid, 0);
	syscall(__NR_tgkill, pid, tid, 0);
	syscall(__NR_tgkill, kid, kid, 0);
	syscall(__NR_sched_getscheduler, kid);
	struct rlimit rl;
	syscall(__NR_prlimit64, kid, RLIMIT_NOFILE, NULL, &rl);
	syscall(__NR_getpriority, PRIO_PROCESS, kid);
	syscall(__NR_getpriority, PRIO_PGRP, kid);
	long pidfd = syscall(__NR_pidfd_open, kid, 0);
	syscall(__NR_close, pidfd);
	char buf[8];
	struct iovec l = { buf, sizeof(buf) }, r = { NULL, 0 };
	syscall(__NR_process_vm_readv, kid, &l, 1, &r, 1, 0);
	struct sched_param sp;
	syscall(__NR_sched_getparam, kid, &sp);
	unsigned long mask[16];
	syscall(__NR_sched_getaffinity, kid, sizeof(mask), mask);
	struct timespec ts;
	syscall(__NR_sched_rr_get_interval, kid, &ts);
	syscall(__NR_ioprio_get, 1, kid);
	syscall(__NR_ioprio_get, 2, kid);
	syscall(__NR_kcmp, pid, kid, 1, 0, 0);
	void *head;
	size_t hlen;
	syscall(__NR_get_robust_list, kid, &head, &hlen);
	siginfo_t si;
	syscall(__NR_waitid, P_PID, kid, &si, WEXITED | WNOHANG, NULL);
	syscall(__NR_waitid, P_PGID, kid, &si, WEXITED | WNOHANG, NULL);
	struct { unsigned v; int pid; } hdr = { 0x20080522, kid };
	unsigned capdata[6];
	syscall(__NR_capget, &hdr, capdata);
	syscall(__NR_migrate_pages, kid, 0, NULL, NULL);
	syscall(__NR_move_pages, kid, 0, NULL, NULL, NULL, 0);
	syscall(__NR_perf_event_open, NULL, kid, -1, -1, 0);
	syscall(__NR_ptrace, PTRACE_PEEKDATA, kid, 0, 0);
	signal(SIGUSR1, on_usr1);
	syscall(__NR_kill, pid, SIGUSR1);   /* si_pid=PID<sc-pids> */
	syscall(__NR_kill, 999999999, 0);   /* no such process: bare */
	syscall(__NR_set_tid_address, NULL);

	/* the child stays until sctrace has printed the lines naming it
	 * (its comm is read from /proc when a line is printed) */
	usleep(300000);
	close(pfd[1]);
	int status;
	syscall(__NR_wait4, kid, &status, 0, NULL);
	syscall(__NR_wait4, -1, &status, WNOHANG, NULL);
	return 0;
}
