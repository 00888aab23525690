// The lambda coroutine fiasco (seastar doc/lambda-coroutine-fiasco.md): a
// continuation (future::then, with_semaphore) destroys its callable once the
// call returns, at the coroutine's first suspension; with_gate invokes the
// caller's temporary in place. Seastar coroutines are eager: captures read
// before the first suspension are read in time.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags -std=c++23 | FileCheck %s --check-prefix=CXX23 %nodiag
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <seastar/core/semaphore.hh>
#include <string>

seastar::future<> yield();
seastar::future<> write_hint(const std::string &hint);

struct endpoint_manager {
  seastar::gate store_gate;
  seastar::semaphore limit{1};
  std::string last_written;

  seastar::future<> add_store() {
    return yield().then([this]() -> seastar::future<> {
      // CHECK: :[[@LINE-1]]:25: warning: the captures of this coroutine lambda are destroyed when 'seastar::future::then' has called it, while the coroutine still uses them after its first suspension [async-dangling-reference]
      // CHECK: :[[@LINE-2]]:26: note: 'this' is captured into the lambda's closure
      // CHECK: :[[@LINE-3]]:12: note: the continuation is destroyed as soon as its call returns, {{.*}} (catalogue entry 'seastar.continuation')
      // CHECK: :[[@LINE-4]]:25: note: instead: wrap the lambda in seastar::coroutine::lambda(...)
      // CXX23: :[[@LINE-5]]:25: warning: the captures of this coroutine lambda
      // CXX23: :[[@LINE-6]]:26: note: 'this' is captured
      // CXX23: :[[@LINE-7]]:12: note: the continuation is destroyed
      // CXX23: :[[@LINE-8]]:31: note: take the closure by value as an explicit object parameter
      co_await yield();
      last_written = "done";
    });
  }

  seastar::future<> store(std::string hint) {
    (void)seastar::with_gate(store_gate, [this, hint]() -> seastar::future<> {
      // CHECK: :[[@LINE-1]]:42: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'seastar::with_gate' started runs on in the background after its first suspension
      // CHECK: :[[@LINE-2]]:43: note: 'this' is captured
      // CHECK: :[[@LINE-3]]:11: note: the function is invoked in place {{.*}} (catalogue entry 'seastar.invoke_in_place')
      // CHECK: :[[@LINE-4]]:42: note: instead: co_await the result in the same statement
      // CXX23: :[[@LINE-5]]:42: warning: the captures of this coroutine lambda
      // CXX23: :[[@LINE-6]]:43: note: 'this' is captured
      // CXX23: :[[@LINE-7]]:11: note: the function is invoked in place
      // CXX23: :[[@LINE-8]]:54: note: take the closure by value
      co_await write_hint(hint);
      last_written = hint;
    });
    co_await seastar::with_gate(store_gate, [this, hint]() -> seastar::future<> {
      co_await write_hint(hint);
      last_written = hint;
    });
  }

  seastar::future<> safe_forms(std::string hint) {
    // Read before the first suspension: copied in time.
    co_await yield().then([hint]() -> seastar::future<> {
      std::string mine = hint;
      co_await write_hint(mine);
    });
    co_await yield().then(seastar::coroutine::lambda([hint]() -> seastar::future<> {
      co_await yield();
      co_await write_hint(hint);
    }));
    co_await seastar::with_semaphore(limit, 1, [](/* no captures */) -> seastar::future<> {
      co_await yield();
    });
  }

  // The wrapper keeps the lambda the caller's temporary: safe only when the
  // result is awaited in the same statement (scylladb #20306 discarded it).
  void store_in_background(std::string hint) {
    (void)seastar::with_gate(store_gate, seastar::coroutine::lambda([this, hint]() -> seastar::future<> {
      // CHECK: :[[@LINE-1]]:69: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'seastar::with_gate' started runs on in the background after its first suspension
      // CHECK: :[[@LINE-2]]:70: note: 'this' is captured
      // CHECK: :[[@LINE-3]]:11: note: {{.*}} (catalogue entry 'seastar.invoke_in_place')
      // CHECK: :[[@LINE-4]]:42: note: coroutine::lambda keeps a pointer to the lambda it wraps, {{.*}} (catalogue entry 'seastar.coroutine.lambda')
      // CHECK: :[[@LINE-5]]:69: note: instead: co_await the future in the same statement
      // CXX23: :[[@LINE-6]]:69: warning: the captures of this coroutine lambda
      // CXX23: :[[@LINE-7]]:70: note: 'this' is captured
      // CXX23: :[[@LINE-8]]:11: note: the function is invoked in place
      // CXX23: :[[@LINE-9]]:42: note: coroutine::lambda keeps a pointer
      // CXX23: :[[@LINE-10]]:81: note: take the closure by value
      co_await yield();
      last_written = hint;
    }));
  }
};

