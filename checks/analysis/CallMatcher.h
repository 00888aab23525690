//===- CallMatcher.h - which catalogue entry a call is --------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_CALLMATCHER_H
#define ASYNC_TIDY_ANALYSIS_CALLMATCHER_H

#include "catalogue/Catalogue.h"
#include "clang/AST/Expr.h"

namespace async_tidy {

/// The callee of a call or constructor call, or null (calls through function
/// pointers, dependent calls).
const clang::FunctionDecl *calleeOf(const clang::Expr *Call);

struct CallMatch {
  const Entry *Matched = nullptr;
  /// The name the call matched under, as the catalogue spells it
  /// (`std::future::wait`, even where the library declares `wait` in a base).
  std::string Name;
  /// The name the code calls it by, for messages: a call through a function
  /// object (`stdexec::sync_wait(s)`, `folly::coro::blockingWait(t)`, whose
  /// callee is `sync_wait_t::operator()`) shows the object's name.
  std::string Written;
  const std::string &shown() const { return Written.empty() ? Name : Written; }
  explicit operator bool() const { return Matched; }
};

/// The first entry of `Kind` that matches the call `Call` (a CallExpr or a
/// CXXConstructExpr), applying the entry's receiver, object and min-args
/// conditions.
CallMatch matchCall(const Catalogue &C, llvm::StringRef Kind, const clang::Expr *Call);

} // namespace async_tidy

#endif
