//===- LockAcrossSuspendCheck.h - async-lock-across-suspend ---------------===//
//
// Finds co_await and co_yield expressions at which a lock that is not
// coroutine-aware may be held, decided over the control-flow graph.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_LOCKACROSSSUSPENDCHECK_H
#define ASYNC_TIDY_LOCKACROSSSUSPENDCHECK_H

#include "AsyncCheck.h"
#include "analysis/LockDataflow.h"

namespace async_tidy {

class LockAcrossSuspendCheck : public AsyncCheck {
public:
  using AsyncCheck::AsyncCheck;
  void registerAsyncMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void report(const clang::CoroutineSuspendExpr *Suspend, const HeldLock &Lock);
};

} // namespace async_tidy

#endif
