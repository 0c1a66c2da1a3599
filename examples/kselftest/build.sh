#!/bin/sh
# Builds a set of kernel selftests for a Provium guest: statically linked (the
# built-in guest's userspace is busybox), one binary per test, laid out as
# OUT/<selftest dir>/<name>. Each of these prints KTAP through kselftest.h.
#
#   examples/kselftest/build.sh SELFTESTS OUT
#
# SELFTESTS is tools/testing/selftests of a kernel tree: your own, or the
# distribution's (`apt-get install linux-source`, then untar
# /usr/src/linux-source-*.tar.* and use its tools/testing/selftests).
# Needs gcc and the libc's static libraries (libc6-dev on Debian/Ubuntu).
set -eu
[ $# -eq 2 ] || { echo "usage: $0 SELFTESTS OUT" >&2; exit 2; }
src=$1
out=$(mkdir -p "$2" && cd "$2" && pwd)
[ -f "$src/kselftest.h" ] || { echo "$src has no kselftest.h: give the tools/testing/selftests directory of a kernel tree" >&2; exit 2; }
cd "$src"

# build DIR NAME [compiler flags and libraries…]
build() {
  dir=$1 name=$2
  shift 2
  mkdir -p "$out/$dir"
  gcc -static -O2 -s -I. -o "$out/$dir/$name" "$dir/$name.c" "$@"
  echo "built $dir/$name"
}

threads="-pthread -lrt"
futex="-D_GNU_SOURCE -pthread -Ifutex/include"
build timers nanosleep $threads -lm
build timers inconsistency-check $threads -lm
build size get_size -ffreestanding -nostartfiles
build membarrier membarrier_test_single_thread $threads
build membarrier membarrier_test_multi_thread $threads
build futex/functional futex_wait_timeout $futex $threads
build futex/functional futex_wait_wouldblock $futex $threads
build futex/functional futex_requeue $futex $threads
build futex/functional futex_waitv $futex $threads
build breakpoints breakpoint_test
build sigaltstack sas
