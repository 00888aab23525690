// Mock of seastar::httpd::http_server_control (scylladb/seastar 25.05,
// include/seastar/http/httpd.hh; not in Debian): the handle of a sharded HTTP
// server that applications start, configure and stop. The listen overloads
// (they take a socket_address) are left out.
#pragma once
#include "../core/future.hh"
#include "../core/sstring.hh"
namespace seastar::httpd {
class http_server_control {
public:
  http_server_control();
  static sstring generate_server_name();
  future<> start(const sstring &name = generate_server_name());
  future<> stop() noexcept;
};
} // namespace seastar::httpd
