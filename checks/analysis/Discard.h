//===- Discard.h - how a value is passed on or thrown away ----------------===//
//
// Two checks care whether the value of a call is dropped: async-unawaited-task
// (a dropped task never runs) and async-unbounded-fanout (a dropped handle
// lets spawned work run on while the loop continues). Both also look through
// the copies and moves a value goes through on its way to a call, and
// async-dangling-reference follows a task the same way (TaskEscape.h).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_DISCARD_H
#define ASYNC_TIDY_ANALYSIS_DISCARD_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMapContext.h"

namespace async_tidy {

/// `E` without implicit nodes and parentheses around it.
const clang::Expr *stripWrappers(const clang::Expr *E);

/// Whether node `E`, a parent of a value, passes that value on unchanged:
/// implicit conversions, parentheses, temporaries, copies and moves, a
/// conditional operator's branches, a member access on it.
bool passesValueThrough(const clang::Expr *E);

/// What takes a value, once the nodes that pass it on unchanged
/// (passesValueThrough, std::move) are walked up from it.
struct ValueConsumer {
  enum Kind {
    Nothing,   // no parent: the top of a tree
    Variable,  // the initialiser of `Var`
    Statement, // a statement (`Parents[0]`): return, a block, an if, ...
    Awaited,   // the operand of co_await or co_yield (`Node`)
    Discarded, // `(void)v`, `std::ignore = v`
    Operand,   // the object or an argument of a call or construction (`Node`)
    Assigned,  // the right side of a built-in assignment (`Node`)
    Other,     // any other expression (`Node`): an initialiser list, a capture, `new`
  } What = Nothing;
  /// The value as it reaches the consumer, after the pass-through nodes.
  const clang::Expr *Value = nullptr;
  const clang::Expr *Node = nullptr;
  const clang::VarDecl *Var = nullptr;
  clang::DynTypedNodeList Parents{clang::DynTypedNode()};
};
ValueConsumer consumerOf(const clang::Expr *Value, clang::ASTContext &Ctx);

/// Whether `Call` is `std::move(x)` or `std::forward<T>(x)`.
bool isStdMoveOrForward(const clang::CallExpr *Call);

/// `E` without implicit nodes, parentheses, copy or move constructions and
/// `std::move`: the object a by-value argument `std::move(tasks)` comes from.
const clang::Expr *stripCopies(const clang::Expr *E);

/// The arguments of a call or a constructor call; empty for other
/// expressions.
llvm::ArrayRef<const clang::Expr *> callArguments(const clang::Expr *Call);

/// The parameter that argument `Index` of `Call` (a call, or a constructor
/// call) binds to. Null when the callee is unknown (a call through a
/// pointer), for a C variadic argument, and for a member operator's object.
const clang::ParmVarDecl *parameterOf(const clang::Expr *Call, unsigned Index);

/// For `(void)f()` and `std::ignore = f()`, where the author chose to drop the
/// value: the dropped expression `f()`. Null otherwise.
const clang::Expr *explicitlyDiscarded(const clang::Expr *E);

/// Whether the value of statement `S` is thrown away: it is a statement of a
/// block, or the body of an if, a loop, a case or a label. `Parents` are its
/// parents in the AST.
bool isDiscardedStatement(const clang::Stmt *S, const clang::DynTypedNodeList &Parents);

} // namespace async_tidy

#endif
