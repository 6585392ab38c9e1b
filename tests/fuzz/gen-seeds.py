#!/usr/bin/env python3
# Writes the fuzz seeds under tests/fuzz/seeds/ (committed; rerun after a
# change of include/sctrace.h's layout).  Layout of an events seed: see
# tests/fuzz/fuzz_events.c.
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
REC_SYSCALL, REC_ENTER, REC_PROC_EXIT, REC_EXEC, REC_FORK, REC_SIGNAL = 1, 2, 3, 4, 5, 6
CAP_PATH, CAP_STR, CAP_BUF_IN, CAP_BUF_OUT, CAP_STRUCT_IN, CAP_STRUCT_OUT, CAP_ARGV, CAP_COUNT, CAP_SOCKADDR = range(1, 10)
BF_TRUNC, BF_FAULT = 1, 2
SF_NORET, SF_COMPAT, SF_TRUNC = 1, 2, 4


def blob(arg, kind, data=b"", flags=0, idx=0, aux=0):
    b = struct.pack("<BBBBIQ", arg, kind, flags, idx, len(data), aux) + data
    return b + b"\0" * (-len(b) % 8)


def syscall(nr, args=(0,) * 6, ret=0, blobs=(), typ=REC_SYSCALL, pid=100, tid=100,
            flags=0, comm=b"prog", ts=5_000_000_000, dur=1234):
    args = tuple(args) + (0,) * (6 - len(args))
    body = b"".join(blobs)
    size = 112 + len(body)
    rec = struct.pack("<HHIIIiIQQq6Q16s", typ, len(blobs), size, pid, tid, nr, flags,
                      ts, dur if typ == REC_SYSCALL else 0, ret, *[a & (2**64 - 1) for a in args], comm)
    assert len(rec) == 112
    return rec + body


def proc_exit(pid=100, tid=100, status=0, group=True, comm=b"prog"):
    return struct.pack("<HHIIIQII16s", REC_PROC_EXIT, 0, 48, pid, tid, 6_000_000_000, status,
                       1 if group else 0, comm)


def exec_rec(pid=100, old_tid=101, comm=b"prog"):
    return struct.pack("<HHIIIQ16s", REC_EXEC, 0, 40, pid, old_tid, 5_500_000_000, comm)


def fork(pid=100, tid=100, cpid=101, ctid=101):
    return struct.pack("<HHIIIIIQ", REC_FORK, 0, 32, pid, tid, cpid, ctid, 5_100_000_000)


def signal(sig=17, pid=100, tid=100, comm=b"prog", code=1, spid=200, status=3):
    # struct sct_signal: hdr, pid, tid, ts, sig, pad, comm, siginfo[48] (x86_64 siginfo_t head)
    si = struct.pack("<iii4xiIi", sig, 0, code, spid, 0, status).ljust(48, b"\0")
    return struct.pack("<HHIIIQiI16s", REC_SIGNAL, 0, 96, pid, tid, 5_200_000_000, sig, 0, comm) + si


def tick(ms):
    return struct.pack("<H", 0x8000 | ms)


def frame(recs):
    out = b""
    for r in recs:
        if len(r) == 2 and r[1] & 0x80:  # a tick
            out += r
        else:
            out += struct.pack("<H", len(r)) + r
    return out


