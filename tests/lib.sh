# Shared by tests/run.sh and tests/storm/run.sh (sourced): counters and the
# assertions.  The caller sets PASS=0 FAIL=0 and T (a scratch directory).

pass() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() {
	FAIL=$((FAIL + 1))
	echo "FAIL $1: $2"
	[ -n "${3:-}" ] && [ -f "$3" ] && sed 's/^/     | /' "$3" | head -40
}
# check NAME COND-EXIT-STATUS MESSAGE [FILE-TO-SHOW]
check() { if [ "$2" = 0 ]; then pass "$1"; else fail "$1" "$3" "${4:-}"; fi; }
# has_line NAME FILE LINE: FILE has exactly this line
has_line() { grep -qxF -- "$3" "$2"; check "$1" $? "no line: $3" "$2"; }
# has_re NAME FILE ERE: some line matches (anchored by the caller)
has_re() { grep -qE -- "$3" "$2"; check "$1" $? "no line matching: $3" "$2"; }
no_re() { ! grep -qE -- "$3" "$2"; check "$1" $? "unexpected line matching: $3" "$2"; }
# jq_true NAME FILE FILTER: jq -e over the JSON lines (slurped)
jq_true() { jq -e -s "$3" "$2" >/dev/null 2>&1; check "$1" $? "jq: $3" "$2"; }
# wait_for FILE ERE SECONDS: until a line matches
wait_for() {
	local i
	for ((i = 0; i < $3 * 20; i++)); do
		grep -qE -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}
# expect_lines NAME FILE < LINES: every line of stdin is a line of FILE
# (one check per line, named "NAME: <line>"; blank lines are skipped)
expect_lines() {
	local name=$1 file=$2 line
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		grep -qxF -- "$line" "$file"
		check "$name: $line" $? "no such line" "$file"
	done
}
