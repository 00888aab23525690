// Real fixes from the ScyllaDB and Seastar histories, reduced: a seastar
// future detached with `(void)` or `std::ignore =` (both code bases mark these
// "FIXME: discarded future" / "FIXME: future is discarded"), often at the end
// of a continuation chain (.then, .then_wrapped, .handle_exception, .finally)
// or of do_with / sharded::invoke_on. The check does not report explicit
// discards by default; this file runs it with ReportExplicitDiscards: true, the
// option meant for such code bases. Each bug has the pre-fix shape (reported
// with the option) and the fixed shape (silent): the fixes wait for the
// future, return it from the continuation, or keep it in a member that stop()
// waits for. The projects' own types are declared here in reduced form.
//
// Lambdas given to continuations spell out their parameter types, as the
// projects' code mostly does.
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async-unawaited-task.ReportExplicitDiscards: true}}" %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --config="{CheckOptions: {async-unawaited-task.ReportExplicitDiscards: true}}" %s -- %std_flags | FileCheck %s %nodiag
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <exception>
#include <memory>
#include <seastar/core/coroutine.hh>
#include <seastar/core/do_with.hh>
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/prometheus.hh>
#include <seastar/core/sharded.hh>
#include <seastar/core/thread.hh>
#include <seastar/core/thread_pool.hh>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

// --- Scylla's main(), which runs under seastar::async: startup steps whose
// futures were dropped, so startup went on before they finished and their
// errors were lost. Each fix waits with .get().

// scylladb@4a5082bfc839: main registered the Prometheus metrics handlers with
// a dropped prometheus::start, so the server could start listening before the
// handlers existed.
namespace startup {
struct server_config {
  std::string prometheus_prefix;
};

void start_prometheus_bad(seastar::httpd::http_server_control &prometheus_server, const server_config &cfg) {
  seastar::prometheus::config pctx;
  pctx.prefix = cfg.prometheus_prefix;
  (void)seastar::prometheus::start(prometheus_server, pctx);
  // CHECK: :[[@LINE-1]]:9: warning: task returned by 'seastar::prometheus::start' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:9: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
}

void start_prometheus_good(seastar::httpd::http_server_control &prometheus_server, const server_config &cfg) {
  seastar::prometheus::config pctx;
  pctx.prefix = cfg.prometheus_prefix;
  seastar::prometheus::start(prometheus_server, pctx).get();
}

// scylladb@d90415434eb7: main started the sharded memory_threshold_guard (it
// turns on the large-allocation warnings once boot is done) with a dropped
// sharded<>::start, so nothing waited for the instances to exist.
struct memory_threshold_guard {
  explicit memory_threshold_guard(size_t threshold);
  seastar::future<> stop();
};

void start_memory_guard_bad(seastar::sharded<memory_threshold_guard> &mtg, size_t threshold) {
  (void)mtg.start(threshold);
  // CHECK: :[[@LINE-1]]:9: warning: task returned by 'seastar::sharded<startup::memory_threshold_guard>::start' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:9: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
}

void start_memory_guard_good(seastar::sharded<memory_threshold_guard> &mtg, size_t threshold) {
  mtg.start(threshold).get();
}

// scylladb@61fb0ad9964c: main registered the cache REST handlers with a
// dropped api::set_server_cache, unlike the neighbouring set_server_* calls,
// which it waited for.
struct http_context {};
seastar::future<> set_server_snapshot(http_context &ctx);
seastar::future<> set_server_cache(http_context &ctx);

void register_api_bad(http_context &ctx) {
  set_server_snapshot(ctx).get();
  (void)set_server_cache(ctx);
  // CHECK: :[[@LINE-1]]:9: warning: task returned by 'startup::set_server_cache' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:9: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
}

void register_api_good(http_context &ctx) {
  set_server_snapshot(ctx).get();
  set_server_cache(ctx).get();
}

// scylladb@1525cb2dba51: after replaying the schema commitlog, main deleted
// the replayed segments with a dropped delete_segments, so boot went on while
// the old segments were still on disk (and a failure went unnoticed). The fix
// waits for it (and, for the regular commitlog, spreads the deletion over the
// shards; that site is left out here).
struct commitlog {
  seastar::future<> delete_segments(std::vector<std::string> paths);
};

void replay_schema_commitlog_bad(commitlog *sch_cl, std::vector<std::string> paths) {
  (void)sch_cl->delete_segments(std::move(paths));
  // CHECK: :[[@LINE-1]]:9: warning: task returned by 'startup::commitlog::delete_segments' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:9: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
}

void replay_schema_commitlog_good(commitlog *sch_cl, std::vector<std::string> paths) {
  sch_cl->delete_segments(std::move(paths)).get();
}
} // namespace startup

