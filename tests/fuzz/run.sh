#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (clang + libclang-rt, Debian 12).
#
#   tests/fuzz/run.sh [SECONDS]      (make fuzz FUZZ_SECONDS=60)
#
# The sources in src/ (all but main.c) are compiled into build-fuzz/ with
# -fsanitize=fuzzer-no-link,address,undefined; each target in tests/fuzz/
# (fuzz_*.c) is linked against them.  Each target first replays its seeds
# (tests/fuzz/seeds/NAME/) and the corpus kept in build-fuzz/corpus/NAME,
# then fuzzes for its share of SECONDS (default 60 in total).  A crash
# leaves its input in build-fuzz/ (crash-*) and fails the run.
# Ends with "N passed, N failed" (one per target).
set -u
cd "$(dirname "$0")/../.."

SECONDS_TOTAL=${1:-${FUZZ_SECONDS:-60}}
OUT=build-fuzz
FUZZ_CC=${FUZZ_CC:-clang-14}
command -v "$FUZZ_CC" >/dev/null || FUZZ_CC=clang
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

# clang's runtime libraries (libFuzzer, ASAN, UBSAN) are a package of their own
if ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
	if [ "$(id -u)" = 0 ]; then
		echo "fuzz: installing libclang-rt-14-dev" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev >&2 ||
			{ apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev >&2; }
	else
		echo "fuzz: needs libclang-rt-14-dev (apt-get install libclang-rt-14-dev)" >&2
		exit 1
	fi
fi

objs=()
for f in src/*.c; do
	[ "$f" = src/main.c ] && continue
	b=${f#src/}
	objs+=("$OUT/${b%.c}.o")
done
CFLAGS="-O1 -g $SAN -fsanitize=fuzzer-no-link" make -s OUT=$OUT CC="$FUZZ_CC" "${objs[@]}" || exit 1

targets=()
for f in tests/fuzz/fuzz_*.c; do
	t=$(basename "${f%.c}")
	$FUZZ_CC -O1 -g $SAN -fsanitize=fuzzer -std=gnu11 -D_GNU_SOURCE -I$OUT -Isrc -Iinclude -Itests/fuzz \
		"$f" "${objs[@]}" -lbpf -ldw -lelf -lz -liberty -o "$OUT/$t" || exit 1
	targets+=("$t")
done

per=$((SECONDS_TOTAL / ${#targets[@]}))
[ "$per" -lt 1 ] && per=1
PASS=0
FAIL=0
total_execs=0
for t in "${targets[@]}"; do
	name=${t#fuzz_}
	corpus=$OUT/corpus/$name
	mkdir -p "$corpus"
	log=$OUT/$t.log
	# -use_value_profile helps with the record headers' magic numbers
	(cd $OUT && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 ./"$t" -max_total_time="$per" \
		-print_final_stats=1 -use_value_profile=1 -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix=./ "corpus/$name" "../tests/fuzz/seeds/$name") >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
	total_execs=$((total_execs + ${execs:-0}))
	if [ $rc = 0 ]; then
		PASS=$((PASS + 1))
		echo "ok   fuzz $name: ${execs:-0} executions in ${per}s ($cov, corpus $(ls "$corpus" | wc -l))"
	else
		FAIL=$((FAIL + 1))
		echo "FAIL fuzz $name: exit $rc after ${execs:-?} executions; see $log"
		grep -E 'ERROR|SUMMARY|fuzz_(events|escape):|runtime error' "$log" | head -5 | sed 's/^/     | /'
		ls $OUT/crash-* $OUT/leak-* $OUT/timeout-* 2>/dev/null | head -3 | sed 's/^/     | input: /'
	fi
done
echo "fuzz: $total_execs executions in total"
echo "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
