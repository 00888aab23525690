//===- LockDataflow.h - which locks may be held at each suspension --------===//
//
// A forward "may be held" dataflow over the coroutine body's control-flow
// graph. The facts are gen/kill on a set of holders (guard variables and raw
// mutexes), joined by union, so a lock held on any path into a suspension is
// held there; guard scope ends come from the CFG's implicit destructors. Each
// block is transferred a bounded number of times, so the cost stays linear in
// the size of the function for the shapes code has (see bench/).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_LOCKDATAFLOW_H
#define ASYNC_TIDY_ANALYSIS_LOCKDATAFLOW_H

#include "analysis/LockModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include <string>
#include <vector>

namespace async_tidy {

/// A lock that may be held, and where it was taken.
struct HeldLock {
  enum Origin {
    GuardConstructed, ///< a guard variable (or parameter) that locks on construction
    GuardLocked,      ///< `lk.lock()` on a guard variable
    RawLocked,        ///< `m.lock()` / `pthread_mutex_lock(&m)` on the mutex itself
    Disowned,         ///< `lk.release()`: the guard let go, the mutex stays locked
  } How;
  /// The guard holding it; null for a raw lock.
  const clang::VarDecl *Guard = nullptr;
  /// The mutexes as written (`cache_mutex`, `*p`); empty when unknown (a guard
  /// returned by a factory function).
  std::vector<std::string> Mutexes;
  /// Where it was taken: the guard's declaration or the locking call.
  clang::SourceLocation Where;
  /// Why this counts as taking a lock ("catalogue entry 'std.lock_guard'").
  std::string Evidence;
  /// Taken by a try-lock (`try_lock()`, `std::try_to_lock`): held on some paths.
  bool OnlyIfTried = false;
};

struct LockedSuspension {
  const clang::CoroutineSuspendExpr *Suspend;
  /// Sorted by where the locks were taken.
  std::vector<HeldLock> Held;
};

/// Suspensions (`co_await`, `co_yield`, in any subexpression) of coroutine
/// `Coro` at which some lock may be held, in source order. Awaitables the
/// model says never suspend are left out.
std::vector<LockedSuspension> locksHeldAtSuspensions(const clang::FunctionDecl *Coro,
                                                     const LockModel &Model,
                                                     clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
