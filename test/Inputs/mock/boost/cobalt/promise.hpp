// Mock of boost::cobalt::promise (boost/cobalt/promise.hpp, Boost 1.84+): eager;
// destroying it while attached cancels it; detach() and unary + let it run on
// with nothing owning it.
#pragma once
#include "detail/promises.hpp"
namespace boost::cobalt {
template <typename Return> struct [[nodiscard]] promise {
  promise(promise &&) noexcept;
  promise(const promise &) = delete;
  ~promise();
  auto operator co_await() { return detail::result_awaitable<Return>{}; }
  void operator+() &&;
  bool ready() const;
  bool attached() const;
  void detach();
  void attach();
  Return get();
  using promise_type = detail::cobalt_promise<Return>;
};
} // namespace boost::cobalt
