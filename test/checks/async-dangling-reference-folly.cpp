// folly::coro::Task is lazy; folly::StringPiece (a folly::Range) views a
// string it does not own; an AsyncScope runs what is added to it until
// joinAsync() (catalogue 'joined-by').
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include <folly/Range.h>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/Task.h>
#include <string>

folly::coro::Task<void> yield_once();
folly::coro::Task<void> put(folly::StringPiece key) {
  co_await yield_once();
  (void)key.size();
}

folly::coro::Task<void> writer(folly::coro::AsyncScope &scope) {
  std::string key = "joined";
  scope.add(put(key));
  co_await scope.joinAsync();
}

void leaks(folly::coro::AsyncScope &scope) {
  std::string key = "not joined";
  scope.add(put(key));
  // CHECK: :[[@LINE-1]]:17: warning: parameter 'key' of coroutine 'put' refers to local 'key', which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :12:48: note: 'key' views data it does not own (catalogue entry 'folly.range')
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: {{.*}} (catalogue entry 'folly.coro.async_scope.add')
  // CHECK: :[[@LINE+8]]:1: note: 'key' is destroyed at the end of this block
  scope.add(put("a literal lives for the whole program"));
  scope.add(put(std::string("temporary")));
  // CHECK: :[[@LINE-1]]:17: warning: parameter 'key' of coroutine 'put' refers to a temporary, {{.*}} the task is spawned and runs on its own
  // CHECK: :12:48: note: 'key' views data
  // CHECK: :[[@LINE-3]]:3: note: {{.*}} (catalogue entry 'folly.coro.async_scope.add')
  // CHECK: :[[@LINE-4]]:42: note: the temporary is destroyed at the end of this full-expression
  auto never_awaited = put(std::string("a lazy task that never runs reads nothing"));
}
