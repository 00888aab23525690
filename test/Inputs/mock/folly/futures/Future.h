// Mock of folly's futures.
#pragma once
#include <cstddef>
#include <iterator>
#include <vector>
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
// Collecting futures, and the windowed form that starts at most n at a time.
template <typename InputIterator>
SemiFuture<std::vector<typename std::iterator_traits<InputIterator>::value_type>>
collectAll(InputIterator first, InputIterator last);
template <typename Collection> auto collectAll(Collection &&c) -> decltype(collectAll(c.begin(), c.end()));
template <typename Collection, typename F>
std::vector<Future<int>> window(Collection input, F func, std::size_t n) { return {}; }
} // namespace folly
