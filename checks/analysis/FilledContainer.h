//===- FilledContainer.h - local containers filled by straight-line code --===//
//
// `std::vector<op> ops; ops.push_back(a); ops.push_back(b);` holds at most two
// elements, whatever its type says: every way it grows is written out, and
// none of them sits in a loop. async-unbounded-fanout treats such a container
// like a braced list.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_FILLEDCONTAINER_H
#define ASYNC_TIDY_ANALYSIS_FILLEDCONTAINER_H

#include "clang/AST/ASTContext.h"
#include <cstdint>
#include <optional>

namespace async_tidy {

/// For `Use`, a reference to a local container variable: how many elements
/// it can hold at most, when it starts empty (or from a braced list) and is
/// only grown by push_back/emplace_back-style calls outside loops, and its
/// other uses cannot change its size. `Reader` is the expression that reads it
/// (the fan-out call's argument), whose own use of the variable is allowed.
std::optional<uint64_t> straightLineSize(const clang::DeclRefExpr *Use, const clang::Expr *Reader,
                                         clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
