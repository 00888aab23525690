// Mock of seastar::output_stream (scylladb/seastar 25.05,
// include/seastar/core/iostream.hh; not in Debian): a buffered stream whose
// write, flush and close return futures. Only the string and buffer overloads
// of write (the mock sstring is std::string, as in the real header without
// SEASTAR_SSTRING).
#pragma once
#include "future.hh"
#include <cstddef>
#include <string>
namespace seastar {
template <typename CharType> class output_stream final {
  static_assert(sizeof(CharType) == 1, "must buffer stream of bytes");

public:
  using char_type = CharType;
  output_stream() noexcept = default;
  output_stream(output_stream &&) noexcept = default;
  output_stream &operator=(output_stream &&) noexcept = default;
  ~output_stream() {}
  future<> write(const char_type *buf, size_t n) noexcept;
  future<> write(const char_type *buf) noexcept;
  future<> write(const std::basic_string<char_type> &s) noexcept;
  future<> flush() noexcept;
  future<> close() noexcept;
};
} // namespace seastar
