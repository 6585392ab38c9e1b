# bash completion for sctrace(8)                     -*- shell-script -*-
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
#
# Installed as $(PREFIX)/share/bash-completion/completions/sctrace.
# Self-contained (needs no bash-completion helpers).  Completes options,
# syscall names and %classes after -e trace= / --trace= (from `sctrace -l`,
# so always those of the installed binary), pids after -p, files after -o,
# users after -u, environment variables after -E, the values of -S,
# --summary-by and the timestamp options, and the command.

_sctrace_opts='-a -c -C -e -E -f -h -j -l -N -o -p -P -r -s -S -t -tt -ttt -T -u -v -V -w -x -X -xx -y -yy -Y -z -Z -k -kk
--absolute-timestamps --absolute-timestamps= --arg-names --attach= --buffer-size= --columns=
--color= --comm= --const-print-style= --decode-fds= --decode-pids= --env= --expr= --failed-only --follow-forks --help --histogram --json
--kill-on-exit --list --no-abbrev --output= --relative-timestamps --relative-timestamps= --string-limit=
--always-show-pid --output-separately --quiet= --signal= --status= --syscall-limit= -q -qq -qqq -ff
--read= --write= --trace-path= --trace-fds= --lossy --lossless --cgroup= --container= --stack-trace --stack-trace= --stack-trace-frame-limit=
--successful-only --summary --summary-by= --summary-only --summary-sort-by=
--summary-wall-clock --syscall-times --syscall-times= --trace= --user= --version'

