#!/usr/bin/env bash
# make test-kernels: sctrace on Debian's other kernels, under qemu (TCG:
# nested KVM is not to be relied on; slow but it works anywhere).
#
#   tests/kernels/run.sh [PACKAGE...]
#
# Default kernels: the newest linux-image-6.1.0-*-cloud-amd64 (Debian 12's
# own) and the newest linux-image-6.12*-cloud-amd64 (bookworm's 6.12 from
# bookworm-updates/backports), both fetched with `apt-get download` (kept
# in build-kernels/debs).  For each: vmlinuz from the package, an initramfs
# made of busybox-static, a static sctrace (make STATIC=1) and static test
# programs; /init runs a few traces and prints their output on the serial
# console between markers; the host parses the console log and checks
# lines.  Ends with "N passed, N failed".
#
# QEMU_TIMEOUT (default 600 s) bounds each boot.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
W=$ROOT/build-kernels
QEMU_TIMEOUT=${QEMU_TIMEOUT:-600}
PASS=0
FAIL=0
pass() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() {
	FAIL=$((FAIL + 1))
	echo "FAIL $1: $2"
	[ -n "${3:-}" ] && [ -f "$3" ] && sed 's/^/     | /' "$3" | tail -30
}
check() { if [ "$2" = 0 ]; then pass "$1"; else fail "$1" "$3" "${4:-}"; fi; }

need_pkgs=""
command -v qemu-system-x86_64 >/dev/null || need_pkgs="$need_pkgs qemu-system-x86"
[ -x /bin/busybox ] && file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' || need_pkgs="$need_pkgs busybox-static"
command -v cpio >/dev/null || need_pkgs="$need_pkgs cpio"
command -v file >/dev/null || need_pkgs="$need_pkgs file"
if [ -n "$need_pkgs" ]; then
	echo "kernels: installing$need_pkgs" >&2
	apt-get update -qq >&2
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need_pkgs >&2 || exit 1
fi

# ---- the static binaries
make -s STATIC=1 OUT=build-static build-static/sctrace 2>&1 | grep -v 'statically linked applications requires at runtime' >&2
[ -x build-static/sctrace ] || { echo "kernels: no static sctrace"; exit 1; }
mkdir -p "$W/progs"
for p in sc_basic sc_threads sc_fork sc_storm; do
	cc -O1 -g -Wall -pthread -static "tests/progs/$p.c" -o "$W/progs/$p" || exit 1
done
# -k: no frame pointers, no debug info (DWARF CFI from .eh_frame)
cc -O1 -Wall -pthread -static -fomit-frame-pointer -g0 tests/progs-stack/sc_stack.c \
	-o "$W/progs/sc_stack" || exit 1

