// Mock of libcoro's coro::when_all (jbaldwin/libcoro; not in Debian).
#pragma once
#include "../mock_awaitable.h"
#include <vector>
namespace coro {
template <typename... awaitables_type> mock_detail::awaitable<void> when_all(awaitables_type... awaitables);
template <typename range_type> mock_detail::awaitable<void> when_all(range_type awaitables);
} // namespace coro
