// Real fixes from the ScyllaDB history, reduced: a seastar future that is
// kept in a local and never awaited. Most are `auto x = get_units(sem, 1);`
// (or a project wrapper around get_units or rwlock::hold_write_lock): the
// local silences seastar::future's [[nodiscard]], and no unit or lock is
// held, so the section it should protect runs unguarded. Each bug has the
// pre-fix shape (reported) and the fixed shape (silent). The types and
// helpers that belong to Scylla itself are declared here in reduced form.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <seastar/core/coroutine.hh>
#include <seastar/core/semaphore.hh>
#include <seastar/core/smp.hh>
#include <vector>

// scylladb@bc482bfdea2b: database::create_local_system_table took the tables
// metadata write lock without co_await, so the table was added unlocked.
namespace replica {
struct tables_metadata {
  seastar::rwlock _cf_lock;
  seastar::future<seastar::rwlock::holder> hold_write_lock() { return _cf_lock.hold_write_lock(); }
};
void add_column_family(int table);
seastar::future<> mark_table_ready(int table);

seastar::future<> create_local_system_table_bad(tables_metadata &meta, int table) {
  auto lock = meta.hold_write_lock();
  // CHECK: :[[@LINE-1]]:8: warning: task 'lock' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:8: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
  add_column_family(table);
  co_await mark_table_ready(table);
}

seastar::future<> create_local_system_table_good(tables_metadata &meta, int table) {
  auto lock = co_await meta.hold_write_lock();
  add_column_family(table);
  co_await mark_table_ready(table);
}
} // namespace replica

// scylladb@7d6f734a519a: the dictionary-compression REST handlers, the
// per-shard sampling coroutine run by invoke_on_all and the autotrainer loop
// called get_units on their concurrency limiters without co_await.
// Reduced: Scylla runs the per-shard coroutine with
// sharded<database>::invoke_on_all; the mocks have smp::invoke_on_all.
namespace dict {
struct storage_service {
  seastar::semaphore _sample_limiter{1};
  seastar::semaphore &get_do_sample_sstables_concurrency_limiter() { return _sample_limiter; }
};
seastar::semaphore local_sample_limiter(1);
seastar::future<double> sample_sstables(int table);
seastar::future<> sample_local_files();
bool feature_enabled();

seastar::future<double> estimate_compression_ratios_bad(storage_service &ss, int table) {
  auto ticket = seastar::get_units(ss.get_do_sample_sstables_concurrency_limiter(), 1);
  // CHECK: :[[@LINE-1]]:8: warning: task 'ticket' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:8: note: the units or the lock are taken only when the returned future resolves; keeping the future without awaiting it holds nothing (catalogue entry 'seastar.get_units')
  co_await seastar::smp::invoke_on_all([]() -> seastar::future<> {
    auto ticket = seastar::get_units(local_sample_limiter, 1);
    // CHECK: :[[@LINE-1]]:10: warning: task 'ticket' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:10: note: the units or the lock are taken only when the returned future resolves; keeping the future without awaiting it holds nothing (catalogue entry 'seastar.get_units')
    co_await sample_local_files();
  });
  co_return co_await sample_sstables(table);
}

seastar::future<> autotrainer_tick_bad(storage_service &ss, const std::vector<int> &tables) {
  for (int table : tables) {
    if (!feature_enabled())
      continue;
    auto ticket = seastar::get_units(ss.get_do_sample_sstables_concurrency_limiter(), 1);
    // CHECK: :[[@LINE-1]]:10: warning: task 'ticket' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:10: note: the units or the lock are taken only when the returned future resolves; keeping the future without awaiting it holds nothing (catalogue entry 'seastar.get_units')
    co_await sample_sstables(table);
  }
}

seastar::future<double> estimate_compression_ratios_good(storage_service &ss, int table) {
  auto ticket = co_await seastar::get_units(ss.get_do_sample_sstables_concurrency_limiter(), 1);
  co_await seastar::smp::invoke_on_all([]() -> seastar::future<> {
    auto ticket = co_await seastar::get_units(local_sample_limiter, 1);
    co_await sample_local_files();
  });
  co_return co_await sample_sstables(table);
}

seastar::future<> autotrainer_tick_good(storage_service &ss, const std::vector<int> &tables) {
  for (int table : tables) {
    if (!feature_enabled())
      continue;
    auto ticket = co_await seastar::get_units(ss.get_do_sample_sstables_concurrency_limiter(), 1);
    co_await sample_sstables(table);
  }
}
} // namespace dict

