//===- VariableUses.cpp ---------------------------------------------------===//
#include "analysis/VariableUses.h"
#include "analysis/QualifiedName.h"
#include "clang/AST/ParentMapContext.h"

using namespace clang;

namespace async_tidy {

namespace {

/// A standard library function handed a variable by reference
/// (`std::views::iota(0u, n)` takes forwarding references) reads it,
/// except those that exist to change their arguments.
bool byStdReference(const CallExpr *Call) {
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  if (!F || !llvm::StringRef(catalogueName(F)).starts_with("std::"))
    return false;
  if (F->getOverloadedOperator() == OO_GreaterGreater)
    return false;
  return !F->getIdentifier() ||
         !llvm::is_contained({llvm::StringRef("swap"), llvm::StringRef("exchange")}, F->getName());
}

} // namespace

bool onlyRead(const VarDecl *Var, const FunctionDecl *F, ASTContext &Ctx) {
  bool Written = false;
  forEachUse(Var, F->getBody(), [&](const Expr *Use) {
    DynTypedNodeList Parents = Ctx.getParents(*Use);
    if (Parents.empty())
      return true;
    if (const auto *Cast = Parents[0].get<ImplicitCastExpr>();
        Cast && Cast->getCastKind() == CK_LValueToRValue)
      return true;
    Written |= !byStdReference(Parents[0].get<CallExpr>());
    return !Written;
  });
  return !Written;
}

} // namespace async_tidy
