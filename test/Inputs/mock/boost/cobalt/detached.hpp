// Mock of boost::cobalt::detached (boost/cobalt/detached.hpp, Boost 1.84+): the
// return type of a coroutine that runs at once and that nothing can await.
#pragma once
#include "detail/promises.hpp"
namespace boost::cobalt {
struct detached {
  using promise_type = detail::detached_promise;
};
} // namespace boost::cobalt
