//===- BlockingModel.h - what blocks, what stops blocking from spreading --===//
//
// The facts transitive blocking is built on, from the catalogue and from
// annotations in the code: which calls block by themselves, which calls hand
// a function to run elsewhere (so its blocking is not the caller's), and
// which functions the user declared blocking or non-blocking.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_BLOCKINGMODEL_H
#define ASYNC_TIDY_ANALYSIS_BLOCKINGMODEL_H

#include "analysis/CallMatcher.h"
#include "analysis/FunctionFacts.h"
#include "summaries/CallSummary.h"
#include "llvm/ADT/StringSet.h"

namespace async_tidy {

/// The annotations users put on their own functions, e.g.
///   [[clang::annotate("async::blocking")]] void query_db();
/// integrations/include/async_tidy/annotations.h wraps them in macros.
inline constexpr llvm::StringLiteral BlockingAnnotation = "async::blocking";
inline constexpr llvm::StringLiteral NonBlockingAnnotation = "async::nonblocking";

class BlockingModel {
public:
  BlockingModel(const Catalogue &C, bool ReportMutexLocks);

  /// The catalogue entry that makes `Call` block by itself: a `blocking`
  /// entry, or with ReportMutexLocks a mutex acquisition. With `Facts` (the
  /// facts of the function the call is in), a wait on a value known to be
  /// ready, or on a descriptor the function treats as non-blocking, does
  /// not block (FunctionFacts.h).
  CallMatch directBlocking(const clang::Expr *Call, const FunctionFacts *Facts = nullptr) const;

  /// Whether a `blocking` entry names `Call`'s function, whatever the facts
  /// of the call site say.
  bool catalogued(const clang::Expr *Call) const;

  /// Whether `Call` waits on a task that is finished when it is made: an
  /// argument, or the object of a member call, is a call of an eager
  /// coroutine (visible here) whose body never suspends
  /// (`waitFor(compute())`, `compute().get()`, where compute only co_returns).
  bool waitsOnFinishedTask(const clang::Expr *Call) const;

  /// The methods that show a value is ready: every blocking entry's
  /// `ready-after` names, for building FunctionFacts.
  const llvm::StringSet<> &readyQuestions() const { return ReadyQuestions; }

  /// The entry saying that `Call` is not to be followed: it runs the
  /// functions handed to it elsewhere or later (`offload`, `spawner`), so
  /// their blocking is not the caller's, or it does not block
  /// (`nonblocking`). Null: follow it.
  const Entry *stopsPropagation(const clang::Expr *Call) const;

  /// How an annotation on any declaration of `F` marks it.
  static FunctionSummary::Marking annotation(const clang::FunctionDecl *F);

private:
  const Catalogue &Cat;
  bool ReportMutexLocks;
  llvm::StringSet<> ReadyQuestions;
};

} // namespace async_tidy

#endif
