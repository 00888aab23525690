//===- AwaitableTwin.h - synchronous calls whose awaitable twin exists ----===//
//
// Libraries and code bases that offer an operation twice, once synchronous and
// once awaitable, name the two after each other: Asio's `read` and
// `async_read`, ScyllaDB's `unfreeze` and `unfreeze_gently`. Inside a
// coroutine, a call to the synchronous one holds the thread for work the
// awaitable one would have yielded during; the twin's existence says so even
// when no catalogue names the function. The catalogue's `awaitable-twin`
// entries say which callees and which spellings.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_AWAITABLETWIN_H
#define ASYNC_TIDY_ANALYSIS_AWAITABLETWIN_H

#include "catalogue/Catalogue.h"
#include "clang/AST/Expr.h"

namespace async_tidy {

struct TwinMatch {
  const clang::FunctionDecl *Callee = nullptr;
  const clang::NamedDecl *Twin = nullptr; // a function or function template
  const Entry *Rule = nullptr;
  explicit operator bool() const { return Twin != nullptr; }
};

/// For `Call` (a call or construction), the awaitable twin of its callee that
/// an `awaitable-twin` entry accepting the callee spells, when one is declared
/// in the translation unit; none when the callee itself returns a task.
TwinMatch awaitableTwin(const Catalogue &C, const clang::Expr *Call);

} // namespace async_tidy

#endif