// Redpanda's background helpers run the function in place and drop (or
// return) the future: a capturing coroutine lambda's closure dies with the
// caller's statement (catalogue entry 'redpanda.ssx.spawn_with_gate').
#include <ssx/future-util.h>
struct partition_manager {
  seastar::gate gate;
  int partitions = 0;
  void detach_partition(int ntp) {
    ssx::spawn_with_gate(gate, [this, ntp]() -> seastar::future<> {
      // CHECK: :[[@LINE-1]]:32: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'ssx::spawn_with_gate' started is spawned and runs on its own
      // CHECK: :[[@LINE-2]]:33: note: 'this' is captured
      // CHECK: :[[@LINE-3]]:5: note: {{.*}} (catalogue entry 'redpanda.ssx.spawn_with_gate')
      // CHECK: :[[@LINE-4]]:32: note: instead: move the body into a member coroutine
      // CXX23: :[[@LINE-5]]:32: warning: the captures of this coroutine lambda
      // CXX23: :[[@LINE-6]]:33: note: 'this' is captured
      // CXX23: :[[@LINE-7]]:5: note: the function is forwarded
      // CXX23: :[[@LINE-8]]:43: note: take the closure by value
      co_await yield();
      partitions -= ntp;
    });
    ssx::background = ssx::spawn_with_gate_then(gate, [this]() -> seastar::future<> {
      // CHECK: :[[@LINE-1]]:55: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'ssx::spawn_with_gate_then' started is stored in 'background' and runs later
      // CHECK: :[[@LINE-2]]:56: note: 'this' is captured
      // CHECK: :[[@LINE-3]]:23: note: {{.*}} (catalogue entry 'redpanda.ssx.spawn_with_gate')
      // CHECK: :[[@LINE-4]]:55: note: instead: move the body into a member coroutine
      // CXX23: :[[@LINE-5]]:55: warning: the captures of this coroutine lambda
      // CXX23: :[[@LINE-6]]:56: note: 'this' is captured
      // CXX23: :[[@LINE-7]]:23: note: the function is forwarded
      // CXX23: :[[@LINE-8]]:61: note: take the closure by value
      co_await yield();
      ++partitions;
    });
    ssx::spawn_with_gate(gate, [this, ntp]() -> seastar::future<> {
      partitions += ntp; // read before the first suspension
      co_await yield();
    });
  }
};

// parallel_for_each calls the caller's function by reference, do_with applies
// it in place, with_scheduling_group invokes its by-value parameter when the
// group is active: each leaves the lambda the caller's, dead at the end of
// the statement (catalogue entry 'seastar.invoke_in_place').
#include <seastar/core/do_with.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/scheduling.hh>
#include <vector>
struct lookup_context {
  seastar::future<int> find(int key);
};
seastar::future<> find_all(lookup_context &ctx, std::vector<int> &keys, std::vector<int> &out) {
  return seastar::parallel_for_each(keys, [&ctx, &out](int key) -> seastar::future<> {
    // CHECK: :[[@LINE-1]]:43: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'seastar::parallel_for_each' started is returned and runs later
    // CHECK: :[[@LINE-2]]:51: note: 'out' is captured
    // CHECK: :[[@LINE-3]]:10: note: {{.*}} (catalogue entry 'seastar.invoke_in_place')
    // CHECK: :[[@LINE-4]]:43: note: instead: co_await the result in the same statement
    // CXX23: :[[@LINE-5]]:43: warning: the captures of this coroutine lambda
    // CXX23: :[[@LINE-6]]:51: note: 'out' is captured
    // CXX23: :[[@LINE-7]]:10: note: the function is invoked in place
    // CXX23: :[[@LINE-8]]:55: note: take the closure by value
    int found = co_await ctx.find(key);
    out.push_back(found);
  });
}
seastar::future<> find_all_awaited(lookup_context &ctx, std::vector<int> keys, std::vector<int> &out) {
  co_await seastar::parallel_for_each(keys, [&ctx, &out](int key) -> seastar::future<> {
    int found = co_await ctx.find(key);
    out.push_back(found); // awaited in the statement that holds the lambda
  });
}
seastar::future<int> sum_with_buffer(lookup_context &ctx) {
  return seastar::do_with(std::vector<int>{1, 2}, [&ctx](std::vector<int> &keys) -> seastar::future<int> {
    // CHECK: :[[@LINE-1]]:51: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'seastar::do_with' started is returned and runs later
    // CHECK: :[[@LINE-2]]:53: note: 'ctx' is captured
    // CHECK: :[[@LINE-3]]:10: note: {{.*}} (catalogue entry 'seastar.invoke_in_place')
    // CHECK: :[[@LINE-4]]:51: note: instead: co_await the result in the same statement
    // CXX23: :[[@LINE-5]]:51: warning: the captures of this coroutine lambda
    // CXX23: :[[@LINE-6]]:53: note: 'ctx' is captured
    // CXX23: :[[@LINE-7]]:10: note: the function is invoked in place
    // CXX23: :[[@LINE-8]]:57: note: take the closure by value
    int total = 0;
    for (int key : keys)
      total += co_await ctx.find(key);
    co_return total;
  });
}
seastar::future<int> sum_uncaptured() {
  // Nothing captured: the held objects are do_with's, the lambda owns nothing.
  return seastar::do_with(std::vector<int>{1, 2}, [](std::vector<int> &keys) -> seastar::future<int> {
    co_await yield();
    co_return int(keys.size());
  });
}
seastar::future<> refresh_in_group(seastar::scheduling_group sg, lookup_context &ctx) {
  auto pending = seastar::with_scheduling_group(sg, [&ctx]() -> seastar::future<> {
    // CHECK: :[[@LINE-1]]:53: warning: the captures of this coroutine lambda are destroyed at the end of the statement, but what 'seastar::with_scheduling_group' started is stored in 'pending' and runs later
    // CHECK: :[[@LINE-2]]:55: note: 'ctx' is captured
    // CHECK: :[[@LINE-3]]:18: note: {{.*}} (catalogue entry 'seastar.invoke_in_place')
    // CHECK: :[[@LINE-4]]:53: note: instead: co_await the result in the same statement
    // CXX23: :[[@LINE-5]]:53: warning: the captures of this coroutine lambda
    // CXX23: :[[@LINE-6]]:55: note: 'ctx' is captured
    // CXX23: :[[@LINE-7]]:18: note: the function is invoked in place
    // CXX23: :[[@LINE-8]]:59: note: take the closure by value
    co_await yield();
    co_await ctx.find(0);
  });
  co_await std::move(pending);
  // Arguments after the function are passed on to it, not captured.
  co_await seastar::with_scheduling_group(sg, [](lookup_context *c) -> seastar::future<> {
    co_await c->find(1);
  }, &ctx);
}

