//===- TaskEscape.h - where a task goes after the call that made it -------===//
//
// A reference a coroutine keeps is safe while the task runs inside the
// lifetime of what it refers to. async-dangling-reference asks where the
// task made by a call goes before a given scope ends (the full-expression
// that destroys a temporary, the block that destroys a local): awaited there,
// dropped there, or out of it (stored, returned, spawned). It follows the
// value the way async-unbounded-fanout's HandleFate.h follows a handle through
// one loop iteration, with the same steps (Discard.h): through copies and
// moves, combinators whose result is again a task (`when_all`, `then`), local
// variables and containers declared in the scope, and a catalogued blocking
// wait (`sync_wait(t)`, `f.get()`), which counts as awaiting.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_TASKESCAPE_H
#define ASYNC_TIDY_ANALYSIS_TASKESCAPE_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"

namespace async_tidy {

struct TaskEscape {
  enum Fate {
    Unknown,  // handed to code whose effect is not known: no verdict
    Awaited,  // awaited or waited on inside the scope
    Dropped,  // destroyed inside the scope without being awaited
    Stored,   // kept in a variable, field or container that outlives the scope
    Returned, // returned (or co_returned) from the function
    Spawned,  // handed to a spawner: it runs on concurrently
    Iterated, // the range of a range-for loop, driven after the range
              // expression's temporaries are gone (before C++23)
  } What = Unknown;
  /// Where the task leaves the scope: the statement, call or assignment.
  const clang::Expr *Where = nullptr;
  /// Stored: the variable or field it is kept in, when one is named.
  const clang::ValueDecl *Holder = nullptr;
  /// Spawned: the spawner's entry and the object it was called on (an async
  /// scope variable), if any.
  const Entry *Spawner = nullptr;
  const clang::ValueDecl *SpawnedInto = nullptr;

  /// Whether the task may still run when the scope has ended.
  bool outlivesScope() const {
    return What == Stored || What == Returned || What == Spawned || What == Iterated;
  }
};

/// What becomes of the task that `Made` (a call) evaluates to, within
/// `Scope` (a full-expression, a block, or a function body).
TaskEscape taskEscape(const clang::Expr *Made, const clang::Stmt *Scope, clang::ASTContext &Ctx,
                      const Catalogue &C);

/// Whether, after the spawn `Spawn`, code in `Scope` waits for spawned work:
/// a catalogued blocking call (`io.run()`, `t.join()`, `sync_wait(...)`), a
/// `joined-by` method of the object it was spawned into (`co_await
/// scope.join()`), or a loop that only spins or waits (`while (count) {}`,
/// the idiom of tests that wait on a latch the work counts down).
bool joinedAfter(const TaskEscape &Spawn, const clang::Stmt *Scope, clang::ASTContext &Ctx,
                 const Catalogue &C);

} // namespace async_tidy

#endif
