// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* The cgroup v2 hierarchy: see cgroup.h. */
#include "cgroup.h"

#include <ctype.h>
#include <errno.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cgroup2_mount(char *buf, size_t size)
{
	buf[0] = 0;
	FILE *f = fopen("/proc/self/mountinfo", "re");
	if (!f)
		return;
	char line[4096];
	while (fgets(line, sizeof(line), f)) {
		/* ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [TAGS...] - FSTYPE ... */
		char *sep = strstr(line, " - ");
		if (!sep || strncmp(sep + 3, "cgroup2 ", 8))
			continue;
		char *p = line;
		for (int k = 0; k < 4 && p; k++) {
			p = strchr(p, ' ');
			if (p)
				p++;
		}
		if (!p)
			continue;
		/* mount points are octal-escaped (\040 for a space) */
		size_t n = 0;
		for (; *p && *p != ' ' && n + 1 < size; p++) {
			if (p[0] == '\\' && p[1] >= '0' && p[1] <= '3' && p[2] && p[3]) {
				buf[n++] = (char)((p[1] - '0') << 6 | (p[2] - '0') << 3 | (p[3] - '0'));
				p += 3;
			} else {
				buf[n++] = *p;
			}
		}
		buf[n] = 0;
		break;
	}
	fclose(f);
}

/* Components of rel ("/a/b" -> 2) */
static uint32_t path_level(const char *rel)
{
	uint32_t n = 0;
	for (const char *p = rel; *p;) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		n++;
		while (*p && *p != '/')
			p++;
	}
	return n;
}

static int fill_ref(const char *mount, const char *abs, struct cgroup_ref *out, char *err,
		    size_t err_size)
{
	struct stat st;
	if (stat(abs, &st) || !S_ISDIR(st.st_mode)) {
		snprintf(err, err_size, "%s: %s", abs, errno ? strerror(errno) : "not a directory");
		return -1;
	}
	size_t ml = strlen(mount);
	snprintf(out->path, sizeof(out->path), "%s", abs);
	out->id = st.st_ino;   /* cgroup v2: the kernfs node id is the inode */
	out->level = path_level(abs + ml);
	return 0;
}

int cgroup_of_pid(pid_t pid, char *buf, size_t size)
{
	char path[64], line[4096];
	snprintf(path, sizeof(path), "/proc/%d/cgroup", (int)pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	int ret = -1;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "0::", 3)) {
			line[strcspn(line, "\n")] = 0;
			snprintf(buf, size, "%.4000s", line + 3);
			ret = 0;
			break;
		}
	fclose(f);
	return ret;
}

int cgroup_resolve(const char *path, struct cgroup_ref *out, char *err, size_t err_size)
{
	char mount[2048];
	cgroup2_mount(mount, sizeof(mount));
	if (!mount[0]) {
		snprintf(err, err_size, "no cgroup v2 hierarchy is mounted");
		return -1;
	}
	char abs[8192];
	size_t ml = strlen(mount);
	char *real = realpath(path, NULL);
	if (real && !strncmp(real, mount, ml) && (real[ml] == '/' || !real[ml])) {
		snprintf(abs, sizeof(abs), "%s", real);
	} else {
		/* relative to the mount, as /proc/PID/cgroup names it */
		snprintf(abs, sizeof(abs), "%s/%s", mount, path + (path[0] == '/'));
		free(real);
		real = realpath(abs, NULL);
		if (!real) {
			snprintf(err, err_size, "%s: %s (a cgroup v2 path: under %s, or relative to it)",
				 abs, strerror(errno), mount);
			return -1;
		}
		snprintf(abs, sizeof(abs), "%s", real);
		if (strncmp(abs, mount, ml)) {
			snprintf(err, err_size, "%s is not under the cgroup v2 mount %s", abs, mount);
			free(real);
			return -1;
		}
	}
	free(real);
	errno = 0;
	return fill_ref(mount, abs, out, err, err_size);
}

/* Prefixes container runtimes (and systemd for them) put before the id */
static const char *const id_prefixes[] = {
	"docker-", "cri-containerd-", "containerd-", "libpod-", "crio-", "libpod-conmon-",
};

