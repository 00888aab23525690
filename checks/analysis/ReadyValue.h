//===- ReadyValue.h - a wait on a value the code already knows is ready ---===//
//
// `r.get()` blocks until `r` is ready, unless the code has made sure it is:
// it awaited it (`co_await r`, `co_await r.resolve()`) or asked it
// (`r.status()`) earlier in the same function. Real test suites do this
// everywhere (concurrencpp's check status() before get()); such a get()
// returns at once. Which questions count is data: the `ready-after` key of
// a blocking entry names them, and only that entry's calls are excused.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_READYVALUE_H
#define ASYNC_TIDY_ANALYSIS_READYVALUE_H

#include "Catalogue.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

namespace async_tidy {

/// The key of a blocking entry that names the methods that show readiness.
inline constexpr llvm::StringLiteral ReadyAfterKey = "ready-after";

/// The variable or field a member call is made on (`r` in `r.get()`,
/// `std::move(r).get()`), or null.
const clang::ValueDecl *calledOn(const clang::Expr *Call);

/// The variable or field an expression names (`r`, `std::move(r)`,
/// `this->r`), or null.
const clang::ValueDecl *namedValue(const clang::Expr *E);

/// Where in one function each variable is first known ready: awaited, or
/// asked one of the questions. Built once per function, then queried.
class ReadyValues {
public:
  /// `Questions`: method names (no class) of every `ready-after` key.
  ReadyValues(const clang::FunctionDecl *F, const llvm::StringSet<> &Questions);

  /// Whether `Object` is known ready where `At` begins.
  bool readyAt(const clang::ValueDecl *Object, const clang::Expr *At) const;

  /// For a blocking entry's match: `Call` waits on a value known ready, and
  /// the entry says such a wait returns at once (it has `ready-after`).
  bool waitsOnReadyValue(const clang::Expr *Call, const Entry &E) const;

private:
  const clang::SourceManager *SM = nullptr;
  /// The first evidence of readiness, per object (an expansion location).
  llvm::DenseMap<const clang::ValueDecl *, clang::SourceLocation> FirstReady;
};

} // namespace async_tidy

#endif
