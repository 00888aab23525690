// Tasks whose references outlive what they refer to in two forms the call
// alone does not show: a generator that is the range of a range-for loop
// (the range expression's temporaries die before the first iteration, until
// C++23 extends them, P2718), and a lambda that is no coroutine but returns
// a coroutine's task made from its own captures, handed to a library that
// destroys the lambda once it has returned (seastar's then and with_gate,
// Redpanda's ssx::spawn_with_gate). And std::future made a coroutine type
// by a specialisation of std::coroutine_traits (as MSVC's <future> does, the
// setting of the Core Guidelines' CP.51 example) whose promise inherits its
// eager initial_suspend from a class template.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags -std=c++23 | FileCheck %s --check-prefix=CXX23 %nodiag
#include <coroutine>
#include <cppcoro/generator.hpp>
#include <future>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <span>
#include <ssx/future-util.h>
#include <string>
#include <vector>

cppcoro::generator<char> letters(const std::string &word) {
  for (char c : word)
    co_yield c;
}
cppcoro::generator<int> values(std::span<const int> xs) {
  for (int x : xs)
    co_yield x;
}
std::string load_word();
std::vector<int> load_values();

int count_bad() {
  int n = 0;
  for (char c : letters(load_word()))
    // CHECK: :[[@LINE-1]]:25: warning: parameter 'word' of coroutine 'letters' refers to a temporary, which is destroyed before the task is done with it: the task is the range of a range-for loop, which runs it after the range expression's temporaries are destroyed (C++23 extends them to the end of the loop) [async-dangling-reference]
    // CHECK: :[[@LINE-15]]:53: note: 'word' is a reference
    // CHECK: :[[@LINE-3]]:36: note: the temporary is destroyed at the end of this full-expression
    n += c;
  for (int x : values(load_values()))
    // CHECK: :[[@LINE-1]]:23: warning: parameter 'xs' of coroutine 'values' refers to a temporary, which is destroyed before the task is done with it: the task is the range of a range-for loop
    // CHECK: :[[@LINE-16]]:53: note: 'xs' views data it does not own
    // CHECK: :[[@LINE-3]]:36: note: the temporary is destroyed
    n += x;
  return n;
}

int count_good() {
  int n = 0;
  std::string word = load_word();
  for (char c : letters(word)) // the local outlives the loop
    n += c;
  std::vector<int> xs = load_values();
  for (int x : values(xs))
    n += x;
  {
    auto g = letters(word);
    for (char c : g)
      n += c;
  }
  return n;
}

seastar::future<> ping();
seastar::future<> send(const std::string &payload) {
  co_await ping();
  (void)payload.size();
}
seastar::future<> send_copy(std::string payload) {
  co_await ping();
  (void)payload.size();
}

struct uploader {
  seastar::gate gate;

  seastar::future<> then_bad(std::string payload) {
    return ping().then([payload] { return send(payload); });
    // CHECK: :[[@LINE-1]]:48: warning: parameter 'payload' of coroutine 'send' refers to 'payload' in the closure of a lambda that returns the task; the closure is destroyed when 'seastar::future::then' has called the lambda, while the task still runs [async-dangling-reference]
    // CHECK: :[[@LINE-2]]:25: note: 'payload' is captured into the lambda's closure
    // CHECK: :[[@LINE-16]]:43: note: 'payload' is a reference
    // CHECK: :[[@LINE-4]]:12: note: the continuation is destroyed as soon as its call returns
    // CHECK: :[[@LINE-5]]:48: note: pass a copy the coroutine owns
    // CXX23: :[[@LINE-6]]:48: warning: parameter 'payload' of coroutine 'send' refers to 'payload' in the closure
  }

  void background_bad(std::string payload) {
    ssx::spawn_with_gate(gate, [p = std::move(payload)] { return send(p); });
    // CHECK: :[[@LINE-1]]:71: warning: parameter 'payload' of coroutine 'send' refers to 'p' in the closure of a lambda that returns the task; the closure is destroyed at the end of the statement, but what 'ssx::spawn_with_gate' started is spawned and runs on its own [async-dangling-reference]
    // CHECK: :[[@LINE-2]]:33: note: 'p' is captured into the lambda's closure
    // CHECK: :[[@LINE-26]]:43: note: 'payload' is a reference
    // CHECK: :[[@LINE-4]]:5: note: the function is forwarded to seastar::try_with_gate
    // CHECK: :[[@LINE-5]]:71: note: pass a copy the coroutine owns
    // CXX23: :[[@LINE-6]]:71: warning: parameter 'payload' of coroutine 'send' refers to 'p'
  }

  seastar::future<> good(std::string payload) {
    // By value: the coroutine's frame has its own copy.
    co_await ping().then([payload] { return send_copy(payload); });
    // Awaited within the statement that holds the lambda.
    co_await seastar::with_gate(gate, [payload] { return send(payload); });
    // A reference capture refers to the caller's variable, not the closure.
    co_await ping().then([&payload] { return send(payload); });
    // The lambda is a coroutine that awaits the task while the closure lives.
    co_await ping().then([payload]() -> seastar::future<> { co_await send(payload); });
  }
};

namespace eager_future {
template <typename T> struct promise_base {
  std::promise<T> result;
  std::future<T> get_return_object() { return result.get_future(); }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void unhandled_exception() { result.set_exception(std::current_exception()); }
};
template <typename T> struct value_promise : promise_base<T> {
  void return_value(T v) { this->result.set_value(std::move(v)); }
};
} // namespace eager_future
template <typename T, typename... Args> struct std::coroutine_traits<std::future<T>, Args...> {
  using promise_type = eager_future::value_promise<T>;
};

struct resume_later {
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>);
  void await_resume() {}
};
std::future<int> weigh(const int &grams) {
  co_await resume_later{};
  co_return grams * 2;
}

void weigh_bad() {
  int grams = 5;
  {
    const auto later = [grams]() -> std::future<int> {
      co_await resume_later{};
      co_return grams;
    };
    // CHECK: :[[@LINE-4]]:24: warning: the captured state of coroutine 'lambda' refers to local 'later', which is destroyed before the task is done with it: the task runs on in the background after its first suspension [async-dangling-reference]
    // CXX23: :[[@LINE-5]]:24: warning: the captured state of coroutine 'lambda' refers to local 'later'
    later();
  }
  auto f = weigh(grams);
  // CHECK: :[[@LINE-1]]:18: warning: parameter 'grams' of coroutine 'weigh' refers to local 'grams', which is destroyed before the task is done with it: the task runs on in the background after its first suspension [async-dangling-reference]
  // CXX23: :[[@LINE-2]]:18: warning: parameter 'grams' of coroutine 'weigh' refers to local 'grams'
}

int weigh_good() {
  int grams = 5;
  auto f = weigh(grams);
  return f.get(); // waits while 'grams' lives
}
