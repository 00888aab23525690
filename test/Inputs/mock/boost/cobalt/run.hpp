// Mock of boost::cobalt::run (boost/cobalt/run.hpp, Boost 1.84+): runs a task to
// completion on an io_context of its own and returns its result.
#pragma once
#include "task.hpp"
namespace boost::cobalt {
template <typename T> T run(task<T> t);
} // namespace boost::cobalt
