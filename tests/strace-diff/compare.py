#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
"""
Differential comparison of strace and sctrace output (both `-f -o FILE`).

    compare.py [--min PCT] [--top N] [--show-all] DIR

DIR holds, per program NAME, NAME.strace and NAME.sctrace (and optionally
NAME.strace2, a second strace run: strace's agreement with itself, shown as
the reference).  Lines are normalised (see normalise()) and compared as
multisets per program: the order between processes and threads differs from
run to run, the lines of one call do not.

Counting:
  - a strace line counts as identical when the same normalised line occurs
    in sctrace's output for that program (each sctrace line matches once);
  - strace's signal-delivery lines (`--- SIGCHLD {...} ---`) stay in the
    denominator: sctrace does not capture signal delivery yet, so they are
    misses, reported apart as "signal lines";
  - lines sctrace prints that strace does not are reported ("sctrace-only")
    but do not change the percentage, which is of strace's lines;
  - an `<unfinished ...>` line and its `<... resumed>` line are joined into
    one line first (both tools split calls differently depending on timing).

Exit status: 1 when the overall percentage is below --min (default 95).
"""
import collections
import difflib
import os
import re
import sys

# ------------------------------------------------------------- parsing

PFX = re.compile(r'^(\d+) +')
UNFIN = ' <unfinished ...>'
RESUMED = re.compile(r'^<\.\.\. ([A-Za-z0-9_]+) resumed>(.*)$')


def read_lines(path):
    """(pid, text) per logical line, with unfinished/resumed pairs joined."""
    out = []
    pending = {}   # pid -> (index in out, text without the unfinished marker)
    pids = set()
    try:
        f = open(path, encoding='utf-8', errors='surrogateescape')
    except OSError:
        return [], pids
    with f:
        for raw in f:
            raw = raw.rstrip('\n')
            m = PFX.match(raw)
            pid = m.group(1) if m else '0'
            text = raw[m.end():] if m else raw
            pids.add(pid)
            if text.endswith(UNFIN):
                head = text[:-len(UNFIN)]
                out.append([pid, text])
                pending[pid] = (len(out) - 1, head)
                continue
            r = RESUMED.match(text)
            if r and pid in pending:
                idx, head = pending.pop(pid)
                out[idx][1] = head + r.group(2)
                continue
            out.append([pid, text])
    return [(p, t) for p, t in out], pids


# ------------------------------------------------------------- normalising

HEXADDR = re.compile(r'\b0x[0-9a-f]{7,}\b')
RETPAD = re.compile(r'^(.*\))\s+(= .*)$')
TIMESPEC = re.compile(r'\{tv_sec=\d{6,}, tv_(n|u)sec=\d+\}')
EPHEMERAL = re.compile(r'htons\((3[2-9]\d{3}|[4-6]\d{4})\)')
CSTR = r'"(?:[^"\\]|\\.)*"(?:\.\.\.)?'
GETRANDOM = re.compile(r'^(getrandom\()(' + CSTR + r'|0xADDR)')
# remaining times, clocks, kernel counters: they change between any two runs
LEFT = re.compile(r'left \{tv_sec=\d+, tv_(n|u)sec=\d+\}')
FUTEX_TS = re.compile(r'^(futex\(.*)\{tv_sec=\d+, tv_nsec=\d+\}')
RUSAGE = re.compile(r'(ru_[us]time)=\{tv_sec=\d+, tv_usec=\d+\}')
VARYING = re.compile(r'\b(uptime|freeram|sharedram|bufferram|procs|f_bfree|f_bavail|f_ffree'
                     r'|tms_utime|tms_stime|tms_cutime|tms_cstime)=\d+')
