//===- FileIdentity.h - has a file changed since we read it? --------------===//
//
// The caches of this process and of the result cache key files by path,
// size and modification time: the catalogue cache (a user's YAML edited
// between two files an editor analyses), the index-file cache, and the
// driver's own executable in the result cache's key.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUPPORT_FILEIDENTITY_H
#define ASYNC_TIDY_SUPPORT_FILEIDENTITY_H

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include <cstdint>
#include <optional>
#include <string>

namespace async_tidy {

struct FileIdentity {
  uint64_t Size = 0;
  llvm::sys::TimePoint<> Modified;

  bool operator==(const FileIdentity &O) const { return Size == O.Size && Modified == O.Modified; }
  bool operator!=(const FileIdentity &O) const { return !(*this == O); }
  /// "<size>:<modification time in ticks>", for keys.
  std::string text() const {
    return std::to_string(Size) + ":" + std::to_string(Modified.time_since_epoch().count());
  }
};

/// The identity of the file at `Path`, or nullopt when it cannot be read
/// (`EC`, if given, says why).
inline std::optional<FileIdentity> fileIdentity(const llvm::Twine &Path,
                                                std::error_code *EC = nullptr) {
  llvm::sys::fs::file_status Status;
  if (std::error_code Error = llvm::sys::fs::status(Path, Status)) {
    if (EC)
      *EC = Error;
    return std::nullopt;
  }
  return FileIdentity{Status.getSize(), Status.getLastModificationTime()};
}

} // namespace async_tidy

#endif