# ---- the kernels
pkgs=("$@")
if [ ${#pkgs[@]} = 0 ]; then
	[ -n "$(apt-cache search --names-only '^linux-image-6\.1\.0-[0-9]+-cloud-amd64$' 2>/dev/null)" ] || apt-get update -qq >&2
	newest() { apt-cache search --names-only "$1" | awk '{print $1}' | sort -V | tail -1; }
	k61=$(newest '^linux-image-6\.1\.0-[0-9]+-cloud-amd64$')
	k612=$(newest '^linux-image-6\.12\.[0-9]+\+deb12-cloud-amd64$')
	[ -n "$k61" ] && pkgs+=("$k61")
	[ -n "$k612" ] && pkgs+=("$k612")
fi
[ ${#pkgs[@]} = 0 ] && { echo "kernels: no kernel package found (apt-get update?)"; exit 1; }

# ---- the initramfs (the same for every kernel)
rd=$W/rootfs
rm -rf "$rd"
mkdir -p "$rd"/{bin,sbin,proc,sys,dev,tmp,etc,progs,build/tests}
cp /bin/busybox "$rd/bin/busybox"
for a in sh mount umount mkdir cat grep sed wc echo poweroff sleep uname ls head tail tr; do
	ln -s busybox "$rd/bin/$a"
done
cp build-static/sctrace "$rd/bin/sctrace"
cp "$W"/progs/* "$rd/build/tests/"
echo qemu-guest >"$rd/etc/hostname"
cat >"$rd/init" <<'EOF'
#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /tmp
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null
mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null
cd /
echo "SCT-KERNEL $(uname -r)"
[ -r /sys/kernel/btf/vmlinux ] && echo "SCT-BTF yes" || echo "SCT-BTF no"
# run NAME CMD...: the trace file and sctrace's stderr, prefixed, between markers
run() {
	name=$1
	shift
	echo "SCT-BEGIN $name"
	SCTRACE_STATS=1 "$@" >/tmp/out 2>/tmp/err
	rc=$?
	sed "s/^/SCT-OUT $name|/" /tmp/trace 2>/dev/null
	sed "s/^/SCT-STDOUT $name|/" /tmp/out
	sed "s/^/SCT-ERR $name|/" /tmp/err
	rm -f /tmp/trace
	echo "SCT-END $name rc=$rc"
}
run version sctrace -V
# the tp_btf programs load (no silent fallback to raw tracepoints), with -y too
run btfload env SCTRACE_DEBUG=1 sctrace -e trace=none -- build/tests/sc_basic
run btfload-y env SCTRACE_DEBUG=1 sctrace -y -e trace=close -- build/tests/sc_basic
run btfload-k env SCTRACE_DEBUG=1 sctrace -k -e trace=getppid -- build/tests/sc_stack
run basic sctrace -o /tmp/trace -- build/tests/sc_basic
if [ "$rc" != 0 ]; then
	# why: libbpf's and the verifier's log, the end of it
	SCTRACE_DEBUG=1 sctrace -o /dev/null -- build/tests/sc_basic 2>&1 | tail -${DEBUG_LINES:-80} | sed 's/^/SCT-DEBUG|/'
fi
run json sctrace --json -o /tmp/trace -e trace=getppid,openat -- build/tests/sc_threads 4 250
run fork sctrace -f -o /tmp/trace -- build/tests/sc_fork build/tests/sc_basic
run storm sctrace -f --json -o /tmp/trace -e trace=execve,getppid -- build/tests/sc_storm forkexec 50
run tiny sctrace --json -o /tmp/trace --buffer-size 4096 -e trace=getppid -- build/tests/sc_storm count 20000
echo "SCT-DONE"
poweroff -f
EOF
chmod +x "$rd/init"
(cd "$rd" && find . | cpio -o -H newc --quiet | gzip -1) >"$W/initramfs.gz"

# ---- boot each kernel
mkdir -p "$W/debs"
for pkg in "${pkgs[@]}"; do
	deb=$(ls "$W/debs/${pkg}_"*.deb 2>/dev/null | tail -1)
	if [ -z "$deb" ]; then
		(cd "$W/debs" && apt-get download "$pkg" >/dev/null 2>&1)
		deb=$(ls "$W/debs/${pkg}_"*.deb 2>/dev/null | tail -1)
	fi
	if [ -z "$deb" ]; then
		fail "$pkg" "apt-get download failed"
		continue
	fi
	x=$W/x/$pkg
	if [ ! -d "$x/boot" ]; then
		rm -rf "$x"
		mkdir -p "$x"
		dpkg-deb -x "$deb" "$x"
	fi
	kernel=$(ls "$x"/boot/vmlinuz-* | head -1)
	log=$W/$pkg.console
	echo "kernels: booting $(basename "$kernel") under qemu (TCG; this takes a while)"
	start=$(date +%s)
	timeout "$QEMU_TIMEOUT" qemu-system-x86_64 -accel tcg -cpu max -smp 2 -m 1024 -nodefaults \
		-display none -no-reboot -serial "file:$log" \
		-kernel "$kernel" -initrd "$W/initramfs.gz" \
		-append "console=ttyS0 panic=-1 rdinit=/init loglevel=3" </dev/null >"$W/$pkg.qemu" 2>&1
	qrc=$?
	tr -d '\r' <"$log" >"$log.txt"
	log=$log.txt
	echo "kernels: $pkg: $(($(date +%s) - start)) s"
	k=$(sed -n 's/^SCT-KERNEL //p' "$log" | head -1)
	K="kernel ${k:-$pkg}"
	if grep -q '^SCT-DEBUG|' "$log"; then
		sed -n 's/^SCT-DEBUG|//p' "$log" >"$W/$pkg.debug"
		echo "kernels: $pkg: sctrace failed; its debug log: $W/$pkg.debug"
	fi
	if ! grep -q '^SCT-DONE' "$log"; then
		fail "$K: boots and runs the tests" "qemu exit $qrc, no SCT-DONE" "$log"
		continue
	fi
	pass "$K: boots and runs the tests"
	out() { sed -n "s/^SCT-OUT $1|//p" "$log"; }
	err() { sed -n "s/^SCT-ERR $1|//p" "$log"; }
	rc() { sed -n "s/^SCT-END $1 rc=//p" "$log"; }
	grep -q '^SCT-BTF yes' "$log"
	check "$K: has BTF (/sys/kernel/btf/vmlinux)" $? "no BTF"
	if [ "$(rc basic)" != 0 ]; then
		# nothing else can work: say why once (the verifier's last words)
		err basic >"$W/basic.err"
		[ -f "$W/$pkg.debug" ] && grep -vE '^\s*$' "$W/$pkg.debug" | tail -12 >>"$W/basic.err"
		fail "$K: sctrace loads and traces" "rc=$(rc basic)" "$W/basic.err"
		continue
	fi
	err btfload >"$W/btfload.err"
	! grep -q 'BPF program load failed' "$W/btfload.err"
	check "$K: the tp_btf programs load" $? "a program failed to load" "$W/btfload.err"
	# -y's programs load (within 6.1's 512-byte combined stack) and
	# resolve fds in the kernel
	err btfload-y >"$W/btfload-y.err"
	! grep -q 'BPF program load failed' "$W/btfload-y.err"
	check "$K: -y: its programs load" $? "a program failed to load" "$W/btfload-y.err"
	grep -q '^close(3</etc/hostname>) *= 0$' "$W/btfload-y.err"
	check "$K: -y: an fd's file" $? "no close(3</etc/hostname>)" "$W/btfload-y.err"
	# -k's programs load (bpf_find_vma, 5.17+) and a stack unwinds
	err btfload-k >"$W/btfload-k.err"
	! grep -q 'BPF program load failed' "$W/btfload-k.err"
	check "$K: -k: its programs load" $? "a program failed to load" "$W/btfload-k.err"
	grep -q '^ > /build/tests/sc_stack(f+0x[0-9a-f]*) \[0x[0-9a-f]*\]$' "$W/btfload-k.err"
	check "$K: -k: a stack unwinds" $? "no frame of f" "$W/btfload-k.err"
	for t in json fork storm tiny; do
		err $t >"$W/$t.err"
		check "$K: $t: exit 0" "$([ "$(rc $t)" = 0 ]; echo $?)" "rc=$(rc $t)" "$W/$t.err"
	done
	out basic >"$W/basic.txt"
	err basic >"$W/basic.err"
	check "$K: basic: exit 0" "$([ "$(rc basic)" = 0 ]; echo $?)" "rc=$(rc basic)" "$W/basic.err"
	grep -qxF 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC) = 3' "$W/basic.txt"
	check "$K: basic: openat decoded" $? "missing" "$W/basic.txt"
	grep -qxF 'write(1, "hello\n", 6)                  = 6' "$W/basic.txt"
	check "$K: basic: write buffer" $? "missing" "$W/basic.txt"
	grep -qxF 'openat(AT_FDCWD, "/nonexistent/sctrace-test", O_RDONLY) = -1 ENOENT (No such file or directory)' "$W/basic.txt"
	check "$K: basic: errno" $? "missing" "$W/basic.txt"
	grep -qE '^execve\("build/tests/sc_basic", \["build/tests/sc_basic"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = 0$' "$W/basic.txt"
	check "$K: basic: execve with argv" $? "missing" "$W/basic.txt"
	[ "$(tail -1 "$W/basic.txt")" = '+++ exited with 0 +++' ]
	check "$K: basic: exit line" $? "missing" "$W/basic.txt"
	grep -q 'stats: inflight=0 lost=0 entry_full=0' "$W/basic.err"
	check "$K: basic: no kernel state left" $? "stats" "$W/basic.err"

	out json >"$W/json.txt"
	check "$K: json: 4 threads x 250 getppid, exactly" \
		"$([ "$(grep -c '"syscall":"getppid"' "$W/json.txt")" = 1000 ]; echo $?)" \
		"$(grep -c '"syscall":"getppid"' "$W/json.txt") records" "$W/json.err"
	check "$K: json: 4 distinct threads" \
		"$([ "$(grep '/nonexistent/thread' "$W/json.txt" | grep -oE '"tid":[0-9]+' | sort -u | wc -l)" = 4 ]; echo $?)" "tids" "$W/json.txt"

	out fork >"$W/fork.txt"
	check "$K: -f: the child's calls, after its exec" \
		"$(grep -qE '^[0-9]+ +openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\|O_CLOEXEC\) = 3$' "$W/fork.txt"; echo $?)" "missing" "$W/fork.txt"
	check "$K: -f: the child's exit" \
		"$(grep -qE '^[0-9]+ +\+\+\+ exited with 3 \+\+\+$' "$W/fork.txt"; echo $?)" "missing" "$W/fork.txt"

	out storm >"$W/storm.txt"
	check "$K: 50 fork+exec: every child's getppid" \
		"$([ "$(grep -c '"syscall":"getppid"' "$W/storm.txt")" = 50 ]; echo $?)" "count" "$W/storm.err"

	out tiny >"$W/tiny.txt"
	g=$(grep -c '"syscall":"getppid"' "$W/tiny.txt")
	x=$(grep -c '"type":"exit"' "$W/tiny.txt")
	l=$(sed -nE 's/^\{"type":"lost","count":([0-9]+),.*/\1/p' "$W/tiny.txt" | awk '{s += $1} END {print s + 0}')
	check "$K: 4 KiB ring: emitted + lost == generated ($g + $x + $l == 20001)" \
		"$([ $((g + x + l)) = 20001 ] && [ "$(rc tiny)" = 0 ]; echo $?)" "rc=$(rc tiny)" "$W/tiny.err"
done
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