LOADS = re.compile(r'loads=\[\d+, \d+, \d+\]')
ITIMER_VALUE = re.compile(r'(it_value)=\{tv_sec=\d+, tv_(n|u)sec=\d+\}')
MAPS = re.compile(r'\b[0-9a-f]{8,}-[0-9a-f]{8,}\b')
# the tracer is the parent: its pid, and times since boot
PARENT_RET = re.compile(r'^((getppid|getpgrp|getsid|times)\(.*\)) = \d+$')
CLOCK_OUT = re.compile(r'^((clock_gettime|clock_getres|gettimeofday)\(.*)\{tv_sec=\d+, tv_(n|u)sec=\d+\}')
TIME_RET = re.compile(r'^(time\(.*\)) = \d+( \(.*\))?$')
# strings that are random by nature: temp names (mkstemp/tempfile)
TMPNAME = re.compile(r'(/tmp/tmp|tmp_obj_|/\.git/t)[A-Za-z0-9_]{6,8}\b')
# kernel-assigned ids that change between runs
MISC = [
    (re.compile(r'(?<=inode:)\d+'), 'INO'),              # "pipe:[123]" with -y
    (re.compile(r'(?<=socket:\[)\d+'), 'INO'),
    (re.compile(r'(?<=pipe:\[)\d+'), 'INO'),
    (re.compile(r'(?<=nl_pid=)\d+'), 'NLPID'),
    (re.compile(r'(?<=nlmsg_seq=)\d+'), 'SEQ'),
    (re.compile(r'(?<=nlmsg_pid=)\d+'), 'NLPID'),
    (re.compile(r'(?<=stx_ino=)\d+'), 'INO'),
    (re.compile(r'(?<=st_ino=)\d+'), 'INO'),
    (re.compile(r'(?<=si_utime=)\d+'), 'T'),
    (re.compile(r'(?<=si_stime=)\d+'), 'T'),
    # epoll data that holds a pointer (asyncio, libuv): ASLR
    (re.compile(r'(?<=u64=)\d{12,}'), 'PTR'),
]


def normalise(text, pids):
    """
    What is set aside before comparing:
      - the padding before "= ret" (it depends on the widths of addresses);
      - addresses (0x with 7+ hex digits; mmap offsets stay) and address
        ranges read from /proc/*/maps;
      - pids and tids of the traced tasks (3+ digits), the tracer's own pid
        (getppid, getpgrp, getsid), kernel-assigned ids (netlink pids);
      - times: absolute timespecs (tv_sec of 6+ digits), futex deadlines,
        clock_gettime/gettimeofday/time results, "left {...}" remainders,
        rusage and times() counters, itimer values, sysinfo and statfs
        counters that move between runs;
      - random data: getrandom buffers, mkstemp/tempfile/git temp names,
        ephemeral ports (32768 and up), pointers kept in epoll data.
    """
    t = text
    # padding before "= ret" depends on the widths of addresses
    m = RETPAD.match(t)
    if m:
        t = m.group(1) + ' ' + m.group(2)
    t = HEXADDR.sub('0xADDR', t)
    t = GETRANDOM.sub(r'\1"RANDOM"', t)
    t = LEFT.sub('left {TIME}', t)
    t = FUTEX_TS.sub(r'\1{TIME}', t)
    t = RUSAGE.sub(r'\1={TIME}', t)
    t = VARYING.sub(r'\1=N', t)
    t = LOADS.sub('loads=[N]', t)
    t = ITIMER_VALUE.sub(r'\1={TIME}', t)
    t = MAPS.sub('ADDR-ADDR', t)
    t = PARENT_RET.sub(r'\1 = N', t)
    t = CLOCK_OUT.sub(r'\1{TIME}', t)
    t = TIME_RET.sub(r'\1 = TIME', t)
    t = TIMESPEC.sub('{TIME}', t)
    t = EPHEMERAL.sub('htons(PORT)', t)
    t = TMPNAME.sub(r'\1TMPNAME', t)
    for rx, rep in MISC:
        t = rx.sub(rep, t)
    if pids:
        t = re.sub(r'\b(\d+)\b', lambda mm: 'PID' if mm.group(1) in pids else mm.group(1), t)
    return t


def syscall_of(text):
    if text.startswith('---'):
        return '--- signal ---'
    if text.startswith('+++'):
        return '+++ exit +++'
    m = re.match(r'^([A-Za-z0-9_]+)\(', text)
    return m.group(1) if m else '(other)'


def load(path):
    lines, pids = read_lines(path)
    pids.discard('0')
    # small numbers that happen to be pids are rare; pids below 100 are not
    # replaced so that fds and counts stay intact
    pids = {p for p in pids if len(p) >= 3}
    return [normalise(t, pids) for _, t in lines]


# ------------------------------------------------------------- comparing

def compare(a_lines, b_lines):
    """(matched count, Counter of a-only, Counter of b-only)"""
    a = collections.Counter(a_lines)
    b = collections.Counter(b_lines)
    same = sum(min(n, b[l]) for l, n in a.items())
    return same, a - b, b - a


def best_pair(a_only, b_only):
    if not b_only:
        return None
    cands = list(b_only)[:200]
    return max(cands, key=lambda b: difflib.SequenceMatcher(None, a_only, b).ratio())


