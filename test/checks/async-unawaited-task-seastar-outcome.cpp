// Seastar futures run at once; the exception of one that is destroyed unread
// is lost (seastar logs "Exceptional future ignored"). Besides a dropped
// statement, it is lost when: (void) runs it in the background with no
// handler at the end of the chain; it is moved into a .then continuation
// that does not run when the future before it fails; a then_wrapped
// continuation asks failed() and then neither reads nor passes it on; a loop
// calls get() on each of a range of futures outside a try block; a coroutine
// holds started futures in a container while it awaits something else that
// may throw. Keys of the catalogue entry 'seastar.future' name the methods.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <exception>
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <seastar/core/when_all.hh>
#include <vector>

seastar::future<> flush_segment();
seastar::future<int> fetch_offset();
seastar::future<std::vector<int>> list_ranges();
seastar::future<> apply_all(std::vector<seastar::future<>> started);
void log_error(std::exception_ptr);

struct stages {
  seastar::future<> enqueued;
  seastar::future<int> finished;
};
stages start_replication();

struct compactor {
  seastar::gate bg;

  // --- (void) in the background -------------------------------------------

  seastar::future<> compact_once() {
    return seastar::with_gate(bg, [] { return flush_segment(); });
  }
  seastar::future<> compact_once_handled() {
    return seastar::with_gate(bg, [] { return flush_segment(); }).handle_exception([](std::exception_ptr e) {
      log_error(e);
    });
  }
  seastar::future<> compact_coroutine() { co_await flush_segment(); }
  seastar::future<> compact_coroutine_caught() {
    try {
      co_await flush_segment();
    } catch (...) {
      log_error(std::current_exception());
    }
  }

  void tick() {
    (void)seastar::with_gate(bg, [] { return flush_segment(); });
    // CHECK: :[[@LINE-1]]:11: warning: 'seastar::with_gate' runs in the background and nothing handles its failure; its exception is lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:11: note: end the chain with 'seastar::future::handle_exception', 'seastar::future::handle_exception_type', 'seastar::future::then_wrapped' (catalogue entry 'seastar.future')
    (void)compact_once();
    // CHECK: :[[@LINE-1]]:11: warning: 'compactor::compact_once' runs in the background and nothing handles its failure
    // CHECK: :[[@LINE-2]]:11: note: end the chain with
    (void)compact_coroutine();
    // CHECK: :[[@LINE-1]]:11: warning: 'compactor::compact_coroutine' runs in the background and nothing handles its failure
    // CHECK: :[[@LINE-2]]:11: note: end the chain with
    (void)compact_once().finally([] {});
    // CHECK: :[[@LINE-1]]:11: warning: 'seastar::future::finally' runs in the background and nothing handles its failure
    // CHECK: :[[@LINE-2]]:11: note: end the chain with
    (void)seastar::make_ready_future<>().then([this] { return compact_once(); });
    // CHECK: :[[@LINE-1]]:11: warning: 'seastar::future::then' runs in the background and nothing handles its failure
    // CHECK: :[[@LINE-2]]:11: note: end the chain with

    // Fine: a handler ends the chain (also inside the helper), the coroutine
    // catches around its body, the callee is declared only (unknown), or a
    // continuation only calls noexcept functions after what cannot fail.
    (void)seastar::with_gate(bg, [] { return flush_segment(); }).handle_exception([](std::exception_ptr e) {
      log_error(e);
    });
    (void)compact_once_handled();
    (void)compact_coroutine_caught();
    (void)flush_segment();
    (void)flush_segment().finally([] {});
    (void)seastar::make_ready_future<>().then([this] { bg.leave(); }); // noexcept: cannot fail
    (void)flush_segment().handle_exception_type([](const std::exception &) {});
  }
};

// --- moved into .then -------------------------------------------------------

seastar::future<int> replicate() {
  auto s = start_replication();
  return s.enqueued.then([f = std::move(s.finished)]() mutable { return std::move(f); });
  // CHECK: :[[@LINE-1]]:27: warning: future 'f' is moved into a continuation of 'seastar::future::then', which runs only if the future before it succeeds; if that fails, 'f' is destroyed unobserved [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:21: note: use 'seastar::future::then_wrapped', whose continuation runs either way, and observe both (catalogue entry 'seastar.future')
}

