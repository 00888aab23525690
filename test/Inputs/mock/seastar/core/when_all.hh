// Mock of seastar's when_all family (scylladb/seastar 25.05, seastar/core/when_all.hh;
// not in Debian).
#pragma once
#include "future.hh"
#include <tuple>
#include <vector>
namespace seastar {
template <typename FutureIterator>
future<std::vector<typename std::iterator_traits<FutureIterator>::value_type>>
when_all(FutureIterator begin, FutureIterator end) noexcept;
template <typename... FutOrFuncs> future<std::tuple<FutOrFuncs...>> when_all(FutOrFuncs &&...fut_or_funcs) noexcept;
template <typename FutureIterator>
future<> when_all_succeed(FutureIterator begin, FutureIterator end) noexcept;
template <typename... FutOrFuncs> future<> when_all_succeed(FutOrFuncs &&...fut_or_funcs) noexcept;
// Like seastar's, it takes the values out of futures that are all available
// by then (get() on each); the body shows that to the blocking check.
template <typename T> future<std::vector<T>> when_all_succeed(std::vector<future<T>> &&futures) noexcept {
  std::vector<T> values;
  for (auto &f : futures)
    values.push_back(f.get());
  return make_ready_future<std::vector<T>>(std::move(values));
}
} // namespace seastar