int cgroup_container_id(const char *name, char *id, size_t size)
{
	const char *p = name;
	for (size_t k = 0; k < sizeof(id_prefixes) / sizeof(id_prefixes[0]); k++)
		if (!strncmp(p, id_prefixes[k], strlen(id_prefixes[k]))) {
			if (!strcmp(id_prefixes[k], "libpod-conmon-"))
				return 0;  /* podman's monitor, not the container */
			p += strlen(id_prefixes[k]);
			break;
		}
	size_t n = 0;
	while (isxdigit((unsigned char)p[n]))
		n++;
	/* an id: 64 hex digits (docker, containerd, podman, CRI-O), alone or
	 * before ".scope" */
	if (n != 64 || (p[n] && strcmp(p + n, ".scope")))
		return 0;
	if (n >= size)
		return 0;
	memcpy(id, p, n);
	id[n] = 0;
	for (size_t k = 0; k < n; k++)
		id[k] = (char)tolower((unsigned char)id[k]);
	return 1;
}

/* nftw's state: matches so far */
static struct {
	const char *prefix;
	size_t prefix_len;
	int n;
	char ids[4][80];
	char first[4096];
} walk;

static int visit(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)st;
	if (type != FTW_D)
		return 0;
	char id[80];
	if (!cgroup_container_id(path + f->base, id, sizeof(id)) ||
	    strncmp(id, walk.prefix, walk.prefix_len))
		return 0;
	for (int i = 0; i < walk.n && i < 4; i++)
		if (!strcmp(walk.ids[i], id))
			return 0;   /* the same container again (a nested cgroup of it) */
	if (walk.n < 4)
		snprintf(walk.ids[walk.n], sizeof(walk.ids[0]), "%s", id);
	if (!walk.n)
		snprintf(walk.first, sizeof(walk.first), "%s", path);
	walk.n++;
	return 0;
}

int cgroup_find_container(const char *id_prefix, struct cgroup_ref *out, char *err,
			  size_t err_size)
{
	char mount[2048];
	cgroup2_mount(mount, sizeof(mount));
	if (!mount[0]) {
		snprintf(err, err_size, "no cgroup v2 hierarchy is mounted");
		return -1;
	}
	char prefix[80];
	size_t n = strlen(id_prefix);
	if (n >= sizeof(prefix))
		n = sizeof(prefix) - 1;
	for (size_t k = 0; k < n; k++)
		prefix[k] = (char)tolower((unsigned char)id_prefix[k]);
	prefix[n] = 0;
	memset(&walk, 0, sizeof(walk));
	walk.prefix = prefix;
	walk.prefix_len = n;
	/* pre-order: a container's cgroup comes before its nested ones */
	nftw(mount, visit, 32, FTW_PHYS | FTW_MOUNT);
	if (!walk.n) {
		snprintf(err, err_size, "no container's cgroup under %s has an id starting with '%s'",
			 mount, id_prefix);
		return -1;
	}
	if (walk.n > 1) {
		/* each id as long as tells them apart (docker's 12 digits at least) */
		int shown = walk.n < 4 ? walk.n : 4;
		size_t len = 12;
		for (int i = 0; i < shown; i++)
			for (int j = i + 1; j < shown; j++) {
				size_t k = 0;
				while (walk.ids[i][k] && walk.ids[i][k] == walk.ids[j][k])
					k++;
				if (k + 1 > len)
					len = k + 1;
			}
		char names[400] = "";
		for (int i = 0; i < shown; i++) {
			size_t l = strlen(names);
			snprintf(names + l, sizeof(names) - l, "%s%.*s", i ? ", " : "", (int)len,
				 walk.ids[i]);
		}
		snprintf(err, err_size, "'%s' matches %d containers (%s%s): give more of the id",
			 id_prefix, walk.n, names, walk.n > shown ? ", ..." : "");
		return -2;
	}
	errno = 0;
	return fill_ref(mount, walk.first, out, err, err_size);
}
