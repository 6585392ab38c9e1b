// SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
/*
 * ioctl: the request by name (strace's names, including its
 * "A or B" for numbers two drivers share), else strace's _IOC(dir, type,
 * nr, size) form; and the argument as strace shows it for that request
 * (nothing, an address, a number, or a small value set).  Structures
 * behind the argument are not decoded yet: they print as addresses.
 */
#include "decode_priv.h"

#include <string.h>

/* how the third argument prints */
enum { IA_HEX, IA_PTR, IA_INT, IA_NONE, IA_TCFLSH, IA_TCXONC, IA_PERF,
       IA_INT_OUT,      /* [5] at exit: FIONREAD, TIOCGPGRP */
       IA_INT_IN,       /* [1]: FIONBIO, TIOCSPGRP */
       IA_WINSIZE_OUT,  /* {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0} */
       IA_WINSIZE_IN,
       IA_TERMIOS_OUT,  /* {c_iflag=ICRNL|IXON, c_oflag=..., c_cflag=..., c_lflag=..., ...} */
       IA_TERMIOS_IN,
       IA_MODEM_OUT,    /* [TIOCM_DTR|TIOCM_RTS] */
       IA_MODEM_IN,
};

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
	{ 0x5401,    "TCGETS",                              IA_TERMIOS_OUT },
	{ 0x5402,    "SNDCTL_TMR_START or TCSETS",          IA_TERMIOS_IN },
	{ 0x5403,    "SNDCTL_TMR_STOP or TCSETSW",          IA_TERMIOS_IN },
	{ 0x5404,    "SNDCTL_TMR_CONTINUE or TCSETSF",      IA_TERMIOS_IN },
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
	{ 0x540f,    "TIOCGPGRP",                           IA_INT_OUT },
	{ 0x5410,    "TIOCSPGRP",                           IA_INT_IN },
	{ 0x5411,    "TIOCOUTQ",                            IA_INT_OUT },
	{ 0x5412,    "TIOCSTI",                             IA_PTR },
	{ 0x5413,    "TIOCGWINSZ",                          IA_WINSIZE_OUT },
	{ 0x5414,    "TIOCSWINSZ",                          IA_WINSIZE_IN },
	{ 0x5415,    "TIOCMGET",                            IA_MODEM_OUT },
	{ 0x5416,    "TIOCMBIS",                            IA_MODEM_IN },
	{ 0x5417,    "TIOCMBIC",                            IA_MODEM_IN },
	{ 0x5418,    "TIOCMSET",                            IA_MODEM_IN },
	{ 0x5419,    "TIOCGSOFTCAR",                        IA_INT_OUT },
	{ 0x541a,    "TIOCSSOFTCAR",                        IA_INT_IN },
	{ 0x541b,    "FIONREAD",                            IA_INT_OUT },
	{ 0x541c,    "TIOCLINUX",                           IA_HEX },
	{ 0x541d,    "TIOCCONS",                            IA_NONE },
	{ 0x541e,    "TIOCGSERIAL",                         IA_HEX },
	{ 0x541f,    "TIOCSSERIAL",                         IA_NONE },
	{ 0x5420,    "TIOCPKT",                             IA_INT_IN },
	{ 0x5421,    "FIONBIO",                             IA_INT_IN },
	{ 0x5422,    "TIOCNOTTY",                           IA_NONE },
	{ 0x5423,    "TIOCSETD",                            IA_INT_IN },
	{ 0x5424,    "TIOCGETD",                            IA_INT_OUT },
	{ 0x5425,    "TCSBRKP",                             IA_INT },
	{ 0x5427,    "TIOCSBRK",                            IA_NONE },
	{ 0x5428,    "TIOCCBRK",                            IA_NONE },
	{ 0x5429,    "TIOCGSID",                            IA_INT_OUT },
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
	{ 0x5452,    "FIOASYNC",                            IA_INT_IN },
	{ 0x5453,    "TIOCSERCONFIG",                       IA_HEX },
	{ 0x5454,    "TIOCSERGWILD",                        IA_HEX },
	{ 0x5455,    "TIOCSERSWILD",                        IA_HEX },
	{ 0x5456,    "TIOCGLCKTRMIOS",                      IA_TERMIOS_OUT },
	{ 0x5457,    "TIOCSLCKTRMIOS",                      IA_TERMIOS_IN },
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
	{ 0x40045431, "TIOCSPTLCK",                          IA_INT_IN },
	{ 0x400454ca, "TUNSETIFF",                           IA_HEX },
	{ 0x40049409, "BTRFS_IOC_CLONE or FICLONE",          IA_INT },
	{ 0x40086602, "FS_IOC_SETFLAGS",                     IA_PTR },
	{ 0x80045200, "RNDGETENTCNT",                        IA_PTR },
	{ 0x80045430, "TIOCGPTN",                            IA_INT_OUT },
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

/* ------------------------------------------------- termios, winsize */

