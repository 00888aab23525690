// Mock of async_simple's collect functions (alibaba/async_simple; not in Debian).
#pragma once
#include "../../mock_awaitable.h"
#include <cstddef>
#include <vector>
namespace async_simple::coro {
template <typename T> class Lazy {};
template <typename T> mock_detail::awaitable<std::vector<T>> collectAll(std::vector<Lazy<T>> &&input);
template <typename T> mock_detail::awaitable<std::vector<T>> collectAllPara(std::vector<Lazy<T>> &&input);
template <typename T>
mock_detail::awaitable<std::vector<T>> collectAllWindowed(std::size_t maxConcurrency, bool yield,
                                                          std::vector<Lazy<T>> &&input);
} // namespace async_simple::coro
