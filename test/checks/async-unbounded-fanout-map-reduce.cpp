// seastar::map_reduce calls the mapper on every element at once (redpanda
// bounded its disk-usage map_reduce over all segments with a semaphore).
// Reported over a run-time range, through either overload; a mapper that
// first takes a semaphore unit is bounded. The range overload calls the
// iterator overload inside seastar's header: that call is the API's own
// implementation and is judged where the code calls the API, not inside.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <boost/iterator/counting_iterator.hpp>
#include <seastar/core/coroutine.hh>
#include <seastar/core/map_reduce.hh>
#include <seastar/core/semaphore.hh>
#include <vector>

using namespace seastar;

struct segment {
  future<long> size_on_disk() const;
};

// --- Bad ------------------------------------------------------------------

future<long> disk_usage(const std::vector<segment> &segments) {
  long total = co_await map_reduce(
      segments, [](const segment &s) { return s.size_on_disk(); }, 0L,
      [](long a, long b) { return a + b; });
  // CHECK: :[[@LINE-3]]:25: warning: 'seastar::map_reduce' starts one concurrent operation per element of 'segments' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-4]]:25: note: {{.*}}(catalogue entry 'seastar.map_reduce')
  // CHECK: :[[@LINE-5]]:25: note: instead: take a seastar::semaphore unit inside the mapper
  co_return total;
}

future<long> disk_usage_between(std::vector<segment>::const_iterator b,
                                std::vector<segment>::const_iterator e) {
  co_return co_await map_reduce(b, e, [](const segment &s) { return s.size_on_disk(); }, 0L,
                                [](long x, long y) { return x + y; });
  // CHECK: :[[@LINE-2]]:22: warning: 'seastar::map_reduce' starts one concurrent operation per element of 'b' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-3]]:22: note: {{.*}}(catalogue entry 'seastar.map_reduce')
  // CHECK: :[[@LINE-4]]:22: note: instead:
}

future<long> squares_up_to(long n) {
  co_return co_await map_reduce(boost::make_counting_iterator<long>(0), boost::make_counting_iterator<long>(n),
                                [](long x) { return make_ready_future<long>(x * x); }, 0L,
                                [](long a, long b) { return a + b; });
  // CHECK: :[[@LINE-3]]:22: warning: 'seastar::map_reduce' starts one concurrent operation per element of 'boost::make_counting_iterator<long>(0)' with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: :[[@LINE-4]]:22: note: {{.*}}(catalogue entry 'seastar.map_reduce')
  // CHECK: :[[@LINE-5]]:22: note: instead:
}

// --- Good -----------------------------------------------------------------

// Counting iterators over a range of a few values (a local set once).
future<long> ten_squares() {
  long n = 10;
  co_return co_await map_reduce(boost::make_counting_iterator<long>(0), boost::make_counting_iterator<long>(n),
                                [](long x) { return make_ready_future<long>(x * x); }, 0L,
                                [](long a, long b) { return a + b; });
}

future<long> disk_usage_bounded(const std::vector<segment> &segments, semaphore &io) {
  co_return co_await map_reduce(
      segments,
      [&io](const segment &s) {
        return with_semaphore(io, 1, [&s] { return s.size_on_disk(); });
      },
      0L, [](long a, long b) { return a + b; });
}
