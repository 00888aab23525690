// libcoro v0.16 starts work with spawn_detached (the scheduler or thread pool
// owns the task from then on; nothing receives its exception), with
// spawn_joinable (a join task to await later) and with task_group::start.
// A detached coroutine whose body does not catch loses its exception; one
// that catches, or is joined, does not. Spawning one task per element of a
// run-time range is a fan-out.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <coro/scheduler.hpp>
#include <coro/sync_wait.hpp>
#include <coro/task_group.hpp>
#include <coro/thread_pool.hpp>
#include <stdexcept>
#include <vector>

coro::task<void> flush_segment(int id) {
  if (id < 0)
    throw std::runtime_error("bad segment");
  co_return;
}

coro::task<void> guarded_flush(int id) {
  try {
    if (id < 0)
      throw std::runtime_error("bad segment");
  } catch (const std::exception &) {
  }
  co_return;
}

// --- Bad ------------------------------------------------------------------

coro::task<void> start_flush(coro::scheduler &s, coro::thread_pool &tp) {
  co_await s.schedule();
  s.spawn_detached(flush_segment(1));
  // CHECK: :[[@LINE-1]]:3: warning: coroutine 'flush_segment' is spawned with 'coro::scheduler::spawn_detached', which drops the exception it may throw [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'libcoro.spawn_detached')
  // CHECK: :16:18: note: coroutine 'flush_segment' does not catch exceptions around its body
  tp.spawn_detached(flush_segment(2));
  // CHECK: :[[@LINE-1]]:3: warning: coroutine 'flush_segment' is spawned with 'coro::thread_pool::spawn_detached', which drops the exception it may throw [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'libcoro.spawn_detached')
  // CHECK: :16:18: note: coroutine 'flush_segment' does not catch exceptions around its body
}

coro::task<void> flush_all(coro::scheduler &s, const std::vector<int> &segments) {
  co_await s.schedule();
  for (int id : segments)
    (void)s.spawn_detached(guarded_flush(id));
  // CHECK: :[[@LINE-1]]:13: warning: 'coro::scheduler::spawn_detached' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'segments', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-3]]:13: note: {{.*}}(catalogue entry 'libcoro.spawn_detached')
  coro::task_group<coro::scheduler> group{&s};
  for (int id : segments)
    (void)group.start(guarded_flush(id));
  // CHECK: :[[@LINE-1]]:17: warning: 'coro::task_group::start' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'segments', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-3]]:17: note: {{.*}}(catalogue entry 'libcoro.spawn_joinable')
  co_await group;
}

coro::task<void> stop_from_inside(coro::scheduler &s) {
  co_await s.schedule();
  s.shutdown();
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'coro::scheduler::shutdown' inside coroutine 'stop_from_inside' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'libcoro.shutdown')
  // CHECK: note: instead:
}

// --- Good -----------------------------------------------------------------

coro::task<void> start_guarded(coro::scheduler &s) {
  co_await s.schedule();
  s.spawn_detached(guarded_flush(1));
  auto joined = s.spawn_joinable(flush_segment(2));
  co_await joined;
}

coro::task<void> flush_three(coro::scheduler &s) {
  co_await s.schedule();
  coro::task_group<coro::scheduler> group{&s};
  for (int id = 0; id < 3; ++id)
    (void)group.start(guarded_flush(id));
  co_await group;
}

// Test macros wrap their statement in do { } while (false): it runs once,
// so spawning inside one is not a loop.
#define CHECK_TRUE(expr)                                                                           \
  do {                                                                                             \
    if (!(expr))                                                                                   \
      return;                                                                                      \
  } while (false)
void start_under_a_macro(coro::scheduler &s) {
  CHECK_TRUE(s.spawn_detached(guarded_flush(1)));
  CHECK_TRUE(s.spawn_detached(guarded_flush(2)));
}

int main() {
  auto s = coro::scheduler::make_unique();
  coro::sync_wait(start_guarded(*s));
  s->shutdown();
}
