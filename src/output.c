// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/* Opening the trace destination; what both backends share. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
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
	if (opts->outfile) {
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

	struct timespec rt, mono;
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_MONOTONIC, &mono);
	o->realtime_offset = (int64_t)(rt.tv_sec - mono.tv_sec) * 1000000000LL +
			     (rt.tv_nsec - mono.tv_nsec);
	return 0;
}

int output_flush(struct output *o)
{
	return ob_flush(&o->ob);
}

void output_close(struct output *o)
{
	ob_flush(&o->ob);
	if (o->opts->outfile && o->ob.fd >= 0)
		close(o->ob.fd);
	ob_free(&o->ob);
}

bool ret_is_error(int64_t ret)
{
	return ret < 0 && ret >= -4095;
}
