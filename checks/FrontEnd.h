//===- FrontEnd.h - what the program hosting the checks decides -----------===//
//
// The one seam between the front ends (the clang-tidy plugin, the async-tidy
// driver, async-clangd) and the checks. A project configures the checks with
// clang-tidy options in .clang-tidy; what differs between the programs that
// host them is decided here, by each program's entry point, and nowhere else:
//
//   plugin       checks/plugin/PluginEntry.cpp  installs the defaults
//   async-clangd driver/clangd/AsyncClangdMain.cpp  installs its switches once
//   async-tidy   driver/Main.cpp fills FrontEndSwitches once; driver/Analysis.cpp
//                attaches them, with the file's summary collector, to the
//                ClangTidyContext it creates for each file
//
// Every check reads its switches through AsyncCheck::frontEnd(), looked up
// by the check's ClangTidyContext: switches attached to that context win,
// otherwise the process's installed ones apply. Checks never ask which
// program they run in.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_FRONTEND_H
#define ASYNC_TIDY_FRONTEND_H

#include "summaries/CallSummary.h"
#include <functional>

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace async_tidy {

struct FrontEndSwitches {
  /// Catalogue errors are also reported as errors at the top of each
  /// analysed file. For a host that drops clang-tidy's configuration errors,
  /// which have no location (clangd before 22): its user would otherwise see
  /// no async diagnostics and never learn why.
  bool CatalogueErrorsInFiles = false;

  /// Whether async-blocking-call reads the index file its `SummaryIndex`
  /// option names. Off in the driver, which links the summaries of the files
  /// it analyses (and of --index) itself after the run; an index named in
  /// .clang-tidy is for the one-file-at-a-time hosts, and may not exist yet
  /// when the driver runs to write it.
  bool ReadSummaryIndexOption = true;

  /// When set, async-blocking-call hands it the call summaries of every
  /// function of each translation unit, coroutine or not, for linking across
  /// files (the driver).
  std::function<void(SummarySet)> CollectSummaries;
};

/// Installs the switches of this process, for every context that has none
/// attached. Called once, from the front end's entry point.
void installFrontEnd(FrontEndSwitches Switches);

/// Attaches switches to one ClangTidyContext for as long as this object
/// lives (the driver: one context per analysed file).
class AttachedFrontEnd {
public:
  AttachedFrontEnd(const clang::tidy::ClangTidyContext &Context, FrontEndSwitches Switches);
  ~AttachedFrontEnd();
  AttachedFrontEnd(const AttachedFrontEnd &) = delete;
  AttachedFrontEnd &operator=(const AttachedFrontEnd &) = delete;

private:
  const clang::tidy::ClangTidyContext &Context;
};

/// The switches for checks created with `Context`, as a copy: a check may
/// outlive neither, but need not rely on it.
FrontEndSwitches frontEndFor(const clang::tidy::ClangTidyContext *Context);

} // namespace async_tidy

#endif
