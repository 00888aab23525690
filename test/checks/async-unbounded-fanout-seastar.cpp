// Counting ranges in seastar code: one element per shard
// (boost::irange(0u, smp::count)) or a small constant range is bounded; a
// range as long as a run-time container is not. So is an iterator pair that
// spans a constant number of elements (b, b + 2).
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <boost/range/irange.hpp>
#include <ranges>
#include <seastar/core/coroutine.hh>
#include <seastar/core/loop.hh>
#include <seastar/core/smp.hh>
#include <vector>

seastar::future<> work(int i);

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

// --- Good -----------------------------------------------------------------

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
