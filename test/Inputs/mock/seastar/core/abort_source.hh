// Mock of seastar::abort_source (scylladb/seastar 25.05,
// include/seastar/core/abort_source.hh; not in Debian): the object fibers poll
// or subscribe to for a request to stop.
#pragma once
namespace seastar {
class abort_source {
public:
  void request_abort() noexcept;
  bool abort_requested() const noexcept;
  void check() const;
};
} // namespace seastar
