// Mock of cppcoro's files (andreasbuhr/cppcoro b8e41b99, include/cppcoro/file.hpp,
// readable_file.hpp, read_only_file.hpp, write_only_file.hpp; not in Debian):
// open() is a static member that opens the file synchronously, size() a
// const member of the virtual base cppcoro::file that asks the file system;
// reads and writes are awaitable operations.
#pragma once
#include "../mock_awaitable.h"
#include <cstddef>
#include <cstdint>
#include <filesystem>
namespace cppcoro {
namespace filesystem = std::filesystem;
class io_service;
enum class file_share_mode { none = 0, read = 1, write = 2, read_write = read | write, delete_ = 4 };
enum class file_buffering_mode { default_ = 0, sequential = 1, random_access = 2, unbuffered = 4 };
class file {
public:
  file(file &&other) noexcept = default;
  virtual ~file();
  std::uint64_t size() const;
};
class readable_file : virtual public file {
public:
  mock_detail::awaitable<std::size_t> read(std::uint64_t offset, void *buffer, std::size_t byteCount) const noexcept;
};
class writable_file : virtual public file {
public:
  mock_detail::awaitable<std::size_t> write(std::uint64_t offset, const void *buffer, std::size_t byteCount) noexcept;
};
class read_only_file : public readable_file {
public:
  [[nodiscard]] static read_only_file open(io_service &ioService, const cppcoro::filesystem::path &path,
                                           file_share_mode shareMode = file_share_mode::read,
                                           file_buffering_mode bufferingMode = file_buffering_mode::default_);
};
class write_only_file : public writable_file {
public:
  [[nodiscard]] static write_only_file open(io_service &ioService, const cppcoro::filesystem::path &path,
                                            file_share_mode shareMode = file_share_mode::none,
                                            file_buffering_mode bufferingMode = file_buffering_mode::default_);
};
} // namespace cppcoro
