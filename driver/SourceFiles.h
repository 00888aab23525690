//===- SourceFiles.h - the text of files diagnostics point into -----------===//
//
// Diagnostics carry byte offsets; the reports need lines, columns (bytes for
// clang-tidy's text format, code points for SARIF), source lines and
// snippets. Each file is read once per run.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_SOURCEFILES_H
#define ASYNC_TIDY_DRIVER_SOURCEFILES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <utility>
#include <vector>

namespace async_tidy {

class SourceFiles {
public:
  /// 1-based line and byte column of `Offset`, as clang counts them.
  std::pair<unsigned, unsigned> position(llvm::StringRef File, unsigned Offset);
  /// 1-based line and column in Unicode code points (UTF-8 input).
  std::pair<unsigned, unsigned> codePointPosition(llvm::StringRef File, unsigned Offset);
  /// How many code points the bytes [Offset, Offset + Length) hold.
  unsigned codePoints(llvm::StringRef File, unsigned Offset, unsigned Length);
  /// The text of line `Line` (1-based), without its line break.
  llvm::StringRef lineText(llvm::StringRef File, unsigned Line);
  /// The bytes [Offset, Offset + Length).
  llvm::StringRef slice(llvm::StringRef File, unsigned Offset, unsigned Length);

private:
  struct File {
    std::string Text;
    std::vector<unsigned> LineStarts; // offset of each line's first byte
  };
  /// Read and indexed on first use, so that each lookup is a binary search:
  /// a file with thousands of findings must not be rescanned per finding.
  const File &file(llvm::StringRef Path);
  llvm::StringMap<File> Files;
};

} // namespace async_tidy

#endif
