// Mock of the plain structs of seastar/core/file.hh (scylladb/seastar 25.05;
// not in Debian) that seastar.hh's file functions return: group_details (from
// getgrnam) and stat_data (from file_stat).
#pragma once
#include "file-types.hh"
#include "sstring.hh"
#include <chrono>
#include <cstdint>
#include <sys/types.h>
#include <vector>
namespace seastar {
struct group_details {
  sstring group_name;
  sstring group_passwd;
  gid_t group_id;
  std::vector<sstring> group_members;
};
struct stat_data {
  uint64_t device_id;
  uint64_t inode_number;
  uint64_t mode;
  directory_entry_type type;
  uint64_t number_of_links;
  uint64_t uid;
  uint64_t gid;
  uint64_t rdev;
  uint64_t size;
  uint64_t block_size;
  uint64_t allocated_size;
  std::chrono::system_clock::time_point time_accessed;
  std::chrono::system_clock::time_point time_modified;
  std::chrono::system_clock::time_point time_changed;
};
} // namespace seastar
