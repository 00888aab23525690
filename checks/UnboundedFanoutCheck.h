//===- UnboundedFanoutCheck.h - async-unbounded-fanout --------------------===//
//
// Finds code that starts one concurrent operation per item of an input of
// run-time size with no limit on how many run at once.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_UNBOUNDEDFANOUTCHECK_H
#define ASYNC_TIDY_UNBOUNDEDFANOUTCHECK_H

#include "AsyncCheck.h"
#include "analysis/CallMatcher.h"
#include "analysis/LoopBound.h"
#include "analysis/SpawningHelper.h"
#include <memory>

namespace async_tidy {

class UnboundedFanoutCheck : public AsyncCheck {
public:
  static constexpr llvm::StringLiteral MaxConstantTripCountOption = "MaxConstantTripCount";
  static constexpr llvm::StringLiteral ReportArrivalPacedLoopsOption = "ReportArrivalPacedLoops";

  UnboundedFanoutCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerAsyncMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  /// The helpers found belong to the translation unit that ended.
  void onEndOfTranslationUnit() override { Helpers.reset(); }

private:
  /// Part 1: a catalogued fan-out API over a range of run-time size.
  void checkFanoutCall(const clang::Expr *Call, const CallMatch &M, clang::ASTContext &Ctx);
  /// Part 2: work started (a spawn, a dropped eager future) inside a loop;
  /// with `Via`, by a helper that the loop calls and that lets it run on.
  void checkStarted(const clang::Expr *Started, llvm::StringRef Name, const Entry *Spawner,
                    clang::ASTContext &Ctx, const HelperSpawn *Via = nullptr);
  /// A call in a loop to a function that starts work on every call.
  void checkHelperCall(const clang::CallExpr *Call, clang::ASTContext &Ctx);
  /// An eager future dropped with `(void)` or `std::ignore =`.
  void checkDroppedFuture(const clang::Expr *Dropped, clang::ASTContext &Ctx);
  void noteLoop(const clang::Stmt *Loop, const LoopBound &Bound, clang::ASTContext &Ctx);
  bool smallConstant(std::optional<uint64_t> N) const { return N && *N <= MaxConstantTripCount; }

  const uint64_t MaxConstantTripCount;
  /// The helpers of the translation unit being analysed (its declarations
  /// are the keys: dropped when it ends, before another can reuse them).
  std::unique_ptr<SpawningHelpers> Helpers;
  const bool ReportArrivalPacedLoops;
};

} // namespace async_tidy

#endif
