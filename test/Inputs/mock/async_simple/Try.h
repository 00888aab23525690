// Mock of async_simple::Try (alibaba/async_simple 1.4, async_simple/Try.h;
// not in Debian): a value or an exception.
#pragma once
#include <exception>
namespace async_simple {
template <typename T> class Try {
public:
  bool hasError() const;
  std::exception_ptr getException() const;
  T value() &&;
};
template <> class Try<void> {
public:
  bool hasError() const;
  std::exception_ptr getException() const;
  void value() &&;
};
} // namespace async_simple
