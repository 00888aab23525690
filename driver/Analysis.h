//===- Analysis.h - run the checks over translation units in parallel -----===//
#ifndef ASYNC_TIDY_DRIVER_ANALYSIS_H
#define ASYNC_TIDY_DRIVER_ANALYSIS_H

#include "FrontEnd.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "summaries/CallSummary.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <string>
#include <vector>

namespace async_tidy {

class ResultCache;

struct AnalysisRequest {
  const clang::tooling::CompilationDatabase *Database = nullptr;
  std::vector<std::string> Files; // absolute
  /// Makes the options provider for one thread; clang-tidy's file-based
  /// provider caches without locking, so every worker gets its own.
  std::function<std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>()> MakeOptions;
  unsigned Jobs = 1;
  bool KeepFixes = false;
  bool Progress = false;
  /// The driver's switches for the checks (FrontEnd.h), attached to each
  /// file's ClangTidyContext.
  FrontEndSwitches FrontEnd;
  /// Collect async-blocking-call's function summaries of every file into its
  /// FileResult, for linking across files.
  bool CollectSummaries = true;
  /// Results of unchanged files come from here, new ones go here; null: off.
  ResultCache *Cache = nullptr;
  /// For the tests of crash isolation only (--debug-crash-on): the analysis
  /// of a file with this name crashes on purpose.
  std::string CrashOnFileName;
};

struct FileResult {
  std::string File;
  std::vector<clang::tidy::ClangTidyError> Diagnostics;
  bool Failed = false; // compile errors, or a crash: findings are partial at best
  /// How the analysis ended when it did not end normally ("crashed
  /// (Segmentation fault)"); it then has no findings. Empty otherwise.
  std::string Crash;
  bool FromCache = false;
  std::string CacheError; // why the result could not be stored, if it could not
  /// What async-blocking-call summarised of the file's functions, for
  /// linking across files (empty when the check is off).
  SummarySet Summaries;
};

/// Results in the order of `Request.Files`, whatever the order of completion.
/// Each file is analysed in a process of its own (ChildProcesses.h).
std::vector<FileResult> analyse(const AnalysisRequest &Request);

} // namespace async_tidy

#endif
