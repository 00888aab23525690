// Mock of seastar::sstring (scylladb/seastar 25.05, include/seastar/core/sstring.hh;
// not in Debian). Without SEASTAR_SSTRING the real header makes sstring an
// alias of std::string; the mock takes that branch.
#pragma once
#include <string>
namespace seastar {
using sstring = std::string;
} // namespace seastar
