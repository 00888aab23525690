//===- ResultCache.h - findings per translation unit, kept between runs ---===//
//
// An unchanged file is not analysed again. A result is keyed by everything
// that can change it:
// - the tool: this executable's path, size and modification time (a rebuild
//   changes it), async-tidy's and LLVM's versions;
// - the compile command(s) and working directory;
// - the effective clang-tidy options (checks, check options, header filter,
//   extra arguments) and the content of the catalogue files they name;
// - the content of the main file and of every file it included, as the
//   compiler listed them (-MD) when the result was made.
// The first four form the entry's name; the last is checked on lookup
// against the files' current content, as ccache's direct mode does.
//
// Safe under concurrent runs: entries are written to a temporary file and
// renamed into place, and an entry that cannot be read is a miss. The cache
// is bounded in size: after a run, the least recently used entries go.
// Results of files with compile errors are never stored.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_RESULTCACHE_H
#define ASYNC_TIDY_DRIVER_RESULTCACHE_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

/// What an entry holds: the findings, and the function summaries (an index
/// file's text) the translation unit contributes to cross-file linking.
struct CachedResult {
  std::vector<clang::tidy::ClangTidyError> Diagnostics;
  std::string Summaries;
};

class ResultCache {
public:
  ResultCache(std::string Dir, uint64_t MaxBytes) : Dir(std::move(Dir)), MaxBytes(MaxBytes) {}

  /// The default folder: $ASYNC_TIDY_CACHE_DIR, else $XDG_CACHE_HOME/async-tidy,
  /// else ~/.cache/async-tidy.
  static std::string defaultDir();

  /// The name of the entry for `File` analysed with `Commands` and `Options`
  /// (the effective configuration as text), reading `Inputs` (catalogue
  /// files), whose content is part of the name.
  std::string key(llvm::StringRef File, const std::vector<clang::tooling::CompileCommand> &Commands,
                  llvm::StringRef Options, llvm::ArrayRef<std::string> Inputs);

  /// The stored result, if the entry exists and every file it depends on
  /// still has the content it had.
  std::optional<CachedResult> lookup(llvm::StringRef Key);

  /// Stores `Diagnostics` and `Summaries`, made from the files that `DependencyFile` (the
  /// compiler's -MD output for this analysis) lists. Returns false, with the
  /// reason in `Error`, when the entry cannot be written.
  bool store(llvm::StringRef Key, llvm::StringRef DependencyFile,
             const std::vector<clang::tidy::ClangTidyError> &Diagnostics, llvm::StringRef Summaries,
             std::string &Error);

  /// Removes least recently used entries until the cache is within its bound.
  void trim();

private:
  std::optional<std::string> contentHash(llvm::StringRef Path);
  std::string entryPath(llvm::StringRef Key) const;

  std::string Dir;
  uint64_t MaxBytes;
  std::mutex Mutex;                    // guards the members below
  llvm::StringMap<std::string> Hashes; // file content hashes, per run
};

} // namespace async_tidy

#endif
