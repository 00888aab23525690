// Counting ranges in seastar code: one element per shard
// (boost::irange(0u, smp::count)) or a small constant range is bounded; a
// range as long as a run-time container is not. So is an iterator pair that
// spans a constant number of elements (b, b + 2), and containers whose size
// is fixed where they are made: an empty temporary, a constant count, a copy
// of a constant range (boost::copy_range), of a fixed container or of its
// iterator pair, also moved into a lambda's capture, read by other fan-out
// calls or passed by const reference; a test fixture's member that no code in
// the file grows; a count every caller of a file-local function passes as a
// constant. A container handed to a function that
// may grow it, or a copy of run-time data, is reported. Scheduling groups and
// I/O queues are few (catalogue kind bounded-resource): work per group or per
// queue is bounded; work per row inside such a loop is not. A container of
// futures moved on (to a by-value parameter) keeps its size. Work started per
// element by a helper that first takes a semaphore unit is bounded.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <boost/range/iterator_range_core.hpp>
#include <boost/range/irange.hpp>
#include <numeric>
#include <ranges>
#include <memory>
#include <seastar/core/coroutine.hh>
#include <seastar/core/io_queue.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/scheduling.hh>
#include <seastar/core/semaphore.hh>
#include <seastar/core/smp.hh>
#include <seastar/core/when_all.hh>
#include <seastar/coroutine/parallel_for_each.hh>
#include <unordered_map>
#include <vector>

seastar::future<> work(int i);
seastar::future<int> fetch(int i);
void add_defaults(std::vector<int> &ids);
void log_all(const std::vector<int> &ids);

// --- Bad ------------------------------------------------------------------

