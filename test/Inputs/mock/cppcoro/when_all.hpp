// Mock of cppcoro::when_all (lewissbaker/cppcoro; not in Debian).
#pragma once
#include "../mock_awaitable.h"
#include <tuple>
#include <vector>
namespace cppcoro {
template <typename... AWAITABLES>
mock_detail::awaitable<std::tuple<AWAITABLES...>> when_all(AWAITABLES &&...awaitables);
template <typename AWAITABLE>
mock_detail::awaitable<std::vector<AWAITABLE>> when_all(std::vector<AWAITABLE> awaitables);
template <typename AWAITABLE>
mock_detail::awaitable<std::vector<AWAITABLE>> when_all_ready(std::vector<AWAITABLE> awaitables);
} // namespace cppcoro
