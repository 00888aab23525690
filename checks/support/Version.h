//===- Version.h - what async-tidy says it is -----------------------------===//
//
// One string for every place a user or a tool reads the version: the
// driver's and async-clangd's --version, the plugin's refusal on an LLVM
// mismatch, SARIF's tool.driver.version, and the result cache's key (a new
// build's results are never taken for an old one's).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUPPORT_VERSION_H
#define ASYNC_TIDY_SUPPORT_VERSION_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace async_tidy {

/// The release, e.g. "0.1.0" (SARIF's semanticVersion).
llvm::StringRef releaseVersion();

/// The git revision built from, e.g. "e805c61a2b3c", with "-dirty" for
/// uncommitted changes, or "unknown" outside a checkout.
llvm::StringRef gitRevision();

/// "0.1.0 (git e805c61a2b3c, LLVM 19.1.7)": the LLVM this was built against.
std::string versionString();

} // namespace async_tidy

#endif
