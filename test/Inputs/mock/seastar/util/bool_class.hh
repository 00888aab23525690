// Mock of seastar::bool_class (scylladb/seastar 25.05,
// include/seastar/util/bool_class.hh; not in Debian): a strongly typed bool,
// one type per tag, with the constants yes and no.
#pragma once
namespace seastar {
template <typename Tag> class bool_class {
  bool _value;

public:
  static const bool_class yes;
  static const bool_class no;
  constexpr bool_class() noexcept : _value(false) {}
  constexpr explicit bool_class(bool v) noexcept : _value(v) {}
  explicit operator bool() const noexcept { return _value; }
  friend bool operator==(bool_class x, bool_class y) noexcept { return x._value == y._value; }
};
template <typename Tag> const bool_class<Tag> bool_class<Tag>::yes{true};
template <typename Tag> const bool_class<Tag> bool_class<Tag>::no{false};
} // namespace seastar
