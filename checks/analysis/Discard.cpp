//===- Discard.cpp --------------------------------------------------------===//
#include "analysis/Discard.h"
#include "analysis/QualifiedName.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

const Expr *stripWrappers(const Expr *E) {
  return E->IgnoreImplicit()->IgnoreParens()->IgnoreImplicit();
}

bool passesValueThrough(const Expr *E) {
  if (isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
          ExprWithCleanups, OpaqueValueExpr, ConditionalOperator, MemberExpr>(E))
    return true;
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return !Cast->getType()->isVoidType();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getConstructor()->isCopyOrMoveConstructor();
  return false;
}

bool isStdMoveOrForward(const CallExpr *Call) {
  const FunctionDecl *F = Call->getDirectCallee();
  return F && Call->getNumArgs() == 1 && F->isInStdNamespace() && F->getIdentifier() &&
         (F->getName() == "move" || F->getName() == "forward");
}

const Expr *stripCopies(const Expr *E) {
  // Each step removes a node, so this ends.
  while (true) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(E);
        Copy && Copy->getNumArgs() == 1 && Copy->getConstructor()->isCopyOrMoveConstructor())
      E = Copy->getArg(0);
    else if (const auto *Move = dyn_cast<CallExpr>(E); Move && isStdMoveOrForward(Move))
      E = Move->getArg(0);
    else
      return E;
  }
}

llvm::ArrayRef<const Expr *> callArguments(const Expr *Call) {
  if (const auto *C = dyn_cast<CallExpr>(Call))
    return llvm::ArrayRef(C->getArgs(), C->getNumArgs());
  if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    return llvm::ArrayRef(C->getArgs(), C->getNumArgs());
  return {};
}

const ParmVarDecl *parameterOf(const Expr *Call, unsigned Index) {
  const FunctionDecl *Callee = nullptr;
  if (const auto *C = dyn_cast<CallExpr>(Call)) {
    Callee = C->getDirectCallee();
    // A member operator's object is its first argument, not a parameter.
    if (isa<CXXOperatorCallExpr>(C) && isa_and_nonnull<CXXMethodDecl>(Callee)) {
      if (Index == 0)
        return nullptr;
      --Index;
    }
  } else if (const auto *C = dyn_cast<CXXConstructExpr>(Call)) {
    Callee = C->getConstructor();
  }
  if (!Callee || Index >= Callee->getNumParams())
    return nullptr;
  return Callee->getParamDecl(Index);
}

const Expr *explicitlyDiscarded(const Expr *E) {
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E); Cast && Cast->getType()->isVoidType())
    return stripWrappers(Cast->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
        Ref && catalogueName(Ref->getDecl()) == "std::ignore")
      return stripWrappers(Op->getArg(1));
  return nullptr;
}

bool isDiscardedStatement(const Stmt *S, const DynTypedNodeList &Parents) {
  if (Parents.size() != 1)
    return false;
  const Stmt *P = Parents[0].get<Stmt>();
  if (!P)
    return false;
  if (isa<CompoundStmt, CaseStmt, DefaultStmt, LabelStmt>(P))
    return true;
  if (const auto *If = dyn_cast<IfStmt>(P))
    return S == If->getThen() || S == If->getElse();
  if (const auto *For = dyn_cast<ForStmt>(P))
    return S == For->getBody() || S == For->getInc();
  if (const auto *While = dyn_cast<WhileStmt>(P))
    return S == While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(P))
    return S == Do->getBody();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(P))
    return S == Range->getBody();
  return false;
}

ValueConsumer consumerOf(const Expr *Value, ASTContext &Ctx) {
  ValueConsumer C;
  const Expr *Cur = Value;
  // Each step moves to a parent; expressions are finitely deep.
  for (unsigned Steps = 0; Steps < 64; ++Steps) {
    C.Value = Cur;
    C.Parents = Ctx.getParents(*Cur);
    if (C.Parents.empty())
      return C;
    if ((C.Var = C.Parents[0].get<VarDecl>())) {
      C.What = ValueConsumer::Variable;
      return C;
    }
    const auto *P = C.Parents[0].get<Expr>();
    C.Node = P;
    if (!P) {
      C.What = C.Parents[0].get<Stmt>() ? ValueConsumer::Statement : ValueConsumer::Other;
      return C;
    }
    if (isa<CoroutineSuspendExpr>(P)) {
      C.What = ValueConsumer::Awaited;
      return C;
    }
    if (explicitlyDiscarded(P) == stripWrappers(Cur) ||
        (isa<ExplicitCastExpr>(P) && P->getType()->isVoidType())) {
      C.What = ValueConsumer::Discarded;
      return C;
    }
    const auto *Call = dyn_cast<CallExpr>(P);
    if (passesValueThrough(P) || (Call && isStdMoveOrForward(Call))) {
      Cur = P;
      continue;
    }
    if (Call || isa<CXXConstructExpr>(P))
      C.What = ValueConsumer::Operand;
    else if (const auto *Assign = dyn_cast<BinaryOperator>(P);
             Assign && Assign->isAssignmentOp() && Assign->getLHS() != Cur)
      C.What = ValueConsumer::Assigned;
    else
      C.What = ValueConsumer::Other;
    return C;
  }
  C.What = ValueConsumer::Other;
  return C;
}

} // namespace async_tidy
