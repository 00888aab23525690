//===- LineFilter.h - clang-tidy's --line-filter --------------------------===//
#ifndef ASYNC_TIDY_DRIVER_LINEFILTER_H
#define ASYNC_TIDY_DRIVER_LINEFILTER_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"

namespace async_tidy {

/// `--line-filter='[{"name":"file.cpp","lines":[[1,3],[5,7]]},{"name":"a.h"}]'`,
/// read by clang-tidy's own parser and applied as clang-tidy applies it: a
/// finding is kept when some entry's name ends its file's path and the entry
/// has no `lines` or a range holding its line. Applied after the analysis,
/// like --diff, to per-file and cross-file findings alike.
class LineFilter {
public:
  static llvm::Expected<LineFilter> parse(llvm::StringRef Json);
  bool keeps(llvm::StringRef File, unsigned Line) const;

private:
  std::vector<clang::tidy::FileFilter> Files;
};

} // namespace async_tidy

#endif
