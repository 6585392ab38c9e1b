#!/usr/bin/env bash
# make check-asan: the whole test suite (unit + integration, tests/run.sh)
# against sctrace and the unit tests built with
# -fsanitize=address,undefined, in build-asan/ (the normal build is left
# alone).  Any sanitizer report fails the run, even one whose test passed:
# reports go to build-asan/logs/ (ASAN/UBSAN log_path).
#
# tests/run.sh runs ./sctrace, build/unit-tests and build/tests/* relative
# to the repository; it is run from build-asan/stage/, a tree of symlinks
# where those names are the sanitized builds.
# Usage: tests/fuzz/check-asan.sh [NAME-FILTER]    Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=build-asan
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

progs=()
for f in tests/progs/*.c tests/progs-ia32/*.c; do
	b=$(basename "${f%.c}")
	progs+=("$OUT/tests/$b")
done
for v in fp nofp fp-g nofp-g; do progs+=("$OUT/tests/sc_stack-$v"); done
CFLAGS="-O1 -g $SAN" LDFLAGS="$SAN" make -s OUT=$OUT "$OUT/sctrace" "$OUT/unit-tests" "${progs[@]}" || exit 1

# the stage: the repository's files, but sctrace and build/ are build-asan's
stage=$OUT/stage
rm -rf "$stage"
mkdir -p "$stage"
for f in "$ROOT"/* "$ROOT"/.ci; do
	n=$(basename "$f")
	case $n in build | build-* | sctrace) continue ;; esac
	ln -s "$f" "$stage/$n"
done
ln -s "$ROOT/$OUT" "$stage/build"
ln -s "$ROOT/$OUT/sctrace" "$stage/sctrace"

logs=$ROOT/$OUT/logs
rm -rf "$logs"
mkdir -p "$logs"
export ASAN_OPTIONS="log_path=$logs/asan:detect_leaks=1:abort_on_error=0:allocator_may_return_null=0"
export UBSAN_OPTIONS="log_path=$logs/ubsan:print_stacktrace=1:halt_on_error=1"
bash "$stage/tests/run.sh" "$@" | tee "$OUT/check-asan.log"
rc=${PIPESTATUS[0]}

# the children sctrace runs are not sanitized: any report is sctrace's or the unit tests'
reports=$(ls "$logs" 2>/dev/null | wc -l)
if [ "$reports" != 0 ]; then
	echo "check-asan: $reports sanitizer report(s):"
	for f in "$logs"/*; do
		echo "---- $f"
		grep -E 'ERROR|runtime error|SUMMARY|^    #[0-9] ' "$f" | head -12
	done
	echo "check-asan: FAILED (sanitizer reports in $logs)"
	exit 1
fi
echo "check-asan: no sanitizer report"
exit "$rc"
