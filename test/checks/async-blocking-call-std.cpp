// The C++ standard library's blocking calls, with real libstdc++ headers.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <algorithm>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <iostream>
#include <latch>
#include <memory>
#include <mutex>
#include <optional>
#include <semaphore>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

using namespace std::chrono_literals;
namespace fs = std::filesystem;
namespace thr = std::this_thread;

app::task<> sleeps() {
  std::this_thread::sleep_for(10ms);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for' inside coroutine 'sleeps' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:3: note: sleeping blocks the thread, and with it every task scheduled on it (catalogue entry 'std.this_thread.sleep')
  // CHECK: :[[@LINE-3]]:3: note: instead: an asynchronous timer
  thr::sleep_until(std::chrono::steady_clock::now() + 1s); // through a namespace alias
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_until' inside coroutine 'sleeps'
  using std::this_thread::sleep_for;
  sleep_for(1ms); // through a using-declaration
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for'
  co_return;
}

app::task<> futures(std::future<int> f, std::shared_future<void> s, std::future<void> v) {
  f.wait_for(1s);
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'std::future::wait_for' inside coroutine 'futures'
  // CHECK: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'std.future.wait')
  int x = f.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'std::future::get'
  s.wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'std::shared_future::wait'
  v.get();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'std::future::get'
  (void)x;
  co_return;
}

app::task<> sync_primitives(std::mutex &m, std::condition_variable &cv, std::counting_semaphore<4> &sem,
                            std::binary_semaphore &bin, std::latch &l, std::barrier<> &b, std::thread &t) {
  std::unique_lock lk(m);
  cv.wait(lk);
  // CHECK: :[[@LINE-1]]:6: warning: call to blocking function 'std::condition_variable::wait'
  // CHECK: :[[@LINE-2]]:6: note: {{.*}}(catalogue entry 'std.condition_variable.wait')
  std::condition_variable_any any;
  any.wait_for(lk, 1s, [] { return true; });
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'std::condition_variable_any::wait_for'
  sem.acquire();
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'std::counting_semaphore::acquire'
  // CHECK: :[[@LINE-2]]:7: note: {{.*}}(catalogue entry 'std.counting_semaphore.acquire')
  bin.try_acquire_for(1ms);
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'std::counting_semaphore::try_acquire_for'
  (void)sem.try_acquire(); // never blocks
  l.arrive_and_wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'std::latch::arrive_and_wait'
  // CHECK: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'std.latch.wait')
  l.count_down(); // never blocks
  b.arrive_and_wait();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'std::barrier::arrive_and_wait'
  // CHECK: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'std.barrier.wait')
  t.join();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'std::thread::join'
  // CHECK: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'std.thread.join')
  t.detach(); // fine
  co_return;
}

app::task<> files(const fs::path &p) {
  std::ifstream in(p);
  // CHECK: :[[@LINE-1]]:17: warning: call to blocking function 'std::basic_ifstream::basic_ifstream'
  // CHECK: :[[@LINE-2]]:17: note: {{.*}}(catalogue entry 'std.fstream.construct')
  std::ofstream out; // not opened: fine
  out.open("log.txt");
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'std::basic_ofstream::open'
  // CHECK: :[[@LINE-2]]:7: note: {{.*}}(catalogue entry 'std.fstream.open')
  std::string line;
  std::getline(in, line);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::getline'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'std.fstream.io')
  char buf[16];
  in.read(buf, sizeof buf);
  // CHECK: :[[@LINE-1]]:6: warning: call to blocking function 'std::basic_istream::read'
  out << "x";
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'std::operator<<'
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // CHECK: :[[@LINE-1]]:20: warning: call to blocking function 'std::istreambuf_iterator::istreambuf_iterator'
  // CHECK: :[[@LINE-2]]:20: note: {{.*}}(catalogue entry 'std.fstream.iterate')
  std::vector<int> nums{std::istream_iterator<int>(in), std::istream_iterator<int>()};
  // CHECK: :[[@LINE-1]]:25: warning: call to blocking function 'std::istream_iterator::istream_iterator'
  std::copy(all.begin(), all.end(), std::ostreambuf_iterator<char>(out.rdbuf()));
  // CHECK: :[[@LINE-1]]:37: warning: call to blocking function 'std::ostreambuf_iterator::ostreambuf_iterator'
  std::istringstream mem("1 2");
  int n;
  mem >> n; // in-memory stream: fine
  std::getline(mem, line);
  std::string copied((std::istreambuf_iterator<char>(mem)), std::istreambuf_iterator<char>()); // in memory: fine
  std::ostringstream os;
  os << n;
  if (fs::exists(p)) {
    // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'std::filesystem::exists'
    // CHECK: :[[@LINE-2]]:7: note: {{.*}}(catalogue entry 'std.filesystem.query')
  }
  auto st = fs::status(p);
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'std::filesystem::status'
  bool dir = fs::is_directory(st); // a file_status: pure
  auto name = p.filename();          // pure path manipulation
  auto parent = p.parent_path() / "x";
  fs::create_directories(parent);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::filesystem::create_directories'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'std.filesystem.modify')
  for (const auto &e : fs::directory_iterator(p))
    // CHECK: :[[@LINE-1]]:24: warning: call to blocking function 'std::filesystem::directory_iterator::directory_iterator'
    // CHECK: :[[@LINE-2]]:24: note: {{.*}}(catalogue entry 'std.filesystem.iterate')
    (void)e;
  (void)dir;
  (void)name;
  co_return;
}

app::task<> console() {
  std::string word;
  std::cin >> word;
  // CHECK: :[[@LINE-1]]:12: warning: call to blocking function 'std::operator>>'
  // CHECK: :[[@LINE-2]]:12: note: {{.*}}(catalogue entry 'std.cin.read')
  int n;
  std::cin >> n;
  // CHECK: :[[@LINE-1]]:12: warning: call to blocking function 'std::basic_istream::operator>>'
  std::cout << word << n << "\n"; // output to the terminal is not reported
  co_return;
}

// Look-alikes: none of these block.
app::task<> lookalikes(std::shared_ptr<int> sp, std::tuple<int, int> tup, std::optional<int> opt) {
  int *raw = sp.get();
  int first = std::get<0>(tup);
  int v = opt.value();
  std::lock_guard<std::mutex> *none = nullptr; // not constructed
  (void)raw, (void)first, (void)v, (void)none;
  co_return;
}

// Not coroutines: blocking is fine here.
void ordinary(std::future<int> f) {
  std::this_thread::sleep_for(1ms);
  f.get();
}

app::task<> nested_lambda() {
  // Defined here, run elsewhere (e.g. handed to a thread pool).
  auto work = [] { std::this_thread::sleep_for(1ms); };
  std::thread(work).detach();
  struct Local {
    void run() { std::this_thread::sleep_for(1ms); }
  };
  // A coroutine lambda is a coroutine of its own.
  auto coro = []() -> app::task<> {
    std::this_thread::sleep_for(1ms);
    // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'std::this_thread::sleep_for' inside coroutine 'lambda'
    co_return;
  };
  (void)coro;
  co_return;
}

template <typename Clock> app::task<> templated(typename Clock::duration d) {
  std::this_thread::sleep_for(d);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for' inside coroutine 'templated'
  co_return;
}
template app::task<> templated<std::chrono::steady_clock>(std::chrono::steady_clock::duration);

app::task<> suppressed() {
  std::this_thread::sleep_for(1ms); // NOLINT(async-blocking-call)
  // NOLINTNEXTLINE(async-blocking-call)
  std::this_thread::sleep_for(1ms);
  co_return;
}
