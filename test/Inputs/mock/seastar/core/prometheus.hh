// Mock of seastar/core/prometheus.hh (scylladb/seastar 25.05; not in Debian):
// prometheus::start registers the metrics handlers on an HTTP server. The
// config keeps its two non-deprecated plain fields (the label is left out).
#pragma once
#include "../http/httpd.hh"
#include "future.hh"
#include "sstring.hh"
namespace seastar::prometheus {
struct config {
  sstring prefix = "seastar";
  bool allow_protobuf = false;
};
future<> start(httpd::http_server_control &http_server, config ctx);
} // namespace seastar::prometheus
