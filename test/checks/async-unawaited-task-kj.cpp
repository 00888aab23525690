// KJ (mock of capnproto 1.x): kj::Promise has no promise_type of its own,
// std::coroutine_traits names KJ's coroutine for it, and the coroutine starts
// at once. A promise that is dropped is cancelled: workerd fixed several
// WebSocket sends and drains that were dropped this way. Awaiting it,
// adding it to a kj::TaskSet or detaching it with an error handler keeps it;
// wait() inside a coroutine runs a nested event loop.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <kj/async.h>

kj::Promise<void> send_close(int code);
kj::Promise<int> read_frame();

// --- Bad ------------------------------------------------------------------

kj::Promise<void> on_hibernate(int code) {
  send_close(code);
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'send_close' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'kj.promise')
  co_return;
}

kj::Promise<int> nested_wait(kj::WaitScope &scope) {
  int n = read_frame().wait(scope);
  // CHECK: :[[@LINE-1]]:24: warning: call to blocking function 'kj::Promise::wait' inside coroutine 'nested_wait' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'kj.promise.wait')
  // CHECK: note: instead:
  co_return n;
}

// --- Good -----------------------------------------------------------------

kj::Promise<void> on_hibernate_kept(int code, kj::TaskSet &tasks) {
  co_await send_close(code);
  tasks.add(send_close(code + 1));
  send_close(code + 2).detach([](std::exception_ptr) {});
}

int main_loop(kj::WaitScope &scope) { return read_frame().wait(scope); }
