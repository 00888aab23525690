// Mock of seastar/core/io_queue.hh (not in Debian): the class a reactor
// keeps one of per configured device.
#pragma once
#include "future.hh"
namespace seastar {
class io_queue {
public:
  future<> update_shares_for_class_group(unsigned index, unsigned shares);
};
} // namespace seastar
