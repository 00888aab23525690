// Mock of seastar's loop primitives (seastar/core/loop.hh; not in Debian):
// the real qualified names and parameter shapes.
#pragma once
#include "future.hh"
#include <cstddef>
namespace seastar {
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
