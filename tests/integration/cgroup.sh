# --cgroup / --container (src/cgroup.c, the BPF side's in_cgroups()): only
# tasks in a cgroup v2 or below it, filtered in the kernel, whenever they
# joined it.  No container runtime here: the test makes a cgroup named
# as docker's systemd driver names them.
cg_v2=$(awk '$0 ~ / - cgroup2 / { print $5; exit }' /proc/self/mountinfo)
if want cgroup && [ -z "$cg_v2" ]; then
	echo "SKIP cgroup: no cgroup v2 hierarchy mounted here"
elif want cgroup; then
	cg_id=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
	cg_top="$cg_v2/sctrace-test.$$"
	cg_dir="$cg_top/docker-$cg_id.scope"
	mkdir -p "$cg_dir/sub"
	# run_in DIR TAG: sc_cgroup TAG in cgroup DIR ("" : where we are)
	run_in() {
		sh -c '[ -z "$1" ] || echo $$ > "$1/cgroup.procs"; exec "$2" "$3" "$4"' \
			- "$1" "$B/sc_cgroup" "$2" "$T/cg-go" &
	}
	cg_case() {   # NAME SCTRACE-OPTIONS...
		local name=$1; shift
		local out="$T/cg-${name//[^a-zA-Z0-9]/_}.txt"
		rm -f "$T/cg-go"
		run_in "$cg_dir" inside; local a=$!
		run_in "" outside; local b=$!
		run_in "$cg_dir/sub" below; local d=$!
		$SCT "$@" -e trace=write -o "$out" &
		local s=$!
		sleep 1   # attached by then (it loads in about 0.2 s)
		# a process that joins the cgroup after sctrace started
		run_in "" joined; local c=$!
		echo $c > "$cg_dir/cgroup.procs"
		touch "$T/cg-go"
		wait $a $b $c $d
		sleep 0.2
		kill -INT $s; wait $s 2>/dev/null
		for tag in inside below joined; do
			# whole, or split by another task's line (<unfinished ...>)
			# the prefix names the container by its short id
			has_re "$name: a task $tag the cgroup is traced" "$out" \
				"^[0-9]+<sc_cgroup>\\{0123456789ab\\} write\\(-1, \"$tag\", [0-9]+(\\) += -1 EBADF| <unfinished \\.\\.\\.>)"
		done
		check "$name: a task outside it is not" $([ -f "$out" ] && ! grep -q '"outside"' "$out" &&
			echo 0 || echo 1) "traced" "$out"
	}
	cg_case "--container prefix" --container 0123456789ab
	cg_case "--container whole id" --container "$cg_id"
	cg_case "--cgroup absolute" --cgroup "$cg_dir"
	cg_case "--cgroup as /proc/PID/cgroup names it" --cgroup "/sctrace-test.$$/docker-$cg_id.scope"
	# JSON: the same set, each record with its cgroup and container; a
	# process in a pid namespace of its own with its pid there
	rm -f "$T/cg-go"
	run_in "$cg_dir" inside; a=$!
	run_in "" outside; b=$!
	sh -c 'echo $$ > "$1/cgroup.procs"; exec unshare --pid --fork "$2" nsinside "$3"' \
		- "$cg_dir" "$B/sc_cgroup" "$T/cg-go" &
	n=$!
	$SCT --json --container 0123456789ab -e trace=write -o "$T/cg.json" &
	s=$!
	sleep 1
	touch "$T/cg-go"
	wait $a $b $n
	sleep 0.2
	kill -INT $s; wait $s 2>/dev/null
	jq_true "cgroup json: only the tasks in the container" "$T/cg.json" \
		'[.[] | select(.type == "syscall") | .args.buf] | sort == ["inside", "nsinside"]'
	jq_true "cgroup json: cgroup and container on every record" "$T/cg.json" \
		"all(.[] | select(.type == \"syscall\"); .cgroup == \"/sctrace-test.$$/docker-$cg_id.scope\" and .container == \"$cg_id\")"
	jq_true "cgroup json: ns_pid and ns_tid in a pid namespace of its own" "$T/cg.json" \
		'any(.[]; .type == "syscall" and .args.buf == "nsinside" and .ns_pid == 1 and .ns_tid == 1)'
	jq_true "cgroup json: none in sctrace's namespace" "$T/cg.json" \
		'all(.[] | select(.type == "syscall" and .args.buf == "inside"); has("ns_pid") | not)'
	# --decode-pids=cgroup alone: every task traced, those in a container
	# named in their prefix (-f -o's "PID " form too), the others not
	rm -f "$T/cg-go"
	run_in "$cg_dir" inside; a=$!
	run_in "" outside; b=$!
	$SCT --decode-pids=cgroup --comm sc_cgroup -e trace=write -o "$T/cg-dp.txt" &
	s=$!
	sleep 1
	touch "$T/cg-go"
	wait $a $b
	sleep 0.2
	kill -INT $s; wait $s 2>/dev/null
	has_re "cgroup --decode-pids=cgroup: a task in the container named" "$T/cg-dp.txt" \
		'^[0-9]+<sc_cgroup>\{0123456789ab\} write\(-1, "inside"'
	has_re "cgroup --decode-pids=cgroup: a task outside it plain" "$T/cg-dp.txt" \
		'^[0-9]+<sc_cgroup> write\(-1, "outside"'
	sh -c 'echo $$ > "$1/cgroup.procs"; exec "$2" -f --lossy --decode-pids=cgroup -e trace=write -o "$3" -- sh -c "\"\$0\" forked \"\$1\" & wait" "$4" "$5"' \
		- "$cg_dir" "$SCT" "$T/cg-dpf.txt" "$B/sc_cgroup" "$T/cg-go"
	has_re "cgroup --decode-pids=cgroup: -f -o's pid prefix names it" "$T/cg-dpf.txt" \
		'^[0-9]+\{0123456789ab\} write\(-1, "forked"'
	has_re "cgroup --decode-pids=cgroup: on exit lines too" "$T/cg-dpf.txt" \
		'^[0-9]+\{0123456789ab\} \+\+\+ exited with 0 \+\+\+$'
	# with a launched command: both filters apply
	$SCT --cgroup "$cg_dir" -e trace=write -o "$T/cg-cmd.txt" -- $B/sc_cgroup launched /
	check "cgroup: a launched command outside the cgroup: nothing traced" \
		$(grep -q 'write(-1' "$T/cg-cmd.txt" && echo 1 || echo 0) "traced" "$T/cg-cmd.txt"
	# bad values: several containers match (exit 2), none (exit 1),
	# not hex (exit 2), a path that is no cgroup (exit 1); one line each
	mkdir -p "$cg_top/docker-0123${cg_id:4:59}e.scope"
	cg_err() {  # NAME WANT-RC WORD ARGS...
		local name=$1 want=$2 word=$3; shift 3
		local err rc
		err=$(timeout 5 $SCT "$@" -e trace=none -o /dev/null 2>&1 >/dev/null)
		rc=$?
		check "cgroup: $name: exit $want, one line naming '$word'" \
			$([ $rc = "$want" ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] &&
				[[ $err == *"$word"* ]] && echo 0 || echo 1) "rc=$rc: $err"
	}
	cg_err "an ambiguous --container prefix" 2 "0123" --container 0123
	# ...naming each match by as many digits as tell them apart
	err=$(timeout 5 $SCT --container 0123 -e trace=none -o /dev/null 2>&1 >/dev/null)
	check "cgroup: an ambiguous prefix: the ids told apart" \
		$([[ $err == *"(${cg_id}, 0123${cg_id:4:59}e)"* || $err == *"(0123${cg_id:4:59}e, ${cg_id})"* ]] &&
			echo 0 || echo 1) "$err"
	cg_err "no such container" 1 "fedcba" --container fedcba
	cg_err "--container not hex" 2 "xyz" --container xyz
	cg_err "--cgroup not a cgroup" 1 "/nonexistent-cgroup" --cgroup /nonexistent-cgroup
	rmdir "$cg_top/docker-0123${cg_id:4:59}e.scope" "$cg_dir/sub" "$cg_dir" "$cg_top" 2>/dev/null
fi
