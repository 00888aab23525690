// Mock of async_simple::coro::syncAwait (alibaba/async_simple 1.4,
// async_simple/coro/SyncAwait.h; not in Debian): starts the Lazy and waits
// on a condition until it finishes.
#pragma once
#include "Lazy.h"
#include <type_traits>
namespace async_simple::coro {
template <typename LazyType>
inline auto syncAwait(LazyType &&lazy) -> typename std::decay_t<LazyType>::ValueType;
template <typename LazyType>
inline auto syncAwait(LazyType &&lazy, Executor *ex) -> typename std::decay_t<LazyType>::ValueType;
} // namespace async_simple::coro