// --- Continuation chains and background fibers.

// scylladb@3f19865493e2: when a view was already built, the view builder's
// bookkeeping future ended with a void .then() lambda that dropped the removal
// of the build progress rows, so the barrier over the bookkeeping futures did
// not wait for it. The fix returns the removal's future from the lambda.
namespace view {
struct view_info {
  std::string ks_name;
  std::string cf_name;
};
seastar::future<> finish_view_build(const std::string &ks_name, const std::string &cf_name);
seastar::future<> remove_view_build_progress_across_all_shards(const std::string &cf_name,
                                                               const std::string &ks_name);

void mark_view_built_bad(std::vector<seastar::future<>> &bookkeeping_ops, std::shared_ptr<view_info> view) {
  auto f = finish_view_build(view->ks_name, view->cf_name).then([view] {
    (void)remove_view_build_progress_across_all_shards(view->cf_name, view->ks_name);
    // CHECK: :[[@LINE-1]]:11: warning: task returned by 'view::remove_view_build_progress_across_all_shards' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:11: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
  });
  bookkeeping_ops.push_back(std::move(f));
}

void mark_view_built_good(std::vector<seastar::future<>> &bookkeeping_ops, std::shared_ptr<view_info> view) {
  auto f = finish_view_build(view->ks_name, view->cf_name).then([view] {
    return remove_view_build_progress_across_all_shards(view->cf_name, view->ks_name);
  });
  bookkeeping_ops.push_back(std::move(f));
}
} // namespace view

// scylladb@41951d34ad77: service_level_controller started its periodic
// updater on the coordinating shard with a dropped invoke_on, and stop() did
// not wait for it. The fix keeps the future in a member that stop() returns.
namespace qos {
constexpr unsigned global_controller = 0;
struct service_level_controller : seastar::peering_sharded_service<service_level_controller> {
  seastar::future<> _distributed_data_updater = seastar::make_ready_future<>();
  seastar::future<> run_update_loop(std::chrono::duration<float> interval);

  void update_from_distributed_data_bad(std::chrono::duration<float> interval) {
    (void)container().invoke_on(global_controller, [interval](service_level_controller &global_sl) {
      return global_sl.run_update_loop(interval);
    });
    // CHECK: :[[@LINE-3]]:11: warning: task returned by 'seastar::sharded<qos::service_level_controller>::invoke_on' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-4]]:11: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
  }

  void update_from_distributed_data_good(std::chrono::duration<float> interval) {
    _distributed_data_updater =
        container().invoke_on(global_controller, [interval](service_level_controller &global_sl) {
          return global_sl.run_update_loop(interval);
        });
  }

  seastar::future<> stop() { return std::exchange(_distributed_data_updater, seastar::make_ready_future<>()); }
};
} // namespace qos

// scylladb@bfaac5192a6b: gossiper::remove_endpoint ran the subscribers'
// on_remove callbacks in a dropped seastar::async(...).handle_exception(...),
// so they raced with the rest of the removal and with a bootstrapping node
// (#14646). The fix awaits them in the coroutine and logs a failure.
namespace gms {
struct endpoint_subscriber {
  seastar::future<> on_remove(int endpoint);
};
struct subscriber_list {
  template <typename Func> seastar::future<> for_each(Func func);
};
void log_on_remove_failure(std::exception_ptr ep);

struct gossiper {
  subscriber_list _subscribers;
  seastar::future<> forget_endpoint(int endpoint);

  seastar::future<> remove_endpoint_bad(int endpoint) {
    (void)seastar::async([this, endpoint] {
      _subscribers
          .for_each([endpoint](std::shared_ptr<endpoint_subscriber> subscriber) { return subscriber->on_remove(endpoint); })
          .get();
    }).handle_exception([](std::exception_ptr ep) { log_on_remove_failure(ep); });
    // CHECK: :[[@LINE-5]]:11: warning: task returned by 'seastar::future<>::handle_exception' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-6]]:11: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
    co_await forget_endpoint(endpoint);
  }

  seastar::future<> remove_endpoint_good(int endpoint) {
    try {
      co_await _subscribers.for_each(
          [endpoint](std::shared_ptr<endpoint_subscriber> subscriber) { return subscriber->on_remove(endpoint); });
    } catch (...) {
      log_on_remove_failure(std::current_exception());
    }
    co_await forget_endpoint(endpoint);
  }
};
} // namespace gms

