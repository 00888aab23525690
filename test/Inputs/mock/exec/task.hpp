// Mock of stdexec's exec::task (NVIDIA/stdexec; not in Debian).
#pragma once
namespace exec {
template <typename T> class basic_task {};
template <typename T> class task {};
} // namespace exec
