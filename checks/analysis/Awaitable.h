//===- Awaitable.h - can a value of this type be awaited? -----------------===//
//
// A coroutine return type need not be awaitable. Generators are iterated,
// and fire-and-forget types (drogon::AsyncTask, concurrencpp::null_result)
// offer nothing to await: dropping the value is their only use. Telling
// these apart from tasks keeps "never awaited" for what can be awaited.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_AWAITABLE_H
#define ASYNC_TIDY_ANALYSIS_AWAITABLE_H

#include "clang/AST/DeclCXX.h"

namespace async_tidy {

/// Whether `co_await value` compiles for a value of class `Record` in a
/// coroutine whose promise has no await_transform: the class (or a base)
/// declares await_ready or a member operator co_await, or its namespace (or
/// the global one) declares a non-member operator co_await that takes it.
/// Generic non-member operators (a template parameter as the operand) count
/// as taking it. A promise's await_transform can make other types awaitable
/// in its own coroutines; such task types are named in the catalogue.
bool isAwaitable(const clang::CXXRecordDecl *Record);

/// Whether the class itself (or a base) is an awaiter or declares a member
/// (or hidden friend) operator co_await: made to be awaited, whatever
/// non-member operators exist. A value of such a type dropped in a coroutine
/// does nothing.
bool declaresAwaiter(const clang::CXXRecordDecl *Record);

} // namespace async_tidy

#endif
