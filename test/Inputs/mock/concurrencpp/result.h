// Mock of concurrencpp's result (not in Debian).
#pragma once
#include <chrono>
namespace concurrencpp {
template <typename T> class result {
public:
  T get();
  void wait();
  template <typename D> int wait_for(D d);
  bool ready() const;
};
template <typename T> class shared_result {
public:
  T get();
  void wait();
};
template <typename T> class lazy_result {
public:
  bool await_ready();
};
} // namespace concurrencpp
