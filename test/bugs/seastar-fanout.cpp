// Real fixes from the ScyllaDB history, reduced: a fan-out over a collection
// whose size comes from the data (rows of a system table, sstables, peer
// nodes, tables of a schema change, view updates), started all at once with
// parallel_for_each / coroutine::parallel_for_each / when_all. The fixes bound
// it with max_concurrent_for_each or take a semaphore unit per element. Each
// bug has the pre-fix shape (reported) and the fixed shape (silent). Scylla's
// own types and helpers are declared here in reduced form.
//
// Lambdas given to seastar's loops spell out their parameter types: the mock
// loops never call their function, so a generic lambda there would never be
// instantiated (with the real seastar headers it is).
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <algorithm>
#include <boost/range/adaptor/transformed.hpp>
#include <map>
#include <memory>
#include <seastar/core/coroutine.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/semaphore.hh>
#include <seastar/core/smp.hh>
#include <seastar/core/thread.hh>
#include <seastar/core/when_all.hh>
#include <seastar/coroutine/parallel_for_each.hh>
#include <string>
#include <utility>
#include <vector>

// scylladb@2eccd17e7061: system_keyspace::drop_truncation_rp_records deleted
// every row of the truncation table at once with coroutine::parallel_for_each
// (#25682); the fix caps it at min(1024, smp::count * 8).
namespace db {
struct result_row {
  int table_uuid;
  int shard;
};
using result_set = std::vector<result_row>;
seastar::future<std::shared_ptr<result_set>> execute_cql(const std::string &query);
seastar::future<> remove_truncation_record(int table_uuid, int shard);

seastar::future<> drop_truncation_rp_records_bad() {
  auto rs = co_await execute_cql("SELECT * FROM system.truncated");
  co_await seastar::coroutine::parallel_for_each(*rs, [&](const result_row &row) -> seastar::future<> {
    co_await remove_truncation_record(row.table_uuid, row.shard);
  });
  // CHECK: :[[@LINE-3]]:12: warning: 'seastar::coroutine::parallel_for_each' starts one concurrent operation per element of '*rs' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-4]]:12: note: parallel_for_each runs the function on every element at once, with a continuation per element in memory (catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-5]]:12: note: instead: seastar::max_concurrent_for_each(range, max_concurrent, func)
}

seastar::future<> drop_truncation_rp_records_good() {
  auto rs = co_await execute_cql("SELECT * FROM system.truncated");
  auto max_concurrency = std::min(1024u, seastar::smp::count * 8);
  co_await seastar::max_concurrent_for_each(*rs, max_concurrency, [&](const result_row &row) -> seastar::future<> {
    co_await remove_truncation_record(row.table_uuid, row.shard);
  });
}
} // namespace db

// scylladb@1ba9e253c414: table::snapshot linked every sstable of the table
// into the snapshot directory at once with parallel_for_each, and the fix uses
// max_concurrent_for_each and a unit of the sstable-directory semaphore.
// Reduced: the pre-fix ran inside do_with(...).then(...); only the fan-out is kept.
namespace snapshot {
struct sstable {
  seastar::future<> create_links(const std::string &dir) const;
};
using shared_sstable = std::shared_ptr<sstable>;
template <typename Func> auto io_check(Func &&func) { return func(); }
seastar::semaphore sst_dir_semaphore(16);

seastar::future<> link_sstables_bad(std::vector<shared_sstable> &tables, const std::string &jsondir) {
  return seastar::parallel_for_each(tables, [&jsondir](shared_sstable sst) {
    return io_check([sst, &dir = jsondir] { return sst->create_links(dir); });
  });
  // CHECK: :[[@LINE-3]]:10: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'tables' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-4]]:10: note: parallel_for_each runs the function on every element at once, with a continuation per element in memory (catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-5]]:10: note: instead: seastar::max_concurrent_for_each(range, max_concurrent, func)
}

seastar::future<> link_sstables_good(std::vector<shared_sstable> &tables, const std::string &jsondir,
                                     size_t initial_sstable_loading_concurrency) {
  return seastar::max_concurrent_for_each(tables, initial_sstable_loading_concurrency, [&jsondir](shared_sstable sst) {
    return seastar::with_semaphore(sst_dir_semaphore, 1, [&jsondir, sst] {
      return io_check([sst, &dir = jsondir] { return sst->create_links(dir); });
    });
  });
}
} // namespace snapshot

