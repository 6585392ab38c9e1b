// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * --cgroup / --container (tests/integration/cgroup.sh): sc_cgroup TAG GO
 * waits until the file GO exists, then makes one call that names it,
 * write(-1, TAG, len) = -1 EBADF, and exits.
 */
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	for (int i = 0; i < 3000 && access(argv[2], F_OK); i++)
		nanosleep(&ts, NULL);
	syscall(__NR_write, -1, argv[1], strlen(argv[1]));
	return 0;
}
