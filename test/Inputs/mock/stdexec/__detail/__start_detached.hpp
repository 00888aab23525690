// Mock of stdexec's start_detached as it was before it moved to exec
// (NVIDIA/stdexec 2e87822e, include/stdexec/__detail/__start_detached.hpp;
// not in Debian): a customisation-point object of namespace stdexec, its
// type declared in stdexec::__start_detached.
#pragma once
namespace stdexec {
namespace __start_detached {
struct start_detached_t {
  template <class _Sender> void operator()(_Sender &&__sndr) const {}
};
} // namespace __start_detached
using __start_detached::start_detached_t;
inline constexpr start_detached_t start_detached{};
} // namespace stdexec