// scylladb@fefab8b52845: when preparing its statement failed,
// table_helper::cache_table_info retried the table setup on shard 0 with a
// dropped invoke_on(...).handle_exception(...) and threw at once, so the
// setup could still run (through group0) while shutdown tore group0 down.
// The fix awaits the retry, logs its failure, then rethrows.
namespace tables {
struct query_processor : seastar::peering_sharded_service<query_processor> {};
seastar::future<> try_prepare(query_processor &qp);
seastar::future<> setup_table(query_processor &qp, std::string create_cql);
struct bad_column_family {};
void log_setup_failure(std::exception_ptr ep);

struct table_helper {
  std::string _create_cql;

  seastar::future<> cache_table_info_bad(query_processor &qp) {
    try {
      co_await try_prepare(qp);
    } catch (...) {
      (void)qp.container()
          .invoke_on(0, [create_cql = _create_cql](query_processor &local_qp) -> seastar::future<> {
            co_return co_await setup_table(local_qp, create_cql);
          })
          .handle_exception([](std::exception_ptr ep) { log_setup_failure(ep); });
      // CHECK: :[[@LINE-5]]:13: warning: task returned by 'seastar::future<>::handle_exception' is never awaited; its result and exceptions are lost [async-unawaited-task]
      // CHECK: :[[@LINE-6]]:13: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
      throw bad_column_family();
    }
  }

  seastar::future<> cache_table_info_good(query_processor &qp) {
    std::exception_ptr eptr;
    try {
      co_await try_prepare(qp);
    } catch (...) {
      eptr = std::current_exception();
    }
    if (!eptr)
      co_return;
    try {
      co_await qp.container().invoke_on(0, [create_cql = _create_cql](query_processor &local_qp) -> seastar::future<> {
        co_return co_await setup_table(local_qp, create_cql);
      });
    } catch (...) {
      log_setup_failure(std::current_exception());
    }
    throw bad_column_family();
  }
};
} // namespace tables

// scylladb@034c6fbd87c6: the S3 client's multipart copy awaited copy_part for
// each part in turn, but copy_part only detached the request
// (`std::ignore = make_request(...).handle_exception(...).finally(...)`, with
// a gate holder), so every part of a large object was in flight at once. The
// fix makes copy_part await its request and bounds the loop with
// max_concurrent_for_each(..., 16, ...). The check reports the detached
// request (with this option), not the fan-out it causes: the loop awaits each
// call, and the spawn is in the function it calls.
namespace s3 {
struct request {};
struct reply {};
struct group_client {};
struct client {
  template <typename Handler>
  seastar::future<> make_request(request req, Handler handle, int expected_status);
};
void log_part_failure(std::exception_ptr ep);

struct multipart_copy {
  std::shared_ptr<client> _client;
  seastar::gate _bg_flushes;
  request make_part_request(size_t offset, size_t part_size);

  seastar::future<> copy_part_bad(size_t offset, size_t part_size) {
    auto gh = _bg_flushes.hold();
    auto on_reply = [](group_client &, const reply &) -> seastar::future<> { co_return; };
    std::ignore = _client->make_request(make_part_request(offset, part_size), on_reply, 200)
                      .handle_exception([](std::exception_ptr ep) { log_part_failure(ep); })
                      .finally([gh = std::move(gh)] {});
    // CHECK: :[[@LINE-3]]:19: warning: task returned by 'seastar::future<>::finally' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-4]]:19: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
    co_return;
  }

  seastar::future<> copy_parts_bad(size_t source_size, size_t part_size) {
    for (size_t offset = 0; offset < source_size; offset += part_size)
      co_await copy_part_bad(offset, std::min(source_size - offset, part_size));
  }

  seastar::future<> copy_part_good(size_t offset, size_t part_size) {
    auto on_reply = [](group_client &, const reply &) -> seastar::future<> { co_return; };
    co_await _client->make_request(make_part_request(offset, part_size), on_reply, 200)
        .handle_exception([](std::exception_ptr ep) { log_part_failure(ep); });
  }

  seastar::future<> copy_parts_good(size_t source_size, size_t part_size) {
    std::vector<size_t> parts((source_size + part_size - 1) / part_size);
    for (size_t i = 0; i < parts.size(); ++i)
      parts[i] = i;
    co_await seastar::max_concurrent_for_each(parts, 16, [this, source_size, part_size](size_t part) -> seastar::future<> {
      auto offset = part * part_size;
      co_await copy_part_good(offset, std::min(source_size - offset, part_size));
    });
  }
};
} // namespace s3

