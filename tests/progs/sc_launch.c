/* For -u, -E and --kill-on-exit (tests/integration/launch.sh).
 * Usage: sc_launch ids          getuid/getgid/getgroups through syscall(2),
 *                               so libc cannot answer from a cache
 *        sc_launch env VAR...   "VAR=value" or "VAR unset" per line, and an
 *                               openat of "/nonexistent/$VAR" for each set VAR
 *        sc_launch tree FILE    fork a child that forks a grandchild; write
 *                               the three pids to FILE; all sleep 60 s */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void nap(void)
{
	struct timespec ts = { 60, 0 };
	syscall(__NR_nanosleep, &ts, NULL);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "ids")) {
		syscall(__NR_getuid);
		syscall(__NR_getgid);
		syscall(__NR_getgroups, 0, NULL);
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "env")) {
		for (int i = 2; i < argc; i++) {
			const char *v = getenv(argv[i]);
			char path[256];
			if (v) {
				printf("%s=%s\n", argv[i], v);
				snprintf(path, sizeof(path), "/nonexistent/%s", v);
				syscall(__NR_openat, AT_FDCWD, path, O_RDONLY);
			} else {
				printf("%s unset\n", argv[i]);
			}
		}
		return 0;
	}
	if (argc > 2 && !strcmp(argv[1], "tree")) {
		pid_t top = getpid();
		int fds[2];
		if (pipe(fds))
			return 1;
		pid_t child = fork();
		if (child == 0) {
			pid_t grandchild = fork();
			if (grandchild == 0) {
				nap();
				_exit(0);
			}
			/* the grandchild's pid to the top, which writes the file */
			if (write(fds[1], &grandchild, sizeof(grandchild)) != sizeof(grandchild))
				_exit(1);
			nap();
			_exit(0);
		}
		pid_t grandchild;
		if (read(fds[0], &grandchild, sizeof(grandchild)) != sizeof(grandchild))
			return 1;
		FILE *f = fopen(argv[2], "w");
		if (!f)
			return 1;
		fprintf(f, "%d %d %d\n", top, child, grandchild);
		fclose(f);
		nap();
		return 0;
	}
	fprintf(stderr, "usage: sc_launch ids | env VAR... | tree FILE\n");
	return 2;
}
