//===- Ancestors.cpp ------------------------------------------------------===//
#include "analysis/Ancestors.h"
#include "analysis/Discard.h"
#include "clang/AST/ParentMapContext.h"

using namespace clang;

namespace async_tidy {

const Stmt *EnclosingFunction::body() const {
  if (Lambda)
    return Lambda->getBody();
  return Function ? Function->getBody() : nullptr;
}

bool EnclosingFunction::isTemplatePattern() const {
  if (Lambda)
    return Lambda->isGenericLambda() || Lambda->getCallOperator()->isDependentContext();
  return Function && Function->isDependentContext();
}

bool walkUpParents(DynTypedNode Node, ASTContext &Ctx, unsigned MaxSteps,
                   llvm::function_ref<bool(const DynTypedNodeList &, const DynTypedNode &)> Visit) {
  for (unsigned Step = 0; Step < MaxSteps; ++Step) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return false;
    if (!Visit(Parents, Node))
      return true;
    Node = Parents[0];
  }
  return false;
}

EnclosingFunction
walkToFunction(DynTypedNode Node, ASTContext &Ctx,
               llvm::function_ref<bool(const DynTypedNode &, const DynTypedNode &)> Visit) {
  // Each step moves to a parent; the AST is finitely deep, and the bound
  // only guards against a malformed parent map.
  bool Visiting = static_cast<bool>(Visit);
  for (unsigned Depth = 0; Depth < 1024; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty() || Parents[0].get<BlockExpr>())
      return {};
    if (const auto *F = Parents[0].get<FunctionDecl>())
      return {F, nullptr};
    if (const auto *L = Parents[0].get<LambdaExpr>())
      return {nullptr, L};
    if (Visiting)
      Visiting = Visit(Parents[0], Node);
    Node = Parents[0];
  }
  return {};
}

llvm::SmallVector<const LambdaExpr *, 2> lambdasHandedTo(const CallExpr *Call) {
  llvm::SmallVector<const LambdaExpr *, 2> Found;
  for (const Expr *Arg : Call->arguments())
    if (const auto *Lambda = dyn_cast<LambdaExpr>(stripCopies(Arg)))
      Found.push_back(Lambda);
  return Found;
}

const CallExpr *callTakingLambda(const LambdaExpr &Lambda, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(Lambda);
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.size() != 1)
      return nullptr;
    if (const auto *Call = Parents[0].get<CallExpr>())
      return Call;
    const Expr *E = Parents[0].get<Expr>();
    if (!E || !isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr, ImplicitCastExpr,
                   CXXConstructExpr, ParenExpr, CXXFunctionalCastExpr>(E))
      return nullptr;
    Node = Parents[0];
  }
  return nullptr;
}

} // namespace async_tidy
