# -e read=/write= (src/dumpio.c, src/hexdump.c): strace 7.2's hex dumps
if want dump; then
	DTR=-e\ trace=read,write,pwrite64,readv,writev,sendto,recvfrom,sendmsg,recvmsg,pwritev,vmsplice,preadv2,mq_timedsend,mq_timedreceive
	# shellcheck disable=SC2086  # DTR: two words
	$SCT -o "$T/dump.txt" $DTR -e write=3,5,6,8,99 -e read=4,7,8 -- $B/sc_dump >/dev/null 2>&1
	check "dump: exit status" $? "nonzero"
	sed -E 's/0x[0-9a-f]{8,}/ADDR/g' "$T/dump.txt" | sed -n '/^write(-1/,/^write(3, "ABCD/p' >"$T/dump-got.txt"
	# strace 7.2's lines (addresses as ADDR): binary, > 16 bytes, a partial
	# last row, 0 bytes, failed writes (dumped) and reads (not), an fd not in
	# the set, vectors up to their first empty buffer, messages, mq
	diff -u - "$T/dump-got.txt" >"$T/dump.diff" <<'EOF2'
write(-1, "start", 5)                   = -1 EBADF (Bad file descriptor)
write(3, "abcdefghijklmnopqrstu", 21)   = 21
 | 00000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  abcdefghijklmnop |
 | 00010  71 72 73 74 75                                    qrstu            |
write(3, "\0\7\16\25\34#*18?FMT[bipw~\205\214\223\232\241\250\257\266\275\304\313\322\331"..., 40) = 40
 | 00000  00 07 0e 15 1c 23 2a 31  38 3f 46 4d 54 5b 62 69  .....#*18?FMT[bi |
 | 00010  70 77 7e 85 8c 93 9a a1  a8 af b6 bd c4 cb d2 d9  pw~............. |
 | 00020  e0 e7 ee f5 fc 03 0a 11                           ........         |
write(3, "0123456789abcdef", 16)        = 16
 | 00000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  0123456789abcdef |
write(3, "", 0)                         = 0
write(99, "xyz", 3)                     = -1 EBADF (Bad file descriptor)
 | 00000  78 79 7a                                          xyz              |
write(3, 0x1, 3)                        = 3
pwrite64(3, "pw", 2, 0)                 = 2
 | 00000  70 77                                             pw               |
write(5, "hello world!", 12)            = 12
 | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 21              hello world!     |
read(4, "hello", 5)                     = 5
 | 00000  68 65 6c 6c 6f                                    hello            |
read(4, " world!", 64)                  = 7
 | 00000  20 77 6f 72 6c 64 21                               world!          |
writev(5, [{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}, {iov_base=NULL, iov_len=0}, {iov_base="hello", iov_len=5}], 4) = 48
 * 5 bytes in buffer 0
 | 00000  68 65 6c 6c 6f                                    hello            |
 * 38 bytes in buffer 1
 | 00000  20 77 6f 72 6c 64 2c 20  74 68 69 73 20 69 73 20   world, this is  |
 | 00010  61 20 6c 6f 6e 67 20 62  75 66 66 65 72 20 6f 66  a long buffer of |
 | 00020  20 74 65 78 74 0a                                  text.           |
readv(4, [{iov_base="hell", iov_len=4}, {iov_base="o world, this is a long buffer o"..., iov_len=60}, {iov_base="", iov_len=10}], 3) = 48
 * 4 bytes in buffer 0
 | 00000  68 65 6c 6c                                       hell             |
 * 44 bytes in buffer 1
 | 00000  6f 20 77 6f 72 6c 64 2c  20 74 68 69 73 20 69 73  o world, this is |
 | 00010  20 61 20 6c 6f 6e 67 20  62 75 66 66 65 72 20 6f   a long buffer o |
 | 00020  66 20 74 65 78 74 0a 68  65 6c 6c 6f              f text.hello     |
writev(99, [{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}], 2) = -1 EBADF (Bad file descriptor)
 * 5 bytes in buffer 0
 | 00000  68 65 6c 6c 6f                                    hello            |
 * 38 bytes in buffer 1
 | 00000  20 77 6f 72 6c 64 2c 20  74 68 69 73 20 69 73 20   world, this is  |
 | 00010  61 20 6c 6f 6e 67 20 62  75 66 66 65 72 20 6f 66  a long buffer of |
 | 00020  20 74 65 78 74 0a                                  text.           |
read(4, ADDR, 64)             = -1 EAGAIN (Resource temporarily unavailable)
sendto(6, "sendto", 6, 0, NULL, 0)      = 6
 | 00000  73 65 6e 64 74 6f                                 sendto           |
