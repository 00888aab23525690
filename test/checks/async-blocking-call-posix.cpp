// POSIX and C library calls, with real glibc headers.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <cstdio>
#include <cstdlib>
#include <netdb.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

app::task<> io(int fd, int sock) {
  char buf[64];
  ::sleep(1);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'sleep' inside coroutine 'io' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.sleep')
  // CHECK: :[[@LINE-3]]:3: note: instead: an asynchronous timer of the coroutine library
  usleep(10);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'usleep'
  timespec ts{0, 1000};
  nanosleep(&ts, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'nanosleep'
  read(fd, buf, sizeof buf);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'read'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.fd.io')
  write(fd, buf, 1);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'write'
  pread(fd, buf, 1, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'pread'
  pwrite(fd, buf, 1, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'pwrite'
  recv(sock, buf, 1, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'recv'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.socket.io')
  send(sock, buf, 1, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'send'
  accept(sock, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'accept'
  connect(sock, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'connect'
  pollfd p{fd, POLLIN, 0};
  poll(&p, 1, -1);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'poll'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.poll')
  select(0, nullptr, nullptr, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'select'
  epoll_event ev;
  epoll_wait(fd, &ev, 1, -1);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'epoll_wait'
  fsync(fd);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'fsync'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.fsync')
  fdatasync(fd);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'fdatasync'
  flock(fd, LOCK_EX);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'flock'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.flock')
  waitpid(-1, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'waitpid'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.wait')
  addrinfo *res;
  getaddrinfo("example.org", "80", nullptr, &res);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'getaddrinfo'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.dns')
  gethostbyname("example.org");
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'gethostbyname'
  FILE *f = std::fopen("x", "r");
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'fopen'
  // CHECK: :[[@LINE-2]]:13: note: {{.*}}(catalogue entry 'posix.stdio')
  std::fread(buf, 1, 1, f);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'fread'
  std::fwrite(buf, 1, 1, f);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'fwrite'
  std::fgets(buf, 1, f);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'fgets'
  std::fclose(f);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'fclose'
  FILE *pipe = popen("ls", "r");
  // CHECK: :[[@LINE-1]]:16: warning: call to blocking function 'popen'
  // CHECK: :[[@LINE-2]]:16: note: {{.*}}(catalogue entry 'posix.popen')
  pclose(pipe);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'pclose'
  std::system("true");
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'system'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'posix.system')
  std::snprintf(buf, sizeof buf, "%d", 1); // formats memory: fine
  close(fd);                               // not in the catalogue
  co_return;
}

// Look-alikes: the project's own functions named like libc ones.
namespace app {
task<> sleep(int seconds);
struct Conn {
  task<int> read(char *buf, int n);
};
} // namespace app
app::task<> sleep(double seconds); // a C++ function in the global namespace

app::task<> lookalikes(app::Conn &c) {
  char buf[4];
  co_await app::sleep(1);
  co_await sleep(1.0);
  co_await c.read(buf, 4);
  co_return;
}

void not_a_coroutine(int fd) {
  char b;
  read(fd, &b, 1);
  ::sleep(1u);
}
