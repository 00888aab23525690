// Calls through a std::function (and any holder specialised on a function
// type): the holder's signature says which parameters are references. When
// the holder is a local made where the call sees it and never assigned
// again, the coroutine it holds is known and its body decides; otherwise a
// holder returning a lazy task keeps what its reference parameters refer to.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include <coro/task.hpp>
#include <functional>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <string>

coro::task<void> tick();
coro::task<int> add_one(const int &a) {
  co_await tick();
  co_return a + 1;
}
seastar::future<> pause();
seastar::future<int> eager_len(const std::string &s) {
  co_await pause();
  co_return int(s.size());
}
seastar::future<int> eager_len_copied(const std::string &s) {
  int n = int(s.size()); // read before the first suspension
  co_await pause();
  co_return n;
}

using Handler = std::function<coro::task<int>(const std::string &)>;

coro::task<int> known_targets() {
  std::function<coro::task<int>(const int &)> inc = add_one;
  auto first = inc(41);
  // CHECK: :[[@LINE-1]]:20: warning: parameter 'a' of coroutine 'add_one' (called through 'inc') refers to a temporary, which is destroyed before the task is done with it: the task is stored in 'first' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-21]]:36: note: 'a' is a reference
  // CHECK: :[[@LINE-3]]:22: note: the temporary is destroyed at the end of this full-expression
  int kept = 41;
  auto second = inc(kept); // 'kept' outlives the task
  const std::function<coro::task<int>(int &&)> &twice = [](auto &&in) -> coro::task<int> {
    co_await tick();
    co_return in * 2;
  };
  auto third = twice(5);
  // CHECK: :[[@LINE-1]]:22: warning: parameter 'in' of coroutine 'lambda' (called through 'twice') refers to a temporary, {{.*}}: the task is stored in 'third' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-6]]:67: note: 'in' is a reference
  // CHECK: :[[@LINE-3]]:23: note: the temporary is destroyed
  std::function<seastar::future<int>(const std::string &)> len = eager_len;
  auto fourth = len(std::string("eager, read after a suspension"));
  // CHECK: :[[@LINE-1]]:21: warning: parameter 's' of coroutine 'eager_len' (called through 'len') refers to a temporary, {{.*}}: the task is stored in 'fourth' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-31]]:51: note: 's' is a reference
  // CHECK: :[[@LINE-3]]:66: note: the temporary is destroyed
  std::function<seastar::future<int>(const std::string &)> copied = eager_len_copied;
  auto fifth = copied(std::string("eager, copied before its first suspension"));
  int sum = co_await first + co_await second + co_await third + co_await inc(7);
  co_return sum + co_await std::move(fourth) + co_await std::move(fifth);
}

coro::task<int> unknown_target(const Handler &handle) {
  auto pending = handle(std::string("key"));
  // CHECK: :[[@LINE-1]]:25: warning: parameter 1 of the callable in 'handle' refers to a temporary, which is destroyed before the task is done with it: the task is stored in 'pending' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-3]]:47: note: 'handle' returns a lazy task and takes parameter 1 by reference
  // CHECK: :[[@LINE-3]]:43: note: the temporary is destroyed
  int now = co_await handle(std::string("awaited in the same statement"));
  std::function<coro::task<int>(const int &)> inc = add_one;
  inc = [](const int &v) -> coro::task<int> { co_return v; }; // assigned again: what it holds is not known
  auto later = inc(1);
  // CHECK: :[[@LINE-1]]:20: warning: parameter 1 of the callable in 'inc' refers to a temporary, {{.*}}: the task is stored in 'later' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-4]]:47: note: 'inc' returns a lazy task and takes parameter 1 by reference
  // CHECK: :[[@LINE-3]]:21: note: the temporary is destroyed
  std::function<coro::task<int>(int)> by_value = [](int v) -> coro::task<int> { co_return v; };
  auto copy = by_value(2); // a by-value parameter is the coroutine's own
  co_return now + co_await std::move(pending) + co_await std::move(later) + co_await std::move(copy);
}
