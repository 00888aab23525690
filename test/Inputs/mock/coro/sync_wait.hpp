// Mock of libcoro's coro::sync_wait (jbaldwin/libcoro v0.16.0,
// include/coro/sync_wait.hpp; not in Debian): a free function template that
// blocks the calling thread until the awaitable completes.
#pragma once
#include "task.hpp"
#include <utility>
namespace coro {
template <typename awaitable_type>
auto sync_wait(awaitable_type &&a)
    -> decltype(std::declval<awaitable_type>().operator co_await().await_resume());
} // namespace coro
