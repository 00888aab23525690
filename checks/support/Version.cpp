//===- Version.cpp --------------------------------------------------------===//
#include "Version.h"
#include "AsyncTidyRevision.inc" // generated: cmake/RevisionScript.cmake
#include "llvm/ADT/Twine.h"
#include "llvm/Config/llvm-config.h"

namespace async_tidy {

llvm::StringRef releaseVersion() { return ASYNC_TIDY_VERSION; }

llvm::StringRef gitRevision() { return ASYNC_TIDY_GIT_REVISION; }

std::string versionString() {
  return (llvm::Twine(releaseVersion()) + " (git " + gitRevision() + ", LLVM " +
          LLVM_VERSION_STRING + ")")
      .str();
}

} // namespace async_tidy
