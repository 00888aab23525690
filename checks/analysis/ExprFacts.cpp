//===- ExprFacts.cpp ------------------------------------------------------===//
#include "analysis/ExprFacts.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {

std::optional<uint64_t> evaluateInt(const Expr *E, const ASTContext &Ctx) {
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return std::nullopt;
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  const llvm::APSInt &V = R.Val.getInt();
  if (V.isSigned() && V.isNegative())
    return 0;
  return V.getZExtValue();
}

bool sameObject(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (const auto *RA = dyn_cast<DeclRefExpr>(A))
    if (const auto *RB = dyn_cast<DeclRefExpr>(B))
      return RA->getDecl() == RB->getDecl();
  if (const auto *MA = dyn_cast<MemberExpr>(A))
    if (const auto *MB = dyn_cast<MemberExpr>(B))
      return MA->getMemberDecl() == MB->getMemberDecl() && sameObject(MA->getBase(), MB->getBase());
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  if (const auto *UA = dyn_cast<UnaryOperator>(A))
    if (const auto *UB = dyn_cast<UnaryOperator>(B))
      return UA->getOpcode() == UB->getOpcode() && sameObject(UA->getSubExpr(), UB->getSubExpr());
  return false;
}

} // namespace async_tidy
