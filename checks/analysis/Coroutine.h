//===- Coroutine.h - what runs as part of a coroutine ---------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_COROUTINE_H
#define ASYNC_TIDY_ANALYSIS_COROUTINE_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace async_tidy {

/// A function or lambda call operator whose body uses co_await, co_yield or
/// co_return (Sema then wraps the body in a CoroutineBodyStmt).
bool isCoroutine(const clang::FunctionDecl *F);

/// A lambda's call operator as the compiler instantiated it: for a generic
/// lambda, or one taking its closure as an explicit object parameter
/// (`[x](this auto) -> task<> {...}`), whose written operator is a template
/// (not yet a coroutine body), the first specialisation with a body; else
/// the call operator.
const clang::CXXMethodDecl *instantiatedCallOperator(const clang::LambdaExpr *Lambda);

/// Whether coroutine `F`'s body, as written, never suspends: no co_await,
/// co_yield or range-based for co_await outside nested lambdas. An eager
/// task of such a coroutine is finished when the call returns.
bool neverSuspendsInBody(const clang::FunctionDecl *F);

/// Whether coroutine `F` has a try/catch around everything in its body that
/// can throw: statements outside a try block contain no call, suspension or
/// throw.
bool catchesAroundBody(const clang::FunctionDecl *F);

/// The values a function's return statements give, as written (those of
/// lambdas inside it not included; `return;` gives none).
std::vector<const clang::Expr *> returnedValues(const clang::FunctionDecl *F);

/// How diagnostics name a coroutine: its name, or "lambda" for a lambda.
std::string coroutineDisplayName(const clang::FunctionDecl *F);

/// Calls `Visit` for every call and constructor call written in the body of
/// coroutine `F` that runs as part of it. Bodies of lambdas and local classes
/// defined inside are skipped: they run when something else calls them (a
/// coroutine lambda is a coroutine of its own and is visited on its own).
void forEachCallInCoroutine(const clang::FunctionDecl *F,
                            llvm::function_ref<void(const clang::Expr *)> Visit);

/// The same for any function with a body: what runs when `F` is called. A
/// constructor's member and base initialisers are part of it.
void forEachCallInBody(const clang::FunctionDecl *F,
                       llvm::function_ref<void(const clang::Expr *)> Visit);

/// Where in a coroutine's body a use counts.
enum class UsePoint {
  Anywhere,
  /// Only after the coroutine first suspends: later in the body than a
  /// co_await or co_yield (unless that one is in a block that ends with
  /// co_return, return or throw, and the use is outside it), or in a loop
  /// that suspends. What an eager
  /// coroutine reads before then, it reads while its caller waits.
  AfterSuspension,
};

/// Whether the body of coroutine `F`, as written, holds an expression for
/// which `Is` returns true, at `Where`. Bodies of lambdas inside count for
/// uses (they may run later), not for suspensions.
bool bodyUses(const clang::FunctionDecl *F, llvm::function_ref<bool(const clang::Expr *)> Is,
              UsePoint Where);

} // namespace async_tidy

#endif
