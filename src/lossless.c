// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Lossless tracing by freezing the tracees' cgroup: see lossless.h. */
#include "lossless.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "cgroup.h"

/* Write s into dir/name.  0 or -1 (errno). */
static int write_file(const char *dir, const char *name, const char *s)
{
	char path[4200];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, s, strlen(s));
	int e = errno;
	close(fd);
	errno = e;
	return n < 0 ? -1 : 0;
}

/* Move every process left in the cgroup at dir (-p's children, forked
 * while traced) to the cgroup at `to` */
static void move_rest(const char *dir, const char *to)
{
	char path[4200];
	snprintf(path, sizeof(path), "%s/cgroup.procs", dir);
	FILE *f = fopen(path, "re");
	if (!f)
		return;
	char pid[32];
	while (fgets(pid, sizeof(pid), f)) {
		pid[strcspn(pid, "\n")] = 0;
		write_file(to, "cgroup.procs", pid);
	}
	fclose(f);
}

/* Is the cgroup at dir empty ("populated 0" in cgroup.events)? */
static bool cgroup_empty(const char *dir, int events_fd)
{
	char buf[256];
	ssize_t n = pread(events_fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		return access(dir, F_OK) != 0;
	buf[n] = 0;
	return strstr(buf, "populated 0") != NULL;
}

/*
 * The watchdog: reads "PID PATH" lines (processes to put back) until the
 * pipe's end, which comes when sctrace exits however it does; then thaws,
 * puts those processes back, and removes the cgroup once it is empty.
 */
static void watchdog(const char *dir, int in)
{
	static const int ignored[] = { SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP,
				       SIGTTIN, SIGTTOU, SIGUSR1, SIGUSR2 };
	for (size_t k = 0; k < sizeof(ignored) / sizeof(ignored[0]); k++)
		signal(ignored[k], SIG_IGN);
	/* out of sctrace's process group and session: a kill of the group
	 * (a job's, a test harness's) must not take the watchdog with it */
	setsid();
	prctl(PR_SET_NAME, "sctrace-thaw", 0, 0, 0);
	/* hold nothing of sctrace's: a `| jq` must see its end of file */
	int null = open("/dev/null", O_RDWR);
	if (null >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
	}
	if (dup2(in, 3) < 0)
		_exit(1);
	for (int fd = 4; fd < 1024; fd++)
		close(fd);
	size_t len = 0, cap = 4096;
	char *text = malloc(cap);
	for (;;) {
		if (!text)
			break;
		if (len + 1 >= cap) {
			char *t = realloc(text, cap * 2);
			if (!t)
				break;
			text = t;
			cap *= 2;
		}
		ssize_t n = read(3, text + len, cap - len - 1);
		if (n > 0) {
			len += (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		break;   /* sctrace is gone */
	}
	write_file(dir, "cgroup.freeze", "0");
	if (text) {
		text[len] = 0;
		char mount[4096], first[8300] = "";
		cgroup2_mount(mount, sizeof(mount));
		for (char *save = NULL, *l = strtok_r(text, "\n", &save); l;
		     l = strtok_r(NULL, "\n", &save)) {
			char *sp = strchr(l, ' ');
			if (!sp)
				continue;
			*sp = 0;
			char back[8300];
			snprintf(back, sizeof(back), "%s%s", mount, sp + 1);
			write_file(back, "cgroup.procs", l);
			if (!first[0])
				snprintf(first, sizeof(first), "%s", back);
		}
		if (first[0])
			move_rest(dir, first);
	}
	char ev[4200];
	snprintf(ev, sizeof(ev), "%s/cgroup.events", dir);
	int efd = open(ev, O_RDONLY | O_CLOEXEC);
	while (efd >= 0 && !cgroup_empty(dir, efd)) {
		/* cgroup.events signals a change with POLLPRI */
		struct pollfd p = { .fd = efd, .events = POLLPRI };
		poll(&p, 1, 1000);
	}
	rmdir(dir);
	_exit(0);
}

/* Remove the empty cgroups of sctraces gone without their watchdog's
 * cleanup (the watchdog SIGKILLed too) */
static void remove_stale(const char *mount)
{
	DIR *d = opendir(mount);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		int pid;
		char rest;
		if (sscanf(e->d_name, "sctrace.%d%c", &pid, &rest) != 1 || pid <= 0 ||
		    kill(pid, 0) == 0 || errno != ESRCH)
			continue;
		char dir[8600];
		snprintf(dir, sizeof(dir), "%s/%s", mount, e->d_name);
		rmdir(dir);   /* fails, harmlessly, while processes are in it */
	}
	closedir(d);
}

int lossless_prepare(struct lossless *l)
{
	memset(l, 0, sizeof(*l));
	l->freeze_fd = l->watchdog_fd = l->epoll_fd = l->dir_fd = -1;
	l->stop_fd[0] = l->stop_fd[1] = -1;
	char mount[4000];
	cgroup2_mount(mount, sizeof(mount));
	if (!mount[0]) {
		snprintf(l->err, sizeof(l->err), "no cgroup v2 hierarchy is mounted");
		return -1;
	}
	/* below the cgroup the command would start in (sctrace's own): it
	 * stays inside a container's or a --cgroup filter's tree, and its
	 * accounting where it was; the mount's root where that cannot be */
	char own[4096] = "";
	if (cgroup_of_pid(getpid(), own, sizeof(own)) || !strcmp(own, "/"))
		own[0] = 0;
	int made = -1;
	for (int at_root = own[0] ? 0 : 1; at_root < 2 && made; at_root++) {
		char parent[8200];
		snprintf(parent, sizeof(parent), "%s%s", mount, at_root ? "" : own);
		remove_stale(parent);
		snprintf(l->dir, sizeof(l->dir), "%.4000s/sctrace.%d", parent, (int)getpid());
		made = mkdir(l->dir, 0755) && errno != EEXIST ? -1 : 0;
	}
	if (made) {
		snprintf(l->err, sizeof(l->err), "creating the cgroup %.500s failed: %s", l->dir,
			 strerror(errno));
		l->dir[0] = 0;
		return -1;
	}
	char path[4200];
	snprintf(path, sizeof(path), "%s/cgroup.freeze", l->dir);
	l->freeze_fd = open(path, O_WRONLY | O_CLOEXEC);
	l->dir_fd = open(l->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (l->freeze_fd < 0 || l->dir_fd < 0) {
		snprintf(l->err, sizeof(l->err), "opening %.500s failed: %s (the cgroup freezer "
			 "needs Linux 5.2)", path, strerror(errno));
		return -1;
	}
	return 0;
}

int lossless_start(struct lossless *l, uint64_t ring_size)
{
	if (l->err[0] || !l->dir[0]) {
		fprintf(stderr, "sctrace: %s: lossless tracing is off (events may be lost, and are "
			"counted)\n", l->err[0] ? l->err : "no cgroup was made");
		lossless_end(l);
		return -1;
	}
	int p[2];
	if (pipe2(p, O_CLOEXEC)) {
		fprintf(stderr, "sctrace: a pipe for the cgroup's watchdog failed: %s: lossless tracing "
			"is off\n", strerror(errno));
		lossless_end(l);
		return -1;
	}
	pid_t w = fork();
	if (w == 0) {
		close(p[1]);
		watchdog(l->dir, p[0]);
	}
	close(p[0]);
	if (w < 0) {
		fprintf(stderr, "sctrace: starting the cgroup's watchdog failed: %s: lossless tracing "
			"is off\n", strerror(errno));
		close(p[1]);
		lossless_end(l);
		return -1;
	}
	l->watchdog_fd = p[1];
	/* freeze with three quarters of the ring still free: room for what the
	 * tracees make before they stop; thaw once it is nearly drained */
	l->high = ring_size / 4;
	l->low = ring_size / 16;
	l->on = true;
	return 0;
}

int lossless_add(struct lossless *l, pid_t pid, bool put_back)
{
	if (!l->on)
		return -1;
	char from[4096] = "";
	if (put_back && cgroup_of_pid(pid, from, sizeof(from))) {
		fprintf(stderr, "sctrace: reading the cgroup of pid %d failed: %s: it is traced "
			"without --lossless\n", (int)pid, strerror(errno));
		return -1;
	}
	char s[32];
	snprintf(s, sizeof(s), "%d", (int)pid);
	if (write_file(l->dir, "cgroup.procs", s)) {
		fprintf(stderr, "sctrace: moving pid %d into the cgroup %s failed: %s: its events may "
			"be lost (and are counted)\n", (int)pid, l->dir, strerror(errno));
		return -1;
	}
	if (put_back && l->nmoved < LOSSLESS_MAX_PIDS) {
		l->moved[l->nmoved] = pid;
		l->from[l->nmoved++] = strdup(from);
		/* the watchdog puts it back should sctrace die */
		char line[4200];
		int n = snprintf(line, sizeof(line), "%d %s\n", (int)pid, from);
		if (write(l->watchdog_fd, line, (size_t)n) < 0)
			return 0;
	}
	return 0;
}

static void set_frozen(struct lossless *l, bool frozen)
{
	if (pwrite(l->freeze_fd, frozen ? "1" : "0", 1, 0) == 1) {
		l->frozen = frozen;
		l->freezes += frozen;
	}
}

#define WATCH_IDLE_MS   20  /* the level checked at least this often */
#define WATCH_FROZEN_MS 1   /* ...and while frozen (nothing wakes it then) */
/* Once the ring is 1/8 full, every record the producers commit wakes its
 * waiters: after a wakeup the watcher rests this long before it waits
 * again (the wakeups meanwhile make one), so that it runs at most a few
 * thousand times a second, not once a record.  Only while the high mark
 * is GAP_ROOM away or more: the producers, a few hundred MB/s at most,
 * fill a fraction of that in the rest (a small --buffer-size: no rest). */
#define WATCH_GAP_NS    500000
#define WATCH_GAP_ROOM  (512 << 10)

static void *watch(void *arg)
{
	struct lossless *l = arg;
	prctl(PR_SET_NAME, "sctrace-watch", 0, 0, 0);
	while (!l->stop) {
		struct epoll_event ev;
		int n = epoll_wait(l->epoll_fd, &ev, 1, l->frozen ? WATCH_FROZEN_MS : WATCH_IDLE_MS);
		uint64_t queued = *l->producer - *l->consumer;
		if (!l->frozen && queued >= l->high)
			set_frozen(l, true);
		else if (l->frozen && queued <= l->low)
			set_frozen(l, false);
		if (n > 0 && !l->frozen && !l->stop && queued + WATCH_GAP_ROOM <= l->high) {
			struct timespec gap = { 0, WATCH_GAP_NS };
			nanosleep(&gap, NULL);
		}
	}
	return NULL;
}

int lossless_watch(struct lossless *l, int ring_fd, const volatile uint64_t *consumer,
		   const volatile uint64_t *producer)
{
	if (!l->on)
		return -1;
	l->consumer = consumer;
	l->producer = producer;
	l->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	if (pipe2(l->stop_fd, O_CLOEXEC))
		l->stop_fd[0] = l->stop_fd[1] = -1;
	/* edge-triggered: each wakeup the producers send, not "data is there" */
	struct epoll_event ev = { .events = EPOLLIN | EPOLLET };
	struct epoll_event stop = { .events = EPOLLIN };
	if (l->epoll_fd < 0 || l->stop_fd[0] < 0 || epoll_ctl(l->epoll_fd, EPOLL_CTL_ADD, ring_fd, &ev) ||
	    epoll_ctl(l->epoll_fd, EPOLL_CTL_ADD, l->stop_fd[0], &stop)) {
		fprintf(stderr, "sctrace: watching the ring buffer failed: %s: lossless tracing is "
			"off\n", strerror(errno));
		return -1;
	}
	pthread_attr_t a;
	pthread_attr_init(&a);
	/* real-time (lowest priority): it must run as soon as it is woken, not
	 * after the tracees' time slices; it sleeps but for a few loads and
	 * writes.  Without the privilege, a normal thread. */
	struct sched_param sp = { .sched_priority = 1 };
	pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED);
	pthread_attr_setschedpolicy(&a, SCHED_FIFO);
	pthread_attr_setschedparam(&a, &sp);
	int err = pthread_create(&l->watcher, &a, watch, l);
	if (err == EPERM) {
		pthread_attr_setinheritsched(&a, PTHREAD_INHERIT_SCHED);
		err = pthread_create(&l->watcher, &a, watch, l);
	}
	pthread_attr_destroy(&a);
	if (err) {
		fprintf(stderr, "sctrace: starting the ring buffer's watcher failed: %s: lossless "
			"tracing is off\n", strerror(err));
		return -1;
	}
	l->watching = true;
	return 0;
}

void lossless_end(struct lossless *l)
{
	if (!l->on) {
		/* prepared, never started: no watchdog, remove the cgroup here
		 * (the command, if forked into it, is gone by now) */
		if (l->freeze_fd >= 0)
			close(l->freeze_fd);
		if (l->dir_fd >= 0)
			close(l->dir_fd);
		l->freeze_fd = l->dir_fd = -1;
		if (l->dir[0])
			rmdir(l->dir);
		l->dir[0] = 0;
		return;
	}
	if (l->watching) {
		l->stop = true;
		uint64_t one = 1;
		/* if this fails it notices within WATCH_IDLE_MS */
		(void)!write(l->stop_fd[1], &one, sizeof(one));
		pthread_join(l->watcher, NULL);
		l->watching = false;
	}
	if (l->epoll_fd >= 0)
		close(l->epoll_fd);
	for (int k = 0; k < 2; k++)
		if (l->stop_fd[k] >= 0)
			close(l->stop_fd[k]);
	l->epoll_fd = l->stop_fd[0] = l->stop_fd[1] = -1;
	set_frozen(l, false);
	char mount[4096];
	cgroup2_mount(mount, sizeof(mount));
	for (int i = 0; i < l->nmoved; i++) {
		char back[8300], s[32];
		snprintf(back, sizeof(back), "%s%s", mount, l->from[i] ? l->from[i] : "");
		snprintf(s, sizeof(s), "%d", (int)l->moved[i]);
		write_file(back, "cgroup.procs", s);
		if (i == 0)
			move_rest(l->dir, back);  /* their children: where the first was */
		free(l->from[i]);
	}
	l->nmoved = 0;
	close(l->freeze_fd);
	if (l->dir_fd >= 0)
		close(l->dir_fd);
	l->freeze_fd = l->dir_fd = -1;
	close(l->watchdog_fd);   /* the watchdog removes the cgroup once empty */
	l->dir[0] = 0;           /* ...not this process */
	l->on = false;
}
