/*
 * Lifecycle cases for tests/integration/lifecycle.sh, one per argv[1]:
 *   seccomp   a filter refuses getppid (EPERM) and uname (ENOSYS)
 *   seccomp-trap, seccomp-kill  getppid gets SECCOMP_RET_TRAP / _KILL_PROCESS
 *   seccomp-killt  a second thread's getppid gets SECCOMP_RET_KILL_THREAD;
 *             the leader goes on: getuid, exit 0
 *   execfail  execve of a path and argv in a page never touched (fails)
 *   leader    the leader exits (exit, not exit_group) first; a thread
 *             goes on and ends the process with exit_group(3)
 *   threads   a second thread makes a getppid; the process exits 3
 *   stop      a child sleeps; the parent stops and continues it
 *   term      the process sends itself SIGTERM
 *   argv      execve of argv[2] with 5 arguments "a1".."a5"
 *   rename    prctl(PR_SET_NAME, "renamed"), getppid, execve of argv[2]
 *   block     read(0) blocks until a byte comes; then write(1)
 *   late-block  the same after a first read(0) of one byte
 * Calls go through syscall() so that libc cannot change them.
 */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 };
	syscall(__NR_nanosleep, &ts, NULL);
}

static void *late_exit(void *arg)
{
	sleep_ms(100);
	syscall(__NR_getppid);
	syscall(__NR_exit_group, 3);
	return arg;
}

static void *one_call(void *arg)
{
	syscall(__NR_getppid);
	return arg;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";

	if (!strcmp(mode, "seccomp-killt")) {
		struct sock_filter f[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getppid, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_THREAD),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };
		syscall(__NR_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
		pthread_t t;
		pthread_create(&t, NULL, one_call, NULL);
		sleep_ms(200);
		syscall(__NR_getuid);
		syscall(__NR_exit_group, 0);
	} else if (!strcmp(mode, "execfail")) {
		/* both in .rodata's last page, far from anything libc touches */
		static const char path[] __attribute__((aligned(4096))) = "/nonexistent/sc_life-exec";
		static const char *const av[] __attribute__((aligned(4096))) = { path, "arg", NULL };
		syscall(__NR_execve, path, av, NULL);
	} else if (!strcmp(mode, "seccomp-trap") || !strcmp(mode, "seccomp-kill")) {
		unsigned action = mode[8] == 't' ? SECCOMP_RET_TRAP : SECCOMP_RET_KILL_PROCESS;
		struct sock_filter f[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getppid, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, action),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };
		/* no core file from the SIGSYS */
		struct rlimit no_core = { 0, 0 };
		setrlimit(RLIMIT_CORE, &no_core);
		syscall(__NR_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
		syscall(__NR_getppid);
		syscall(__NR_getpid);
	} else if (!strcmp(mode, "seccomp")) {
		struct sock_filter f[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getppid, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_uname, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };
		syscall(__NR_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
		syscall(__NR_getppid);
		syscall(__NR_uname, NULL);
		syscall(__NR_getpid);
	} else if (!strcmp(mode, "leader")) {
		pthread_t t;
		pthread_create(&t, NULL, late_exit, NULL);
		syscall(__NR_exit, 0);
	} else if (!strcmp(mode, "threads")) {
		pthread_t t;
		pthread_create(&t, NULL, one_call, NULL);
		pthread_join(t, NULL);
		syscall(__NR_exit_group, 3);
	} else if (!strcmp(mode, "stop")) {
		pid_t child = fork();
		if (child == 0) {
			sleep_ms(400);
			syscall(__NR_exit_group, 0);
		}
		sleep_ms(100);
		syscall(__NR_kill, child, SIGSTOP);
		sleep_ms(100);
		syscall(__NR_kill, child, SIGCONT);
		waitpid(child, NULL, 0);
	} else if (!strcmp(mode, "term")) {
		syscall(__NR_kill, getpid(), SIGTERM);
		sleep_ms(1000);
	} else if (!strcmp(mode, "argv") && argc > 2) {
		char *av[] = { argv[2], "a1", "a2", "a3", "a4", "a5", NULL };
		syscall(__NR_execve, argv[2], av, (char *[]){ NULL });
	} else if (!strcmp(mode, "rename") && argc > 2) {
		syscall(__NR_prctl, PR_SET_NAME, "renamed", 0, 0, 0);
		syscall(__NR_getppid);
		syscall(__NR_execve, "/nonexistent/sc_life", (char *[]){ "x", NULL },
			(char *[]){ NULL });
		syscall(__NR_execve, argv[2], (char *[]){ argv[2], "done", NULL },
			(char *[]){ NULL });
	} else if (!strcmp(mode, "block") || !strcmp(mode, "late-block")) {
		char c;
		if (mode[0] == 'l')  /* a first byte says "go": the tracer is on */
			syscall(__NR_read, 0, &c, 1);
		if (syscall(__NR_read, 0, &c, 1) == 1)
			syscall(__NR_write, 1, &c, 1);
	} else if (!strcmp(mode, "done")) {
		return 0;
	}
	return 0;
}
