// Mock of folly::coro's collect functions (folly/coro/Collect.h; folly is not
// packaged in Debian 12).
#pragma once
#include "../../mock_awaitable.h"
#include "BlockingWait.h"
#include <cstddef>
#include <tuple>
#include <vector>
namespace folly::coro {
template <typename... SemiAwaitables>
mock_detail::awaitable<std::tuple<SemiAwaitables...>> collectAll(SemiAwaitables &&...awaitables);
template <typename InputRange> mock_detail::awaitable<void> collectAllRange(InputRange awaitables);
template <typename InputRange> mock_detail::awaitable<void> collectAllTryRange(InputRange awaitables);
template <typename InputRange>
mock_detail::awaitable<void> collectAllWindowed(InputRange awaitables, std::size_t maxConcurrency);
} // namespace folly::coro
