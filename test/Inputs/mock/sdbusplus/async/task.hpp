// Mock of sdbusplus::async::task (openbmc/sdbusplus db6db4bc,
// include/sdbusplus/async/task.hpp): an alias template of stdexec's exec::task.
#pragma once
#include <exec/task.hpp>

namespace sdbusplus::async {
template <typename T = void> using task = exec::task<T>;
} // namespace sdbusplus::async
