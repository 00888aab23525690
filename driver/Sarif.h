//===- Sarif.h - findings as SARIF 2.1.0, for code-scanning pages ---------===//
#ifndef ASYNC_TIDY_DRIVER_SARIF_H
#define ASYNC_TIDY_DRIVER_SARIF_H

#include "Report.h"

namespace async_tidy {

/// Writes one SARIF 2.1.0 run: a rule per linked check (descriptions from its
/// doc page), a result per finding with its notes as related locations and
/// its fix-its as `fixes`, and compile errors as tool execution
/// notifications. Paths under `SourceRoot` are written relative to the
/// `uriBaseId` SRCROOT, whose absolute URI is given in originalUriBaseIds.
void printSarif(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                const std::vector<FileResult> &Results, llvm::StringRef SourceRoot);

} // namespace async_tidy

#endif
