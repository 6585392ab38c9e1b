// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * floor -- CMD [ARGS...]: attach the empty sys_enter/sys_exit programs of
 * floor.bpf.c, run CMD, detach, exit with CMD's status.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "floor.skel.h"

int main(int argc, char **argv)
{
	int i = 1;
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc) {
		fprintf(stderr, "usage: floor -- CMD [ARGS...]\n");
		return 2;
	}
	struct floor_bpf *s = floor_bpf__open_and_load();
	if (!s) {
		fprintf(stderr, "floor: loading the BPF programs failed: %s\n", strerror(errno));
		return 1;
	}
	if (floor_bpf__attach(s)) {
		fprintf(stderr, "floor: attaching failed: %s\n", strerror(errno));
		floor_bpf__destroy(s);
		return 1;
	}
	pid_t pid = fork();
	if (pid < 0) {
		perror("floor: fork");
		return 1;
	}
	if (pid == 0) {
		execvp(argv[i], argv + i);
		fprintf(stderr, "floor: %s: %s\n", argv[i], strerror(errno));
		_exit(127);
	}
	int st = 0;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	floor_bpf__destroy(s);
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	return WEXITSTATUS(st);
}
