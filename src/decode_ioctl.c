// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * ioctl: the request by name (strace's names, including its
 * "A or B" for numbers two drivers share), else strace's _IOC(dir, type,
 * nr, size) form; and the argument as strace shows it for that request
 * (nothing, an address, a number, or a small value set).  Structures
 * behind the argument are not decoded yet: they print as addresses.
 */
#include "decode_priv.h"

/* how the third argument prints */
enum { IA_HEX, IA_PTR, IA_INT, IA_NONE, IA_TCFLSH, IA_TCXONC, IA_PERF };

struct ioctl_def {
	uint32_t code;
	const char *name;
	uint8_t arg;
};

/* sorted by code (looked up by binary search) */
static const struct ioctl_def ioctls[] = {
	{ 0x125e,    "BLKROGET",                            IA_PTR },
	{ 0x125f,    "BLKRRPART",                           IA_NONE },
	{ 0x1260,    "BLKGETSIZE",                          IA_PTR },
	{ 0x1261,    "BLKFLSBUF",                           IA_NONE },
	{ 0x1268,    "BLKSSZGET",                           IA_PTR },
	{ 0x2400,    "PERF_EVENT_IOC_ENABLE",               IA_PERF },
	{ 0x2401,    "PERF_EVENT_IOC_DISABLE",              IA_PERF },
	{ 0x2403,    "PERF_EVENT_IOC_RESET",                IA_PERF },
	{ 0x4c00,    "LOOP_SET_FD",                         IA_INT },
	{ 0x4c01,    "LOOP_CLR_FD",                         IA_NONE },
	{ 0x4c02,    "LOOP_SET_STATUS",                     IA_PTR },
	{ 0x4c03,    "LOOP_GET_STATUS",                     IA_PTR },
	{ 0x4c04,    "LOOP_SET_STATUS64",                   IA_PTR },
	{ 0x4c05,    "LOOP_GET_STATUS64",                   IA_PTR },
	{ 0x4c80,    "LOOP_CTL_ADD",                        IA_INT },
	{ 0x4c81,    "LOOP_CTL_REMOVE",                     IA_INT },
	{ 0x4c82,    "LOOP_CTL_GET_FREE",                   IA_NONE },
	{ 0x5401,    "TCGETS",                              IA_PTR },
	{ 0x5402,    "SNDCTL_TMR_START or TCSETS",          IA_PTR },
	{ 0x5403,    "SNDCTL_TMR_STOP or TCSETSW",          IA_PTR },
	{ 0x5404,    "SNDCTL_TMR_CONTINUE or TCSETSF",      IA_PTR },
	{ 0x5405,    "TCGETA",                              IA_PTR },
	{ 0x5406,    "TCSETA",                              IA_PTR },
	{ 0x5407,    "TCSETAW",                             IA_PTR },
	{ 0x5408,    "TCSETAF",                             IA_PTR },
	{ 0x5409,    "TCSBRK",                              IA_INT },
	{ 0x540a,    "TCXONC",                              IA_TCXONC },
	{ 0x540b,    "TCFLSH",                              IA_TCFLSH },
	{ 0x540c,    "TIOCEXCL",                            IA_NONE },
	{ 0x540d,    "TIOCNXCL",                            IA_NONE },
	{ 0x540e,    "TIOCSCTTY",                           IA_INT },
	{ 0x540f,    "TIOCGPGRP",                           IA_PTR },
	{ 0x5410,    "TIOCSPGRP",                           IA_PTR },
	{ 0x5411,    "TIOCOUTQ",                            IA_PTR },
	{ 0x5412,    "TIOCSTI",                             IA_PTR },
	{ 0x5413,    "TIOCGWINSZ",                          IA_PTR },
	{ 0x5414,    "TIOCSWINSZ",                          IA_PTR },
	{ 0x5415,    "TIOCMGET",                            IA_PTR },
	{ 0x5416,    "TIOCMBIS",                            IA_PTR },
	{ 0x5417,    "TIOCMBIC",                            IA_PTR },
	{ 0x5418,    "TIOCMSET",                            IA_PTR },
	{ 0x5419,    "TIOCGSOFTCAR",                        IA_PTR },
	{ 0x541a,    "TIOCSSOFTCAR",                        IA_PTR },
	{ 0x541b,    "FIONREAD",                            IA_PTR },
	{ 0x541c,    "TIOCLINUX",                           IA_HEX },
	{ 0x541d,    "TIOCCONS",                            IA_NONE },
	{ 0x541e,    "TIOCGSERIAL",                         IA_HEX },
	{ 0x541f,    "TIOCSSERIAL",                         IA_NONE },
	{ 0x5420,    "TIOCPKT",                             IA_PTR },
	{ 0x5421,    "FIONBIO",                             IA_PTR },
	{ 0x5422,    "TIOCNOTTY",                           IA_NONE },
	{ 0x5423,    "TIOCSETD",                            IA_PTR },
	{ 0x5424,    "TIOCGETD",                            IA_PTR },
	{ 0x5425,    "TCSBRKP",                             IA_INT },
	{ 0x5427,    "TIOCSBRK",                            IA_NONE },
	{ 0x5428,    "TIOCCBRK",                            IA_NONE },
	{ 0x5429,    "TIOCGSID",                            IA_PTR },
	{ 0x542e,    "TIOCGRS485",                          IA_HEX },
	{ 0x542f,    "TIOCSRS485",                          IA_HEX },
	{ 0x5432,    "TCGETX",                              IA_HEX },
	{ 0x5433,    "TCSETX",                              IA_HEX },
	{ 0x5434,    "TCSETXF",                             IA_HEX },
	{ 0x5435,    "TCSETXW",                             IA_HEX },
	{ 0x5437,    "TIOCVHANGUP",                         IA_NONE },
	{ 0x5441,    "TIOCGPTPEER",                         IA_HEX },
	{ 0x5450,    "FIONCLEX",                            IA_NONE },
	{ 0x5451,    "FIOCLEX",                             IA_NONE },
	{ 0x5452,    "FIOASYNC",                            IA_PTR },
	{ 0x5453,    "TIOCSERCONFIG",                       IA_HEX },
	{ 0x5454,    "TIOCSERGWILD",                        IA_HEX },
	{ 0x5455,    "TIOCSERSWILD",                        IA_HEX },
	{ 0x5456,    "TIOCGLCKTRMIOS",                      IA_PTR },
	{ 0x5457,    "TIOCSLCKTRMIOS",                      IA_PTR },
	{ 0x5458,    "TIOCSERGSTRUCT",                      IA_HEX },
	{ 0x5459,    "TIOCSERGETLSR",                       IA_HEX },
	{ 0x545a,    "TIOCSERGETMULTI",                     IA_HEX },
	{ 0x545b,    "TIOCSERSETMULTI",                     IA_HEX },
	{ 0x545c,    "TIOCMIWAIT",                          IA_HEX },
	{ 0x545d,    "TIOCGICOUNT",                         IA_HEX },
	{ 0x8901,    "FIOSETOWN",                           IA_PTR },
	{ 0x8902,    "SIOCSPGRP",                           IA_PTR },
	{ 0x8903,    "FIOGETOWN",                           IA_PTR },
	{ 0x8904,    "SIOCGPGRP",                           IA_PTR },
	{ 0x8905,    "SIOCATMARK",                          IA_PTR },
	{ 0x8906,    "SIOCGSTAMP_OLD",                      IA_PTR },
	{ 0x8907,    "SIOCGSTAMPNS_OLD",                    IA_PTR },
	{ 0x890b,    "SIOCADDRT",                           IA_PTR },
	{ 0x890c,    "SIOCDELRT",                           IA_PTR },
	{ 0x890d,    "SIOCRTMSG",                           IA_PTR },
	{ 0x8910,    "SIOCGIFNAME",                         IA_PTR },
	{ 0x8911,    "SIOCSIFLINK",                         IA_PTR },
	{ 0x8912,    "SIOCGIFCONF",                         IA_PTR },
	{ 0x8913,    "SIOCGIFFLAGS",                        IA_PTR },
	{ 0x8914,    "SIOCSIFFLAGS",                        IA_PTR },
	{ 0x8915,    "SIOCGIFADDR",                         IA_PTR },
	{ 0x8916,    "SIOCSIFADDR",                         IA_PTR },
	{ 0x8917,    "SIOCGIFDSTADDR",                      IA_PTR },
	{ 0x8918,    "SIOCSIFDSTADDR",                      IA_PTR },
	{ 0x8919,    "SIOCGIFBRDADDR",                      IA_PTR },
	{ 0x891a,    "SIOCSIFBRDADDR",                      IA_PTR },
	{ 0x891b,    "SIOCGIFNETMASK",                      IA_PTR },
	{ 0x891c,    "SIOCSIFNETMASK",                      IA_PTR },
	{ 0x891d,    "SIOCGIFMETRIC",                       IA_PTR },
	{ 0x891e,    "SIOCSIFMETRIC",                       IA_PTR },
	{ 0x891f,    "SIOCGIFMEM",                          IA_PTR },
	{ 0x8920,    "SIOCSIFMEM",                          IA_PTR },
	{ 0x8921,    "SIOCGIFMTU",                          IA_PTR },
	{ 0x8922,    "SIOCSIFMTU",                          IA_PTR },
	{ 0x8923,    "SIOCSIFNAME",                         IA_PTR },
	{ 0x8924,    "SIOCSIFHWADDR",                       IA_PTR },
	{ 0x8925,    "SIOCGIFENCAP",                        IA_PTR },
	{ 0x8926,    "SIOCSIFENCAP",                        IA_PTR },
	{ 0x8927,    "SIOCGIFHWADDR",                       IA_PTR },
	{ 0x8929,    "SIOCGIFSLAVE",                        IA_PTR },
	{ 0x8930,    "SIOCSIFSLAVE",                        IA_PTR },
	{ 0x8931,    "SIOCADDMULTI",                        IA_PTR },
	{ 0x8932,    "SIOCDELMULTI",                        IA_PTR },
	{ 0x8933,    "SIOCGIFINDEX",                        IA_PTR },
	{ 0x8934,    "SIOCSIFPFLAGS",                       IA_PTR },
	{ 0x8935,    "SIOCGIFPFLAGS",                       IA_PTR },
	{ 0x8936,    "SIOCDIFADDR",                         IA_PTR },
	{ 0x8937,    "SIOCSIFHWBROADCAST",                  IA_PTR },
	{ 0x8938,    "SIOCGIFCOUNT",                        IA_PTR },
	{ 0x8940,    "SIOCGIFBR",                           IA_PTR },
	{ 0x8941,    "SIOCSIFBR",                           IA_PTR },
	{ 0x8942,    "SIOCGIFTXQLEN",                       IA_PTR },
	{ 0x8943,    "SIOCSIFTXQLEN",                       IA_PTR },
	{ 0x8946,    "SIOCETHTOOL",                         IA_PTR },
	{ 0x8947,    "SIOCGMIIPHY",                         IA_PTR },
	{ 0x8948,    "SIOCGMIIREG",                         IA_PTR },
	{ 0x8949,    "SIOCSMIIREG",                         IA_PTR },
	{ 0x894a,    "SIOCWANDEV",                          IA_PTR },
	{ 0x894b,    "SIOCOUTQNSD",                         IA_PTR },
	{ 0x894c,    "SIOCGSKNS",                           IA_PTR },
	{ 0x8953,    "SIOCDARP",                            IA_PTR },
	{ 0x8954,    "SIOCGARP",                            IA_PTR },
	{ 0x8955,    "SIOCSARP",                            IA_PTR },
	{ 0x40045431, "TIOCSPTLCK",                          IA_PTR },
	{ 0x400454ca, "TUNSETIFF",                           IA_HEX },
	{ 0x40049409, "BTRFS_IOC_CLONE or FICLONE",          IA_INT },
	{ 0x40086602, "FS_IOC_SETFLAGS",                     IA_PTR },
	{ 0x80045200, "RNDGETENTCNT",                        IA_PTR },
	{ 0x80045430, "TIOCGPTN",                            IA_PTR },
	{ 0x80081272, "BLKGETSIZE64",                        IA_PTR },
	{ 0x80086601, "FS_IOC_GETFLAGS",                     IA_PTR },
	{ 0x80087601, "FS_IOC_GETVERSION",                   IA_HEX },
	{ 0xc0185879, "FITRIM",                              IA_PTR },
};

