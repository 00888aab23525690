//===- HandleFate.h - what a loop iteration does with started work --------===//
//
// Starting work in a loop is a fan-out only when the iteration lets it run on:
// it drops the handle (`co_spawn(..., detached)`, `(void)f()`) or stores it
// for later (`futures.push_back(std::async(...))`). Awaiting it, or waiting on
// it with a catalogued blocking call (`f.get()`, `t.join()`), before the next
// iteration makes the loop sequential.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_HANDLEFATE_H
#define ASYNC_TIDY_ANALYSIS_HANDLEFATE_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"

namespace async_tidy {

enum class HandleFate {
  Awaited,    // co_awaited, or waited on, in the same iteration
  Dropped,    // destroyed at the end of the full expression or the iteration
  Kept,       // stored beyond the iteration (a container, an outer variable)
  LeavesLoop, // returned, or followed by break/return: the loop ends there
};

/// What becomes of the value of `Started` (the expression that starts the
/// work) within one iteration of the loop whose body is `Body`.
HandleFate handleFate(const clang::Expr *Started, const clang::Stmt *Body, clang::ASTContext &Ctx,
                      const Catalogue &C);

} // namespace async_tidy

#endif
