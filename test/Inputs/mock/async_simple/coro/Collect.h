// Mock of async_simple's collect functions (alibaba/async_simple 1.4,
// async_simple/coro/Collect.h; not in Debian): each returns a Lazy of the
// vector of results.
#pragma once
#include "Lazy.h"
#include <cstddef>
#include <vector>
namespace async_simple::coro {
template <typename T> Lazy<std::vector<Try<T>>> collectAll(std::vector<Lazy<T>> &&input);
template <typename T> Lazy<std::vector<Try<T>>> collectAllPara(std::vector<Lazy<T>> &&input);
template <typename T>
Lazy<std::vector<Try<T>>> collectAllWindowed(std::size_t maxConcurrency, bool yield,
                                                          std::vector<Lazy<T>> &&input);
} // namespace async_simple::coro
