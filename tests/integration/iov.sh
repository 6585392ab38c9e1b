# iovec family (src/decode_iov.c): lines as strace 7.2 prints them
if want iov; then
	$SCT -o "$T/iov.txt" -e trace=readv,writev,pwritev2,preadv2 -- $B/sc_iov >/dev/null
	check "iov: exit status" $? "nonzero"
	expect_lines "iov" "$T/iov.txt" <<'EOF2'
writev(3, [{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}, {iov_base=NULL, iov_len=0}], 3) = 43
writev(3, NULL, 2)                      = -1 EFAULT (Bad address)
writev(3, 0xffffffffffffffff, 2)        = -1 EFAULT (Bad address)
writev(3, [], 0)                        = 0
pwritev2(3, [{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}], 2, 0, RWF_SYNC) = 43
readv(4, [{iov_base="abcd", iov_len=4}, {iov_base="efgh", iov_len=10}], 2) = 8
readv(4, [{iov_base="abc", iov_len=4}, {iov_base="", iov_len=10}], 2) = 3
readv(99, [{iov_base=0x1000, iov_len=4}, {iov_base=0x2000, iov_len=10}], 2) = -1 EBADF (Bad file descriptor)
preadv2(99, [{iov_base=0x1000, iov_len=4}, {iov_base=0x2000, iov_len=10}], 2, -1, RWF_HIPRI|RWF_DSYNC|RWF_SYNC|RWF_NOWAIT|RWF_APPEND) = -1 EBADF (Bad file descriptor)
writev(3, [{iov_base="he", iov_len=2}, ... /* 0x10001000 */], 2) = -1 EFAULT (Bad address)
EOF2
	$SCT -o "$T/iov-X.txt" -Xverbose -e trace=pwritev2 -- $B/sc_iov >/dev/null
	expect_lines "iov -X verbose" "$T/iov-X.txt" <<'EOF2'
pwritev2(3, [{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}], 2, 0, 0x4 /* RWF_SYNC */) = 43
EOF2
	$SCT -o "$T/iov-raw.txt" -e raw=pwritev2 -e trace=pwritev2 -- $B/sc_iov >/dev/null
	has_re "iov: -e raw= prints every argument in hex" "$T/iov-raw.txt" \
		'^pwritev2\(0x3, 0x[0-9a-f]+, 0x2, 0, 0, 0x4\) += 0x2b$'
	$SCT --json -o "$T/iov.json" -Xverbose -e trace=writev,pwritev2 -- $B/sc_iov >/dev/null
	jq_true "iov json: the cut string is listed, nothing invented" "$T/iov.json" \
		'[.[] | select(.syscall == "writev" and .args.vlen == 3)][0] |
		 .cut == ["vec"] and (.args.vec | length) == 3 and .args.vec[1].iov_base == " world, this is a long buffer of"'
	jq_true "iov json: -X verbose has the number beside the name" "$T/iov.json" \
		'[.[] | select(.syscall == "pwritev2")][0].args | .flags == "RWF_SYNC" and .flags_raw == 4'
	jq_true "iov json: partial array ends where it could be read" "$T/iov.json" \
		'[.[] | select(.syscall == "writev" and .args.vlen == 2 and (.args.vec | type) == "array")][0] |
		 .args.vec == [{"iov_base":"he","iov_len":2}] and .cut == ["vec"]'
fi
if want iov; then
	$SCT -o "$T/iov-N.txt" -N -e trace=preadv2 -- $B/sc_iov >/dev/null
	expect_lines "iov -N (strace's names)" "$T/iov-N.txt" <<'EOF2'
preadv2(fd=99, iov=[{iov_base=0x1000, iov_len=4}, {iov_base=0x2000, iov_len=10}], iovcnt=2, offset=-1, flags=RWF_HIPRI|RWF_DSYNC|RWF_SYNC|RWF_NOWAIT|RWF_APPEND) = -1 EBADF (Bad file descriptor)
EOF2
	$SCT -o "$T/iov-nv.txt" -e verbose=none -e trace=writev -- $B/sc_iov >/dev/null
	has_re "iov: -e verbose=none prints the array's address" "$T/iov-nv.txt" \
		'^writev\(3, 0x[0-9a-f]+, 3\) += 43$'
	$SCT -o "$T/iov-s4.txt" -s 4 -e abbrev=none -e trace=writev -- $B/sc_iov >/dev/null
	expect_lines "iov -s 4 -e abbrev=none" "$T/iov-s4.txt" <<'EOF2'
writev(3, [{iov_base="hell"..., iov_len=5}, {iov_base=" wor"..., iov_len=38}, {iov_base=NULL, iov_len=0}], 3) = 43
EOF2
fi
