//===- VariableUses.h - what a function does with one of its variables ---===//
#ifndef ASYNC_TIDY_ANALYSIS_VARIABLEUSES_H
#define ASYNC_TIDY_ANALYSIS_VARIABLEUSES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

namespace async_tidy {

/// Whether every use of `Var` (a parameter or a local) in `F` reads it: none
/// assigns it or binds it to a non-const reference. A standard library
/// function handed it by reference reads it, except those made to change
/// their arguments (`std::swap`, `std::exchange`, `operator>>`).
bool onlyRead(const clang::VarDecl *Var, const clang::FunctionDecl *F, clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
