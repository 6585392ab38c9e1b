#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#
# Differential test: real programs traced by strace (the oracle) and by
# sctrace, both with `-f -o FILE`; the lines are normalised (pids,
# addresses, padding, random data) and compared as multisets per program
# (tests/strace-diff/compare.py says exactly how).  Prints the percentage of
# strace's lines that sctrace printed identically, overall and per program,
# and the syscalls that differ most, with an example pair each.  A second
# strace run gives strace's agreement with itself, as the reference.
#
# Usage: tests/strace-diff/run.sh [-k] [--min PCT] [--no-ref] [--top N] [--show-all] [NAME-FILTER]
# STRACE=/path/to/strace: the oracle (default: strace from PATH; strace 7.2,
# ../shared/strace-suite/bin/strace, is the format sctrace follows)
#   -k          keep the traces (in the printed directory)
#   --min PCT   fail below PCT (default 95)
#   --no-ref    skip the second strace run
#   --top N     list the N syscalls that differ most (default 15)
#   --show-all  every differing syscall, with up to 20 examples each
# Exit status: 0 at or above the threshold, 1 below, 2 on setup errors.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
SCT=$ROOT/sctrace
KEEP=0
MIN=95
REF=1
SHOWALL=
TOP=15
FILTER=
while [ $# -gt 0 ]; do
	case $1 in
	-k) KEEP=1 ;;
	--min) MIN=$2; shift ;;
	--no-ref) REF=0 ;;
	--show-all) SHOWALL=--show-all ;;
	--top) TOP=$2; shift ;;
	*) FILTER=$1 ;;
	esac
	shift
done

if [ "$(id -u)" != 0 ]; then
	echo "strace-diff: needs root (BPF)" >&2
	exit 2
fi
[ -x "$SCT" ] || { echo "strace-diff: build ./sctrace first (make)" >&2; exit 2; }

# ---------------------------------------------------------------- packages
# command -> Debian package
need=()
for pair in strace:strace python3:python3 perl:perl tar:tar gzip:gzip find:findutils \
	grep:grep awk:mawk sed:sed getent:libc-bin timeout:coreutils git:git make:make xz:xz-utils \
	bzip2:bzip2 file:file cmp:diffutils curl:curl wget:wget openssl:openssl flock:util-linux; do
	cmd=${pair%%:*}
	[ -x "/usr/bin/$cmd" ] || [ -x "/bin/$cmd" ] || need+=("${pair#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
	echo "strace-diff: installing ${need[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null ||
		{ echo "strace-diff: apt-get failed" >&2; exit 2; }
fi

# ---------------------------------------------------------------- workspace
W=$(mktemp -d /tmp/strace-diff.XXXXXX)
OUT=$W/traces
mkdir -p "$OUT"
HTTP_PID=
cleanup() {
	[ -n "$HTTP_PID" ] && kill "$HTTP_PID" 2>/dev/null
	[ "$KEEP" = 1 ] || rm -rf "$W"
}
trap cleanup EXIT
cd "$W"
mkdir -p tree/sub/deeper tree/empty
printf 'hello\n' >tree/a.txt
printf 'world\nhello again\n' >tree/sub/b.txt
printf 'deep\n' >tree/sub/deeper/c.txt
printf '#!/bin/sh\necho hi\n' >tree/run.sh
chmod 755 tree/run.sh
ln -s a.txt tree/link
for i in $(seq 1 400); do echo "line $((i * 7919 % 401)) of the file"; done >big.txt
tar czf x.tgz tree
printf 'all: mk.out\nmk.out: big.txt\n\t@wc -l big.txt > mk.out\n\t@echo built\n' >Makefile.diff

# An HTTP server for curl and wget, on the loopback interface only.
HTTP_PORT=23460
/usr/bin/python3 -m http.server --bind 127.0.0.1 $HTTP_PORT >/dev/null 2>&1 &
HTTP_PID=$!
for _ in $(seq 1 50); do
	(exec 3<>/dev/tcp/127.0.0.1/$HTTP_PORT) 2>/dev/null && break
	sleep 0.1
done

# A clean, fixed environment for every traced run (no pyenv shims etc.).
ENV=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb
	PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 TZ=UTC)

