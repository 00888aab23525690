// Calls on a descriptor that the code treats as non-blocking return at once:
// a coroutine that tests errno for EAGAIN, EWOULDBLOCK or EINPROGRESS after
// connect() or read() is written for a non-blocking socket and then awaits
// readiness (libcoro's own TCP client does this). The same calls in code that
// never looks for those values are reported. libcoro's wake-up pipe is opened
// O_NONBLOCK, and so is cppcoro's message queue pipe, so helpers that write to
// them do not block (`nonblocking` entries). A descriptor the coroutine
// itself created with SOCK_NONBLOCK or O_NONBLOCK (socket, socketpair, pipe2)
// is non-blocking too; one created without such a flag, or made so only after
// the call, is reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --write-index=%t.json %s -- %std_flags | FileCheck %s %nodiag
// RUN: FileCheck %s --check-prefix=INDEX < %t.json
#include "task.h"
#include <cerrno>
#include <coro/detail/pipe.hpp>
#include <array>
#include <cppcoro/detail/linux.hpp>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

app::event wait_writable(int fd);

struct scheduler {
  coro::detail::pipe_t wake;
  void resume() {
    const char byte = 1;
    (void)wake.write(&byte, 1);
  }
};

struct io_service {
  cppcoro::detail::linux::message_queue queue;
  void stop() { (void)queue.enqueue_message(nullptr, cppcoro::detail::linux::RESUME_TYPE); }
};

// --- Bad ------------------------------------------------------------------

app::task<int> connect_blocking(int fd, const sockaddr *addr, socklen_t len) {
  int rc = connect(fd, addr, len);
  // CHECK: :[[@LINE-1]]:12: warning: call to blocking function 'connect' inside coroutine 'connect_blocking' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.socket.io')
  // CHECK: note: instead:
  if (rc != 0 && errno == ECONNREFUSED)
    co_return -1;
  co_return rc;
}

app::task<> blocking_pair() {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  (void)write(sv[1], "ab", 2);
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'write' inside coroutine 'blocking_pair' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fd.io')
  // CHECK: note: instead:
  int late = -1;
  (void)send(late, "x", 1, 0);
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'send' inside coroutine 'blocking_pair' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.socket.io')
  // CHECK: note: instead:
  late = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  co_return;
}

// --- Good -----------------------------------------------------------------

app::task<> made_nonblocking(const sockaddr *addr, socklen_t len) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv);
  (void)write(sv[1], "ab", 2);
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  (void)connect(fd, addr, len);
  std::array<int, 2> fds{};
  pipe2(fds.data(), O_NONBLOCK);
  (void)write(fds[1], "x", 1);
  co_return;
}

app::task<int> connect_nonblocking(int fd, const sockaddr *addr, socklen_t len) {
  int rc = connect(fd, addr, len);
  if (rc == -1 && errno == EINPROGRESS)
    co_await wait_writable(fd);
  co_return rc;
}

app::task<long> read_nonblocking(int fd, char *buf, unsigned long n) {
  for (;;) {
    long got = read(fd, buf, n);
    if (got >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
      co_return got;
    co_await wait_writable(fd);
  }
}

app::task<> wake_up(scheduler &s, io_service &io) {
  s.resume();
  io.stop();
  co_return;
}
// INDEX-DAG: "stopped-by": "libcoro.detail.pipe.write"
// INDEX-DAG: "stopped-by": "cppcoro.detail.message_queue.enqueue"
