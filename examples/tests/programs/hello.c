/* A program built on the host by examples/tests/program.test.lua, pushed
 * into the guest and run there: what a kernel developer does with a test
 * binary. It prints the kernel it runs on and one syscall's answer. */
#include <stdio.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(int argc, char **argv) {
  struct utsname u;
  if (uname(&u) != 0) return 1;
  printf("hello from pid %d on %s %s, %d argument(s)\n", (int)getpid(), u.sysname, u.release, argc - 1);
  (void)argv;
  return 0;
}