// scylladb@1f06ee3960b7: range_streamer::do_stream_async streamed from every
// peer node at once (49 seastar threads for a 50-node cluster); the fix takes
// a unit of a semaphore{16} per peer before starting its thread.
namespace dht {
using inet_address = int;
using token_ranges = std::vector<int>;
using peer_ranges = std::vector<std::pair<inet_address, token_ranges>>;
struct range_streamer {
  std::map<std::string, peer_ranges> _to_stream;
  seastar::semaphore _limiter{16};
  seastar::future<> stream_ranges_from(inet_address source, const token_ranges &ranges);

  seastar::future<> do_stream_async_bad() {
    return seastar::do_for_each(_to_stream, [this](std::pair<const std::string, peer_ranges> &stream) {
      auto &ip_range_vec = stream.second;
      return seastar::parallel_for_each(ip_range_vec, [this](std::pair<inet_address, token_ranges> &ip_range) {
        auto source = ip_range.first;
        auto &ranges = ip_range.second;
        return seastar::async([this, source, &ranges] { stream_ranges_from(source, ranges).get(); });
      });
      // CHECK: :[[@LINE-5]]:14: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'ip_range_vec' with no limit on how many run at once [async-unbounded-fanout]
      // CHECK: :[[@LINE-6]]:14: note: parallel_for_each runs the function on every element at once, with a continuation per element in memory (catalogue entry 'seastar.parallel_for_each')
      // CHECK: :[[@LINE-7]]:14: note: instead: seastar::max_concurrent_for_each(range, max_concurrent, func)
    });
  }

  seastar::future<> do_stream_async_good() {
    return seastar::do_for_each(_to_stream, [this](std::pair<const std::string, peer_ranges> &stream) {
      auto &ip_range_vec = stream.second;
      return seastar::parallel_for_each(ip_range_vec, [this](std::pair<inet_address, token_ranges> &ip_range) {
        auto source = ip_range.first;
        auto &ranges = ip_range.second;
        return seastar::with_semaphore(_limiter, 1, [this, source, &ranges] {
          return seastar::async([this, source, &ranges] { stream_ranges_from(source, ranges).get(); });
        });
      });
    });
  }
};
} // namespace dht

