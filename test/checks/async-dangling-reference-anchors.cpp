// The same code through clang-tidy's two guideline checks, through Clang's
// -Wdangling with a [[clang::coro_lifetimebound]] task type, and through
// async-dangling-reference: docs/checks/async-dangling-reference.md shows this
// comparison, and this test keeps it true for the LLVM we build against.
// CP53 = cppcoreguidelines-avoid-reference-coroutine-parameters, CP51 =
// cppcoreguidelines-avoid-capturing-lambda-coroutines, WDANGLING = clang++
// -Wdangling, CHECK = async-tidy.
// RUN: %stock_clang_tidy --checks=-*,cppcoreguidelines-avoid-reference-coroutine-parameters %s -- %std_flags | FileCheck %s --check-prefix=CP53 %nodiag
// RUN: %stock_clang_tidy --checks=-*,cppcoreguidelines-avoid-capturing-lambda-coroutines %s -- %std_flags | FileCheck %s --check-prefix=CP51 %nodiag
// RUN: %llvm_root/bin/clang++ -fsyntax-only -Wdangling %std_flags %s 2>&1 | FileCheck %s --check-prefix=WDANGLING %nodiag
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <cppcoro/async_scope.hpp>
#include <string>

/// A task type annotated for Clang's lifetime analysis.
template <typename T = void> struct [[clang::coro_return_type, clang::coro_lifetimebound]] safe_task {
  struct promise_type {
    safe_task get_return_object() { return {}; }
    std::suspend_always initial_suspend() { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

app::task<> plain_send(const std::string &msg) {
  // CP53: :[[@LINE-1]]:24: warning: coroutine parameters should not be references [cppcoreguidelines-avoid-reference-coroutine-parameters]
  co_await app::event{};
  (void)msg.size();
}
safe_task<> annotated_send(const std::string &msg) {
  // CP53: :[[@LINE-1]]:28: warning: coroutine parameters should not be references
  co_await app::event{};
  (void)msg.size();
}

app::task<> callers(cppcoro::async_scope &scope, int id) {
  // CP53: :[[@LINE-1]]:21: warning: coroutine parameters should not be references
  // A: awaited in the full-expression: safe.
  co_await plain_send("a");
  co_await annotated_send("a");
  // B: the task outlives the temporary.
  auto plain = plain_send("b");
  // CHECK: :[[@LINE-1]]:27: warning: parameter 'msg' of coroutine 'plain_send' refers to a temporary, which is destroyed before the task is done with it: the task is stored in 'plain' and runs later [async-dangling-reference]
  // CHECK: :30:43: note: 'msg' is a reference
  // CHECK: :[[@LINE-3]]:30: note: the temporary is destroyed at the end of this full-expression
  auto annotated = annotated_send("b");
  // WDANGLING: :[[@LINE-1]]:35: warning: temporary whose address is used as value of local variable 'annotated' will be destroyed at the end of the full-expression [-Wdangling]
  // CHECK: :[[@LINE-2]]:35: warning: parameter 'msg' of coroutine 'annotated_send' refers to a temporary, {{.*}} stored in 'annotated'
  // CHECK: :35:47: note: 'msg' is a reference
  // CHECK: :[[@LINE-4]]:38: note: the temporary is destroyed
  co_await plain;
  co_await annotated;
  // C: a capturing lambda coroutine awaited at once: safe.
  co_await [id]() -> app::task<> {
    // CP51: :[[@LINE-1]]:12: warning: coroutine lambda may cause use-after-free, avoid captures or ensure lambda closure object has guaranteed lifetime [cppcoreguidelines-avoid-capturing-lambda-coroutines]
    co_await app::event{};
    (void)id;
  }();
  // D: a capturing lambda coroutine spawned: its closure dies first.
  scope.spawn([id]() -> app::task<> {
    // CP51: :[[@LINE-1]]:15: warning: coroutine lambda may cause use-after-free
    // CHECK: :[[@LINE-2]]:15: warning: the captured state of coroutine 'lambda' refers to a temporary, {{.*}} spawned and runs on its own
    // CHECK: :[[@LINE-3]]:16: note: 'id' is captured into the lambda's closure
    // CHECK: :[[@LINE-4]]:3: note: {{.*}} (catalogue entry 'cppcoro.async_scope.spawn')
    co_await app::event{};
    (void)id;
  }());
  // CHECK: :[[@LINE-1]]:6: note: the temporary is destroyed at the end of this full-expression
  // CHECK: :[[@LINE-9]]:15: note: pass what the coroutine needs as parameters
}