recvfrom(7, "sendto", 64, 0, NULL, NULL) = 6
 | 00000  73 65 6e 64 74 6f                                 sendto           |
sendmsg(6, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 43
 * 5 bytes in buffer 0
 | 00000  68 65 6c 6c 6f                                    hello            |
 * 38 bytes in buffer 1
 | 00000  20 77 6f 72 6c 64 2c 20  74 68 69 73 20 69 73 20   world, this is  |
 | 00010  61 20 6c 6f 6e 67 20 62  75 66 66 65 72 20 6f 66  a long buffer of |
 | 00020  20 74 65 78 74 0a                                  text.           |
recvmsg(7, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hell", iov_len=4}, {iov_base="o world, this is a long buffer o"..., iov_len=60}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 43
 * 4 bytes in buffer 0
 | 00000  68 65 6c 6c                                       hell             |
 * 39 bytes in buffer 1
 | 00000  6f 20 77 6f 72 6c 64 2c  20 74 68 69 73 20 69 73  o world, this is |
 | 00010  20 61 20 6c 6f 6e 67 20  62 75 66 66 65 72 20 6f   a long buffer o |
 | 00020  66 20 74 65 78 74 0a                              f text.          |
pwritev(3, [{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}], 2, 0) = 43
 * 5 bytes in buffer 0
 | 00000  68 65 6c 6c 6f                                    hello            |
 * 38 bytes in buffer 1
 | 00000  20 77 6f 72 6c 64 2c 20  74 68 69 73 20 69 73 20   world, this is  |
 | 00010  61 20 6c 6f 6e 67 20 62  75 66 66 65 72 20 6f 66  a long buffer of |
 | 00020  20 74 65 78 74 0a                                  text.           |
vmsplice(5, [{iov_base="hello", iov_len=5}, {iov_base=" world, this is a long buffer of"..., iov_len=38}], 2, 0) = 43
 * 5 bytes in buffer 0
 | 00000  68 65 6c 6c 6f                                    hello            |
 * 38 bytes in buffer 1
 | 00000  20 77 6f 72 6c 64 2c 20  74 68 69 73 20 69 73 20   world, this is  |
 | 00010  61 20 6c 6f 6e 67 20 62  75 66 66 65 72 20 6f 66  a long buffer of |
 | 00020  20 74 65 78 74 0a                                  text.           |
read(4, "hello world, this is a long buff"..., 64) = 43
 | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  hello world, thi |
 | 00010  73 20 69 73 20 61 20 6c  6f 6e 67 20 62 75 66 66  s is a long buff |
 | 00020  65 72 20 6f 66 20 74 65  78 74 0a                 er of text.      |
preadv2(4, [{iov_base=ADDR, iov_len=4}, {iov_base=ADDR, iov_len=60}], 2, -1, 0) = -1 EAGAIN (Resource temporarily unavailable)
mq_timedsend(8, "mqdata", 6, 1, NULL)   = 0
 | 00000  6d 71 64 61 74 61                                 mqdata           |
mq_timedreceive(8, "mqdata", 32, [1], NULL) = 6
 | 00000  6d 71 64 61 74 61                                 mqdata           |
write(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF"..., 5000) = 5000
EOF2
	check "dump: lines as strace 7.2 prints them" $? "differs" "$T/dump.diff"
	# more than BPF keeps (4096 bytes a buffer): dumped as far as captured,
	# the rest counted (strace would dump all 5000)
	sed -n '/^write(3, "ABCD/,$p' "$T/dump.txt" >"$T/dump-big.txt"
	check "dump: 4096 of 5000 bytes in 256 rows" "$([ "$(grep -c '^ | ' "$T/dump-big.txt")" = 256 ]; echo $?)" \
		"rows: $(grep -c '^ | ' "$T/dump-big.txt")" "$T/dump-big.txt"
	expect_lines "dump: the last row kept, then what was not" "$T/dump-big.txt" <<'EOF2'
 | 00ff0  59 5a 41 42 43 44 45 46  47 48 49 4a 4b 4c 4d 4e  YZABCDEFGHIJKLMN |
 * 904 bytes not captured
EOF2

	# -s cuts the line's strings, never the dump; read=all; write=!3
	$SCT -o "$T/dump-s.txt" -s 4 -e trace=write,read,readv -e read=all -e write='!3' -- $B/sc_dump >/dev/null 2>&1
	sed -E 's/0x[0-9a-f]{8,}/ADDR/g' "$T/dump-s.txt" | sed -n '/^write(-1/,/^write(3, "ABCD/p' >"$T/dump-s-got.txt"
	diff -u - "$T/dump-s-got.txt" >"$T/dump-s.diff" <<'EOF2'
write(-1, "star"..., 5)                 = -1 EBADF (Bad file descriptor)
write(3, "abcd"..., 21)                 = 21
write(3, "\0\7\16\25"..., 40)           = 40
write(3, "0123"..., 16)                 = 16
write(3, "", 0)                         = 0
write(99, "xyz", 3)                     = -1 EBADF (Bad file descriptor)
 | 00000  78 79 7a                                          xyz              |
write(3, 0x1, 3)                        = 3
write(5, "hell"..., 12)                 = 12
 | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 21              hello world!     |
read(4, "hell"..., 5)                   = 5
 | 00000  68 65 6c 6c 6f                                    hello            |
read(4, " wor"..., 64)                  = 7
 | 00000  20 77 6f 72 6c 64 21                               world!          |
readv(4, [{iov_base="hell", iov_len=4}, {iov_base="o wo"..., iov_len=60}, {iov_base="", iov_len=10}], 3) = 48
 * 4 bytes in buffer 0
 | 00000  68 65 6c 6c                                       hell             |
 * 44 bytes in buffer 1
 | 00000  6f 20 77 6f 72 6c 64 2c  20 74 68 69 73 20 69 73  o world, this is |
 | 00010  20 61 20 6c 6f 6e 67 20  62 75 66 66 65 72 20 6f   a long buffer o |
 | 00020  66 20 74 65 78 74 0a 68  65 6c 6c 6f              f text.hello     |
read(4, ADDR, 64)             = -1 EAGAIN (Resource temporarily unavailable)
read(4, "hell"..., 64)                  = 43
 | 00000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  hello world, thi |
 | 00010  73 20 69 73 20 61 20 6c  6f 6e 67 20 62 75 66 66  s is a long buff |
 | 00020  65 72 20 6f 66 20 74 65  78 74 0a                 er of text.      |
write(3, "ABCD"..., 5000)               = 5000
EOF2
	check "dump: -s 4 -e read=all -e write='!3' as strace 7.2" $? "differs" "$T/dump-s.diff"
	$SCT -o "$T/dump-none.txt" -e trace=write,read -e read=none -e write=3 -e write=none -- $B/sc_dump >/dev/null 2>&1
	no_re "dump: -e read=none, the last write= counts" "$T/dump-none.txt" '^ [|*] '

	# -f: the dump follows the child's line, without its pid prefix
	$SCT -f -o "$T/dump-f.txt" -e trace=write -e write=3 -- $B/sc_dump >/dev/null 2>&1
	grep -A1 'write(3, "child", 5)' "$T/dump-f.txt" >"$T/dump-f-child.txt"
	has_re "dump -f: the child's line has its prefix" "$T/dump-f-child.txt" '^[0-9]+ +write\(3, "child", 5\) += 5$'
	has_line "dump -f: its dump has none" "$T/dump-f-child.txt" \
		' | 00000  63 68 69 6c 64                                    child            |'

	# bad sets: one line naming the word, exit 2
	for args in "-e read=x" "-e write=3,-1" "--read=" "-e r=all,3" "--write=!"; do
		# shellcheck disable=SC2086  # args: the words as given
		$SCT $args -- true >"$T/o.out" 2>"$T/o.err"
		rc=$?
		word=${args#*=}
		case $args in *3,-1) word=-1 ;; *all,3) word=all ;; esac
		check "dump: bad set '$args': exit 2, one line naming '$word'" \
			"$([ $rc = 2 ] && [ "$(wc -l <"$T/o.err")" = 1 ] && grep -qF "invalid descriptor '$word'" "$T/o.err"; echo $?)" \
			"rc=$rc" "$T/o.err"
	done

	# JSON: the dumped calls' strings whole (as captured), not cut at -s
	$SCT --json -o "$T/dump.json" -s 4 -e trace=write,readv -e write=3 -e read=4 -- $B/sc_dump >/dev/null 2>&1
	jq_true "dump json: a write on fd 3 carries its data whole" "$T/dump.json" \
		'[.[] | select(.syscall == "write" and .args.fd == 3 and .args.count == 21)][0] |
		 .args.buf == "abcdefghijklmnopqrstu" and .cut == null'
	jq_true "dump json: a write on another fd is cut at -s" "$T/dump.json" \
		'[.[] | select(.syscall == "write" and .args.fd == 5)][0] | .args.buf == "hell" and .cut == ["buf"]'
	jq_true "dump json: readv's buffers whole" "$T/dump.json" \
		'[.[] | select(.syscall == "readv")][0].args.vec[1].iov_base == "o world, this is a long buffer of text\nhello"'
	jq_true "dump json: 4096 of 5000 bytes, listed in cut" "$T/dump.json" \
		'[.[] | select(.syscall == "write" and .args.count == 5000)][0] | (.args.buf | length) == 4096 and .cut == ["buf"]'
fi
