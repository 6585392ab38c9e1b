// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "procs.h"

/* execvp's search, done before forking so a missing command is one clear
 * error and no trace at all (as strace: "Can't stat"). */
static int find_program(const char *name, char *path, size_t size)
{
	if (strchr(name, '/')) {
		snprintf(path, size, "%s", name);
		return access(path, X_OK) ? -errno : 0;
	}
	const char *dirs = getenv("PATH");
	if (!dirs)
		dirs = "/usr/local/bin:/usr/bin:/bin";
	int err = -ENOENT;
	for (const char *p = dirs; *p;) {
		const char *end = strchrnul(p, ':');
		int n = end - p;
		snprintf(path, size, "%.*s/%s", n ? n : 1, n ? p : ".", name);
		struct stat st;
		if (!stat(path, &st) && S_ISREG(st.st_mode)) {
			if (!access(path, X_OK))
				return 0;
			err = -EACCES;
		}
		p = *end ? end + 1 : end;
	}
	return err;
}

pid_t launch_prepare(char **argv, int *release_fd)
{
	char path[PATH_MAX];
	int err = find_program(argv[0], path, sizeof(path));
	if (err) {
		fprintf(stderr, "sctrace: cannot run '%s': %s\n", argv[0], strerror(-err));
		return -1;
	}
	int fds[2];
	if (pipe2(fds, O_CLOEXEC)) {
		fprintf(stderr, "sctrace: pipe failed: %s\n", strerror(errno));
		return -1;
	}
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "sctrace: fork failed: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		char c;
		close(fds[1]);
		/* nothing but the execve may follow the wait: its syscalls
		 * would be traced */
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		/* wait until tracing is attached; EOF means sctrace gave up */
		if (read(fds[0], &c, 1) != 1)
			_exit(127);
		execv(path, argv);
		fprintf(stderr, "sctrace: exec '%s' failed: %s\n", path, strerror(errno));
		_exit(127);
	}
	close(fds[0]);
	*release_fd = fds[1];
	return pid;
}

int launch_release(int release_fd)
{
	int rc = write(release_fd, "x", 1) == 1 ? 0 : -1;
	if (rc)
		fprintf(stderr, "sctrace: starting the command failed: %s\n", strerror(errno));
	close(release_fd);
	return rc;
}

pid_t proc_tgid(pid_t pid)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return errno == ENOENT ? -ESRCH : -errno;
	pid_t tgid = -ESRCH;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "Tgid:", 5)) {
			tgid = atoi(line + 5);
			break;
		}
	fclose(f);
	return tgid;
}

bool proc_alive(pid_t pid)
{
	char path[64], buf[512];
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = 0;
	/* "pid (comm) S ...": comm may hold spaces and parens; the state
	 * follows the last ')' */
	char *p = strrchr(buf, ')');
	return p && p[1] == ' ' && p[2] != 'Z' && p[2] != 'X';
}

void proc_for_each_thread(pid_t tgid, void (*fn)(void *arg, uint32_t tid), void *arg)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/task", tgid);
	DIR *d = opendir(path);
	if (!d) {
		fn(arg, tgid);
		return;
	}
	struct dirent *de;
	while ((de = readdir(d)))
		if (de->d_name[0] >= '0' && de->d_name[0] <= '9')
			fn(arg, atoi(de->d_name));
	closedir(d);
}

/* The PPid: line of /proc/PID/status, or -1 */
static pid_t proc_ppid(pid_t pid)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	pid_t ppid = -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "PPid:", 5)) {
			ppid = atoi(line + 5);
			break;
		}
	fclose(f);
	return ppid;
}

int proc_ancestors(pid_t *out, int max)
{
	int n = 0;
	for (pid_t p = getppid(); p > 1 && n < max; p = proc_ppid(p))
		out[n++] = p;
	return n;
}

int proc_pgrp_members(pid_t *out, int max)
{
	pid_t self = getpid(), pgrp = getpgrp();
	DIR *d = opendir("/proc");
	if (!d)
		return 0;
	int n = 0;
	struct dirent *de;
	while (n < max && (de = readdir(d))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		pid_t pid = atoi(de->d_name);
		char path[64], buf[512];
		snprintf(path, sizeof(path), "/proc/%d/stat", pid);
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		ssize_t len = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (len <= 0)
			continue;
		buf[len] = 0;
		/* "pid (comm) S ppid pgrp ...": fields after the last ')' */
		char *p = strrchr(buf, ')');
		int ppid, grp;
		char state;
		if (p && sscanf(p + 1, " %c %d %d", &state, &ppid, &grp) == 3 && grp == pgrp &&
		    pid != self)
			out[n++] = pid;
	}
	closedir(d);
	return n;
}
