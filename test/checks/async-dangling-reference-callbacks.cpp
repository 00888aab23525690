// Libraries that destroy a continuation once it has been called, spawn into a
// set, or start a task and hand back only a future of its result: KJ
// (then, evalLater, evalNow, TaskSet::add), concurrencpp (executor post and
// submit) and folly (TaskWithExecutor::start). And a reference bound to a
// member of what awaiting a temporary task returns.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include <concurrencpp/executors.h>
#include <folly/coro/Task.h>
#include <kj/async.h>
#include <kj/string.h>
#include <memory>
#include <string>
#include <vector>

namespace kj_side {
kj::Promise<void> flush();

struct Connection {
  kj::TaskSet tasks;
  int written = 0;

  kj::Promise<void> onReady(kj::Promise<void> ready, std::string peer) {
    // The continuation is destroyed once its promise replaces it; the
    // coroutine reads 'peer' after its first suspension.
    // CHECK: :[[@LINE+4]]:23: warning: the captures of this coroutine lambda are destroyed when 'kj::Promise::then' has called it, while the coroutine still uses them after its first suspension [async-dangling-reference]
    // CHECK: :[[@LINE+3]]:24: note: 'this' is captured into the lambda's closure
    // CHECK: :[[@LINE+2]]:12: note: the continuation is destroyed once the promise it returned replaces it, while that promise (a coroutine lambda's) still runs; lambda captures do not live in the coroutine frame (catalogue entry 'kj.promise.then')
    // CHECK: :[[@LINE+1]]:23: note: instead: wrap the lambda in kj::coCapture(...), which moves the captures into the coroutine frame
    return ready.then([this, peer]() -> kj::Promise<void> {
      co_await flush();
      written += static_cast<int>(peer.size());
    });
  }

  kj::Promise<void> later(std::string peer) {
    // CHECK: :[[@LINE+4]]:26: warning: the captures of this coroutine lambda are destroyed when 'kj::evalLater' has called it, while the coroutine still uses them after its first suspension [async-dangling-reference]
    // CHECK: :[[@LINE+3]]:27: note: 'peer' is captured into the lambda's closure
    // CHECK: :[[@LINE+2]]:12: note: the continuation is destroyed once the promise it returned replaces it, while that promise (a coroutine lambda's) still runs; lambda captures do not live in the coroutine frame (catalogue entry 'kj.promise.then')
    // CHECK: :[[@LINE+1]]:26: note: instead: wrap the lambda in kj::coCapture(...), which moves the captures into the coroutine frame
    return kj::evalLater([peer]() -> kj::Promise<void> {
      co_await flush();
      (void)peer.size();
    });
  }

  kj::Promise<void> now(std::string peer) {
    // CHECK: :[[@LINE+4]]:24: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'kj::evalNow' started is returned and runs later [async-dangling-reference]
    // CHECK: :[[@LINE+3]]:25: note: 'peer' is captured into the lambda's closure
    // CHECK: :[[@LINE+2]]:12: note: the function is called in place and is the caller's temporary, destroyed at the end of the caller's statement while the promise a coroutine lambda returned still runs (catalogue entry 'kj.eval_now')
    // CHECK: :[[@LINE+1]]:24: note: instead: wrap the lambda in kj::coCapture(...)
    return kj::evalNow([peer]() -> kj::Promise<void> {
      co_await flush();
      (void)peer.size();
    });
  }

  // Good: a lambda that captures nothing reads only its parameters, which
  // live in the coroutine frame.
  kj::Promise<void> plain(kj::Promise<void> ready) {
    return ready.then([]() -> kj::Promise<void> { co_await flush(); });
  }

  kj::Promise<void> log(const std::string &line) {
    co_await flush();
    (void)line.size();
  }

