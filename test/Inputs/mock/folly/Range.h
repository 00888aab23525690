// Mock of folly::Range (folly v2026.08.17, folly/Range.h; folly is not
// packaged in Debian 12): a view of [b, e) over iterators it does not own;
// StringPiece and ByteRange are its best-known instances. Implicitly made
// from a std::string (or a string literal) as in folly.
#pragma once
#include <cstddef>
#include <string>
namespace folly {
template <class Iter> class Range {
public:
  constexpr Range() : b_(), e_() {}
  constexpr Range(Iter start, Iter end) : b_(start), e_(end) {}
  Range(const std::string &str) : b_(str.data()), e_(str.data() + str.size()) {}
  constexpr Range(const char *str) : b_(str), e_(str) {}
  constexpr std::size_t size() const { return static_cast<std::size_t>(e_ - b_); }

private:
  Iter b_;
  Iter e_;
};
using StringPiece = Range<const char *>;
using ByteRange = Range<const unsigned char *>;
} // namespace folly
