// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * Waiting for descriptors: poll/ppoll's struct pollfd arrays, select's fd
 * sets, epoll's events, and what strace prints after their return values:
 *   poll(...)    = 1 ([{fd=3, revents=POLLIN}])
 *   ppoll(...)   = 1 ([{fd=3, revents=POLLIN}], left {tv_sec=0, tv_nsec=99})
 *   pselect6(..) = 2 (in [8], out [9], left {tv_sec=0, tv_nsec=9998277})
 *   poll(...)    = 0 (Timeout)
 * Inputs are shown as they were at entry (the entry record's capture),
 * results from the exit record's (struct call's out[]).
 */
#include "decode_priv.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static const struct flag_name poll_events[] = {
	{ 0x0001, "POLLIN" },     { 0x0002, "POLLPRI" },    { 0x0004, "POLLOUT" },
	{ 0x0008, "POLLERR" },    { 0x0010, "POLLHUP" },    { 0x0020, "POLLNVAL" },
	{ 0x0040, "POLLRDNORM" }, { 0x0080, "POLLRDBAND" }, { 0x0100, "POLLWRNORM" },
	{ 0x0200, "POLLWRBAND" }, { 0x0400, "POLLMSG" },    { 0x1000, "POLLREMOVE" },
	{ 0x2000, "POLLRDHUP" },
	{ 0, NULL }
};

static const struct flag_name epoll_events[] = {
	{ 0x001, "EPOLLIN" },     { 0x002, "EPOLLPRI" },    { 0x004, "EPOLLOUT" },
	{ 0x008, "EPOLLERR" },    { 0x010, "EPOLLHUP" },    { 0x020, "EPOLLNVAL" },
	{ 0x040, "EPOLLRDNORM" }, { 0x080, "EPOLLRDBAND" }, { 0x100, "EPOLLWRNORM" },
	{ 0x200, "EPOLLWRBAND" }, { 0x400, "EPOLLMSG" },    { 0x2000, "EPOLLRDHUP" },
	{ 1u << 27, "EPOLLURING_WAKE" }, { 1u << 28, "EPOLLEXCLUSIVE" },
	{ 1u << 29, "EPOLLWAKEUP" },     { 1u << 30, "EPOLLONESHOT" },
	{ 1u << 31, "EPOLLET" },
	{ 0, NULL }
};

/* The exit record's copy of arg i, when usable */
static const struct blob_ref *out_blob(const struct call *c, int i)
{
	const struct blob_ref *r = &c->out[i];
	if (!r->b || (r->b->flags & SCT_BF_FAULT))
		return NULL;
	return r;
}

/* ------------------------------------------------------------ poll */

struct pollfd_k { int32_t fd; int16_t events, revents; };

/* poll/ppoll's fds: [{fd=3, events=POLLIN}, {fd=-1}], at most -s shown */
void dec_pollfds(struct emit *e, const struct call *c, int i, const char *key)
{
	uint64_t nfds = arg_uint(c, c->fmt->lenarg[i]);   /* unsigned int */
	const struct blob_ref *r = call_blob(c, i);
	if (!arg_u64(c, i) || !r || nfds > 1024 * 1024) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	size_t have = r->b->len / sizeof(struct pollfd_k);
	emit_begin_array(e, key);
	for (uint64_t k = 0; k < nfds; k++) {
		if ((call_abbrev(c) && k >= c->strsize) || k >= have) {
			emit_more(e);
			break;
		}
		struct pollfd_k p;
		memcpy(&p, r->data + k * sizeof(p), sizeof(p));
		emit_begin_struct(e, NULL);
		emit_int(e, "fd", p.fd);
		if (p.fd >= 0)
			emit_flags(e, "events", poll_events, (uint16_t)p.events, "POLL???");
		emit_end_struct(e);
	}
	emit_end_array(e);
}

static bool poll_ret_ok(const struct call *c)
{
	return c->exiting && !(c->rec->flags & SCT_SF_NORET) && !call_failed(c);
}

/* timespec/timeval of arg ti as the call left it, as one string */
static bool format_left(char *buf, size_t size, const struct call *c, int ti, const char *sub)
{
	const struct blob_ref *r = out_blob(c, ti);
	int64_t t[2];
	if (ti < 0 || !arg_u64(c, ti) || !r || r->b->len < sizeof(t))
		return false;
	memcpy(t, r->data, sizeof(t));
	snprintf(buf, size, "left {tv_sec=%" PRId64 ", %s=%" PRId64 "}", t[0], sub, t[1]);
	return true;
}

static void emit_revents(struct emit *e, const struct call *c, int pi)
{
	uint64_t nfds = arg_uint(c, c->fmt->lenarg[pi]);
	const struct blob_ref *r = out_blob(c, pi);
	if (!r) {
		emit_ptr(e, NULL, arg_u64(c, pi));
		return;
	}
	size_t have = r->b->len / sizeof(struct pollfd_k);
	unsigned shown = 0;
	emit_begin_array(e, NULL);
	for (uint64_t k = 0; k < nfds; k++) {
		if (k >= have) {
			emit_more(e);
			break;
		}
		struct pollfd_k p;
		memcpy(&p, r->data + k * sizeof(p), sizeof(p));
		if (!p.revents)
			continue;
		if (shown++ >= c->strsize && call_abbrev(c)) {
			emit_more(e);
			break;
		}
		emit_begin_struct(e, NULL);
		emit_int(e, "fd", p.fd);
		emit_flags(e, "revents", poll_events, (uint16_t)p.revents, "POLL???");
		emit_end_struct(e);
	}
	emit_end_array(e);
}

