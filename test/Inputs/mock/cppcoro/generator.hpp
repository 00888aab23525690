// Stand-in for cppcoro's generator (include/cppcoro/generator.hpp): a
// synchronous coroutine that starts suspended and runs up to its next
// co_yield each time its iterator advances. Same names and shapes as the
// library (generator<T>, detail::generator_promise<T>, an iterator compared
// with a sentinel), written for the tests.
#pragma once
#include <coroutine>
#include <cstddef>
#include <exception>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace cppcoro {
template <typename T> class generator;

namespace detail {
template <typename T> class generator_promise {
public:
  using value_type = std::remove_reference_t<T>;
  using reference_type = std::conditional_t<std::is_reference_v<T>, T, T &>;

  generator<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }
  std::suspend_always final_suspend() const noexcept { return {}; }
  // The yielded object lives until the generator resumes: only its address
  // is kept.
  std::suspend_always yield_value(value_type &v) noexcept {
    Current = std::addressof(v);
    return {};
  }
  std::suspend_always yield_value(value_type &&v) noexcept {
    Current = std::addressof(v);
    return {};
  }
  void return_void() {}
  void unhandled_exception() { Error = std::current_exception(); }
  reference_type value() const noexcept { return static_cast<reference_type>(*Current); }
  // No co_await inside a generator.
  template <typename U> std::suspend_never await_transform(U &&) = delete;

private:
  value_type *Current = nullptr;
  std::exception_ptr Error;
};

struct generator_sentinel {};

template <typename T> class generator_iterator {
  using handle = std::coroutine_handle<generator_promise<T>>;

public:
  using iterator_category = std::input_iterator_tag;
  using difference_type = std::ptrdiff_t;
  using value_type = typename generator_promise<T>::value_type;
  using reference = typename generator_promise<T>::reference_type;

  generator_iterator() noexcept = default;
  explicit generator_iterator(handle h) noexcept : Coro(h) {}
  friend bool operator==(const generator_iterator &it, generator_sentinel) noexcept {
    return !it.Coro || it.Coro.done();
  }
  generator_iterator &operator++() {
    Coro.resume();
    return *this;
  }
  void operator++(int) { ++*this; }
  reference operator*() const noexcept { return Coro.promise().value(); }

private:
  handle Coro = nullptr;
};
} // namespace detail

template <typename T> class [[nodiscard]] generator {
public:
  using promise_type = detail::generator_promise<T>;
  using iterator = detail::generator_iterator<T>;

  generator() noexcept = default;
  generator(generator &&other) noexcept : Coro(std::exchange(other.Coro, nullptr)) {}
  generator(const generator &) = delete;
  ~generator() {
    if (Coro)
      Coro.destroy();
  }
  iterator begin() {
    if (Coro)
      Coro.resume();
    return iterator{Coro};
  }
  detail::generator_sentinel end() noexcept { return {}; }

private:
  friend class detail::generator_promise<T>;
  explicit generator(std::coroutine_handle<promise_type> h) noexcept : Coro(h) {}
  std::coroutine_handle<promise_type> Coro = nullptr;
};

template <typename T> generator<T> detail::generator_promise<T>::get_return_object() noexcept {
  return generator<T>{std::coroutine_handle<generator_promise<T>>::from_promise(*this)};
}
} // namespace cppcoro
