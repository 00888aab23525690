// Mock of seastar::smp (seastar/core/smp.hh): runs a function on other shards;
// smp::count is a static data member (the number of shards).
#pragma once
#include "future.hh"
namespace seastar {
class smp {
public:
  static unsigned count;
  template <typename Func> static future<> submit_to(unsigned shard, Func &&func) { return {}; }
  template <typename Func> static future<> invoke_on_all(Func &&func) { return {}; }
};
inline unsigned this_smp_shard_count() noexcept { return smp::count; }
} // namespace seastar
