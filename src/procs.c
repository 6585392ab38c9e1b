// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "options.h"
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

/* -u: who the command runs as */
struct run_as {
	uid_t uid;
	gid_t gid;
	gid_t *groups;  /* supplementary groups (malloc'd; none for UID:GID) */
	int ngroups;
};

/* -u USERNAME: its IDs and groups, looked up in sctrace (a forked child
 * should not run NSS code).  0, or -1 after printing strace's message. */
static int lookup_user(const struct options *o, struct run_as *ra)
{
	ra->uid = o->user_uid;
	ra->gid = o->user_gid;
	ra->groups = NULL;
	ra->ngroups = 0;
	if (o->user_ids)
		return 0;
	struct passwd *pw = getpwnam(o->user);
	if (!pw) {
		fprintf(stderr, "sctrace: Cannot find user '%s'\n", o->user);
		return -1;
	}
	ra->uid = pw->pw_uid;
	ra->gid = pw->pw_gid;
	/* initgroups()'s list, asked for with a growing buffer */
	int n = 16;
	for (;;) {
		gid_t *g = realloc(ra->groups, n * sizeof(*g));
		if (!g)
			break;
		ra->groups = g;
		int want = n;
		if (getgrouplist(pw->pw_name, pw->pw_gid, g, &want) >= 0) {
			ra->ngroups = want;
			return 0;
		}
		if (want <= n)
			break;
		n = want;
	}
	fprintf(stderr, "sctrace: cannot list the groups of user '%s'\n", o->user);
	free(ra->groups);
	return -1;
}

/* In the child: become the -u user.  Groups first: setgid/setuid
 * give up the right to change them. */
static int drop_privileges(const struct run_as *ra)
{
	if (setgroups(ra->ngroups, ra->groups)) {
		fprintf(stderr, "sctrace: setgroups failed: %s\n", strerror(errno));
		return -1;
	}
	if (setgid(ra->gid) || setuid(ra->uid)) {
		fprintf(stderr, "sctrace: changing to uid %u gid %u failed: %s\n",
			(unsigned)ra->uid, (unsigned)ra->gid, strerror(errno));
		return -1;
	}
	return 0;
}

/* In the child: -E, in order.  VAR=VAL replaces, VAR removes (as strace's
 * putenv).  The strings are argv's: they outlive the exec. */
static void apply_env(const struct options *o)
{
	for (int i = 0; i < o->nenv_ops; i++) {
		if (strchr(o->env_ops[i], '='))
			putenv((char *)o->env_ops[i]);
		else
			unsetenv(o->env_ops[i]);
	}
}

/* Until the child sleeps in its read() of the release pipe: what it does
 * before (setgroups, setuid, prctl...) must happen before tracing starts,
 * or it would be traced.  0, or -1 if it died on the way (it said why). */
static int wait_until_held(pid_t pid)
{
	char path[64], buf[32];
	snprintf(path, sizeof(path), "/proc/%d/syscall", pid);
	/* 5 s at most: after that, a few extra lines beat hanging */
	for (int i = 0; i < 50000; i++) {
		int st;
		if (waitpid(pid, &st, WNOHANG) == pid)
			return -1;
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			return 0;  /* no /proc/PID/syscall: cannot tell, go on */
		ssize_t n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		if (n <= 0)
			return 0;
		buf[n] = 0;
		/* "NR ARG1 ...": blocked in that syscall; "running" otherwise */
		if (atoi(buf) == SYS_read && buf[0] >= '0' && buf[0] <= '9')
			return 0;
		usleep(100);
	}
	return 0;
}

/* fork(), into cgroup_fd's cgroup when it is >= 0 (clone3's
 * CLONE_INTO_CGROUP, Linux 5.7: no migration afterwards, which costs an RCU
 * grace period); *placed says whether it was.  As fork(). */
static pid_t fork_into(int cgroup_fd, bool *placed)
{
	*placed = false;
#ifdef SYS_clone3
	if (cgroup_fd >= 0) {
		struct {
			uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size,
				 tls, set_tid, set_tid_size, cgroup;
		} args = { .flags = 0x200000000ULL /* CLONE_INTO_CGROUP */, .exit_signal = SIGCHLD,
			   .cgroup = (uint64_t)cgroup_fd };
		long pid = syscall(SYS_clone3, &args, sizeof(args));
		if (pid >= 0) {
			*placed = true;
			return (pid_t)pid;
		}
	}
#endif
	return fork();
}

