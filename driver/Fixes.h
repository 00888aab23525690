//===- Fixes.h - --fix and --export-fixes ---------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_FIXES_H
#define ASYNC_TIDY_DRIVER_FIXES_H

#include "Report.h"

namespace async_tidy {

struct FixOutcome {
  unsigned Applied = 0; // replacements written
  unsigned Failed = 0;  // files that could not be read, fixed or written
};

/// Applies the fix-its of `Findings` to the files on disk. Overlapping fixes
/// are skipped with a warning on `Errs`; a file that cannot be read, fixed
/// or written is an error there, and counts as failed.
FixOutcome applyFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &Errs);

/// Writes the fixes in clang-apply-replacements' YAML format.
bool exportFixes(llvm::StringRef Path, const std::vector<Finding> &Findings,
                 llvm::raw_ostream &Errs);

} // namespace async_tidy

#endif
