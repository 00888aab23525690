// A coroutine template instantiated for several types is one piece of code:
// each blocking call in it, direct or through a helper template, is reported
// once, not once per instantiation or per chain. Templates never instantiated
// are not reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <chrono>
#include <thread>

template <class T> void settle(T) { std::this_thread::sleep_for(std::chrono::seconds(1)); }

// --- Bad ------------------------------------------------------------------

template <class T> app::task<> run(T value) {
  settle(value);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'settle' inside coroutine 'run' blocks: 'settle' -> 'std::this_thread::sleep_for' [async-blocking-call]
  // CHECK: :11:37: note: 'settle' calls blocking function 'std::this_thread::sleep_for'
  // CHECK: :11:37: note: {{.*}}(catalogue entry 'std.this_thread.sleep')
  // CHECK: :11:37: note: instead:
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for' inside coroutine 'run' [async-blocking-call]
  // CHECK: note:
  // CHECK: note:
  co_return;
}
template app::task<> run<int>(int);
template app::task<> run<long>(long);
template app::task<> run<double>(double);

// --- Good -----------------------------------------------------------------

template <class T> app::task<> never_used(T value) {
  settle(value);
  co_return;
}
