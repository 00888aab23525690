// Mock of seastar::gate (scylladb/seastar 25.05, include/seastar/core/gate.hh;
// not in Debian): a counter of in-progress requests that close() waits for,
// its RAII holder, and the free function templates with_gate/try_with_gate,
// which run a function inside the gate and return what it returns, as a future.
#pragma once
#include "future.hh"
#include <cstddef>
#include <exception>
#include <optional>
#include <type_traits>
namespace seastar {
class gate_closed_exception : public std::exception {
public:
  virtual const char *what() const noexcept override { return "gate closed"; }
};
class gate {
  size_t _count = 0;

public:
  gate() noexcept {};
  gate(const gate &) = delete;
  gate(gate &&x) noexcept;
  gate &operator=(gate &&x) noexcept;
  virtual ~gate() {}
  bool try_enter() noexcept;
  void enter();
  void leave() noexcept;
  void check() const;
  future<> close() noexcept;
  size_t get_count() const noexcept;
  bool is_closed() const noexcept;
  class holder {
    gate *_g;

  public:
    holder() noexcept : _g(nullptr) {}
    explicit holder(gate &g) : _g(&g) {}
    holder(const holder &x) noexcept : _g(x._g) {}
    holder(holder &&x) noexcept : _g(x._g) { x._g = nullptr; }
    ~holder() {}
    holder &operator=(const holder &x) noexcept { _g = x._g; return *this; }
    holder &operator=(holder &&x) noexcept { _g = x._g; x._g = nullptr; return *this; }
    void release() noexcept;
  };
  holder hold();
  std::optional<holder> try_hold() noexcept;
};
// Both invoke the caller's function in place, as seastar does (which also
// instantiates a generic or `this auto` lambda's call operator).
template <typename Func> inline auto with_gate(gate &g, Func &&func) {
  (void)static_cast<Func &&>(func)(); // seastar: runs func holding the gate
  return futurize_t<std::invoke_result_t<Func>>{};
}
template <typename Func> inline auto try_with_gate(gate &g, Func &&func) noexcept {
  (void)static_cast<Func &&>(func)(); // seastar: runs func holding the gate, if open
  return futurize_t<std::invoke_result_t<Func>>{};
}
} // namespace seastar
