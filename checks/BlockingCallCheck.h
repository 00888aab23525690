//===- BlockingCallCheck.h - async-blocking-call --------------------------===//
//
// Finds calls to catalogued blocking functions made directly inside a
// coroutine, where they stall every other task of the event loop.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_BLOCKINGCALLCHECK_H
#define ASYNC_TIDY_BLOCKINGCALLCHECK_H

#include "AsyncCheck.h"
#include "analysis/CallMatcher.h"

namespace async_tidy {

class BlockingCallCheck : public AsyncCheck {
public:
  static constexpr llvm::StringLiteral ReportMutexLocksOption = "ReportMutexLocks";

  BlockingCallCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  CallMatch blockingEntry(const clang::Expr *Call) const;

  const bool ReportMutexLocks;
};

} // namespace async_tidy

#endif
