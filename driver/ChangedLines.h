//===- ChangedLines.h - which lines a change touched (--diff) -------------===//
//
// The pre-commit mode reports only findings on lines a change added or
// modified, the way clang-tidy-diff.py does: from `git diff -U0 <rev>` run by
// the driver, or from a unified diff on stdin.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_CHANGEDLINES_H
#define ASYNC_TIDY_DRIVER_CHANGEDLINES_H

#include "llvm/Support/Error.h"
#include <map>
#include <set>
#include <string>

namespace async_tidy {

/// Added or modified lines (1-based, in the new version) per file, keyed by
/// absolute path. A file that a change only shortened has an empty set.
using ChangedLines = std::map<std::string, std::set<unsigned>>;

/// Parses a unified diff (any amount of context). Paths in `+++` lines are
/// taken relative to `BaseDir`, without git's "b/" prefix; deleted files are
/// left out. Errors name the diff line that could not be read.
llvm::Expected<ChangedLines> parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef BaseDir);

/// The lines of the working tree changed since git revision `Rev`, in the
/// repository holding the working directory. `HEAD` in a repository with no
/// commit yet means everything staged is new.
llvm::Expected<ChangedLines> changedSinceRevision(llvm::StringRef Rev);

/// What --diff=<DiffOption> names: "-" for a diff on stdin (paths relative to
/// the working directory), otherwise a git revision.
llvm::Expected<ChangedLines> readChangedLines(llvm::StringRef DiffOption);

/// `Path` with symbolic links resolved, when it exists, so that paths from
/// git, the command line and clang compare equal.
std::string canonicalPath(llvm::StringRef Path);
ChangedLines canonical(const ChangedLines &Lines);

} // namespace async_tidy

#endif
