# The mm family (src/decode_mm.c, src/decode_memory.c): tests/progs/sc_mm
# makes memory-management calls with syscall(2); expected lines are strace
# 7.2's for the same program.
if want mm; then
	$SCT -o "$T/mm.txt" -e trace=madvise,mmap,msync,mlock2,mlockall,munlockall,get_mempolicy,set_mempolicy,mbind,migrate_pages,move_pages,set_mempolicy_home_node,pkey_alloc,pkey_free,pkey_mprotect,mincore,remap_file_pages,process_madvise,process_mrelease,mseal,map_shadow_stack,membarrier,memfd_secret,memfd_create,userfaultfd,cachestat,modify_ldt -- $B/sc_mm >/dev/null
	expect_lines "mm" "$T/mm.txt" <<'EOF2'
mmap(0x10000000, 16384, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x10000000
madvise(0x10000000, 4096, MADV_RANDOM)  = 0
madvise(NULL, 4096, MADV_GUARD_INSTALL) = -1 ENOMEM (Cannot allocate memory)
madvise(NULL, 4096, 0x68 /* MADV_??? */) = -1 EINVAL (Invalid argument)
mmap(0x30000000, 4096, PROT_READ, MAP_DROPPABLE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE, -1, 0) = 0x30000000
msync(0x10000000, 4096, MS_SYNC|0x8)    = -1 EINVAL (Invalid argument)
mlock2(0xfacefeeddeadbeef, 4096, MLOCK_ONFAULT|0xfffffffe) = -1 EINVAL (Invalid argument)
mlockall(0xf0 /* MCL_??? */)            = -1 EINVAL (Invalid argument)
mlockall(MCL_FUTURE|0x80)               = -1 EINVAL (Invalid argument)
munlockall()                            = 0
get_mempolicy([MPOL_DEFAULT], [0000000000000000], 64, NULL, 0) = 0
get_mempolicy(NULL, NULL, 0, NULL, MPOL_F_NODE|MPOL_F_ADDR|MPOL_F_MEMS_ALLOWED|0xf8) = -1 EINVAL (Invalid argument)
get_mempolicy(NULL, NULL, 0, NULL, 0xffffffffffffff00 /* MPOL_F_??? */) = -1 EINVAL (Invalid argument)
set_mempolicy(MPOL_BIND, NULL, 0)       = -1 EINVAL (Invalid argument)
set_mempolicy(MPOL_F_STATIC_NODES|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING|0x1fff, NULL, 0) = -1 EINVAL (Invalid argument)
set_mempolicy(MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES, [0000000000000000], 3) = -1 EINVAL (Invalid argument)
mbind(0x10000000, 4096, MPOL_BIND, [0000000000000000], 64, MPOL_MF_STRICT|0x10) = -1 EINVAL (Invalid argument)
mbind(0x10000000, 4096, 0x9 /* MPOL_??? */, NULL, 0, 0) = -1 EINVAL (Invalid argument)
migrate_pages(2147483647, 128, [0x00000000000001, 0000000000000000], [0x00000000000001, 0000000000000000]) = -1 ESRCH (No such process)
move_pages(0, 3, [0x10000000, 0x10001000, 0x20000000], NULL, [0, 0, -EFAULT], 0) = 0
move_pages(0, 3, [0x10000000, 0x10001000, 0x20000000], [0, 0, 0], 0x10000600, 0x8 /* MPOL_MF_??? */) = -1 EINVAL (Invalid argument)
move_pages(0, 2, [0x10000000, ... /* 0x10004000 */], NULL, 0x10000600, 0) = -1 EFAULT (Bad address)
set_mempolicy_home_node(0x10000000, 4096, 0, 0xf0) = -1 EINVAL (Invalid argument)
pkey_alloc(0x1, PKEY_UNRESTRICTED)      = -1 EINVAL (Invalid argument)
pkey_alloc(0, 0xbadc0de8 /* PKEY_??? */) = -1 EINVAL (Invalid argument)
pkey_free(-1)                           = -1 EINVAL (Invalid argument)
pkey_mprotect(0x10000000, 4096, PROT_READ|PROT_WRITE, -1) = 0
mincore(0x10000000, 8192, [1, 1])       = 0
mincore(0x10000000, 4096, NULL)         = -1 EFAULT (Bad address)
remap_file_pages(0x10000000, 4096, PROT_NONE, 0, MAP_FILE|MAP_NONBLOCK) = -1 EINVAL (Invalid argument)
process_madvise(-1, [{iov_base=0x10000000, iov_len=4096}, {iov_base=NULL, iov_len=8}], 2, MADV_COLD, 0) = -1 EBADF (Bad file descriptor)
process_mrelease(-1, 0xfacefeed)        = -1 EINVAL (Invalid argument)
mseal(0x20000000, 4096, 0xf)            = -1 EINVAL (Invalid argument)
map_shadow_stack(NULL, 4096, SHADOW_STACK_SET_TOKEN|0x2) = -1 ENOSYS (Function not implemented)
membarrier(0x3 /* MEMBARRIER_CMD_??? */, MEMBARRIER_CMD_FLAG_CPU|0xfe, -1) = -1 EINVAL (Invalid argument)
membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 5) = -1 EPERM (Operation not permitted)
memfd_secret(0xde97face)                = -1 EINVAL (Invalid argument)
memfd_create(NULL, 0)                   = -1 EFAULT (Bad address)
memfd_create("sc_mm", 0xf00 /* MFD_??? */) = -1 EINVAL (Invalid argument)
memfd_create("sc_mm", MFD_HUGETLB|0x100|21<<MFD_HUGE_SHIFT) = -1 EINVAL (Invalid argument)
userfaultfd(0x10 /* UFFD_??? */)        = -1 EINVAL (Invalid argument)
memfd_create("sc_mm", MFD_CLOEXEC|MFD_ALLOW_SEALING) = 3
cachestat(3, {off=0, len=4096}, {nr_cache=0, nr_dirty=0, nr_writeback=0, nr_evicted=0, nr_recently_evicted=0}, 0) = 0
cachestat(3, NULL, NULL, 0xfa)          = -1 EFAULT (Bad address)
modify_ldt(0, NULL, 0)                  = 0
modify_ldt(1, {entry_number=0, base_addr=00000000, limit=00000000, seg_32bit=0, contents=0, read_exec_only=0, limit_in_pages=0, seg_not_present=1, useable=0, lm=0}, 16) = 0
EOF2
fi