PY=/usr/bin/python3
COUNT=0
# tcase NAME PREP COMMAND...: PREP (shell, untraced) runs before each traced run
tcase() {
	local name=$1 prep=$2
	shift 2
	if [ -n "$FILTER" ] && [[ "$name" != *"$FILTER"* ]]; then
		return
	fi
	COUNT=$((COUNT + 1))
	(cd "$W" && eval "$prep") >/dev/null 2>&1
	(cd "$W" && timeout 60 "${ENV[@]}" "${STRACE:-strace}" -f -o "$OUT/$name.strace" -- "$@") \
		</dev/null >/dev/null 2>&1
	(cd "$W" && eval "$prep") >/dev/null 2>&1
	(cd "$W" && timeout 60 "${ENV[@]}" "$SCT" -f -o "$OUT/$name.sctrace" -- "$@") \
		</dev/null >/dev/null 2>&1
	if [ "$REF" = 1 ]; then
		(cd "$W" && eval "$prep") >/dev/null 2>&1
		(cd "$W" && timeout 60 "${ENV[@]}" "${STRACE:-strace}" -f -o "$OUT/$name.strace2" -- "$@") \
			</dev/null >/dev/null 2>&1
	fi
	[ -s "$OUT/$name.sctrace" ] || echo "strace-diff: $name: sctrace wrote nothing" >&2
}

# ---------------------------------------------------------------- the corpus
# coreutils and friends
tcase ls-la        ''                          ls -la tree
tcase ls-R         ''                          ls -R tree
tcase cat          ''                          cat tree/a.txt tree/sub/b.txt
tcase cp-a         'rm -rf copy'               cp -a tree copy
tcase mkdir-p      'rm -rf newdir'             mkdir -p newdir/x/y
tcase rm-rf        'rm -rf victim; cp -a tree victim' rm -rf victim
tcase stat         ''                          stat tree/a.txt tree/link
tcase date         ''                          date -u -d @1000000000
tcase touch-ln-mv  'rm -f t1 t2 t3'            sh -c 'touch t1 && ln -sf t1 t2 && chmod 600 t1 && mv t1 t3 && readlink t2; rm -f t2 t3'
tcase dd           'rm -f zero.bin'            dd if=/dev/zero of=zero.bin bs=4096 count=4 status=none
tcase du           ''                          du -s tree
tcase id           ''                          id
tcase uname        ''                          uname -a
tcase sha256sum    ''                          sha256sum big.txt tree/a.txt
tcase sleep        ''                          sleep 0.05
tcase env          ''                          env
tcase getent       ''                          getent passwd root
# text tools
tcase sort         ''                          sort -r big.txt
tcase grep-r       ''                          grep -rn hello tree
tcase find         ''                          find tree -name '*.txt'
tcase sed-awk      ''                          sh -c 'sed -n 2p big.txt; awk "{ s += length(\$0) } END { print s }" big.txt'
# shells, pipelines
tcase sh-pipeline  ''                          sh -c 'ls tree | sort -r | head -n 2'
tcase sh-uniq      ''                          sh -c 'sort big.txt | uniq -c | sort -rn | head -n 3'
tcase sh-redirect  'rm -f out.txt'             sh -c 'echo hi > out.txt; cat < out.txt; exit 3'
tcase bash-loop    ''                          bash -c 'for i in 1 2 3; do echo $i; done | wc -l'
tcase xargs        ''                          sh -c 'find tree -type f | xargs wc -c'
# archives
tcase tar-czf      'rm -f y.tgz'               tar czf y.tgz tree
tcase tar-xzf      'rm -rf xdir; mkdir xdir'   tar xzf x.tgz -C xdir
tcase gzip         'rm -f big.txt.gz'          gzip -k big.txt
tcase gunzip       'gzip -kf big.txt'          gzip -dc big.txt.gz
# more real programs: version control, build, compressors
tcase git          'rm -rf repo; mkdir repo; cp tree/a.txt repo/' sh -c 'cd repo && git init -q && git add a.txt && git -c user.name=t -c user.email=t@e commit -qm m --date=2000-01-01T00:00:00 && git log --oneline | wc -l'
tcase make         'rm -f mk.out'              make -s -f Makefile.diff
tcase xz           'rm -f big.txt.xz'          xz -k big.txt
tcase bzip2        'rm -f big.txt.bz2'         bzip2 -k big.txt
tcase file         ''                          file tree/a.txt tree/run.sh tree/link
tcase cmp-diff     ''                          sh -c 'cmp tree/a.txt tree/sub/b.txt; diff tree/a.txt tree/sub/b.txt'
# networking clients against a local server (127.0.0.1 only)
tcase curl         ''                          curl -s -o /dev/null http://127.0.0.1:$HTTP_PORT/tree/a.txt
tcase wget         'rm -f wget.out'            wget -q -O wget.out http://127.0.0.1:$HTTP_PORT/tree/sub/b.txt
tcase timeout      ''                          timeout 5 sleep 0.05
tcase openssl      ''                          openssl dgst -sha256 big.txt
tcase text-tools   ''                          sh -c 'head -n 20 big.txt | cut -d" " -f2 | tr 0-9 a-j | base64 | tee /dev/null | wc -c'
tcase flock        'rm -f lockfile'            flock lockfile true
# perl
tcase perl-socket  ''                          perl -MIO::Socket::INET -e 'my $s = IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1", LocalPort => 23461, ReuseAddr => 1) or die; my $c = IO::Socket::INET->new(PeerAddr => "127.0.0.1", PeerPort => 23461) or die; my $a = $s->accept; print $c "hi\n"; my $l = <$a>; close $a; close $c; close $s;'
tcase perl         ''                          perl -e 'opendir(my $d, "tree") or die; my @f = readdir($d); print scalar(@f), "\n"; my $p = fork; if (!$p) { exit 0 } waitpid($p, 0); print scalar(gmtime(0)), "\n"; open(my $fh, "<", "big.txt"); my $n = () = <$fh>; print "$n\n";'
# python: files, threads, sockets, processes, signals, polling
tcase py-files     'rm -rf pyd'                $PY -c '
import os, resource
os.mkdir("pyd"); fd = os.open("pyd/f", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o640)
os.write(fd, b"abc\x00\xff\n" * 4); os.lseek(fd, 0, 0); os.read(fd, 64); os.fsync(fd)
os.ftruncate(fd, 3); os.fstat(fd); os.close(fd); os.stat("pyd/f"); os.listdir("pyd")
os.rename("pyd/f", "pyd/g"); os.statvfs("pyd"); os.uname(); os.umask(0o22)
resource.getrlimit(resource.RLIMIT_NOFILE); os.unlink("pyd/g"); os.rmdir("pyd")
'
tcase py-threads   ''                          $PY -c '
import threading, os
def work(i):
    fd = os.open("tree/a.txt", os.O_RDONLY); os.read(fd, 100); os.close(fd)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
