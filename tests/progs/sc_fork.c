/* fork; the child opens a known path and execs sc_basic; the parent waits.
 * Usage: sc_fork PATH_TO_SC_BASIC */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	pid_t pid = fork();
	if (pid == 0) {
		syscall(__NR_openat, AT_FDCWD, "/nonexistent/child", O_RDONLY);
		char *args[] = { argv[1], "3", NULL };
		syscall(__NR_execve, argv[1], args, (char *[]){ NULL });
		_exit(99);
	}
	int status;
	syscall(__NR_wait4, pid, &status, 0, NULL);
	syscall(__NR_openat, AT_FDCWD, "/nonexistent/parent", O_RDONLY);
	return WEXITSTATUS(status) == 3 ? 0 : 1;
}
