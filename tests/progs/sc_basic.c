/* Known syscalls through syscall(2) so libc cannot change them.
 * Usage: sc_basic [EXIT_CODE|kill] */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long fd = syscall(__NR_openat, AT_FDCWD, "/etc/hostname", O_RDONLY | O_CLOEXEC);
	syscall(__NR_close, fd);
	syscall(__NR_openat, AT_FDCWD, "/nonexistent/sctrace-test", O_RDONLY);
	syscall(__NR_getppid);
	syscall(__NR_write, 1, "hello\n", 6);
	if (argc > 1 && !strcmp(argv[1], "kill"))
		syscall(__NR_kill, syscall(__NR_getpid), SIGKILL);
	syscall(__NR_exit_group, argc > 1 ? atoi(argv[1]) : 0);
	return 0;
}