bool poll_has_ret_aux(const struct call *c)
{
	return poll_ret_ok(c);
}

void poll_ret_aux(struct emit *e, const struct call *c)
{
	int pi = fmt_find_arg(c, A_POLLFDS);
	int ti = fmt_find_arg(c, A_TIMESPEC_IN);
	if (c->rec->ret == 0) {
		emit_sym(e, NULL, "Timeout");
		return;
	}
	if (pi >= 0)
		emit_revents(e, c, pi);
	char buf[96];
	if (ti >= 0 && format_left(buf, sizeof(buf), c, ti, "tv_nsec"))
		emit_sym(e, NULL, buf);
}

/* ----------------------------------------------------------- select */

/* "[3 4]" for the first nfds bits of a captured fd_set */
static const char *format_fdset(char *buf, size_t size, const uint8_t *set, size_t bytes, int nfds)
{
	size_t len = str_append(buf, size, 0, "[");
	bool first = true;
	for (int fd = 0; fd < nfds && (size_t)fd / 8 < bytes; fd++) {
		if (!(set[fd / 8] & (1u << (fd % 8))))
			continue;
		char tmp[16];
		snprintf(tmp, sizeof(tmp), first ? "%d" : " %d", fd);
		len = str_append(buf, size, len, tmp);
		first = false;
	}
	str_append(buf, size, len, "]");
	return buf;
}

#define FDSET_BUF 2048

void dec_fdset(struct emit *e, const struct call *c, int i, const char *key)
{
	const struct blob_ref *r = call_blob(c, i);
	int nfds = arg_int(c, 0);
	if (!arg_u64(c, i) || !r || nfds < 0) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	char buf[FDSET_BUF];
	emit_sym(e, key, format_fdset(buf, sizeof(buf), r->data, r->b->len, nfds));
}

bool select_has_ret_aux(const struct call *c)
{
	return poll_ret_ok(c);
}

void select_ret_aux(struct emit *e, const struct call *c)
{
	static const char *const names[3] = { "in", "out", "except" };
	char buf[FDSET_BUF + 16], set[FDSET_BUF];
	int nfds = arg_int(c, 0);
	if (c->rec->ret == 0) {
		emit_sym(e, NULL, "Timeout");
		return;
	}
	for (int k = 0; k < 3; k++) {
		const struct blob_ref *r = out_blob(c, 1 + k);
		if (!arg_u64(c, 1 + k) || !r)
			continue;
		format_fdset(set, sizeof(set), r->data, r->b->len, nfds);
		if (strcmp(set, "[]") == 0)
			continue;
		snprintf(buf, sizeof(buf), "%s %s", names[k], set);
		emit_sym(e, NULL, buf);
	}
	bool usec = c->fmt->arg[4] == A_SELECT_TIMEVAL;
	if (format_left(buf, sizeof(buf), c, 4, usec ? "tv_usec" : "tv_nsec"))
		emit_sym(e, NULL, buf);
}

/* select's timeval as it was at entry */
void dec_select_timeval(struct emit *e, const struct call *c, int i, const char *key)
{
	int64_t t[2];
	if (!call_struct(c, i, t, sizeof(t))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_begin_struct(e, key);
	emit_int(e, "tv_sec", t[0]);
	emit_int(e, "tv_usec", t[1]);
	emit_end_struct(e);
}

/* ------------------------------------------------------------ epoll */

static void emit_epoll_event(struct emit *e, const char *key, const uint8_t *p)
{
	uint32_t ev;
	uint64_t data;
	memcpy(&ev, p, 4);
	memcpy(&data, p + 4, 8);
	emit_begin_struct(e, key);
	emit_flags(e, "events", epoll_events, ev, "EPOLL???");
	emit_begin_struct(e, "data");
	emit_uint(e, "u32", (uint32_t)data);
	emit_uint(e, "u64", data);
	emit_end_struct(e);
	emit_end_struct(e);
}

/* epoll_ctl's event (x86_64: packed, 12 bytes) */
void dec_epoll_event_in(struct emit *e, const struct call *c, int i, const char *key)
{
	uint8_t ev[12];
	/* EPOLL_CTL_DEL ignores the event: strace prints its address */
	if (arg_uint(c, 1) == 2 || !call_struct(c, i, ev, sizeof(ev))) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	emit_epoll_event(e, key, ev);
}

/* epoll_wait's events: as many as it returned, at most -s */
void dec_epoll_events_out(struct emit *e, const struct call *c, int i, const char *key)
{
	const struct blob_ref *r = call_blob(c, i);
	if (!call_ok(c) || !r) {
		emit_ptr(e, key, arg_u64(c, i));
		return;
	}
	int64_t n = c->rec->ret;
	emit_begin_array(e, key);
	for (int64_t k = 0; k < n; k++) {
		if ((call_abbrev(c) && (uint64_t)k >= c->strsize) || (size_t)(k + 1) * 12 > r->b->len) {
			emit_more(e);
			break;
		}
		emit_epoll_event(e, NULL, r->data + 12 * k);
	}
	emit_end_array(e);
}
