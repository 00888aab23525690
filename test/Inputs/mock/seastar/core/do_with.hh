// Mock of seastar/core/do_with.hh (scylladb/seastar 25.05; not in Debian):
// do_with keeps its first arguments alive until the future the function (its
// last argument) returns resolves; with_lock runs a function holding a lock
// (anything with future-returning lock() and unlock(), e.g. rwlock::for_read()).
// Both return what the function returns, as a future.
#pragma once
#include "future.hh"
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>
namespace seastar {
namespace internal {
template <typename Args, typename Held> struct do_with_result;
template <typename... A, std::size_t... I> struct do_with_result<std::tuple<A...>, std::index_sequence<I...>> {
  using func_type = std::tuple_element_t<sizeof...(A) - 1, std::tuple<A...>>;
  using type = futurize_t<std::invoke_result_t<func_type, std::remove_cvref_t<std::tuple_element_t<I, std::tuple<A...>>> &...>>;
};
} // namespace internal
template <typename T1, typename T2, typename... More>
inline auto do_with(T1 &&rv1, T2 &&rv2, More &&...more) noexcept {
  using result = typename internal::do_with_result<std::tuple<T1, T2, More...>,
                                                   std::make_index_sequence<sizeof...(More) + 1>>::type;
  return result{}; // seastar: calls the function with the held objects
}
template <typename Lock, typename Func> inline auto with_lock(Lock &lock, Func &&func) {
  return futurize_t<std::invoke_result_t<Func>>{}; // seastar: lock.lock().then(func).finally(unlock)
}
} // namespace seastar
