# sctrace benchmark: `make bench` builds these and runs bench/run.sh, which
# writes docs/performance.md.  Included from the top Makefile.
BENCH_OUT := $(OUT)/bench

.PHONY: bench

bench: sctrace $(BENCH_OUT)/workload $(BENCH_OUT)/floor
	bash bench/run.sh

$(BENCH_OUT)/workload: bench/workload.c | $(OUT)/.deps
	@mkdir -p $(BENCH_OUT)
	$(CC) -O2 -Wall -Wextra -static -pthread $< -o $@

$(BENCH_OUT)/floor.bpf.o: bench/floor.bpf.c | $(OUT)/.deps
	@mkdir -p $(BENCH_OUT)
	$(CLANG) $(BPF_CFLAGS) -c $< -o $@

$(BENCH_OUT)/floor.skel.h: $(BENCH_OUT)/floor.bpf.o
	$(BPFTOOL) gen skeleton $< name floor_bpf > $@

$(BENCH_OUT)/floor: bench/floor.c $(BENCH_OUT)/floor.skel.h
	$(CC) -O2 -Wall -Wextra -I$(BENCH_OUT) $< $(LDLIBS) -o $@
