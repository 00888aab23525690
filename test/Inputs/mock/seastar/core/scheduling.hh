// Mock of seastar/core/scheduling.hh and with_scheduling_group.hh (not in
// Debian): the scheduling_group class, its build-time limit, and running a
// function in a group.
#pragma once
#include "future.hh"
namespace seastar {
constexpr unsigned max_scheduling_groups() { return 16; } // SEASTAR_SCHEDULING_GROUPS_COUNT
class scheduling_group {
  unsigned _id;

public:
  constexpr scheduling_group() noexcept : _id(0) {}
  bool active() const noexcept;
};
template <typename Func, typename... Args>
auto with_scheduling_group(scheduling_group sg, Func func, Args &&...args) noexcept {
  return func(static_cast<Args &&>(args)...); // seastar runs it in the group, maybe later
}
} // namespace seastar
