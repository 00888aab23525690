//===- ErasedCallable.h - calls through a type-erasing function holder ---===//
//
// `std::function<R(A...)>`, `std::move_only_function`, `folly::Function` and
// their kind hold any callable behind an `operator()` whose parameters are
// the signature's: `f(Int{5})` with `std::function<Task<Int>(Int &&)> f`
// binds a reference the call cannot see kept. Recognised by shape, not by
// name: a class template specialised on a function type whose `operator()`
// takes that type's parameters.
//
// When the holder is a local initialised where the call can see it, and
// never assigned again
// (`std::function<...> f = add_one;`, `const std::function<...> &f =
// [](auto &&in) -> Task<Int> {...};`), what it holds is known: a function or
// a lambda's call operator (for a generic lambda, the specialisation the
// holder made).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_ERASEDCALLABLE_H
#define ASYNC_TIDY_ANALYSIS_ERASEDCALLABLE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include <optional>

namespace async_tidy {

struct ErasedCall {
  /// The variable, parameter or field called, when the call names one.
  const clang::ValueDecl *Holder = nullptr;
  /// What the holder was made from, when its initialiser shows it.
  const clang::FunctionDecl *Target = nullptr;
};

/// For a call of a type-erasing holder's `operator()`: the holder and what
/// it holds, as far as they are known. Nothing for other calls.
std::optional<ErasedCall> erasedCall(const clang::CallExpr *Call, clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
