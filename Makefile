# sctrace — `make` installs missing build dependencies (Debian 12, as root) and builds ./sctrace.
# Targets: all (default), test, unit, clean.  STATIC=1 links a static binary.

OUT      := build
ARCH     := x86
CC       ?= cc
CLANG    ?= clang
BPFTOOL  ?= bpftool
CFLAGS   ?= -O2 -g
CFLAGS   += -Wall -Wextra -Wno-unused-parameter -std=gnu11 -D_GNU_SOURCE -I$(OUT) -Isrc -Iinclude
BPF_CFLAGS := -g -O2 -target bpf -D__TARGET_ARCH_$(ARCH) -I vmlinux/$(ARCH) -Iinclude -Wall
LDLIBS   := -lbpf -ldw -lelf -lz -liberty
ifeq ($(STATIC),1)
LDFLAGS  += -static
LDLIBS   += -lbz2 -llzma -lzstd -lpthread
endif

# Everything in src/ but main.c is also linked into the unit tests.
LIB_SRCS := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJS := $(patsubst src/%.c,$(OUT)/%.o,$(LIB_SRCS))
UNIT_SRCS := $(wildcard tests/unit/*.c)
# -k's test program, four ways: frame pointers or not, debug info or not
STACK_PROGS := $(addprefix $(OUT)/tests/sc_stack-,fp nofp fp-g nofp-g)
TEST_PROGS := $(patsubst tests/progs/%.c,$(OUT)/tests/%,$(wildcard tests/progs/*.c)) \
	      $(patsubst tests/progs-ia32/%.c,$(OUT)/tests/%,$(wildcard tests/progs-ia32/*.c)) \
	      $(STACK_PROGS)

.PHONY: all deps test-deps test unit clean
.DELETE_ON_ERROR:

all: sctrace

$(OUT)/.deps:
	@mkdir -p $(OUT)
	@sh scripts/install-deps.sh build
	@touch $@

deps: $(OUT)/.deps

test-deps: $(OUT)/.deps
	@sh scripts/install-deps.sh test

$(OUT)/sctrace.bpf.o: bpf/sctrace.bpf.c bpf/sctrace.bpf.h bpf/sctrace_fds.bpf.h bpf/sctrace_stack.bpf.h include/sctrace.h | $(OUT)/.deps
	$(CLANG) $(BPF_CFLAGS) -c $< -o $@

$(OUT)/sctrace.skel.h: $(OUT)/sctrace.bpf.o
	$(BPFTOOL) gen skeleton $< name sctrace_bpf > $@

# Header dependencies from the compiler (-MMD): an object with no .d yet
# is built (the empty rule makes a missing .d count as new).
$(OUT)/%.o: src/%.c $(OUT)/%.d | $(OUT)/.deps
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@
DEPFILES := $(patsubst src/%.c,$(OUT)/%.d,$(wildcard src/*.c))
$(DEPFILES):
# only the skeleton's user needs it built first
$(OUT)/tracer.o: $(OUT)/sctrace.skel.h
-include $(wildcard $(DEPFILES))

sctrace: $(OUT)/main.o $(LIB_OBJS)
	$(CC) $(LDFLAGS) $^ $(LDLIBS) -o $@

$(OUT)/unit-tests: $(UNIT_SRCS) $(LIB_OBJS) $(wildcard src/*.h tests/unit/*.h) include/sctrace.h
	$(CC) $(CFLAGS) $(filter %.c %.o,$^) $(LDLIBS) -o $@

$(OUT)/tests/%: tests/progs/%.c
	@mkdir -p $(OUT)/tests
	$(CC) -O1 -g -Wall -pthread $< -o $@

$(OUT)/tests/sc_stack-%: tests/progs-stack/sc_stack.c
	@mkdir -p $(OUT)/tests
	$(CC) -O1 -Wall -pthread $(if $(findstring nofp,$*),-fomit-frame-pointer,-fno-omit-frame-pointer) \
	      $(if $(findstring -g,$*),-g,-g0) $< -o $@

# 32-bit programs without libc: no 32-bit libraries needed
$(OUT)/tests/%: tests/progs-ia32/%.c
	@mkdir -p $(OUT)/tests
	$(CC) -m32 -nostdlib -static -ffreestanding -fno-pie -no-pie -O1 -Wall $< -o $@

unit: $(OUT)/unit-tests
	$(OUT)/unit-tests

test: test-deps sctrace $(OUT)/unit-tests $(TEST_PROGS)
	@bash tests/run.sh

clean:
	rm -rf $(OUT) sctrace

# ---- install: the binary, the man page, bash completion ----
# make install [PREFIX=/usr/local] [DESTDIR=/staging]
PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
INSTALL     ?= install

.PHONY: install uninstall
install: sctrace
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(BASHCOMPDIR)
	$(INSTALL) -m 0755 sctrace $(DESTDIR)$(BINDIR)/sctrace
	$(INSTALL) -m 0644 docs/sctrace.8 $(DESTDIR)$(MANDIR)/man8/sctrace.8
	$(INSTALL) -m 0644 completion/sctrace.bash $(DESTDIR)$(BASHCOMPDIR)/sctrace

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/sctrace $(DESTDIR)$(MANDIR)/man8/sctrace.8 \
	      $(DESTDIR)$(BASHCOMPDIR)/sctrace

# ---- reliability (issue 5): fuzzing, sanitizers, static binary, other kernels, storms, soak ----
# make fuzz [FUZZ_SECONDS=60]   libFuzzer targets of tests/fuzz/ (clang-14 + libclang-rt-14-dev)
# make check-asan               the whole test suite against an ASAN+UBSAN build in build-asan/
# make STATIC=1                 ./sctrace linked statically (libbpf.a, libdw.a, libelf.a, ...)
# make test-kernels             Debian's other kernels under qemu (TCG); slow, not in `make test`
# make test-storm               storm, overload and failure tests at full size
# make soak [SOAK_SECONDS=60]   RSS and in-kernel state under moderate load (3600 for a long one)
FUZZ_SECONDS ?= 60
SOAK_SECONDS ?= 60
.PHONY: fuzz check-asan test-kernels test-storm soak static-deps

# A build directory's own binary, leaving ./sctrace alone:
#   make OUT=build-static STATIC=1 build-static/sctrace
$(OUT)/sctrace: $(OUT)/main.o $(LIB_OBJS)
	$(CC) $(LDFLAGS) $^ $(LDLIBS) -o $@

# STATIC=1 links libdw's and libelf's compression libraries: their static
# archives are in these -dev packages
STATIC_PKGS := libzstd-dev libbz2-dev liblzma-dev
ifeq ($(STATIC),1)
sctrace $(OUT)/sctrace: | static-deps
endif
static-deps:
	@for p in $(STATIC_PKGS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | \
	  grep -q "install ok installed" || missing="$$missing $$p"; done; \
	  [ -z "$$missing" ] || { echo "sctrace: installing$$missing (STATIC=1)" >&2; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >&2; }

fuzz: $(OUT)/.deps
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS)

check-asan: test-deps
	@bash tests/fuzz/check-asan.sh

test-kernels: test-deps
	@bash tests/kernels/run.sh

test-storm: test-deps sctrace $(TEST_PROGS)
	@bash tests/storm/run.sh full

soak: test-deps sctrace $(TEST_PROGS)
	@SOAK_SECONDS=$(SOAK_SECONDS) bash scripts/soak.sh

# `make bench`: sctrace against strace, perf trace and bpftrace; writes
# docs/performance.md (bench/run.sh).  `make test-strace`: the strace diff.
include bench/bench.mk

.PHONY: test-strace
test-strace: test-deps sctrace
	@bash tests/strace-diff/run.sh
