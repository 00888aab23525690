// One small write to a pipe the code has just made cannot block: a new pipe
// holds at least a page, and a write of a constant size no larger than 512
// bytes (POSIX's smallest PIPE_BUF) fits in it. Test suites do this to wake
// a coroutine that polls the read end (libcoro's scheduler tests make the
// pipe with pipe(), then hand its write end to a coroutine lambda that
// writes one uint64_t). Everything else on such a pipe is reported: writes
// in a loop, writes of a size not known or too large, a second write, a
// pipe handed to code we cannot see, and reads of the read end (a read on
// an empty pipe waits for the writer).
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <array>
#include <cstdint>
#include <unistd.h>

void run(app::task<> t);
void share(int *fds);

// --- Bad ------------------------------------------------------------------

app::task<> writes_in_a_loop() {
  int fds[2];
  pipe(fds);
  std::uint64_t value = 1;
  for (int i = 0; i < 100000; ++i)
    (void)write(fds[1], &value, sizeof(value));
  // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'write' inside coroutine 'writes_in_a_loop' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
  // CHECK: note: instead:
  co_return;
}

app::task<> writes_what_it_is_given(const char *data, unsigned long n) {
  int fds[2];
  pipe(fds);
  (void)write(fds[1], data, n);
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'write' inside coroutine 'writes_what_it_is_given' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
  // CHECK: note: instead:
  co_return;
}

app::task<> writes_a_large_block() {
  static char block[65536];
  int fds[2];
  pipe(fds);
  (void)write(fds[1], block, sizeof(block));
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'write' inside coroutine 'writes_a_large_block' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
  // CHECK: note: instead:
  co_return;
}

app::task<> reads_the_read_end() {
  int fds[2];
  pipe(fds);
  char byte;
  (void)read(fds[0], &byte, 1);
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'read' inside coroutine 'reads_the_read_end' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
  // CHECK: note: instead:
  co_return;
}

app::task<> shares_the_pipe() {
  int fds[2];
  pipe(fds);
  share(fds);
  char byte = 0;
  (void)write(fds[1], &byte, 1);
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'write' inside coroutine 'shares_the_pipe' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
  // CHECK: note: instead:
  co_return;
}

void writer_started_twice() {
  std::array<int, 2> fds{};
  pipe(fds.data());
  auto writer = [](int fd) -> app::task<> {
    char byte = 0;
    (void)write(fd, &byte, 1);
    // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'write' inside coroutine 'lambda' [async-blocking-call]
    // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
    // CHECK: note: instead:
    co_return;
  };
  run(writer(fds[1]));
  run(writer(fds[1]));
}

void writer_writes_twice() {
  std::array<int, 2> fds{};
  pipe(fds.data());
  auto writer = [](int fd) -> app::task<> {
    char byte = 0;
    (void)write(fd, &byte, 1);
    // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'write' inside coroutine 'lambda' [async-blocking-call]
    // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
    // CHECK: note: instead:
    (void)write(fd, &byte, 1);
    // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'write' inside coroutine 'lambda' [async-blocking-call]
    // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
    // CHECK: note: instead:
    co_return;
  };
  run(writer(fds[1]));
}

// --- Good -----------------------------------------------------------------

app::task<> wakes_itself() {
  int fds[2];
  pipe(fds);
  char byte = 1;
  (void)write(fds[1], &byte, 1);
  co_return;
}

void scheduler_wakes_a_poller() {
  auto fds = std::array<int, 2>{};
  pipe(fds.data());
  auto reader = [](int fd) -> app::task<> {
    co_await app::event{};
    (void)fd;
  };
  auto writer = [](int fd) -> app::task<> {
    co_await app::event{};
    std::uint64_t value{42};
    auto unused = write(fd, &value, sizeof(value));
    (void)unused;
  };
  run(reader(fds[0]));
  run(writer(fds[1]));
  close(fds[0]);
  close(fds[1]);
}
