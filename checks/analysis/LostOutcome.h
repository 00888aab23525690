//===- LostOutcome.h - ways an eager future's failure goes unobserved -----===//
//
// An eager future (seastar::future) runs as soon as it exists; its exception
// is lost, and seastar logs "Exceptional future ignored", whenever the future
// is destroyed without anyone looking at its outcome. Dropping the statement
// is the plain case (UnawaitedTaskCheck); these are the others that real
// fixes in seastar code bases show, each read from keys of the catalogue's
// `task` entry for the type:
//
//  - `handled-by`: `(void)f()` runs f in the background; without a handler
//    method at the end of the chain its failure is lost.
//  - `success-continuations`: a future moved into the capture of `.then`,
//    whose continuation runs only when the future it follows succeeds.
//  - `inspected-by`: in the continuation of an `outcome-continuations` method
//    (`then_wrapped`), a failed future must be observed; asking `failed()`
//    is not observing it.
//  - `rethrows`: `for (auto &f : futures) f.get();` leaves the rest unread
//    when one throws.
//  - a container of started futures held while the coroutine awaits
//    something else that may throw.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_LOSTOUTCOME_H
#define ASYNC_TIDY_ANALYSIS_LOSTOUTCOME_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include <optional>

namespace async_tidy {

/// Whether the future that `Call` returns can fail with nobody to see it when
/// it is run in the background: it does not end in a `handled-by` method, and
/// what it runs can be seen to fail (a chain on a future, a library call that
/// runs a callable, a helper or coroutine of the file that returns one).
/// False when that cannot be told (a function declared only).
bool failsUnhandled(const clang::CallExpr *Call, const Entry &Task, const Catalogue &C,
                    unsigned Depth = 0);

/// For a call of a `success-continuations` method: the init-capture of its
/// continuation lambda that holds a task. Null otherwise, and for a chain
/// assigned back to the future it continues (`chain = chain.then(...)`).
const clang::VarDecl *futureCapturedBySuccessContinuation(const clang::CXXMemberCallExpr *Call,
                                                          const Entry &Task, const Catalogue &C,
                                                          clang::ASTContext &Ctx);

/// For a call of an `outcome-continuations` method: its continuation's
/// parameter when a path through the continuation on which that future
/// failed neither reads it nor hands it on. Null otherwise.
const clang::ParmVarDecl *outcomeIgnoredOnFailure(const clang::CXXMemberCallExpr *Call,
                                                  const Entry &Task, clang::ASTContext &Ctx);

/// For a call of a `rethrows` method on the variable of a range-for over a
/// container of tasks, outside a try block in the loop: that loop.
const clang::CXXForRangeStmt *rethrowingDrain(const clang::CXXMemberCallExpr *Call,
                                              const Entry &Task, const Catalogue &C,
                                              clang::ASTContext &Ctx);

/// For `v.push_back(f())` / `v.emplace_back(f())` in a coroutine, where `v` is
/// a local container of eager tasks: the first later suspension on something
/// else, outside a try block that catches it, before `v` is read. If that
/// throws, the started futures in `v` are destroyed unread.
const clang::CoroutineSuspendExpr *heldAcrossThrowingAwait(const clang::CXXMemberCallExpr *Grow,
                                                           const Catalogue &C,
                                                           clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
