// Mock of libcoro's coro::detail::pipe_t (libcoro is not in Debian), shaped as
// in libcoro 0.15 (include/coro/detail/pipe.hpp): a class with read/write
// members returning long, defined out of line in src/detail/pipe.cpp, which
// opens the pipe with O_NONBLOCK.
#pragma once
#include <array>
#include <cstddef>
namespace coro::detail {
class pipe_t {
public:
  explicit pipe_t();
  ~pipe_t();
  [[nodiscard]] auto write(const void *bytes, std::size_t n) -> long;
  [[nodiscard]] auto read(void *buffer, std::size_t n) -> long;

private:
  std::array<int, 2> m_fds{-1};
};
} // namespace coro::detail