// seastar@f034c999455e: the AIO backend resubmitted failed I/O requests on the
// syscall thread with a dropped do_with(...), and nothing waited for that
// retry fiber when the reactor shut down. The fix keeps the retry loop (now a
// do_until) in a member that a stop() called at reactor exit waits for.
namespace aio {
struct iocb {};
struct syscall_result {
  long result;
  int error;
};
syscall_result io_submit_batch(std::vector<iocb *> &batch);

struct aio_storage_context {
  seastar::thread_pool *_thread_pool;
  std::vector<iocb *> _pending_aio_retry;
  std::vector<iocb *> _aio_retries;
  seastar::future<> _pending_aio_retry_fut = seastar::make_ready_future<>();
  void requeue_unsubmitted(std::vector<iocb *> &batch, syscall_result result);

  void schedule_retry_bad() {
    (void)seastar::do_with(std::exchange(_pending_aio_retry, {}), [this](std::vector<iocb *> &retries) {
      return _thread_pool
          ->submit<syscall_result>(seastar::internal::thread_pool_submit_reason::aio_fallback,
                                   [&retries] { return io_submit_batch(retries); })
          .then([this, &retries](syscall_result result) { requeue_unsubmitted(retries, result); });
    });
    // CHECK: :[[@LINE-6]]:11: warning: task returned by 'seastar::do_with' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-7]]:11: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
  }

  void schedule_retry_good() {
    _pending_aio_retry_fut = seastar::do_until(
        [this] {
          if (_aio_retries.empty()) {
            if (_pending_aio_retry.empty())
              return true;
            std::swap(_aio_retries, _pending_aio_retry);
          }
          return false;
        },
        [this] {
          return _thread_pool
              ->submit<syscall_result>(seastar::internal::thread_pool_submit_reason::aio_fallback,
                                       [this] { return io_submit_batch(_aio_retries); })
              .then_wrapped([this](seastar::future<syscall_result> f) {
                if (f.failed()) {
                  f.ignore_ready_future();
                  return;
                }
                requeue_unsubmitted(_aio_retries, f.get());
              });
        });
  }

  seastar::future<> stop() noexcept { return std::exchange(_pending_aio_retry_fut, seastar::make_ready_future<>()); }
};
} // namespace aio

// seastar@e67b366bb06d: http_server::do_accepts dropped both the processing
// of each accepted connection and the next round of the accept loop, so
// stop() could finish while either still ran. The fix chains both into
// members (_processing_done, _accepts_done) that stop() waits for.
namespace httpd {
struct accept_result {
  int connection;
};
struct server_socket {
  seastar::future<accept_result> accept();
};
struct http_server;
struct connection {
  connection(http_server &server, int fd);
  seastar::future<> process();
};
void log_request_error(std::exception_ptr ep);

struct http_server {
  std::vector<server_socket> _listeners;
  seastar::future<> _accepts_done = seastar::make_ready_future<>();
  seastar::future<> _processing_done = seastar::make_ready_future<>();

  seastar::future<> do_accepts_bad(int which) {
    return _listeners[which].accept().then_wrapped([this, which](seastar::future<accept_result> f_ar) {
      auto conn = new connection(*this, f_ar.get().connection);
      (void)conn->process().then_wrapped([conn](seastar::future<> f) {
        delete conn;
        if (f.failed())
          log_request_error(f.get_exception());
      });
      // CHECK: :[[@LINE-5]]:13: warning: task returned by 'seastar::future<>::then_wrapped' is never awaited; its result and exceptions are lost [async-unawaited-task]
      // CHECK: :[[@LINE-6]]:13: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
      (void)do_accepts_bad(which);
      // CHECK: :[[@LINE-1]]:13: warning: task returned by 'httpd::http_server::do_accepts_bad' is never awaited; its result and exceptions are lost [async-unawaited-task]
      // CHECK: :[[@LINE-2]]:13: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
    });
  }

  seastar::future<> do_accepts_good(int which) {
    return _listeners[which].accept().then_wrapped([this, which](seastar::future<accept_result> f_ar) {
      auto conn = new connection(*this, f_ar.get().connection);
      seastar::future<> process_conn = conn->process().then_wrapped([conn](seastar::future<> f) {
        delete conn;
        if (f.failed())
          log_request_error(f.get_exception());
      });
      _processing_done = _processing_done.then(
          [process_conn = std::move(process_conn)]() mutable { return std::move(process_conn); });
      _accepts_done = _accepts_done.then([this, which] { return do_accepts_good(which); });
    });
  }
};
} // namespace httpd
