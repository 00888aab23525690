//===- LoopBound.cpp ------------------------------------------------------===//
#include "analysis/LoopBound.h"
#include "analysis/RangeSize.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {
namespace {

/// A for loop counting from a constant to a constant: `for (int i = 0; i < 8; ++i)`.
std::optional<uint64_t> countedTrips(const ForStmt *For, ASTContext &Ctx) {
  const auto *Cmp = dyn_cast_or_null<BinaryOperator>(For->getCond()->IgnoreParenImpCasts());
  if (!Cmp || !Cmp->isComparisonOp() || Cmp->getOpcode() == BO_EQ)
    return std::nullopt;
  const Expr *L = Cmp->getLHS()->IgnoreParenImpCasts();
  const Expr *R = Cmp->getRHS()->IgnoreParenImpCasts();
  BinaryOperatorKind Op = Cmp->getOpcode();
  // Put the counter on the left: `8 > i` is `i < 8`.
  if (!isa<DeclRefExpr>(L)) {
    std::swap(L, R);
    Op = BinaryOperator::reverseComparisonOp(Op);
  }
  const auto *Counter = dyn_cast<DeclRefExpr>(L);
  const auto *Var = Counter ? dyn_cast<VarDecl>(Counter->getDecl()) : nullptr;
  const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit());
  if (!Var || !Init || !Init->isSingleDecl() || Init->getSingleDecl() != Var)
    return std::nullopt;
  std::optional<uint64_t> Start = evaluateInt(Var->getInit(), Ctx);
  // Counting up, the limit may be a bound its callers set.
  std::optional<uint64_t> Stop =
      (Op == BO_LT || Op == BO_LE) ? upperBound(R, Ctx) : evaluateInt(R, Ctx);
  if (!Start || !Stop)
    return std::nullopt;
  // Steps larger than one only make the count smaller: this is an upper bound.
  switch (Op) {
  case BO_LT:
    return *Stop > *Start ? *Stop - *Start : 0;
  case BO_LE:
    return *Stop >= *Start ? *Stop - *Start + 1 : 0;
  case BO_GT:
    return *Start > *Stop ? *Start - *Stop : 0;
  case BO_GE:
    return *Start >= *Stop ? *Start - *Stop + 1 : 0;
  case BO_NE:
    return *Start > *Stop ? *Start - *Stop : *Stop - *Start;
  default:
    return std::nullopt;
  }
}

/// A condition that is always true (`while (true)`, `for (;;)`) or null.
bool alwaysTrue(const Expr *Cond, const ASTContext &Ctx) {
  if (!Cond)
    return true;
  if (Cond->isValueDependent() || Cond->isTypeDependent())
    return false;
  bool Value = false;
  return Cond->EvaluateAsBooleanCondition(Value, Ctx) && Value;
}

/// Whether `E` reads main's `argc`: a loop over the command line runs once
/// per argument the operator typed, not once per item of data.
bool readsArgc(const Stmt *E) {
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Parm = dyn_cast<ParmVarDecl>(Ref->getDecl()))
      if (const auto *F = dyn_cast_or_null<FunctionDecl>(Parm->getDeclContext()))
        return F->isMain() && Parm->getFunctionScopeIndex() == 0;
  for (const Stmt *Child : E->children())
    if (Child && readsArgc(Child))
      return true;
  return false;
}

/// `X.size()` where X holds bounded resources.
bool sizeOfBoundedResources(const Expr *E, const Catalogue *Cat) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(E->IgnoreParenImpCasts());
  const CXXMethodDecl *M = Call ? Call->getMethodDecl() : nullptr;
  return Cat && M && M->getIdentifier() && M->getName() == "size" &&
         holdsBoundedResources(Call->getImplicitObjectArgument()->getType(), *Cat);
}

/// `i < std::thread::hardware_concurrency()`, or `i < n` where the local `n`
/// was initialised so: one worker per core. Also `i < groups.size()` over
/// bounded resources.
bool boundedByCores(const Expr *Cond, const Catalogue *Cat) {
  const auto *Cmp = dyn_cast_or_null<BinaryOperator>(Cond ? Cond->IgnoreParenImpCasts() : nullptr);
  if (!Cmp || !Cmp->isComparisonOp())
    return false;
  for (const Expr *Side : {Cmp->getLHS(), Cmp->getRHS()}) {
    if (isCoreCount(Side) || sizeOfBoundedResources(Side, Cat))
      return true;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Side->IgnoreParenImpCasts()))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
          Var && Var->isLocalVarDecl() && Var->getInit() && isCoreCount(Var->getInit()))
        return true;
  }
  return false;
}

LoopBound conditional(const Expr *Cond, const ASTContext &Ctx, const Catalogue *Cat) {
  LoopBound B;
  if (alwaysTrue(Cond, Ctx))
    return B;
  // As small as a command line, or as the machine's core count.
  if (readsArgc(Cond) || boundedByCores(Cond, Cat)) {
    B.How = LoopBound::Machine;
    return B;
  }
  B.How = LoopBound::Conditional;
  B.Driver = Cond;
  return B;
}

} // namespace

LoopBound boundOf(const Stmt *Loop, ASTContext &Ctx, const Catalogue *Cat) {
  LoopBound B;
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop)) {
    if (machineSizedRange(Range->getRangeInit(), Ctx, Cat)) {
      B.How = LoopBound::Machine;
      return B;
    }
    if (std::optional<uint64_t> N = knownElementCount(Range->getRangeInit(), Ctx, Cat)) {
      B.How = LoopBound::Constant;
      B.Trips = *N;
    } else {
      B.How = LoopBound::PerElement;
      B.Driver = Range->getRangeInit();
    }
    return B;
  }
  if (const auto *For = dyn_cast<ForStmt>(Loop)) {
    if (For->getCond())
      if (std::optional<uint64_t> N = countedTrips(For, Ctx)) {
        B.How = LoopBound::Constant;
        B.Trips = *N;
        return B;
      }
    return conditional(For->getCond(), Ctx, Cat);
  }
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return conditional(While->getCond(), Ctx, Cat);
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return conditional(Do->getCond(), Ctx, Cat);
  return B;
}

const Stmt *loopBody(const Stmt *S) {
  if (const auto *For = dyn_cast<ForStmt>(S))
    return For->getBody();
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(S))
    return Range->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(S))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(S))
    return Do->getBody();
  return nullptr;
}

} // namespace async_tidy