pid_t launch_prepare(const struct options *o, int *release_fd, int cgroup_fd, bool *in_cgroup)
{
	char **argv = o->command;
	char path[PATH_MAX];
	struct run_as ra = { 0 };
	int err = find_program(argv[0], path, sizeof(path));
	if (err) {
		fprintf(stderr, "sctrace: cannot run '%s': %s\n", argv[0], strerror(-err));
		return -1;
	}
	if (o->user && lookup_user(o, &ra))
		return -1;
	int fds[2];
	if (pipe2(fds, O_CLOEXEC)) {
		fprintf(stderr, "sctrace: pipe failed: %s\n", strerror(errno));
		return -1;
	}
	pid_t parent = getpid();
	pid_t pid = fork_into(cgroup_fd, in_cgroup);
	if (pid < 0) {
		fprintf(stderr, "sctrace: fork failed: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		char c;
		close(fds[1]);
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		if (o->user && drop_privileges(&ra))
			_exit(127);
		apply_env(o);
		/* JSON on stdout: the command's own output would land in the
		 * stream jq reads; it goes to stderr instead */
		if (o->json && !o->outfile && dup2(2, 1) < 0)
			_exit(127);
		/* after the uid change, which clears it; the exec keeps it */
		if (o->kill_on_exit &&
		    (prctl(PR_SET_PDEATHSIG, SIGKILL) || getppid() != parent))
			_exit(127);  /* sctrace is gone already */
		/* nothing but the execve may follow the wait: its syscalls
		 * would be traced.  EOF means sctrace gave up. */
		if (read(fds[0], &c, 1) != 1)
			_exit(127);
		execv(path, argv);
		fprintf(stderr, "sctrace: exec '%s' failed: %s\n", path, strerror(errno));
		_exit(127);
	}
	close(fds[0]);
	if (o->user)
		free(ra.groups);
	if (wait_until_held(pid)) {
		close(fds[1]);
		return -1;
	}
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
	bool zombie = false;
	while (fgets(line, sizeof(line), f)) {
		/* "State:" comes before "Tgid:" */
		if (!strncmp(line, "State:", 6) && strchr(line, 'Z'))
			zombie = true;
		if (!strncmp(line, "Tgid:", 5)) {
			tgid = atoi(line + 5);
			break;
		}
	}
	fclose(f);
	/* it has exited: nothing to trace (strace's PTRACE_SEIZE fails with
	 * EPERM on it) */
	return zombie ? -EPERM : tgid;
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

/* The processes whose parent is in set[0..*n), added to set (SIGSTOPped
 * first, so they cannot fork while we look).  Returns how many were added. */
static int add_children(pid_t **set, int *n, int *cap)
{
	DIR *d = opendir("/proc");
	if (!d)
		return 0;
	int added = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		pid_t pid = atoi(de->d_name), ppid = proc_ppid(pid);
		bool parent_in = false, in = false;
		for (int i = 0; i < *n; i++) {
			parent_in |= (*set)[i] == ppid;
			in |= (*set)[i] == pid;
		}
		if (!parent_in || in)
			continue;
		if (*n == *cap) {
			pid_t *s = realloc(*set, (*cap * 2 + 16) * sizeof(*s));
			if (!s)
				break;
			*set = s;
			*cap = *cap * 2 + 16;
		}
		kill(pid, SIGSTOP);
		(*set)[(*n)++] = pid;
		added++;
	}
	closedir(d);
	return added;
}

void proc_kill_tree(const pid_t *roots, int nroots, bool descendants)
{
	int n = 0, cap = nroots + 16;
	pid_t *set = descendants ? malloc(cap * sizeof(*set)) : NULL;
	if (set) {
		for (int i = 0; i < nroots; i++)
			if (roots[i] > 0 && !kill(roots[i], SIGSTOP))
				set[n++] = roots[i];
		/* a bounded number of rounds: each finds one generation */
		for (int round = 0; round < 64 && n && add_children(&set, &n, &cap); round++)
			;
		for (int i = 0; i < n; i++)
			kill(set[i], SIGKILL);
		free(set);
		return;
	}
	for (int i = 0; i < nroots; i++)  /* (or no memory: the roots at least) */
		if (roots[i] > 0)
			kill(roots[i], SIGKILL);
}
