//===- ErasedCallable.cpp - calls through a type-erasing function holder -===//

#include "analysis/ErasedCallable.h"
#include "analysis/Coroutine.h"
#include "analysis/Discard.h"
#include "analysis/FunctionFacts.h"
#include "analysis/VariableUses.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

using namespace clang;

namespace async_tidy {

namespace {

/// Whether `Class` is a specialisation on a function type `R(A...)` whose
/// `operator()` takes `A...`: the holder forwards to what it holds.
bool isErasingHolder(const CXXRecordDecl *Class, const CXXMethodDecl *Operator) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Class);
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &First = Spec->getTemplateArgs()[0];
  if (First.getKind() != TemplateArgument::Type)
    return false;
  const auto *Signature = First.getAsType()->getAs<FunctionProtoType>();
  if (!Signature || Signature->getNumParams() != Operator->getNumParams())
    return false;
  for (unsigned I = 0; I < Signature->getNumParams(); ++I)
    if (!Operator->getASTContext().hasSameType(Signature->getParamType(I),
                                               Operator->getParamDecl(I)->getType()))
      return false;
  return true;
}

/// What the holder's initialiser was made from: a function named, or a
/// lambda written there.
const FunctionDecl *madeFrom(const Expr *Init) {
  const Expr *E = stripCopies(Init);
  // The holder's converting constructor, and its temporaries.
  while (true) {
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
        Construct && Construct->getNumArgs() == 1)
      E = stripCopies(Construct->getArg(0));
    else if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      E = stripCopies(Cast->getSubExpr());
    else if (const auto *Address = dyn_cast<UnaryOperator>(E);
             Address && Address->getOpcode() == UO_AddrOf)
      E = stripCopies(Address->getSubExpr());
    else
      break;
  }
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(Ref->getDecl());
  const auto *Lambda = dyn_cast<LambdaExpr>(E);
  if (!Lambda)
    return nullptr;
  // A generic lambda: the holder instantiated the call operator it calls.
  return instantiatedCallOperator(Lambda);
}

/// Whether every use of holder `Var` in `F` reads it as const: calls it
/// (its `operator()` is const), copies it. An assignment, a swap or a
/// non-const reference to it could make it hold something else.
bool onlyCalled(const VarDecl *Var, const FunctionDecl *F, ASTContext &Ctx) {
  bool Changed = false;
  forEachUse(Var, F->getBody(), [&](const Expr *Use) {
    DynTypedNodeList Parents = Ctx.getParents(*Use);
    const auto *Cast = Parents.empty() ? nullptr : Parents[0].get<ImplicitCastExpr>();
    Changed = !Cast || !(Cast->getCastKind() == CK_LValueToRValue ||
                         (Cast->getCastKind() == CK_NoOp && Cast->getType().isConstQualified()));
    return !Changed;
  });
  return !Changed;
}

} // namespace

std::optional<ErasedCall> erasedCall(const CallExpr *Call, ASTContext &Ctx) {
  const auto *OpCall = dyn_cast<CXXOperatorCallExpr>(Call);
  const auto *Operator = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
  if (!OpCall || OpCall->getOperator() != OO_Call || !Operator ||
      !isErasingHolder(Operator->getParent(), Operator))
    return std::nullopt;
  ErasedCall Result;
  Result.Holder = namedValue(OpCall->getArg(0));
  // A local the function never assigns again holds what it was made from.
  const auto *Var = dyn_cast_or_null<VarDecl>(Result.Holder);
  if (!Var || !Var->getInit() || isa<ParmVarDecl>(Var) || !Var->isLocalVarDecl())
    return Result;
  const auto *Owner = dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (Var->getType()->isReferenceType() || Var->getType().isConstQualified() ||
      (Owner && onlyCalled(Var, Owner, Ctx)))
    Result.Target = madeFrom(Var->getInit());
  return Result;
}

} // namespace async_tidy
