// Mock of seastar::coroutine::parallel_for_each (not in Debian): an awaitable
// class constructed with a range or an iterator pair and a function.
#pragma once
#include "../../mock_awaitable.h"
#include <utility>
namespace seastar::coroutine {
template <typename Func> class [[nodiscard]] parallel_for_each : public mock_detail::awaitable<void> {
public:
  template <typename Iterator, typename Sentinel>
  parallel_for_each(Iterator begin, Sentinel end, Func &&func) noexcept {}
  template <typename Range> parallel_for_each(Range &&range, Func &&func) noexcept {}
};
template <typename Iterator, typename Sentinel, typename Func>
parallel_for_each(Iterator, Sentinel, Func &&) -> parallel_for_each<Func>;
template <typename Range, typename Func>
parallel_for_each(Range &&, Func &&) -> parallel_for_each<Func>;
} // namespace seastar::coroutine
