// Mock of cppcoro's sync_wait (lewissbaker/cppcoro; not in Debian).
#pragma once
namespace cppcoro {
template <typename T = void> class task {};
template <typename T = void> class shared_task {};
template <typename T> T sync_wait(task<T> &&a);
} // namespace cppcoro
