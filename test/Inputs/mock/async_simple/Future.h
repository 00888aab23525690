// Mock of async_simple::Future (alibaba/async_simple 1.4, async_simple/Future.h;
// not in Debian): get() and wait() block until the promise is fulfilled;
// hasResult() tells whether it is.
#pragma once
namespace async_simple {
template <typename T> class Future {
public:
  bool hasResult() const;
  T get() &&;
  void wait();
};
} // namespace async_simple