  void record(std::string prefix) {
    // CHECK: :[[@LINE+4]]:19: warning: parameter 'line' of coroutine 'log' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
    // CHECK: :64:44: note: 'line' is a reference
    // CHECK: :[[@LINE+2]]:5: note: a TaskSet runs the promises added to it in the background until they finish or the set is destroyed (catalogue entry 'kj.task_set.add')
    // CHECK: :[[@LINE+1]]:37: note: the temporary is destroyed at the end of this full-expression
    tasks.add(log(prefix + " added"));
    std::string local = "local";
    // CHECK: :[[@LINE+4]]:19: warning: parameter 'line' of coroutine 'log' refers to local 'local', which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
    // CHECK: :64:44: note: 'line' is a reference
    // CHECK: :[[@LINE+2]]:5: note: a TaskSet runs the promises added to it in the background until they finish or the set is destroyed (catalogue entry 'kj.task_set.add')
    // CHECK: :81:3: note: 'local' is destroyed at the end of this block
    tasks.add(log(local));
  }

  // A kj::StringPtr views the kj::String that kj::str makes, a temporary.
  kj::Promise<void> logPtr(kj::StringPtr line) {
    co_await flush();
    (void)line.size();
  }
  void recordPtr(int n) {
    // CHECK: :[[@LINE+4]]:22: warning: parameter 'line' of coroutine 'logPtr' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
    // CHECK: :84:42: note: 'line' views data it does not own (catalogue entry 'kj.views')
    // CHECK: :[[@LINE+2]]:5: note: a TaskSet runs the promises added to it {{.*}}(catalogue entry 'kj.task_set.add')
    // CHECK: :[[@LINE+1]]:42: note: the temporary is destroyed at the end of this full-expression
    tasks.add(logPtr(kj::str("task ", n)));
    // Good: a literal lives for the whole program.
    tasks.add(logPtr("a literal"));
  }

  // Good: the set is joined before the local dies.
  kj::Promise<void> recordAndWait() {
    std::string local = "joined";
    tasks.add(log(local));
    co_await tasks.onEmpty();
  }
};
} // namespace kj_side

namespace concurrencpp_side {
concurrencpp::result<void> tick(std::shared_ptr<concurrencpp::thread_pool_executor> ex);

void start(std::shared_ptr<concurrencpp::thread_pool_executor> ex) {
  // The bridge that calls the lambda ends when the call returns.
  // CHECK: :[[@LINE+4]]:12: warning: the captures of this coroutine lambda are destroyed when 'concurrencpp::derivable_executor::post' has called it, while the coroutine still uses them after its first suspension [async-dangling-reference]
  // CHECK: :[[@LINE+3]]:13: note: 'ex' is captured into the lambda's closure
  // CHECK: :[[@LINE+2]]:3: note: post and submit keep the callable in a bridging coroutine that calls it once and ends when that call returns, at a coroutine lambda's first suspension, destroying the captures it goes on to read (catalogue entry 'concurrencpp.executor.post')
  // CHECK: :[[@LINE+1]]:12: note: instead: pass what the lambda needs as arguments of post/submit (they are stored decayed), or make the lambda a named coroutine function taking its values by value
  ex->post([ex]() -> concurrencpp::null_result {
    co_await tick(ex);
    (void)ex;
  });
  // CHECK: :[[@LINE+4]]:23: warning: the captures of this coroutine lambda are destroyed when 'concurrencpp::derivable_executor::submit' has called it, while the coroutine still uses them after its first suspension [async-dangling-reference]
  // CHECK: :[[@LINE+3]]:24: note: 'ex' is captured into the lambda's closure
  // CHECK: :[[@LINE+2]]:12: note: post and submit keep the callable in a bridging coroutine that calls it once and ends when that call returns, at a coroutine lambda's first suspension, destroying the captures it goes on to read (catalogue entry 'concurrencpp.executor.post')
  // CHECK: :[[@LINE+1]]:23: note: instead: pass what the lambda needs as arguments of post/submit (they are stored decayed), or make the lambda a named coroutine function taking its values by value
  auto r = ex->submit([ex]() -> concurrencpp::result<void> {
    co_await tick(ex);
    (void)ex;
  });
  // Good: the executor is passed as an argument, stored with the task.
  ex->post([](std::shared_ptr<concurrencpp::thread_pool_executor> e) -> concurrencpp::null_result {
    co_await tick(e);
    (void)e;
  }, ex);
}

// A coroutine given an executor_tag and an executor starts on that executor:
// its promise suspends at once, so all of its body runs later, there.
concurrencpp::result<std::size_t> count_words(concurrencpp::executor_tag,
                                              std::shared_ptr<concurrencpp::thread_pool_executor> ex,
                                              const std::string &text) {
  co_return text.size(); // no suspension written, yet read on the executor
}
std::string load(int id);
concurrencpp::result<void> index(std::shared_ptr<concurrencpp::thread_pool_executor> ex) {
  auto pending = count_words({}, ex, load(1));
  // CHECK: :[[@LINE-1]]:38: warning: parameter 'text' of coroutine 'count_words' refers to a temporary, which is destroyed before the task is done with it: the task is stored in 'pending' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-7]]:66: note: 'text' is a reference
  // CHECK: :[[@LINE-3]]:45: note: the temporary is destroyed at the end of this full-expression
  co_await pending;
  co_await count_words({}, ex, load(2)); // awaited in the same statement
  std::string kept = load(3);
  auto later = count_words({}, ex, kept);
  co_await later;
}
} // namespace concurrencpp_side

