// Blocking calls reached through helpers: chains of any depth, cycles,
// callables handed to library functions, offloading, annotations, and what
// is deliberately not followed.
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.Catalogues: '%S/Inputs/nonblocking.yaml'}}" %s -- %std_flags -I %source_root/integrations/include | FileCheck %s %nodiag
// RUN: not %async_tidy --config="{CheckOptions: {async.Catalogues: '%S/Inputs/nonblocking.yaml'}}" --write-index=%t.json %s -- %std_flags -I %source_root/integrations/include | FileCheck %s %nodiag
// RUN: FileCheck %s --check-prefix=INDEX < %t.json
#include "task.h"
#include <algorithm>
#include <async_tidy/annotations.h>
#include <chrono>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>
#include <unistd.h>

// Depths 1 to 5: each level adds one helper between the coroutine and sleep.
void level1() { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }
void level2() { level1(); }
void level3() { level2(); }
void level4() { level3(); }
void level5() { level4(); }

app::task<> depths() {
  level1();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'level1' inside coroutine 'depths' blocks: 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: :19:17: note: 'level1' calls blocking function 'std::this_thread::sleep_for'
  // CHECK: :19:17: note: {{.*}} (catalogue entry 'std.this_thread.sleep')
  level2();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'level2' inside coroutine 'depths' blocks: 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: :20:17: note: 'level2' calls 'level1'
  level3();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'level3' inside coroutine 'depths' blocks: 'level3' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  level4();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'level4' inside coroutine 'depths' blocks: 'level4' -> 'level3' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  level5();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'level5' inside coroutine 'depths' blocks: 'level5' -> 'level4' -> 'level3' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: :23:17: note: 'level5' calls 'level4'
  // CHECK: :22:17: note: 'level4' calls 'level3'
  // CHECK: :21:17: note: 'level3' calls 'level2'
  // CHECK: :20:17: note: 'level2' calls 'level1'
  // CHECK: :19:17: note: 'level1' calls blocking function 'std::this_thread::sleep_for'
  co_return;
}

// Cycles: mutual recursion that blocks after the cycle, recursion that never
// blocks, and a function that blocks only through a cycle member.
void ping(int n);
void pong(int n) { if (n) ping(n - 1); }
void ping(int n) { pong(n); usleep(1); }
int countdown(int n) { return n ? countdown(n - 1) : 0; }
void even(int n);
void odd(int n) { if (n) even(n - 1); }
void even(int n) { if (n) odd(n - 1); else level1(); }

app::task<> cycles() {
  pong(3);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'pong' inside coroutine 'cycles' blocks: 'pong' -> 'ping' -> 'usleep' [async-blocking-call]
  countdown(3);
  odd(3);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'odd' inside coroutine 'cycles' blocks: 'odd' -> 'even' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  co_return;
}

// Callables handed to library functions run inside them, unless the
// catalogue says the function runs them elsewhere (offload, spawner).
void on_thread() {
  std::thread t([] { level1(); });
  t.detach();
}
void with_async() {
  auto f = std::async(std::launch::async, [] { level1(); });
}

app::task<> callables(std::vector<int> &v) {
  std::for_each(v.begin(), v.end(), [](int) { level1(); });
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::for_each' inside coroutine 'callables' blocks: 'std::for_each' -> 'lambda' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:47: note: 'lambda' calls 'level1'
  std::invoke(level2);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::invoke' inside coroutine 'callables' blocks: 'std::invoke' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  auto later = [] { level3(); };
  later();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'lambda' inside coroutine 'callables' blocks: 'lambda' -> 'level3' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  std::for_each(v.begin(), v.end(), [](auto) { level1(); });
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::for_each' inside coroutine 'callables' blocks: 'std::for_each' -> 'lambda' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  on_thread();  // the thread sleeps, not the caller
  with_async(); // std::async is a spawner: its function runs on another thread
  std::thread t([] { level1(); });
  t.detach();
  // Kept for later, not called: library members and constructors store
  // callables, and the catalogue's wrappers return them.
  std::vector<std::function<void()>> callbacks;
  callbacks.push_back([] { level1(); });
  std::function<void()> f;
  f = [] { level1(); };
  auto bound = std::bind(level2);
  auto moved = std::move(later);
  static std::once_flag once;
  std::call_once(once, level2);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::call_once' inside coroutine 'callables' blocks: 'std::call_once' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  co_return;
}
// INDEX: "name": "callables"
// INDEX: "stopped-by": "std.thread.start"
// INDEX: "stopped-by": "std.callable-wrappers"
// INDEX: "stopped-by": "std.callable-wrappers"
// INDEX: "name": "on_thread"
// INDEX: "stopped-by": "std.thread.start"

// Annotations, directly and through the macros of async_tidy/annotations.h,
// and the catalogue's nonblocking kind.
[[clang::annotate("async::blocking")]] void query_db(int);
ASYNC_TIDY_BLOCKING void legacy_rpc();
void fetch() { legacy_rpc(); }
ASYNC_TIDY_NONBLOCKING void try_flush() { level1(); }
namespace team {
void poll_once() { level1(); }
} // namespace team
void poll_all() { team::poll_once(); }
// INDEX: "name": "poll_all"
// INDEX: "stopped-by": "team.poll_once"

app::task<> annotated() {
  query_db(1);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'query_db' inside coroutine 'annotated' [async-blocking-call]
  // CHECK: :113:45: note: 'query_db' is marked with {{\[\[}}clang::annotate("async::blocking")]]
  fetch();
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fetch' inside coroutine 'annotated' blocks: 'fetch' -> 'legacy_rpc' [async-blocking-call]
  // CHECK: :115:16: note: 'fetch' calls 'legacy_rpc'
  // CHECK: :114:26: note: 'legacy_rpc' is marked with
  try_flush();
  team::poll_once();
  poll_all();
  co_return;
}

// Not followed: virtual calls whose override is not known, calls through
// function pointers, and coroutines (checked on their own).
struct Store {
  virtual void save() { level1(); }
  virtual ~Store() = default;
};
struct FileStore final : Store {
  void save() override { level2(); }
};
app::task<> helper_coroutine() { co_return; }
app::task<> dispatch(Store &any, FileStore &file, void (*fp)()) {
  any.save();
  file.save();
  // CHECK: :[[@LINE-1]]:8: warning: call to 'FileStore::save' inside coroutine 'dispatch' blocks: 'FileStore::save' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  Store local;
  local.save();
  // CHECK: :[[@LINE-1]]:9: warning: call to 'Store::save' inside coroutine 'dispatch' blocks: 'Store::save' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  fp();
  co_await helper_coroutine();
  co_return;
}

// Templates and constructors are followed like any function.
template <typename F> void retry(F f) { f(); }
struct Connection {
  Connection() { level1(); }
};
app::task<> generic() {
  retry([] { level2(); });
  // CHECK: :[[@LINE-1]]:3: warning: call to 'retry' inside coroutine 'generic' blocks: 'retry' -> 'lambda' -> 'level2' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  Connection c;
  // CHECK: :[[@LINE-1]]:14: warning: call to 'Connection::Connection' inside coroutine 'generic' blocks: 'Connection::Connection' -> 'level1' -> 'std::this_thread::sleep_for' [async-blocking-call]
  co_return;
}

// Outside coroutines nothing is reported, however much it blocks.
void plain() { level5(); }
