// Mock of folly's futures.
#pragma once
namespace folly {
template <typename T> class SemiFuture {
public:
  T get() &&;
  SemiFuture &wait() &;
};
template <typename T> class Future : private SemiFuture<T> {
public:
  T get() &&;
  Future &wait() &;
  T value() const &;
};
class Baton {
public:
  void wait();
  void post();
};
} // namespace folly
