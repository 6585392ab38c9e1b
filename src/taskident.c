// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Task identity for --cgroup/--container output: see taskident.h. */
#include "taskident.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cgroup.h"
#include "tidmap.h"

bool taskident_on;

static struct tidmap by_tid;   /* tid -> struct task_ident * */

/* cgroup id -> path (relative to the v2 mount), from walks of the tree */
struct cg_name { uint64_t id; char path[512]; };
static struct cg_name *names;
static size_t nnames, names_cap;
static char mount[2048];
static size_t mount_len;

static int add_name(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)f;
	if (type != FTW_D)
		return 0;
	if (nnames == names_cap) {
		size_t cap = names_cap ? names_cap * 2 : 256;
		struct cg_name *n = realloc(names, cap * sizeof(*n));
		if (!n)
			return 1;
		names = n;
		names_cap = cap;
	}
	names[nnames].id = st->st_ino;
	snprintf(names[nnames].path, sizeof(names[0].path), "%s",
		 path[mount_len] ? path + mount_len : "/");
	nnames++;
	return 0;
}

static const char *cgroup_name(uint64_t id)
{
	for (int walked = 0;; walked++) {
		for (size_t i = 0; i < nnames; i++)
			if (names[i].id == id)
				return names[i].path;
		if (walked)
			return NULL;
		/* a cgroup made since: walk the tree again */
		if (!mount[0]) {
			cgroup2_mount(mount, sizeof(mount));
			mount_len = strlen(mount);
		}
		if (!mount[0])
			return NULL;
		nnames = 0;
		nftw(mount, add_name, 32, FTW_PHYS | FTW_MOUNT);
	}
}

void taskident_set(uint32_t pid, uint32_t tid, uint64_t cgroup_id, uint32_t ns_pid,
		   uint32_t ns_tid)
{
	if (!taskident_on)
		return;
	struct task_ident *t = calloc(1, sizeof(*t));
	if (!t)
		return;
	const char *path = cgroup_name(cgroup_id);
	if (path)
		snprintf(t->cgroup, sizeof(t->cgroup), "%s", path);
	/* the container: the deepest component naming one */
	char comp[512];
	for (const char *p = t->cgroup; *p;) {
		while (*p == '/')
			p++;
		size_t n = strcspn(p, "/");
		if (n && n < sizeof(comp)) {
			memcpy(comp, p, n);
			comp[n] = 0;
			cgroup_container_id(comp, t->container, sizeof(t->container));
		}
		p += n;
	}
	t->ns_pid = ns_pid != pid ? ns_pid : 0;
	t->ns_tid = ns_tid != tid ? ns_tid : 0;
	free(tidmap_put(&by_tid, tid, t));
}

const struct task_ident *taskident_get(uint32_t pid, uint32_t tid)
{
	(void)pid;
	if (!taskident_on)
		return NULL;
	return tidmap_get(&by_tid, tid);
}

void taskident_forget(uint32_t pid, uint32_t tid, bool process)
{
	(void)pid;
	(void)process;
	free(tidmap_del(&by_tid, tid));
}
