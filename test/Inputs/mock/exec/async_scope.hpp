// Mock of stdexec's exec::async_scope (NVIDIA/stdexec e92245d5,
// include/exec/async_scope.hpp; not in Debian): declared in
// experimental::execution::__scope and exported with a using-declaration;
// exec is a namespace alias.
#pragma once
namespace experimental::execution {
namespace __scope {
struct __empty_env {};
class async_scope {
public:
  template <class _Sender, class _Env = __empty_env> void spawn(_Sender &&__sndr, _Env __env = {}) {}
};
} // namespace __scope
using __scope::async_scope;
} // namespace experimental::execution
namespace exec = experimental::execution;
