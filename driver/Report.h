//===- Report.h - findings as text (clang-tidy's format) or JSON ----------===//
#ifndef ASYNC_TIDY_DRIVER_REPORT_H
#define ASYNC_TIDY_DRIVER_REPORT_H

#include "Analysis.h"
#include "llvm/Support/raw_ostream.h"

namespace async_tidy {

/// One diagnostic to show, with its position resolved.
struct Finding {
  const clang::tidy::ClangTidyError *Diag;
  std::string File;
  unsigned Line = 0, Column = 0;
};

/// Every diagnostic of every file, de-duplicated (a header seen from several
/// translation units reports once) and sorted by file, position, check and
/// message, so that output does not depend on -j.
std::vector<Finding> collectFindings(const std::vector<FileResult> &Results);

/// Whether a diagnostic is a finding of an async check (as opposed to a
/// compiler diagnostic).
bool isCheckFinding(const clang::tidy::ClangTidyError &E);

/// "error", "warning" or "remark", as clang-tidy prints them.
const char *levelName(clang::tooling::Diagnostic::Level L);
/// The level a finding is shown at: "error" for a warning that
/// WarningsAsErrors promotes, as clang-tidy shows it.
const char *levelName(const clang::tidy::ClangTidyError &E);

void printText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings);
void printJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               const std::vector<FileResult> &Results);

} // namespace async_tidy

#endif
