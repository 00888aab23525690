// Mock of seastar::sharded (scylladb/seastar 25.05, include/seastar/core/sharded.hh;
// not in Debian): a service with one instance per shard, the calls that run a
// function on one shard's instance (invoke_on) or on all of them
// (invoke_on_all), and peering_sharded_service, which gives a service its
// container(). Only the overloads without smp_submit_to_options.
#pragma once
#include "future.hh"
#include <concepts>
#include <type_traits>
namespace seastar {
template <typename Service> class sharded;
template <typename Service> class peering_sharded_service {
  sharded<Service> *_container = nullptr;

public:
  peering_sharded_service() noexcept = default;
  peering_sharded_service(peering_sharded_service<Service> &&) noexcept = default;
  peering_sharded_service(const peering_sharded_service<Service> &) = delete;
  peering_sharded_service &operator=(const peering_sharded_service<Service> &) = delete;
  sharded<Service> &container() noexcept { return *_container; }
  const sharded<Service> &container() const noexcept { return *_container; }
};
template <typename Service> class sharded {
public:
  sharded() noexcept;
  sharded(const sharded &other) = delete;
  sharded &operator=(const sharded &other) = delete;
  ~sharded();
  template <typename... Args> future<> start(Args &&...args) noexcept {
    return {};
  }
  template <typename... Args> future<> start_single(Args &&...args) noexcept;
  future<> stop() noexcept;
  template <typename Func, typename... Args>
    requires std::invocable<Func, Service &, Args...>
  future<> invoke_on_all(Func func, Args... args) noexcept {
    return {};
  }
  template <typename Func, typename... Args,
            typename Ret = futurize_t<std::invoke_result_t<Func, Service &, Args &&...>>>
    requires std::invocable<Func, Service &, Args &&...>
  Ret invoke_on(unsigned id, Func &&func, Args &&...args) {
    return {};
  }
  const Service &local() const noexcept;
  Service &local() noexcept;
};
} // namespace seastar