seastar::future<> per_row(const std::vector<int> &ids) {
  co_await seastar::parallel_for_each(boost::irange<size_t>(0, ids.size()), [](size_t i) { return work(i); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'boost::irange<size_t>(0, ids.size())' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: note: instead:
}

seastar::future<> from_some(const std::vector<int> &rows, size_t n) {
  co_await seastar::parallel_for_each(rows.begin(), rows.begin() + n, [](int i) { return work(i); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'rows.begin()' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: note: instead:
}

seastar::future<> sized_by_data(const std::vector<int> &rows) {
  auto copied = boost::copy_range<std::vector<int>>(rows);
  co_await seastar::parallel_for_each(copied, [](int i) { return work(i); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'copied' with
  // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: note: instead:
  std::vector<int> three = {1, 2, 3};
  add_defaults(three); // may grow it
  co_await seastar::parallel_for_each(three, [](int i) { return work(i); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'three' with
  // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: note: instead:
  std::vector<seastar::future<>> one_per_row(rows.size());
  co_await seastar::when_all_succeed(one_per_row.begin(), one_per_row.end());
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::when_all_succeed' starts one concurrent operation per element of 'one_per_row' with
  // CHECK: note: {{.*}}(catalogue entry 'seastar.when_all')
  // CHECK: note: instead:
  co_await seastar::coroutine::parallel_for_each(rows.begin(), rows.end() - 1, [](int i) { return work(i); });
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::coroutine::parallel_for_each' starts one concurrent operation per element of 'rows' with
  // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: note: instead:
}

seastar::future<std::vector<int>> moved_into_capture(int n) {
  std::vector<seastar::future<int>> pending;
  for (int i = 0; i < n; ++i)
    pending.emplace_back(fetch(i));
  auto finish = [pending = std::move(pending)]() mutable {
    return seastar::when_all_succeed(std::move(pending));
    // CHECK: :[[@LINE-1]]:12: warning: 'seastar::when_all_succeed' starts one concurrent operation per element of 'pending' with
    // CHECK: note: {{.*}}(catalogue entry 'seastar.when_all')
    // CHECK: note: instead:
  };
  return finish();
}

seastar::future<> per_group_and_row(std::vector<seastar::scheduling_group> groups,
                                    const std::vector<int> &rows) {
  std::vector<seastar::future<>> started;
  for (auto &g : groups)
    for (int r : rows)
      started.push_back(seastar::with_scheduling_group(g, [r] { return work(r); }));
  co_await seastar::when_all_succeed(started.begin(), started.end());
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::when_all_succeed' starts one concurrent operation per element of 'started' with
  // CHECK: note: {{.*}}(catalogue entry 'seastar.when_all')
  // CHECK: note: instead:
}

// A file-local function: its callers decide how many run.
static seastar::future<> run_requests(unsigned parallelism = 1) {
  return seastar::parallel_for_each(std::views::iota(0u, parallelism), [](unsigned i) { return work(i); });
}
static seastar::future<> run_per_row(unsigned n) {
  return seastar::parallel_for_each(std::views::iota(0u, n), [](unsigned i) { return work(i); });
  // CHECK: :[[@LINE-1]]:10: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'std::views::iota(0u, n)' with
  // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
  // CHECK: note: instead:
}
seastar::future<> call_them(const std::vector<int> &rows) {
  co_await run_requests();
  co_await run_requests(4);
  co_await run_per_row(rows.size());
}

// A test fixture, as seastar's perf tests write them (PERF_TEST_F).
struct fixture {
  std::vector<int> empty_range;
  std::vector<int> rows;
  std::vector<int> three = {1, 2, 3};
  fixture() : empty_range() {}
  void add(int r) { rows.push_back(r); }
};

struct fixture_test : fixture {
  seastar::future<> run() {
    co_await seastar::parallel_for_each(rows, [](int i) { return work(i); });
    // CHECK: :[[@LINE-1]]:14: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'rows' with
    // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
    // CHECK: note: instead:
    co_await seastar::parallel_for_each(empty_range, [](int i) { return work(i); });
    co_await seastar::parallel_for_each(three, [](int i) { return work(i); });
  }
};

// A class whose methods are not all defined in this file: one defined
// elsewhere may fill the member (redpanda's controller_backend), so its
// size is not known here.
struct backend {
  std::vector<int> deltas;
  seastar::future<> bootstrap(int delta); // defined in another file
  seastar::future<> bootstrap_all() {
    return seastar::parallel_for_each(deltas, [this](int d) { return bootstrap(d); });
    // CHECK: :[[@LINE-1]]:12: warning: 'seastar::parallel_for_each' starts one concurrent operation per element of 'deltas' with
    // CHECK: note: {{.*}}(catalogue entry 'seastar.parallel_for_each')
    // CHECK: note: instead:
  }
};

// --- Good -----------------------------------------------------------------

seastar::future<> per_group(std::vector<seastar::scheduling_group> groups,
                            std::unordered_map<unsigned, std::shared_ptr<seastar::io_queue>> &queues) {
  std::vector<seastar::future<>> busy;
  busy.reserve(groups.size());
  // silenced by 'seastar.bounded_resources'
  for (auto &g : groups)
    busy.push_back(seastar::with_scheduling_group(g, [] { return work(0); }));
  co_await seastar::when_all_succeed(busy.begin(), busy.end());
  std::vector<seastar::future<>> again;
  for (unsigned i = 0; i < groups.size(); i++)
    again.push_back(seastar::with_scheduling_group(groups[i], [] { return work(1); }));
  co_await seastar::when_all_succeed(again.begin(), again.end());
  co_await seastar::parallel_for_each(queues, [](auto &q) {
    return q.second->update_shares_for_class_group(0, 100);
  });
}

seastar::future<> fixed_where_made() {
  co_await seastar::parallel_for_each(std::vector<int>(), [](int i) { return work(i); });
  auto range = boost::copy_range<std::vector<int>>(boost::irange(1, 6));
  co_await seastar::parallel_for_each(range, [](int i) { return work(i); });
  co_await seastar::parallel_for_each(range, [](int i) { return work(i + 1); });
  std::vector<seastar::future<>> two(2);
  co_await seastar::when_all_succeed(two.begin(), two.end());
  std::vector<int> three = {3, 1, 4};
  int sum = std::accumulate(three.begin(), three.end(), 0);
  log_all(three);
  co_await seastar::coroutine::parallel_for_each(three.begin(), three.end() - 1, [](int i) { return work(i); });
  std::vector<int> again(three.begin(), three.end());
  std::vector<int> copy = three;
  co_await seastar::parallel_for_each(again, [](int i) { return work(i); });
  co_await seastar::parallel_for_each(copy, [sum](int i) { return work(i + sum); });
}

seastar::future<std::vector<int>> ten_moved_into_capture() {
  std::vector<seastar::future<int>> ten;
  ten.reserve(10);
  for (int i = 0; i < 10; ++i)
    ten.emplace_back(fetch(i));
  auto finish = [ten = std::move(ten)]() mutable { return seastar::when_all_succeed(std::move(ten)); };
  return finish();
}

seastar::future<> per_shard() {
  co_await seastar::parallel_for_each(boost::irange(0u, seastar::smp::count),
                                      [](unsigned shard) { return work(shard); });
  co_await seastar::parallel_for_each(boost::irange(0u, seastar::this_smp_shard_count()),
                                      [](unsigned shard) { return work(shard); });
  co_await seastar::parallel_for_each(boost::irange(1, 6), [](int i) { return work(i); });
  co_await seastar::parallel_for_each(std::views::iota(0, 4), [](int i) { return work(i); });
}

seastar::future<> first_few(const std::vector<int> &rows) {
  auto &&begin = rows.begin();
  auto &&end = begin + 2;
  co_await seastar::parallel_for_each(std::move(begin), std::move(end), [](int i) { return work(i); });
  co_await seastar::parallel_for_each(rows.begin(), rows.begin() + 3, [](int i) { return work(i); });
}

seastar::future<> aggregate(std::vector<seastar::future<>> started);

seastar::future<> two_then_handed_on(bool second) {
  std::vector<seastar::future<>> started;
  started.emplace_back(work(1));
  if (second)
    started.emplace_back(work(2));
  co_await seastar::when_all(started.begin(), started.end());
  co_await aggregate(std::move(started));
}

seastar::future<> grown_then_handed_on(const std::vector<int> &rows) {
  std::vector<seastar::future<>> started;
  for (int r : rows)
    started.emplace_back(work(r));
  co_await seastar::when_all(started.begin(), started.end());
  // CHECK: :[[@LINE-1]]:12: warning: 'seastar::when_all' starts one concurrent operation per element of 'started' with
  // CHECK: note: {{.*}}(catalogue entry 'seastar.when_all')
  // CHECK: note: instead:
  co_await aggregate(std::move(started));
}

struct replicator {
  // Each background call takes a unit of the semaphore before it sends.
  seastar::future<> send_limited(int follower) {
    return seastar::with_semaphore(units, 1, [follower] { return work(follower); }).handle_exception([](auto) {});
  }
  seastar::future<> send_unlimited(int follower) { return work(follower); }

  void replicate(const std::vector<int> &followers) {
    for (int f : followers)
      (void)send_limited(f);
    for (int f : followers)
      (void)send_unlimited(f);
    // CHECK: :[[@LINE-1]]:13: warning: 'replicator::send_unlimited' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
    // CHECK: :[[@LINE-3]]:5: note: the loop runs once per element of 'followers'
  }
  seastar::semaphore units{4};
};
