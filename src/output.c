// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Opening the trace destination; what both backends share. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "color.h"
#include "output.h"

#define OUTBUF_SIZE (1 << 20)

int output_init(struct output *o, const struct options *opts, enum prefix_mode prefix)
{
	memset(o, 0, sizeof(*o));
	o->opts = opts;
	o->prefix = prefix;
	o->ops = opts->json ? &json_output_ops : &text_output_ops;

	/* Text goes to stderr like strace; JSON is data, so stdout. */
	int fd = opts->json ? STDOUT_FILENO : STDERR_FILENO;
	if (opts->outfile && opts->output_separately) {
		fd = -1;  /* FILE.TID, opened by output_select() */
	} else if (opts->outfile) {
		fd = open(opts->outfile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
		if (fd < 0) {
			fprintf(stderr, "sctrace: cannot open output file '%s': %s\n", opts->outfile,
				strerror(errno));
			return -1;
		}
	}
	if (ob_init(&o->ob, fd, OUTBUF_SIZE)) {
		fprintf(stderr, "sctrace: out of memory\n");
		return -1;
	}
	jw_init(&o->jw, &o->ob);
	/* -ff files are never terminals; JSON is never coloured */
	o->color = !opts->json &&
		   color_enabled(opts->color, fd, opts->outfile && opts->output_separately);

	struct timespec rt, mono;
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_MONOTONIC, &mono);
	o->realtime_offset = (int64_t)(rt.tv_sec - mono.tv_sec) * 1000000000LL +
			     (rt.tv_nsec - mono.tv_nsec);
	return 0;
}

void output_select(struct output *o, uint32_t tid)
{
	if (!o->opts->outfile || (tid == o->cur_tid && o->ob.fd >= 0))
		return;
	ob_flush(&o->ob);
	o->cur_tid = tid;
	intptr_t v = (intptr_t)tidmap_get(&o->task_fds, tid);
	if (v) {
		o->ob.fd = (int)v - 1;
		return;
	}
	char path[PATH_MAX];
	int fd = -1;
	if (snprintf(path, sizeof(path), "%s.%u", o->opts->outfile, tid) < (int)sizeof(path))
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		fprintf(stderr, "sctrace: cannot open output file '%s': %s\n", path, strerror(errno));
		fd = STDERR_FILENO;
	}
	tidmap_put(&o->task_fds, tid, (void *)(intptr_t)(fd + 1));
	o->ob.fd = fd;
}

int output_flush(struct output *o)
{
	return ob_flush(&o->ob);
}

void output_close(struct output *o)
{
	ob_flush(&o->ob);
	if (o->opts->output_separately && o->opts->outfile) {
		for (size_t i = 0; i < o->task_fds.cap; i++) {
			int fd = (int)(intptr_t)o->task_fds.slots[i].val - 1;
			if (fd > STDERR_FILENO)
				close(fd);
		}
		tidmap_free(&o->task_fds);
	} else if (o->opts->outfile && o->ob.fd >= 0) {
		close(o->ob.fd);
	}
	ob_free(&o->ob);
}

bool ret_is_error(int64_t ret)
{
	return ret < 0 && ret >= -4095;
}