def main(argv):
    minpct = 95.0
    top = 15
    show_all = False
    args = []
    it = iter(argv)
    for x in it:
        if x == '--min':
            minpct = float(next(it))
        elif x == '--top':
            top = int(next(it))
        elif x == '--show-all':
            show_all = True
        else:
            args.append(x)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    d = args[0]
    names = sorted({f[:-len('.strace')] for f in os.listdir(d) if f.endswith('.strace')},
                   key=lambda n: os.path.getmtime(os.path.join(d, n + '.strace')))

    tot_a = tot_same = tot_b_only = tot_sig = 0
    tot_self = tot_self_n = 0
    per_sc = collections.defaultdict(lambda: [0, 0])     # name -> [strace lines, identical]
    examples = collections.defaultdict(list)              # name -> [(a, b)]
    sc_only = collections.Counter()

    print('%-22s %7s %7s %7s %8s %8s' % ('program', 'strace', 'same', '%', 'sct-only', 'strace2'))
    for n in names:
        a = load(os.path.join(d, n + '.strace'))
        b = load(os.path.join(d, n + '.sctrace'))
        same, a_only, b_only = compare(a, b)
        selfpct = ''
        p2 = os.path.join(d, n + '.strace2')
        if os.path.exists(p2):
            a2 = load(p2)
            s2, _, _ = compare(a, a2)
            tot_self += s2
            tot_self_n += len(a)
            selfpct = '%.1f' % (100.0 * s2 / len(a)) if a else '-'
        nb_only = sum(b_only.values())
        pct = 100.0 * same / len(a) if a else 100.0
        print('%-22s %7d %7d %7.1f %8d %8s' % (n, len(a), same, pct, nb_only, selfpct))
        tot_a += len(a)
        tot_same += same
        tot_b_only += nb_only
        for l in a:
            per_sc[syscall_of(l)][0] += 1
        ca = collections.Counter(a)
        for l, k in ca.items():
            per_sc[syscall_of(l)][1] += k - a_only.get(l, 0)
        by_sc_b = collections.defaultdict(list)
        for l in b_only:
            by_sc_b[syscall_of(l)].append(l)
            sc_only[syscall_of(l)] += b_only[l]
        for l in a_only:
            s = syscall_of(l)
            if s == '--- signal ---':
                tot_sig += a_only[l]
            if len(examples[s]) < (20 if show_all else 1):
                examples[s].append((n, l, best_pair(l, by_sc_b.get(s, []))))

    pct = 100.0 * tot_same / tot_a if tot_a else 100.0
    print()
    print('overall: %.2f%% of strace\'s lines printed identically by sctrace (%d of %d)'
          % (pct, tot_same, tot_a))
    if tot_self_n:
        print('reference: strace agrees with itself on %.2f%% across two runs (%d of %d)'
              % (100.0 * tot_self / tot_self_n, tot_self, tot_self_n))
    print('not counted in sctrace\'s favour: %d signal-delivery lines (--- SIG... ---) that '
          'sctrace cannot print yet; %d lines only sctrace printed' % (tot_sig, tot_b_only))
    if tot_a:
        print('without the signal lines: %.2f%%' % (100.0 * tot_same / max(1, tot_a - tot_sig)))

    worst = sorted(((v[0] - v[1], k) for k, v in per_sc.items() if v[0] > v[1]), reverse=True)
    if worst:
        print()
        print('mismatching lines per syscall (strace lines differing / strace lines), with an example:')
    for miss, k in worst[:top if not show_all else len(worst)]:
        tot = per_sc[k][0]
        print('  %-18s %5d / %-5d (%.1f%% identical)' % (k, miss, tot, 100.0 * (tot - miss) / tot))
        for prog, a, b in examples[k]:
            print('      [%s]' % prog)
            print('      strace:  %s' % a)
            print('      sctrace: %s' % (b if b is not None else '(no line for this syscall)'))
    extra = [(v, k) for k, v in sc_only.items()]
    extra.sort(reverse=True)
    if extra:
        print()
        print('sctrace-only lines per syscall: ' +
              ', '.join('%s %d' % (k, v) for v, k in extra[:top]))

    if pct < minpct:
        print('\nFAIL: %.2f%% is below %.1f%%' % (pct, minpct))
        return 1
    print('\nok: %.2f%% >= %.1f%%' % (pct, minpct))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