seastar::future<int> replicate_fixed() {
  auto s = start_replication();
  return s.enqueued.then_wrapped([f = std::move(s.finished)](seastar::future<> enqueued) mutable {
    if (enqueued.failed()) {
      // After a handler the future before .then cannot fail.
      return enqueued.handle_exception([](std::exception_ptr) {}).then([f = std::move(f)]() mutable {
        return std::move(f);
      });
    }
    return std::move(f);
  });
}

// --- then_wrapped that only asks -------------------------------------------

seastar::future<int> join_then_retry() {
  return fetch_offset().then_wrapped([](seastar::future<int> joined) {
    // CHECK: :[[@LINE-1]]:62: warning: the future handed to this 'seastar::future::then_wrapped' continuation is neither read nor passed on where it failed; its exception is lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:25: note: 'seastar::future::failed', 'seastar::future::available' only ask about the outcome; read it with get() or get_exception() on that path (catalogue entry 'seastar.future')
    if (!joined.failed())
      return joined.get();
    return -1;
  });
}

seastar::future<int> join_then_retry_fixed() {
  return fetch_offset().then_wrapped([](seastar::future<int> joined) {
    if (!joined.failed())
      return joined.get();
    log_error(joined.get_exception());
    return -1;
  });
}

seastar::future<int> join_success_ignored() {
  // Fine: where it succeeded, its value may be dropped.
  return fetch_offset().then_wrapped([](seastar::future<int> joined) {
    if (joined.failed()) {
      log_error(joined.get_exception());
      return -1;
    }
    return 0;
  });
}

// --- get() draining a range ------------------------------------------------

int sum_offsets(std::vector<seastar::future<int>> &ready) {
  int sum = 0;
  for (auto &f : ready)
    sum += f.get();
  // CHECK: :[[@LINE-1]]:14: warning: 'seastar::future::get' throws when this future failed, and the futures after it in the range are then destroyed unobserved [async-unawaited-task]
  // CHECK: :[[@LINE-3]]:3: note: read each outcome in a try block, or check failed() first (catalogue entry 'seastar.future')
  return sum;
}

int sum_offsets_fixed(std::vector<seastar::future<int>> &ready) {
  int sum = 0;
  for (auto &f : ready) {
    try {
      sum += f.get();
    } catch (...) {
      log_error(std::current_exception());
    }
  }
  return sum;
}

// --- started futures held across a throwing await --------------------------

seastar::future<> upload() {
  std::vector<seastar::future<>> started;
  started.emplace_back(flush_segment());
  // CHECK: :[[@LINE-1]]:3: warning: the future started here is held in 'started' while the coroutine awaits something else; if that throws, 'started' is destroyed with the future unobserved and its operation still running [async-unawaited-task]
  auto ranges = co_await list_ranges();
  // CHECK: :[[@LINE-1]]:17: note: this suspension may throw, and no handler around it catches the exception
  if (!ranges.empty())
    started.emplace_back(flush_segment());
  co_await apply_all(std::move(started));
}

seastar::future<> upload_fixed() {
  std::vector<seastar::future<>> started;
  started.emplace_back(flush_segment());
  std::exception_ptr failure;
  try {
    auto ranges = co_await list_ranges();
    if (!ranges.empty())
      started.emplace_back(flush_segment());
  } catch (...) {
    failure = std::current_exception();
  }
  co_await apply_all(std::move(started));
  if (failure)
    std::rethrow_exception(failure);
}

seastar::future<> upload_then_wait() {
  // Fine: the next suspension awaits the container's own futures.
  std::vector<seastar::future<>> started;
  started.emplace_back(flush_segment());
  co_await seastar::when_all(started.begin(), started.end());
}

// A variable only ever assigned over: the future assigned last is dropped
// with it (scylladb@43d2900c2e97 left an sstable's unlink running this way).
seastar::future<> close_files(bool marked) {
  auto unlinked = seastar::make_ready_future<>();
  if (marked)
    unlinked = flush_segment().handle_exception([](std::exception_ptr e) { log_error(e); });
  // CHECK: :[[@LINE-1]]:16: warning: task assigned to 'unlinked' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:16: note: {{.*}}(catalogue entry 'seastar.future')
  // CHECK: :[[@LINE-5]]:8: note: 'unlinked' is not read after it is assigned
  return seastar::make_ready_future<>();
}

seastar::future<> close_files_joined(bool marked) {
  // Fine: the assigned future is read (returned) afterwards.
  auto unlinked = seastar::make_ready_future<>();
  if (marked)
    unlinked = flush_segment();
  return unlinked;
}