# syscall names and classes, once per shell
_sctrace_names()
{
	if [[ -z ${_sctrace_names_cache-} ]]; then
		local bin=${1:-sctrace}
		[[ $bin == */* && -x $bin ]] || bin=sctrace
		_sctrace_names_cache=$("$bin" -l 2>/dev/null | awk '!/^#/ { print $1 }')
	fi
	# shellcheck disable=SC2086  # one name per word
	printf '%s\n' $_sctrace_names_cache all none
}

# candidates for a syscall set "[!]a,b,%c": complete the last element
_sctrace_set()
{
	local value=$1 bin=$2 head="" last mark=""
	if [[ $value == *,* ]]; then
		head=${value%,*},
		last=${value##*,}
	else
		last=$value
		if [[ $last == '!'* ]]; then
			head='!'
			last=${last#!}
		fi
	fi
	if [[ $last == '?'* ]]; then
		mark='?'
		last=${last#\?}
	fi
	local n
	for n in $(_sctrace_names "$bin"); do
		[[ $n == "$last"* ]] && printf '%s\n' "$head$mark$n"
	done
}

_sctrace()
{
	local line=${COMP_LINE:0:COMP_POINT}
	local tok=${line##*[[:space:]]}          # the word being completed, as typed
	local cur=${COMP_WORDS[COMP_CWORD]-}     # the part bash replaces (split at = and :)
	[[ $cur == "=" || $cur == ":" ]] && cur=""
	local keep=${tok%"$cur"}                 # what precedes it in the typed word
	local -a words
	read -r -a words <<<"${line% }"
	local prev=""
	if [[ -z $tok ]]; then
		prev=${words[${#words[@]}-1]-}
	elif ((${#words[@]} >= 2)); then
		prev=${words[${#words[@]}-2]}
	fi
	local bin=${COMP_WORDS[0]}
	local -a cands=()

	# after the command (or --), it is the command's line
	local i w skip=0 cmd_at=-1 n=${#words[@]}
	[[ -n $tok ]] && ((n--))
	for ((i = 1; i < n; i++)); do
		w=${words[i]}
		if ((skip)); then skip=0; continue; fi
		case $w in
		--) cmd_at=$((i + 1)); break ;;
		-a|-e|-E|-o|-p|-P|-s|-S|-u|--attach|--buffer-size|--color|--columns|--comm|--decode-fds|--decode-pids|--env|--expr|\
		--output|--string-limit|--summary-by|--summary-sort-by|--trace|--trace-path|--trace-fds|--user) skip=1 ;;
		-*) ;;
		*) cmd_at=$i; break ;;
		esac
	done
	if ((cmd_at >= 0)); then
		if ((cmd_at >= n)); then
			mapfile -t COMPREPLY < <(compgen -c -- "$tok")
		else
			mapfile -t COMPREPLY < <(compgen -f -- "$tok")
		fi
		return
	fi

	case $prev in
	-p|--attach)
		local pids=${tok%"${tok##*,}"}
		mapfile -t cands < <(ps -eo pid= 2>/dev/null | awk -v p="$pids" '{ print p $1 }')
		;;
	-o|--output|-P|--trace-path)
		mapfile -t COMPREPLY < <(compgen -f -- "$tok")
		return
		;;
	--trace-fds)
		cands=(all none)   # or fd numbers
		;;
	-e|--expr)
		if [[ $tok == read=* || $tok == write=* || $tok == trace-fds=* ]]; then
			cands=("${tok%%=*}=all" "${tok%%=*}=none")   # or fd numbers
		elif [[ $tok == *=* ]]; then
			local q=${tok%%=*}=
			mapfile -t cands < <(_sctrace_set "${tok#*=}" "$bin" | sed "s/^/$q/")
		else
			cands=(trace= abbrev= verbose= raw= read= write=)
			compopt -o nospace 2>/dev/null
		fi
		;;
	-X|--const-print-style)
		cands=(raw abbrev verbose)
		;;
	--color)
		cands=(auto always never)
		;;
	--decode-pids)
		cands=(comm pidns cgroup comm,pidns all)
		;;
	--decode-fds)
		cands=(path socket dev pidfd eventfd signalfd all none)
		;;
	-u|--user)
		mapfile -t cands < <(compgen -u -- "$tok")
		;;
	-E|--env)
		# a variable to set (VAR=) or to remove (VAR)
		mapfile -t cands < <(compgen -e -- "$tok")
		;;
	--trace)
		mapfile -t cands < <(_sctrace_set "$tok" "$bin")
		;;
	-S|--summary-sort-by)
		cands=(time calls errors name avg-time nothing)
		;;
	--summary-by)
		cands=(pid comm)
		;;
	--comm)
		mapfile -t cands < <(ps -eo comm= 2>/dev/null | sort -u)
		;;
	-a|-s|--buffer-size|--columns|--string-limit)
		return
		;;
	*)
		case $tok in
		--trace=*|--expr=trace=*)
			local q=${tok%"${tok#*=}"}
			[[ $tok == --expr=trace=* ]] && q=--expr=trace=
			mapfile -t cands < <(_sctrace_set "${tok#"$q"}" "$bin" | sed "s/^/$q/")
			;;
		--summary-sort-by=*)
			cands=(--summary-sort-by={time,calls,errors,name,avg-time,nothing})
			;;
		--summary-by=*)
			cands=(--summary-by=pid --summary-by=comm)
			;;
		--const-print-style=*)
			cands=(--const-print-style={raw,abbrev,verbose})
			;;
		--color=*)
			cands=(--color={auto,always,never})
			;;
		--decode-pids=*)
			cands=(--decode-pids={comm,pidns,cgroup,comm\,pidns,all})
			;;
		--decode-fds=*)
			cands=(--decode-fds={path,socket,dev,pidfd,eventfd,signalfd,all,none})
			;;
		--relative-timestamps=*|--syscall-times=*)
			local q=${tok%%=*}=
			cands=("${q}s" "${q}ms" "${q}us" "${q}ns")
			;;
		--absolute-timestamps=*)
			local f p
			for f in none time unix; do
				cands+=("--absolute-timestamps=$f")
				for p in s ms us ns; do cands+=("--absolute-timestamps=$f,$p"); done
			done
			;;
		--output=*)
			mapfile -t cands < <(compgen -f -- "${tok#--output=}" | sed 's/^/--output=/')
			;;
		--trace-path=*)
			mapfile -t cands < <(compgen -f -- "${tok#--trace-path=}" | sed 's/^/--trace-path=/')
			;;
		--trace-fds=*)
			cands=(--trace-fds=all --trace-fds=none)
			;;
		--attach=*)
			mapfile -t cands < <(ps -eo pid= 2>/dev/null | awk '{ print "--attach=" $1 }')
			;;
		--user=*)
			mapfile -t cands < <(compgen -u -- "${tok#--user=}" | sed 's/^/--user=/')
			;;
		--env=*)
			mapfile -t cands < <(compgen -e -- "${tok#--env=}" | sed 's/^/--env=/')
			;;
		-*)
			# shellcheck disable=SC2206  # one option per word
			cands=($_sctrace_opts)
			;;
		*)
			mapfile -t COMPREPLY < <(compgen -c -- "$tok")
			return
			;;
		esac
		;;
	esac

	COMPREPLY=()
	local c
	for c in "${cands[@]}"; do
		[[ $c == "$tok"* ]] || continue
		COMPREPLY+=("${c#"$keep"}")
	done
	# options that take a value after '=': no space after them
	if ((${#COMPREPLY[@]} == 1)) && [[ ${COMPREPLY[0]} == *= ]]; then
		compopt -o nospace 2>/dev/null
	fi
	return 0
}
complete -F _sctrace sctrace