#if __cplusplus > 202002L
// `this auto` copies the closure into the coroutine frame, but a reference
// capture still refers to the caller's local.
struct batch_detacher {
  seastar::gate gate;
  long detached = 0;
  void detach_all(std::vector<int> ids) {
    long batch = long(ids.size());
    ssx::spawn_with_gate(gate, [this, &batch](this auto) -> seastar::future<> {
      // CXX23: :[[@LINE-1]]:32: warning: capture 'batch' of this coroutine lambda refers to local 'batch', which is destroyed before the coroutine is done with it: 'ssx::spawn_with_gate' runs it on its own [async-dangling-reference]
      // CXX23: :[[@LINE-2]]:40: note: 'batch' is captured by reference
      // CXX23: :[[@LINE-3]]:5: note: {{.*}} (catalogue entry 'redpanda.ssx.spawn_with_gate')
      // CXX23: :[[@LINE+9]]:3: note: 'batch' is destroyed at the end of this block
      // CXX23: :[[@LINE-5]]:40: note: capture 'batch' by value
      co_await yield();
      detached += batch;
    });
    ssx::spawn_with_gate(gate, [this, batch](this auto) -> seastar::future<> {
      co_await yield();
      detached += batch; // the frame's own copy
    });
  }
};
#endif

// A reference handed on to another coroutine that keeps it across its own
// suspension is read after the first suspension of the one it was given to
// (redpanda #3214: "prefer to pass coroutine params by value").
seastar::future<int> build_with_refs(const std::string &schema) {
  co_await yield();
  co_return int(schema.size());
}
seastar::future<int> import_schema(const std::string &schema) {
  co_return co_await build_with_refs(schema);
}
seastar::future<int> import_counted(const std::string &schema) {
  int size = int(schema.size()); // read before the first suspension
  co_await yield();
  co_return size;
}
struct schema_validator {
  std::vector<seastar::future<int>> pending;
  seastar::future<> prefetch(std::string definition) {
    pending.push_back(import_schema(definition + "!"));
    // CHECK: :[[@LINE-1]]:37: warning: parameter 'schema' of coroutine 'import_schema' refers to a temporary, which is destroyed before the task is done with it: the task is stored in 'pending' and runs later [async-dangling-reference]
    // CHECK: :[[@LINE-13]]:55: note: 'schema' is a reference
    // CHECK: :[[@LINE-3]]:54: note: the temporary is destroyed at the end of this full-expression
    // CXX23: :[[@LINE-4]]:37: warning: parameter 'schema' of coroutine 'import_schema' refers to a temporary
    pending.push_back(import_counted(definition + "!"));
    co_await yield();
    for (auto &f : pending)
      co_await std::move(f);
  }
};
