// Mock of FISCO-BCOS's libtask/bcos-task/Wait.h (not in Debian): wait() moves
// the task into a coroutine that destroys itself when done, starts it on the
// calling thread and returns at its first suspension; syncWait() blocks the
// thread until the task is done.
#pragma once
#include "Task.h"
#include <utility>
namespace bcos::task {
constexpr inline struct Wait {
  template <class T> void operator()(T &&task) const {}
} wait{};
constexpr inline struct SyncWait {
  template <class T> auto operator()(T &&task) const -> typename std::remove_cvref_t<T>::Value;
} syncWait{};
} // namespace bcos::task