static const struct flag_name term_iflags[] = {
	{ 0000001, "IGNBRK" }, { 0000002, "BRKINT" }, { 0000004, "IGNPAR" }, { 0000010, "PARMRK" },
	{ 0000020, "INPCK" },  { 0000040, "ISTRIP" }, { 0000100, "INLCR" },  { 0000200, "IGNCR" },
	{ 0000400, "ICRNL" },  { 0001000, "IUCLC" },  { 0002000, "IXON" },   { 0004000, "IXANY" },
	{ 0010000, "IXOFF" },  { 0020000, "IMAXBEL" }, { 0040000, "IUTF8" },
	{ 0, NULL }
};
static const struct flag_name term_oflags[] = {
	{ 0000001, "OPOST" }, { 0000002, "OLCUC" }, { 0000004, "ONLCR" }, { 0000010, "OCRNL" },
	{ 0000020, "ONOCR" }, { 0000040, "ONLRET" }, { 0000100, "OFILL" }, { 0000200, "OFDEL" },
	{ 0, NULL }
};
/* the delay fields of c_oflag: mask, values (strace prints each) */
static const struct flag_name nl_dly[] = { { 0, "NL0" }, { 0000400, "NL1" }, { 0, NULL } };
static const struct flag_name cr_dly[] = { { 0, "CR0" }, { 0001000, "CR1" }, { 0002000, "CR2" },
					   { 0003000, "CR3" }, { 0, NULL } };
static const struct flag_name tab_dly[] = { { 0, "TAB0" }, { 0004000, "TAB1" }, { 0010000, "TAB2" },
					    { 0014000, "TAB3" }, { 0, NULL } };
static const struct flag_name bs_dly[] = { { 0, "BS0" }, { 0020000, "BS1" }, { 0, NULL } };
static const struct flag_name vt_dly[] = { { 0, "VT0" }, { 0040000, "VT1" }, { 0, NULL } };
static const struct flag_name ff_dly[] = { { 0, "FF0" }, { 0100000, "FF1" }, { 0, NULL } };
static const struct { const struct flag_name *tab; uint32_t mask; const char *dflt; } o_delays[] = {
	{ nl_dly, 0000400, "NL?" }, { cr_dly, 0003000, "CR?" }, { tab_dly, 0014000, "TAB?" },
	{ bs_dly, 0020000, "BS?" }, { vt_dly, 0040000, "VT?" }, { ff_dly, 0100000, "FF?" },
};
static const struct flag_name baud_rates[] = {
	{ 0, "B0" }, { 1, "B50" }, { 2, "B75" }, { 3, "B110" }, { 4, "B134" }, { 5, "B150" },
	{ 6, "B200" }, { 7, "B300" }, { 010, "B600" }, { 011, "B1200" }, { 012, "B1800" },
	{ 013, "B2400" }, { 014, "B4800" }, { 015, "B9600" }, { 016, "B19200" }, { 017, "B38400" },
	{ 010000, "BOTHER" }, { 010001, "B57600" }, { 010002, "B115200" }, { 010003, "B230400" },
	{ 010004, "B460800" }, { 010005, "B500000" }, { 010006, "B576000" }, { 010007, "B921600" },
	{ 010010, "B1000000" }, { 010011, "B1152000" }, { 010012, "B1500000" },
	{ 010013, "B2000000" }, { 010014, "B2500000" }, { 010015, "B3000000" },
	{ 010016, "B3500000" }, { 010017, "B4000000" },
	{ 0, NULL }
};
static const struct flag_name char_sizes[] = {
	{ 0, "CS5" }, { 0020, "CS6" }, { 0040, "CS7" }, { 0060, "CS8" }, { 0, NULL }
};
static const struct flag_name term_cflags[] = {
	{ 0000100, "CSTOPB" }, { 0000200, "CREAD" }, { 0000400, "PARENB" }, { 0001000, "PARODD" },
	{ 0002000, "HUPCL" }, { 0004000, "CLOCAL" }, { 010000000000, "CMSPAR" },
	{ 020000000000, "CRTSCTS" },
	{ 0, NULL }
};
static const struct flag_name term_lflags[] = {
	{ 0000001, "ISIG" }, { 0000002, "ICANON" }, { 0000004, "XCASE" }, { 0000010, "ECHO" },
	{ 0000020, "ECHOE" }, { 0000040, "ECHOK" }, { 0000100, "ECHONL" }, { 0000200, "NOFLSH" },
	{ 0100000, "IEXTEN" }, { 0001000, "ECHOCTL" }, { 0002000, "ECHOPRT" }, { 0004000, "ECHOKE" },
	{ 0010000, "FLUSHO" }, { 0040000, "PENDIN" }, { 0000400, "TOSTOP" }, { 0200000, "EXTPROC" },
	{ 0, NULL }
};
static const struct flag_name modem_flags[] = {
	{ 0x001, "TIOCM_LE" }, { 0x002, "TIOCM_DTR" }, { 0x004, "TIOCM_RTS" }, { 0x008, "TIOCM_ST" },
	{ 0x010, "TIOCM_SR" }, { 0x020, "TIOCM_CTS" }, { 0x040, "TIOCM_CAR" }, { 0x080, "TIOCM_RNG" },
	{ 0x100, "TIOCM_DSR" }, { 0x2000, "TIOCM_OUT1" }, { 0x4000, "TIOCM_OUT2" },
	{ 0x8000, "TIOCM_LOOP" },
	{ 0, NULL }
};

