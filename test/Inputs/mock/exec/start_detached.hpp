// Mock of stdexec's exec::start_detached (NVIDIA/stdexec e92245d5,
// include/exec/start_detached.hpp; not in Debian): a customisation-point
// object whose operator() starts the sender eagerly and lets it run.
#pragma once
namespace experimental::execution {
struct start_detached_t {
  template <class _Sender> void operator()(_Sender &&__sndr) const {}
};
inline constexpr start_detached_t start_detached{};
} // namespace experimental::execution
namespace exec = experimental::execution;
