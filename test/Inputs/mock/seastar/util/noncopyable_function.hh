// Mock of seastar::noncopyable_function (scylladb/seastar 25.05,
// include/seastar/util/noncopyable_function.hh; not in Debian): a move-only
// std::function look-alike, declared as a class template over a signature.
#pragma once
#include <utility>
namespace seastar {
template <typename Signature> class noncopyable_function;
template <typename Ret, typename... Args> class noncopyable_function<Ret(Args...)> {
public:
  noncopyable_function() noexcept {}
  template <typename Func> noncopyable_function(Func func) {}
  noncopyable_function(noncopyable_function &&) noexcept {}
  noncopyable_function &operator=(noncopyable_function &&) noexcept { return *this; }
  Ret operator()(Args... args) const;
  explicit operator bool() const;
};
} // namespace seastar
