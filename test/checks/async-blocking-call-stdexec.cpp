// stdexec (mock of e92245d5): sync_wait, spawn and start_detached are
// customisation-point objects, so a call is a call of the object's
// operator(); the task type is a class in a detail namespace reached through
// the exec alias. sync_wait in a coroutine blocks its thread; spawn and
// start_detached per element of a run-time range fan out; an exec::task that
// is never awaited does nothing.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <exec/start_detached.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <vector>

exec::task<int> compute(int x) { co_return x * 2; }

struct counting_scope_token {};

// --- Bad ------------------------------------------------------------------

exec::task<int> nested_wait() {
  auto r = stdexec::sync_wait(stdexec::just(1));
  // CHECK: :[[@LINE-1]]:12: warning: call to blocking function 'stdexec::sync_wait' inside coroutine 'nested_wait' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'stdexec.sync_wait')
  // CHECK: note: instead:
  compute(2);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; the operation it starts does not run [async-unawaited-task]
  // CHECK: note: {{.*}}(catalogue entry 'stdexec.task')
  co_return r ? 1 : 0;
}

void spawn_each(const std::vector<int> &items, counting_scope_token tok) {
  for (int i : items)
    stdexec::spawn(stdexec::just(i), tok);
  // CHECK: :[[@LINE-1]]:5: warning: 'stdexec::spawn' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-3]]:5: note: {{.*}}(catalogue entry 'stdexec.spawn')
  for (int i : items)
    exec::start_detached(stdexec::just(i));
  // CHECK: :[[@LINE-1]]:5: warning: 'experimental::execution::start_detached' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:3: note: the loop runs once per element of 'items', and nothing in it limits the operations in flight
  // CHECK: :[[@LINE-3]]:5: note: {{.*}}(catalogue entry 'stdexec.spawn')
}

// --- Good -----------------------------------------------------------------

exec::task<int> awaited() { co_return co_await compute(2); }

int main() {
  auto r = stdexec::sync_wait(stdexec::just(1)); // main may wait
  return r ? 0 : 1;
}