// scylladb@b8786b96f4b3: commitlog's recalculate_footprint and
// replenish_reserve took _reserve_recalculation_guard with get_units and no
// co_await, so concurrent recalculations were not excluded (#9770).
namespace commitlog {
struct segment_manager {
  seastar::semaphore _reserve_recalculation_guard{1};
  std::vector<int> _segments;
  std::vector<int> _reserve_segments;
  bool _shutdown = false;
  seastar::future<> do_pending_deletes();
  seastar::future<int> allocate_segment();
  seastar::future<> delete_segments(std::vector<int> segments);

  seastar::future<> recalculate_footprint_bad() {
    co_await do_pending_deletes();
    auto guard = seastar::get_units(_reserve_recalculation_guard, 1);
    // CHECK: :[[@LINE-1]]:10: warning: task 'guard' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:10: note: the units or the lock are taken only when the returned future resolves; keeping the future without awaiting it holds nothing (catalogue entry 'seastar.get_units')
    auto segments_copy = _segments;
    _reserve_segments.clear();
    co_await delete_segments(std::move(segments_copy));
  }

  seastar::future<> replenish_reserve_bad() {
    while (!_shutdown) {
      auto guard = seastar::get_units(_reserve_recalculation_guard, 1);
      // CHECK: :[[@LINE-1]]:12: warning: task 'guard' is never awaited; its result and exceptions are lost [async-unawaited-task]
      // CHECK: :[[@LINE-2]]:12: note: the units or the lock are taken only when the returned future resolves; keeping the future without awaiting it holds nothing (catalogue entry 'seastar.get_units')
      if (_reserve_segments.size() > 4)
        continue;
      _reserve_segments.push_back(co_await allocate_segment());
    }
  }

  seastar::future<> recalculate_footprint_good() {
    co_await do_pending_deletes();
    auto guard = co_await seastar::get_units(_reserve_recalculation_guard, 1);
    auto segments_copy = _segments;
    _reserve_segments.clear();
    co_await delete_segments(std::move(segments_copy));
  }

  seastar::future<> replenish_reserve_good() {
    while (!_shutdown) {
      auto guard = co_await seastar::get_units(_reserve_recalculation_guard, 1);
      if (_reserve_segments.size() > 4)
        continue;
      _reserve_segments.push_back(co_await allocate_segment());
    }
  }
};
} // namespace commitlog

// scylladb@66206207f972: gossiper::reset_endpoint_state_map called its
// get_units wrapper lock_endpoint_update_semaphore without co_await, so it
// did not serialize with replicate_live_endpoints_on_change (#15361).
// Reduced: container().invoke_on_all(...) is smp::invoke_on_all here.
namespace gms {
struct gossiper {
  seastar::semaphore _endpoint_update_semaphore{1};
  unsigned _live_endpoints_version = 0;
  seastar::future<seastar::semaphore_units<>> lock_endpoint_update_semaphore() {
    return seastar::get_units(_endpoint_update_semaphore, 1);
  }
  void clear_endpoint_maps();

  seastar::future<> reset_endpoint_state_map_bad() {
    auto lock = lock_endpoint_update_semaphore();
    // CHECK: :[[@LINE-1]]:10: warning: task 'lock' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:10: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
    auto version = _live_endpoints_version + 1;
    co_await seastar::smp::invoke_on_all([this] { clear_endpoint_maps(); });
    _live_endpoints_version = version;
  }

  seastar::future<> reset_endpoint_state_map_good() {
    auto lock = co_await lock_endpoint_update_semaphore();
    auto version = _live_endpoints_version + 1;
    co_await seastar::smp::invoke_on_all([this] { clear_endpoint_maps(); });
    _live_endpoints_version = version;
  }
};
} // namespace gms
