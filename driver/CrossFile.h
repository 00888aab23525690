//===- CrossFile.h - blocking chains that cross translation units ---------===//
//
// The check sees one translation unit (and an index, if configured); the
// driver sees every file of the run. After all files are analysed it links
// their function summaries and reports, at calls in each analysed file's
// coroutines, the blocking chains no single translation unit could see, in
// the same words as the check.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_CROSSFILE_H
#define ASYNC_TIDY_DRIVER_CROSSFILE_H

#include "Analysis.h"
#include "summaries/BlockingGraph.h"

namespace async_tidy {

/// The summaries of `Results` linked, then those of `Extra` (an --index),
/// whose functions are added where no analysed file defines them.
BlockingGraph linkSummaries(const std::vector<FileResult> &Results, const SummarySet *Extra);

/// Appends to each result the cross-file findings of async-blocking-call,
/// where `Enabled(File)` says the check is on and `AsError(File)` whether
/// its warnings are errors. NOLINT comments suppress them as they do any
/// clang-tidy finding.
void reportCrossFileChains(std::vector<FileResult> &Results, BlockingGraph &Graph,
                           llvm::function_ref<bool(llvm::StringRef)> Enabled,
                           llvm::function_ref<bool(llvm::StringRef)> AsError);

/// The linked summaries as an index file's text, sorted by USR.
std::string linkedIndexText(const BlockingGraph &Graph);

} // namespace async_tidy

#endif