static const struct flag_name tcflsh_args[] = {
	{ 0, "TCIFLUSH" },
	{ 1, "TCOFLUSH" },
	{ 2, "TCIOFLUSH" },
	{ 0, NULL }
};

static const struct flag_name tcxonc_args[] = {
	{ 0, "TCOOFF" },
	{ 1, "TCOON" },
	{ 2, "TCIOFF" },
	{ 3, "TCION" },
	{ 0, NULL }
};

static const struct flag_name perf_ioc_flags[] = {
	{ 1, "PERF_IOC_FLAG_GROUP" },
	{ 0, NULL }
};

/* _IOC_DIR bits: strace lists READ before WRITE */
static const struct flag_name ioc_dirs[] = {
	{ 0, "_IOC_NONE" },
	{ 2, "_IOC_READ" },
	{ 1, "_IOC_WRITE" },
	{ 0, NULL }
};

static const struct ioctl_def *ioctl_find(uint32_t code)
{
	size_t lo = 0, hi = sizeof(ioctls) / sizeof(ioctls[0]);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ioctls[mid].code == code)
			return &ioctls[mid];
		if (ioctls[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

void dec_ioctl_cmd(struct emit *e, const struct call *c, int i, const char *key)
{
	uint32_t code = arg_uint(c, i);
	const struct ioctl_def *d = ioctl_find(code);
	if (d) {
		emit_sym(e, key, d->name);
		return;
	}
	char buf[96];
	size_t len = str_append(buf, sizeof(buf), 0, "_IOC(");
	len = flags_append(buf, sizeof(buf), len, ioc_dirs, code >> 30, "_IOC_???");
	len = str_append(buf, sizeof(buf), len, ", ");
	len = hex_append(buf, sizeof(buf), len, (code >> 8) & 0xff);
	len = str_append(buf, sizeof(buf), len, ", ");
	len = hex_append(buf, sizeof(buf), len, code & 0xff);
	len = str_append(buf, sizeof(buf), len, ", ");
	len = hex_append(buf, sizeof(buf), len, (code >> 16) & 0x3fff);
	str_append(buf, sizeof(buf), len, ")");
	emit_sym(e, key, buf);
}

void dec_ioctl_arg(struct emit *e, const struct call *c, int i, const char *key)
{
	int ci = fmt_find_arg(c, A_IOCTL_CMD);
	const struct ioctl_def *d = ci >= 0 ? ioctl_find(arg_uint(c, ci)) : NULL;
	uint64_t v = arg_u64(c, i);

	switch (d ? d->arg : IA_HEX) {
	case IA_NONE:
		break;
	case IA_PTR:
		emit_ptr(e, key, v);
		break;
	case IA_INT:
		emit_int(e, key, (int)v);
		break;
	case IA_TCFLSH:
		emit_xval(e, key, tcflsh_args, v, "TC???");
		break;
	case IA_TCXONC:
		emit_xval(e, key, tcxonc_args, v, "TC???");
		break;
	case IA_PERF:
		emit_flags(e, key, perf_ioc_flags, v, "PERF_IOC_FLAG_???");
		break;
	default:
		emit_hex(e, key, v);
	}
}
