// Mock of stdexec's exec::async_scope (NVIDIA/stdexec; not in Debian).
#pragma once
namespace exec {
class async_scope {
public:
  template <typename Sender> void spawn(Sender &&sndr) {}
};
} // namespace exec
