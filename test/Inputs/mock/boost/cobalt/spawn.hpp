// Mock of boost::cobalt::spawn (boost/cobalt/spawn.hpp, Boost 1.84+): runs a
// task on an executor, reporting to an Asio completion token.
#pragma once
#include "task.hpp"
namespace boost::cobalt {
template <typename Context, typename T, typename CompletionToken>
void spawn(Context &context, task<T> &&t, CompletionToken &&token) {}
} // namespace boost::cobalt
