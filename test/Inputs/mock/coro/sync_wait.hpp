// Mock of libcoro's sync_wait (jbaldwin/libcoro; not in Debian).
#pragma once
namespace coro {
template <typename T = void> class task {};
template <typename T> T sync_wait(task<T> &&a);
} // namespace coro
