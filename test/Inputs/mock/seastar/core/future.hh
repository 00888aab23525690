// Mock of seastar's future: the real qualified names and signatures the
// catalogue names; Debian does not package seastar.
#pragma once
#include "../../mock_awaitable.h"
namespace seastar {
template <typename T = void> class future {
public:
  T get();
  void wait() noexcept;
  T get0();
  bool available() const noexcept;
};
// seastar/core/coroutine.hh makes futures awaitable in seastar coroutines.
template <typename T> mock_detail::awaitable<T> operator co_await(future<T> f) noexcept;
} // namespace seastar
