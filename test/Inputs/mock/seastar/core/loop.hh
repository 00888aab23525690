// Mock of seastar's loop primitives (seastar/core/loop.hh; not in Debian):
// the real qualified names and parameter shapes. stop_iteration, repeat and
// do_until as in scylladb/seastar 25.05, include/seastar/core/loop.hh.
#pragma once
#include "../util/bool_class.hh"
#include "future.hh"
#include <cstddef>
#include <type_traits>
namespace seastar {
struct stop_iteration_tag {};
using stop_iteration = bool_class<stop_iteration_tag>;
template <typename AsyncAction> future<> repeat(const AsyncAction &action) noexcept = delete;
template <typename AsyncAction> future<> repeat(AsyncAction &action) noexcept = delete;
template <typename AsyncAction>
  requires std::is_invocable_r_v<stop_iteration, AsyncAction> ||
           std::is_invocable_r_v<future<stop_iteration>, AsyncAction>
inline future<> repeat(AsyncAction &&action) noexcept {
  return {};
}
template <typename AsyncAction, typename StopCondition>
  requires std::is_invocable_r_v<bool, StopCondition> && std::is_invocable_r_v<future<>, AsyncAction>
inline future<> do_until(StopCondition stop_cond, AsyncAction action) noexcept {
  return {};
}
template <typename Iterator, typename Sentinel, typename Func>
future<> parallel_for_each(Iterator begin, Sentinel end, Func &&func) noexcept { return {}; }
template <typename Range, typename Func>
future<> parallel_for_each(Range &&range, Func &&func) noexcept { return {}; }
template <typename Range, typename Func>
future<> max_concurrent_for_each(Range &&range, size_t max_concurrent, Func &&func) noexcept { return {}; }
template <typename Iterator, typename Func>
future<> do_for_each(Iterator begin, Iterator end, Func &&action) noexcept { return {}; }
template <typename Container, typename Func>
future<> do_for_each(Container &c, Func &&action) noexcept { return {}; }
} // namespace seastar
