//===- Fixes.h - --fix and --export-fixes ---------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_FIXES_H
#define ASYNC_TIDY_DRIVER_FIXES_H

#include "Report.h"

namespace async_tidy {

/// Applies the fix-its of `Findings` to the files on disk. Overlapping fixes
/// are skipped with a message on `Errs`. Returns the number applied.
unsigned applyFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &Errs);

/// Writes the fixes in clang-apply-replacements' YAML format.
bool exportFixes(llvm::StringRef Path, const std::vector<Finding> &Findings,
                 llvm::raw_ostream &Errs);

} // namespace async_tidy

#endif
