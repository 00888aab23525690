// Mock of seastar/core/file-types.hh (scylladb/seastar 25.05; not in Debian):
// the kind of a directory entry.
#pragma once
namespace seastar {
enum class directory_entry_type {
  unknown,
  block_device,
  char_device,
  directory,
  fifo,
  link,
  regular,
  socket,
};
} // namespace seastar
