// Mock of the file-system functions of seastar/core/seastar.hh (scylladb/seastar
// 25.05; not in Debian). Each runs its system call on seastar's syscall
// thread and returns a future. As in the real header, stat_data and
// group_details come from seastar/core/file.hh.
#pragma once
#include "../util/bool_class.hh"
#include "future.hh"
#include "sstring.hh"
#include <cstdint>
#include <optional>
#include <string_view>
#include <sys/types.h>
namespace seastar {
struct stat_data;
future<> touch_directory(std::string_view name) noexcept;
future<> recursive_touch_directory(std::string_view name) noexcept;
future<> sync_directory(std::string_view name) noexcept;
future<> remove_file(std::string_view name) noexcept;
struct follow_symlink_tag {};
using follow_symlink = bool_class<follow_symlink_tag>;
future<stat_data> file_stat(std::string_view name, follow_symlink fs = follow_symlink::yes) noexcept;
future<std::optional<struct group_details>> getgrnam(std::string_view name);
future<> chown(std::string_view filepath, uid_t owner, gid_t group);
future<uint64_t> file_size(std::string_view name) noexcept;
future<bool> file_exists(std::string_view name) noexcept;
} // namespace seastar