// scylladb@7ccb0e70f096: merging a schema change flushed, dropped and
// notified every affected table at once (coroutine::parallel_for_each, and
// when_all over a transformed range), which stalled with thousands of tables
// (#11574), and the fix runs each with max_concurrent_for_each(..., 8, ...).
namespace schema_tables {
struct table_id {
  int id;
};
struct dropped_schema {
  int schema;
};
struct schema_diff {
  std::vector<dropped_schema> dropped;
};
seastar::future<> flush_table_on_all_shards(table_id id);
seastar::future<> drop_table_on_all_shards(int schema);
seastar::future<> notify_drop_view(int schema);
constexpr size_t max_concurrent = 8;

seastar::future<> merge_tables_and_views_bad(std::vector<table_id> column_families, schema_diff &tables_diff,
                                             schema_diff &views_diff) {
  co_await seastar::coroutine::parallel_for_each(column_families, [](const table_id &id) -> seastar::future<> {
    return flush_table_on_all_shards(id);
  });
  // CHECK: :[[@LINE-3]]:12: warning: 'seastar::coroutine::parallel_for_each' starts one concurrent operation per element of 'column_families' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-4]]:12: note: parallel_for_each runs the function on every element at once, with a continuation per element in memory (catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-5]]:12: note: instead: seastar::max_concurrent_for_each(range, max_concurrent, func)
  co_await seastar::coroutine::parallel_for_each(tables_diff.dropped, [](dropped_schema &dt) -> seastar::future<> {
    return drop_table_on_all_shards(dt.schema);
  });
  // CHECK: :[[@LINE-3]]:12: warning: 'seastar::coroutine::parallel_for_each' starts one concurrent operation per element of 'tables_diff.dropped' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-4]]:12: note: parallel_for_each runs the function on every element at once, with a continuation per element in memory (catalogue entry 'seastar.parallel_for_each')
  // CHECK: :[[@LINE-5]]:12: note: instead: seastar::max_concurrent_for_each(range, max_concurrent, func)
  auto notify = [&](auto &r, auto &&f) -> seastar::future<> {
    auto notifications = r | boost::adaptors::transformed(f);
    co_await seastar::when_all(notifications.begin(), notifications.end());
    // CHECK: :[[@LINE-1]]:14: warning: 'seastar::when_all' starts one concurrent operation per element of 'notifications' with no limit on how many run at once [async-unbounded-fanout]
    // CHECK: :[[@LINE-2]]:14: note: when_all over a range waits on one future per element, all of them in flight together (catalogue entry 'seastar.when_all')
    // CHECK: :[[@LINE-3]]:14: note: instead: seastar::max_concurrent_for_each over the inputs instead of one future per input
  };
  co_await notify(views_diff.dropped, [](dropped_schema &dt) { return notify_drop_view(dt.schema); });
}

seastar::future<> merge_tables_and_views_good(std::vector<table_id> column_families, schema_diff &tables_diff,
                                              schema_diff &views_diff) {
  co_await seastar::max_concurrent_for_each(column_families, max_concurrent, [](const table_id &id) -> seastar::future<> {
    return flush_table_on_all_shards(id);
  });
  co_await seastar::max_concurrent_for_each(tables_diff.dropped, max_concurrent, [](dropped_schema &dt) -> seastar::future<> {
    return drop_table_on_all_shards(dt.schema);
  });
  auto notify = [&](auto &r, auto &&f) -> seastar::future<> {
    co_await seastar::max_concurrent_for_each(r, max_concurrent, std::move(f));
  };
  co_await notify(views_diff.dropped, [](dropped_schema &dt) { return notify_drop_view(dt.schema); });
}
} // namespace schema_tables

// scylladb@1fb831c8c15d: mutate_MV made one future per view update of a base
// write (a single write can make millions) and waited for all of them with
// when_all_succeed over the vector, and the fix applies them with
// max_concurrent_for_each(..., 128, ...).
// Reduced: the pre-fix was a continuation that kept the vector alive with
// .finally(); here a coroutine frame keeps it.
namespace view {
struct view_update {
  int id;
};
seastar::future<> apply_locally(const view_update &update);
seastar::future<> send_to_paired_replica(const view_update &update);
seastar::future<> apply_or_send(const view_update &update);

seastar::future<> mutate_MV_bad(const std::vector<view_update> &view_updates) {
  std::vector<seastar::future<>> fs;
  for (const view_update &update : view_updates)
    fs.push_back(apply_or_send(update));
  co_await seastar::when_all_succeed(fs.begin(), fs.end());
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::when_all_succeed' starts one concurrent operation per element of 'fs' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-2]]:12: note: when_all over a range waits on one future per element, all of them in flight together (catalogue entry 'seastar.when_all')
  // CHECK: :[[@LINE-3]]:12: note: instead: seastar::max_concurrent_for_each over the inputs instead of one future per input
}

seastar::future<> mutate_MV_good(const std::vector<view_update> &view_updates) {
  co_await seastar::max_concurrent_for_each(view_updates, 128, [](const view_update &update) -> seastar::future<> {
    return seastar::when_all_succeed(apply_locally(update), send_to_paired_replica(update));
  });
}
} // namespace view