'
tcase py-tcp       ''                          $PY -c '
import socket, threading
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 23456)); srv.listen(1)
def serve():
    c, a = srv.accept(); d = c.recv(100); c.sendall(d.upper()); c.close()
t = threading.Thread(target=serve); t.start()
cl = socket.create_connection(("127.0.0.1", 23456))
cl.sendall(b"ping\n"); cl.recv(100); cl.close(); t.join(); srv.close()
'
tcase py-udp       ''                          $PY -c '
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); a.bind(("127.0.0.1", 23457))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.sendto(b"datagram", ("127.0.0.1", 23457)); a.recvfrom(64); a.close(); b.close()
'
tcase py-inet6     ''                          $PY -c '
import socket
s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("::1", 23458)); s.listen(1)
c = socket.socket(socket.AF_INET6, socket.SOCK_STREAM); c.connect(("::1", 23458))
x, _ = s.accept(); c.send(b"six"); x.recv(10); x.close(); c.close(); s.close()
'
tcase py-unix      'rm -f usock'               $PY -c '
import socket
a, b = socket.socketpair(); a.send(b"pair"); b.recv(10); a.close(); b.close()
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind("usock")
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); c.sendto(b"unix", "usock"); s.recv(10)
s.close(); c.close()
'
tcase py-subprocess ''                         $PY -c '
import subprocess, os
r, w = os.pipe(); os.write(w, b"x"); os.read(r, 1); os.close(r); os.close(w)
subprocess.run(["true"]); subprocess.run(["sh", "-c", "exit 2"])
'
tcase py-signal    ''                          $PY -c '
import signal, os
signal.signal(signal.SIGUSR1, lambda s, f: None)
os.kill(os.getpid(), signal.SIGUSR1)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
'
tcase py-sqlite    'rm -f db.sqlite'           $PY -c '
import sqlite3
db = sqlite3.connect("db.sqlite")
db.execute("create table t (k integer primary key, v text)")
db.executemany("insert into t (v) values (?)", [("a",), ("b",), ("c",)])
db.commit(); db.execute("select count(*) from t").fetchone(); db.close()
'
tcase py-asyncio   ''                          $PY -c '
import asyncio
async def handle(r, w):
    w.write((await r.readline()).upper()); await w.drain(); w.close()
async def main():
    srv = await asyncio.start_server(handle, "127.0.0.1", 23462)
    r, w = await asyncio.open_connection("127.0.0.1", 23462)
    w.write(b"hello\n"); await w.drain(); await r.readline(); w.close()
    srv.close(); await srv.wait_closed()
asyncio.run(main())
'
tcase py-poll      ''                          $PY -c '
import select, os
r, w = os.pipe(); os.write(w, b"ready")
p = select.poll(); p.register(r, select.POLLIN); p.poll(100)
e = select.epoll(); e.register(r, select.EPOLLIN); e.poll(0.1); e.close()
select.select([r], [], [], 0.1)
'

# ---------------------------------------------------------------- compare
if [ "$COUNT" = 0 ]; then
	echo "strace-diff: no program matches '$FILTER'" >&2
	exit 2
fi
[ "$KEEP" = 1 ] && echo "traces kept in $OUT"
/usr/bin/python3 "$ROOT/tests/strace-diff/compare.py" --min "$MIN" --top "$TOP" $SHOWALL "$OUT"