#define K_CBAUD  0010017
#define K_CIBAUD 002003600000u
#define K_CSIZE  0000060
#define K_IBSHIFT 16

static void emit_termios(struct emit *e, const char *key, const uint8_t *t)
{
	uint32_t f[4];
	char buf[FLAGS_BUF];
	size_t len;
	memcpy(f, t, sizeof(f));
	emit_begin_struct(e, key);
	emit_flags(e, "c_iflag", term_iflags, f[0], NULL);

	uint32_t o = f[1];
	len = 0;
	buf[0] = '\0';
	for (size_t k = 0; k < sizeof(o_delays) / sizeof(o_delays[0]); k++) {
		len = value_append(buf, sizeof(buf), len, o_delays[k].tab, o & o_delays[k].mask,
				  o_delays[k].dflt);
		len = str_append(buf, sizeof(buf), len, "|");
		o &= ~o_delays[k].mask;
	}
	flags_append(buf, sizeof(buf), len, term_oflags, o, NULL);
	emit_sym(e, "c_oflag", buf);

	uint32_t cf = f[2];
	len = value_append(buf, sizeof(buf), 0, baud_rates, cf & K_CBAUD, "B???");
	len = str_append(buf, sizeof(buf), len, "|");
	if (cf & K_CIBAUD) {
		len = str_append(buf, sizeof(buf), len, "(");
		len = value_append(buf, sizeof(buf), len, baud_rates, (cf & K_CIBAUD) >> K_IBSHIFT, "B???");
		len = str_append(buf, sizeof(buf), len, "<<IBSHIFT)|");
	}
	len = value_append(buf, sizeof(buf), len, char_sizes, cf & K_CSIZE, "CS?");
	len = str_append(buf, sizeof(buf), len, "|");
	flags_append(buf, sizeof(buf), len, term_cflags, cf & ~(K_CBAUD | K_CIBAUD | K_CSIZE), NULL);
	emit_sym(e, "c_cflag", buf);

	emit_flags(e, "c_lflag", term_lflags, f[3], NULL);
	emit_more(e);   /* strace without -v */
	emit_end_struct(e);
}

/* the argument's memory for request kind `how` (inputs as at entry, outputs as left) */
static void emit_ioctl_struct(struct emit *e, const char *key, const struct call *c, int i, int how)
{
	bool out = how == IA_INT_OUT || how == IA_WINSIZE_OUT || how == IA_TERMIOS_OUT ||
		   how == IA_MODEM_OUT;
	const struct blob_ref *r = out ? &c->out[i] : call_blob(c, i);
	size_t need = how == IA_TERMIOS_OUT || how == IA_TERMIOS_IN ? 36 :
		      how == IA_WINSIZE_OUT || how == IA_WINSIZE_IN ? 8 : 4;
	uint64_t p = arg_u64(c, i);
	if (!p || !r || !r->b || (r->b->flags & SCT_BF_FAULT) || r->b->len < need) {
		emit_ptr(e, key, p);
		return;
	}
	switch (how) {
	case IA_INT_OUT: case IA_INT_IN: {
		int32_t v;
		memcpy(&v, r->data, 4);
		emit_begin_array(e, key);
		emit_int(e, NULL, v);
		emit_end_array(e);
		return;
	}
	case IA_MODEM_OUT: case IA_MODEM_IN: {
		uint32_t v;
		memcpy(&v, r->data, 4);
		emit_begin_array(e, key);
		emit_flags(e, NULL, modem_flags, v, "TIOCM_???");
		emit_end_array(e);
		return;
	}
	case IA_WINSIZE_OUT: case IA_WINSIZE_IN: {
		uint16_t w[4];
		memcpy(w, r->data, 8);
		emit_begin_struct(e, key);
		emit_uint(e, "ws_row", w[0]);
		emit_uint(e, "ws_col", w[1]);
		emit_uint(e, "ws_xpixel", w[2]);
		emit_uint(e, "ws_ypixel", w[3]);
		emit_end_struct(e);
		return;
	}
	default:
		emit_termios(e, key, r->data);
	}
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
	case IA_INT_OUT: case IA_WINSIZE_OUT: case IA_TERMIOS_OUT: case IA_MODEM_OUT:
		if (!call_ok(c))
			emit_ptr(e, key, v);
		else
			emit_ioctl_struct(e, key, c, i, d->arg);
		break;
	case IA_INT_IN: case IA_WINSIZE_IN: case IA_TERMIOS_IN: case IA_MODEM_IN:
		emit_ioctl_struct(e, key, c, i, d->arg);
		break;
	default:
		emit_hex(e, key, v);
	}
}