AT_FDCWD = -100
stat = bytes(range(144))
sigact = struct.pack("<QQQQ", 0x401000, 0x4000000, 0x401100, 1 << 9)
events = {
    "basic": [
        syscall(59, (0x1000, 0x2000, 0x3000), 0, [blob(0, CAP_PATH, b"/bin/ls"),
                blob(1, CAP_ARGV, b"ls", idx=0), blob(1, CAP_ARGV, b"-l\xff\n", idx=1),
                blob(2, CAP_COUNT, aux=12)], typ=REC_ENTER),
        syscall(59, (0x1000, 0x2000, 0x3000), 0),
        syscall(257, (AT_FDCWD, 0x4000, 0o2000000), 3, [blob(1, CAP_PATH, b"/etc/hostname")]),
        syscall(0, (3, 0x5000, 64), 6, [blob(1, CAP_BUF_OUT, b"hello\n", aux=6)], typ=REC_ENTER),
        syscall(0, (3, 0x5000, 64), 6, [blob(1, CAP_BUF_OUT, b"hello\n", aux=6)]),
        syscall(1, (1, 0x5000, 6), 6, [blob(1, CAP_BUF_IN, b"h\x00\x01\"\\\xc3\xa9\xed\xa0\x80", aux=6)]),
        syscall(3, (3,), 0),
        syscall(257, (AT_FDCWD, 0x4000, 0), -2, [blob(1, CAP_PATH, b"/nonexistent")]),
        syscall(262, (AT_FDCWD, 0x4000, 0x6000, 0), 0, [blob(1, CAP_PATH, b"/"), blob(2, CAP_STRUCT_OUT, stat)]),
        syscall(13, (2, 0x7000, 0x8000, 8), 0, [blob(1, CAP_STRUCT_IN, sigact), blob(2, CAP_STRUCT_OUT, sigact)]),
        syscall(231, (0,), 0, flags=SF_NORET),
        proc_exit(),
    ],
    "threads": [
        fork(100, 100, 100, 101), fork(100, 100, 100, 102),
        syscall(0, (0, 0x5000, 10), 0, typ=REC_ENTER, tid=101),
        syscall(0, (0, 0x5000, 10), 0, typ=REC_ENTER, tid=102),
        syscall(110, (), 1, tid=100),
        tick(150),
        syscall(0, (0, 0x5000, 10), 3, [blob(1, CAP_BUF_OUT, b"hi\n", aux=3)], tid=101),
        syscall(0, (0, 0x5000, 10), -512, tid=102, flags=SF_NORET),
        proc_exit(100, 102, 9, False),
        syscall(59, (0x1000, 0x2000, 0x3000), 0, [blob(0, CAP_PATH, b"/bin/true"),
                blob(1, CAP_ARGV, b"true", idx=0), blob(1, CAP_ARGV, b"", idx=32, flags=BF_TRUNC),
                blob(2, CAP_COUNT, aux=0)], typ=REC_ENTER, tid=101),
        exec_rec(100, 101),
        syscall(59, (0x1000, 0x2000, 0x3000), 0, tid=100),
        proc_exit(100, 100, 0x8b, True),
    ],
    "fork": [
        syscall(56, (0x1200011, 0, 0, 0x9000, 0), 200),
        fork(100, 100, 200, 200),
        syscall(61, (200, 0xa000, 0, 0), 200, [blob(1, CAP_STRUCT_OUT, struct.pack("<I", 3 << 8))], typ=REC_ENTER),
        syscall(59, (0x1000, 0x2000, 0), -13, [blob(0, CAP_PATH, b"/x", flags=BF_FAULT)], pid=200, tid=200, typ=REC_ENTER),
        syscall(59, (0x1000, 0x2000, 0), -13, pid=200, tid=200),
        syscall(435, (0xb000, 88), 201, [blob(0, CAP_STRUCT_IN, bytes(88))], pid=200, tid=200),
        proc_exit(200, 200, 3 << 8, True),
        signal(17, code=1, spid=200, status=3),
        signal(11, code=128, spid=0, status=0),
        syscall(61, (200, 0xa000, 0, 0), 200, [blob(1, CAP_STRUCT_OUT, struct.pack("<I", 3 << 8))]),
        proc_exit(),
    ],
    "odd": [
        syscall(600, (1, 2, 3, 4, 5, 6), 0),
        syscall(-1, (), -38),
        syscall(3, (3,), 0, flags=SF_COMPAT),
        syscall(257, (AT_FDCWD, 0, 0o100, 0o644), 3, [blob(1, CAP_PATH, b"x" * 300, flags=BF_TRUNC)]),
        syscall(42, (3, 0xc000, 16), 0, [blob(1, CAP_SOCKADDR, struct.pack("<HH4s8x", 2, 0x5000, b"\x7f\0\0\1"), aux=16)]),
        syscall(42, (3, 0xc000, 110), -111, [blob(1, CAP_SOCKADDR, struct.pack("<H", 1) + b"/run/sock\0", aux=110)]),
        syscall(9, (0, 4096, 3, 0x22, -1, 0), 0x7f0000000000),
        syscall(16, (1, 0x5401, 0xd000), -25),
        syscall(35, (0xe000, 0), 0, [blob(0, CAP_STRUCT_IN, struct.pack("<qq", 1, 500))], typ=REC_ENTER),
        tick(200),
        syscall(35, (0xe000, 0), 0, [blob(0, CAP_STRUCT_IN, struct.pack("<qq", 1, 500))]),
        syscall(1, (2, 0x5000, 1 << 40), -14, [blob(1, CAP_BUF_IN, b"", flags=BF_FAULT, aux=1 << 40)]),
        proc_exit(100, 100, 0x80 | 11, True),
    ],
}

os.makedirs(os.path.join(HERE, "seeds", "events"), exist_ok=True)
os.makedirs(os.path.join(HERE, "seeds", "escape"), exist_ok=True)
for name, recs in events.items():
    body = frame(recs)
    for cfg, tag in ((0x00, "text"), (0x01, "json"), (0x19, "json-comm"), (0x08, "text-plain"),
                     (0x22, "text-x-tt"), (0x81, "json-fixup")):
        with open(os.path.join(HERE, "seeds", "events", f"{name}-{tag}"), "wb") as f:
            f.write(bytes([cfg, 2]) + body)

escape = {
    "json-ascii": b"\x00" + b"hello \"world\" \\ /",
    "json-controls": b"\x00" + bytes(range(0, 0x20)) + b"\x7f",
    "json-utf8": b"\x00" + "é€𝄞".encode() + b"\xed\x9f\xbf\xef\xbf\xbf\xf4\x8f\xbf\xbf",
    "json-bad-utf8": b"\x10" + b"a\"\n\x00\xc3\xa9\xff\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xe0\x80\xaf\xc3",
    "json-long": b"\x00" + (b"\xff\x01" * 600) + (b"\xe2\x82\xac" * 200),
    "quote-plain": b"\x01" + b"abc\t\n\v\f\r\"\\",
    "quote-octal": b"\x01" + b"\x00\x001\x1b8\x7f\xff7",
    "quote-x": b"\x05" + b"\x7fELF\x02\x01\x01",
    "quote-x-text": b"\x05" + b"just text\n",
    "quote-xx": b"\x09" + b"abc",
    "quote-trunc": b"\x81" + b"a" * 40,
    "writer": b"\x03" + bytes([1, 3, 65, 66, 67, 2, 4, 8, 1, 2, 3, 4, 5, 6, 7, 8, 0, 3, 2, 0xff, 0xfe, 0, 7, 0x86, 1, 0]),
}
for name, data in escape.items():
    with open(os.path.join(HERE, "seeds", "escape", name), "wb") as f:
        f.write(data)
print("seeds written")
