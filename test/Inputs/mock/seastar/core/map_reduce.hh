// Mock of seastar::map_reduce (scylladb/seastar 25.05, seastar/core/map_reduce.hh;
// not in Debian): free function templates over an iterator pair or a range
// that call the mapper on every element at once, then reduce the results.
#pragma once
#include "future.hh"
#include <iterator>
#include <utility>
namespace seastar {
template <typename Iterator, typename Mapper, typename Reducer>
inline auto map_reduce(Iterator begin, Iterator end, Mapper &&mapper, Reducer &&r) -> future<> {
  return {};
}
template <typename Iterator, typename Mapper, typename Initial, typename Reduce>
inline future<Initial> map_reduce(Iterator begin, Iterator end, Mapper &&mapper, Initial initial,
                                  Reduce reduce) {
  return {};
}
template <typename Range, typename Mapper, typename Initial, typename Reduce>
inline future<Initial> map_reduce(Range &&range, Mapper &&mapper, Initial initial, Reduce reduce) {
  return map_reduce(std::begin(range), std::end(range), std::forward<Mapper>(mapper),
                    std::move(initial), std::move(reduce));
}
} // namespace seastar
