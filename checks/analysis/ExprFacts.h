//===- ExprFacts.h - what an expression's value or object is --------------===//
#ifndef ASYNC_TIDY_ANALYSIS_EXPRFACTS_H
#define ASYNC_TIDY_ANALYSIS_EXPRFACTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <cstdint>
#include <optional>

namespace async_tidy {

/// The value of a non-negative integer constant expression (a negative one
/// is 0), or nullopt.
std::optional<uint64_t> evaluateInt(const clang::Expr *E, const clang::ASTContext &Ctx);

/// Whether `A` and `B` name the same object the same way: `v` and `v`,
/// `this->rows_` and `rows_`, `p->items` and `p->items`.
bool sameObject(const clang::Expr *A, const clang::Expr *B);

} // namespace async_tidy

#endif