namespace folly_side {
folly::coro::Task<void> record(const std::string &metric, int value);
std::string name_of(int shard);

void report(folly::Executor *ex, int shard) {
  // start() runs the task at once; the SemiFuture only reports its result.
  // CHECK: :[[@LINE+4]]:43: warning: parameter 'metric' of coroutine 'record' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :157:51: note: 'metric' is a reference
  // CHECK: :[[@LINE+2]]:3: note: start() runs the task on its executor at once; the SemiFuture it returns only reports the result, and dropping it does not stop the work (catalogue entry 'folly.coro.task_with_executor.start')
  // CHECK: :[[@LINE+1]]:69: note: the temporary is destroyed at the end of this full-expression
  folly::coro::co_withExecutor(ex, record(name_of(shard), 1)).start();
  // CHECK: :[[@LINE+4]]:10: warning: parameter 'metric' of coroutine 'record' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :157:51: note: 'metric' is a reference
  // CHECK: :[[@LINE+2]]:3: note: start() runs the task on its executor at once; the SemiFuture it returns only reports the result, and dropping it does not stop the work (catalogue entry 'folly.coro.task_with_executor.start')
  // CHECK: :[[@LINE+1]]:50: note: the temporary is destroyed at the end of this full-expression
  record(name_of(shard), 2).scheduleOn(ex).start();
  // Good: the name outlives the task, which is waited for here.
  std::string name = name_of(shard);
  std::move(folly::coro::co_withExecutor(ex, record(name, 3)).start()).get();
}

folly::coro::Task<void> reportAwaited(folly::Executor *ex, int shard) {
  // Good: the temporary lives until the await, which ends the work.
  co_await folly::coro::co_withExecutor(ex, record(name_of(shard), 4));
}
} // namespace folly_side

namespace member_of_result {
struct Range {
  std::vector<std::string> keys;
};
// A task whose await_resume returns a reference into the task.
struct RangeTask {
  struct promise_type {
    Range value;
    RangeTask get_return_object();
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void unhandled_exception() {}
    void return_value(Range r) { value = r; }
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  const Range &await_resume();
};
RangeTask get_range(int begin, int end);

RangeTask read(int begin, int end) {
  // CHECK: :[[@LINE+3]]:35: warning: 'keys' refers into the result of awaiting a temporary task, which is destroyed at the end of this statement [async-dangling-reference]
  // CHECK: :[[@LINE+2]]:52: note: the task returned by 'member_of_result::get_range' is a temporary; awaiting it returns a reference into it
  // CHECK: :[[@LINE+1]]:35: note: declare 'keys' without '&' to keep a copy, or keep the task in a variable while 'keys' is used
  const std::vector<std::string> &keys = (co_await get_range(begin, end)).keys;
  // Good: a copy of the member.
  std::vector<std::string> copy = (co_await get_range(begin, end)).keys;
  // Good: the task is kept while the reference is used.
  RangeTask pending = get_range(begin, end);
  const std::vector<std::string> &kept = (co_await pending).keys;
  co_return Range{keys.size() + copy.size() + kept.size() > 0 ? copy : keys};
}
} // namespace member_of_result
