// Mock of seastar/core/timer.hh (scylladb/seastar 25.05; not in Debian): the
// default clock of seastar's timers and sleeps.
#pragma once
#include <chrono>
namespace seastar {
using steady_clock_type = std::chrono::steady_clock;
} // namespace seastar
