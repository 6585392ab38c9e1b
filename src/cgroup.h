/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/*
 * The cgroup v2 hierarchy: where it is mounted, a cgroup's id and level
 * (what the BPF side compares with bpf_get_current_ancestor_cgroup_id()),
 * and containers found by the id their runtime puts in a cgroup's name.
 */
#ifndef SCT_CGROUP_H
#define SCT_CGROUP_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The first cgroup2 mount in /proc/self/mountinfo into buf ("" if none). */
void cgroup2_mount(char *buf, size_t size);

/* pid's cgroup v2 path relative to the mount, as /proc/PID/cgroup's "0::"
 * line gives it ("/a/b"; "/" for the root), into buf.  0, or -1 (errno;
 * no v2 line: -1 too). */
int cgroup_of_pid(pid_t pid, char *buf, size_t size);

/* A cgroup of the v2 hierarchy */
struct cgroup_ref {
	uint64_t id;       /* the kernel's cgroup id: its directory's inode */
	uint32_t level;    /* 0: the root; 1 + its parent's */
	char path[4096];   /* absolute directory */
};

/* Resolve path (a directory under the v2 mount, or a path relative to the
 * mount as /proc/PID/cgroup shows it: "/system.slice/x.scope").  0, or -1
 * with a message in err (err_size bytes). */
int cgroup_resolve(const char *path, struct cgroup_ref *out, char *err, size_t err_size);

/* The cgroup of the container whose id starts with id_prefix (as docker,
 * containerd, podman, CRI-O and systemd name them: docker-ID.scope,
 * cri-containerd-ID.scope, libpod-ID.scope, crio-ID.scope, /docker/ID,
 * /kubepods/.../ID).  0; -1 none (err says so); -2 several (err names
 * them). */
int cgroup_find_container(const char *id_prefix, struct cgroup_ref *out, char *err,
			  size_t err_size);

/* The container id in a cgroup path's last component that names one
 * ("docker-0123abcd....scope" -> "0123abcd..."), into id; false if none. */
int cgroup_container_id(const char *name, char *id, size_t size);

#endif
