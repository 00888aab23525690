// Mock of Redpanda's ssx/future-util.h (redpanda-data/redpanda, src/v/ssx;
// not packaged anywhere): spawn_with_gate runs a function inside a gate and
// drops the future (through ssx::background); spawn_with_gate_then returns it.
// Both hand the caller's function on by forwarding reference to
// seastar::try_with_gate, which invokes it in place.
#pragma once
#include <seastar/core/future.hh>
#include <seastar/core/gate.hh>
#include <utility>
namespace ssx {
namespace detail {
struct background_t {
  template <typename T> constexpr void operator=(T &&) const noexcept {}
};
} // namespace detail
inline constexpr detail::background_t background;
seastar::future<> ignore_shutdown_exceptions(seastar::future<> fut) noexcept;
template <typename Func> inline auto spawn_with_gate_then(seastar::gate &g, Func &&func) noexcept {
  return ignore_shutdown_exceptions(seastar::try_with_gate(g, std::forward<Func>(func)));
}
template <typename Func> inline void spawn_with_gate(seastar::gate &g, Func &&func) noexcept {
  background = spawn_with_gate_then(g, std::forward<Func>(func));
}
} // namespace ssx
