//===- LockModel.h - what code does to locks, read from the catalogue -----===//
//
// Classifies single AST nodes: is this type a lock guard, what does this call
// do to a mutex or a guard, how does a guard's constructor start out, is this
// mutex coroutine-aware, does this awaitable ever suspend. The facts come from
// the catalogue (kinds lock-guard, lock-method, lock-tag, coro-mutex,
// never-suspends) and from Clang's thread-safety attributes, so projects with
// annotated lock types need no catalogue entry. LockDataflow strings these
// answers together over the control-flow graph.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_LOCKMODEL_H
#define ASYNC_TIDY_ANALYSIS_LOCKMODEL_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ExprCXX.h"
#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

enum class LockAction { Acquire, TryAcquire, Release, Disown };

/// What a call does to a lock, and why we think so: "catalogue entry 'id'"
/// or the thread-safety attribute that says it.
struct LockOp {
  LockAction Action;
  std::string Evidence;
};

/// How a guard starts out after its constructor.
struct GuardInit {
  enum State { NotHeld, Held, MaybeHeld } Start = NotHeld;
  /// The mutex arguments, as written (`m`, `*p`, `a` and `b` of scoped_lock).
  std::vector<const clang::Expr *> Mutexes;
  std::string Evidence;
  /// Constructed with an adopt tag: the guard takes over locks already held.
  bool Adopts = false;
};

class LockModel {
public:
  explicit LockModel(const Catalogue &C) : C(C) {}

  /// When `T` (a guard variable's type) is a lock guard whose lock must not be
  /// held across a suspension, the evidence for it; nullopt for other types,
  /// including guards of coroutine-aware mutexes (`std::unique_lock<
  /// folly::coro::Mutex>`), decided by the guard's template arguments.
  std::optional<std::string> blockingGuard(clang::QualType T) const;

  /// True for any lock guard type, coroutine-aware or not: calls on one act
  /// on the guard, never on a mutex.
  bool isGuardType(clang::QualType T) const;

  /// What a call (member, free function or operator) does to a lock.
  std::optional<LockOp> lockOp(const clang::CallExpr *Call) const;

  /// How a guard constructed by `Construct` starts out.
  GuardInit guardInit(const clang::CXXConstructExpr *Construct) const;

  /// True for mutex and holder types that may be held across a suspension.
  bool isCoroutineAware(clang::QualType T) const;

  /// True when the awaited object is catalogued as never suspending.
  bool neverSuspends(const clang::CoroutineSuspendExpr *Suspend) const;

private:
  const Catalogue &C;
};

/// The object a lock operation acts on: the receiver of a member call, else
/// the first argument (`pthread_mutex_lock(&m)` acts on `m`).
const clang::Expr *lockOperand(const clang::CallExpr *Call);

} // namespace async_tidy

#endif
