//===- HandleFate.cpp -----------------------------------------------------===//
#include "analysis/HandleFate.h"
#include "analysis/CallMatcher.h"
#include "analysis/Discard.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "analysis/VariableUses.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {
namespace {

bool contains(const Stmt *Outer, SourceRange Inner) {
  return Outer->getSourceRange().fullyContains(Inner);
}

/// Whether a `break` (at this level), `return` or `co_return` follows `S` in
/// its block: then the iteration that ran `S` is the loop's last.
bool followedByExit(const Stmt *S, const CompoundStmt *Block, bool BreakLeavesLoop) {
  bool After = false;
  for (const Stmt *Sibling : Block->body()) {
    if (After && (isa<ReturnStmt, CoreturnStmt, CXXThrowExpr>(Sibling) ||
                  (BreakLeavesLoop && isa<BreakStmt>(Sibling))))
      return true;
    After |= Sibling == S;
  }
  return false;
}

class FateWalker {
public:
  FateWalker(const Stmt *Body, ASTContext &Ctx, const Catalogue &C) : Body(Body), Ctx(Ctx), C(C) {}

  HandleFate fateOf(const Expr *Started, unsigned Depth);

private:
  HandleFate fateOfStatement(const Stmt *S, DynTypedNodeList Parents);
  HandleFate fateOfVariable(const VarDecl *Var, unsigned Depth);
  HandleFate fateAsOperand(const Expr *Cur, const Expr *Call, unsigned Depth);
  /// The value is stored into `Target`: a local of the iteration passes the
  /// question on to that variable's uses; anything else keeps it.
  HandleFate fateOfAssignedTo(const Expr *Target, unsigned Depth) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Target->IgnoreParenImpCasts());
    const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    return Var && contains(Body, Var->getSourceRange()) ? fateOfVariable(Var, Depth + 1)
                                                        : HandleFate::Kept;
  }

  const Stmt *Body;
  ASTContext &Ctx;
  const Catalogue &C;
};

HandleFate FateWalker::fateOf(const Expr *Started, unsigned Depth) {
  if (Depth >= 32)
    return HandleFate::Kept;
  ValueConsumer Next = consumerOf(Started, Ctx);
  switch (Next.What) {
  case ValueConsumer::Nothing:
  case ValueConsumer::Discarded:
    return HandleFate::Dropped;
  case ValueConsumer::Variable:
    return contains(Body, Next.Var->getSourceRange()) ? fateOfVariable(Next.Var, Depth + 1)
                                                      : HandleFate::Kept;
  case ValueConsumer::Statement:
    return isa<ReturnStmt, CoreturnStmt>(Next.Parents[0].get<Stmt>())
               ? HandleFate::LeavesLoop
               : fateOfStatement(Next.Value, Next.Parents);
  case ValueConsumer::Awaited:
    return HandleFate::Awaited;
  case ValueConsumer::Operand:
    return fateAsOperand(Next.Value, Next.Node, Depth);
  case ValueConsumer::Assigned:
    return fateOfAssignedTo(cast<BinaryOperator>(Next.Node)->getLHS(), Depth);
  case ValueConsumer::Other:
    // Initialiser lists, lambda captures, `new` expressions: stored elsewhere.
    return HandleFate::Kept;
  }
  return HandleFate::Kept;
}

/// `Cur` is the object or an argument of `Call`.
HandleFate FateWalker::fateAsOperand(const Expr *Cur, const Expr *Call, unsigned Depth) {
  if (matchCall(C, kinds::Blocking, Call))
    return HandleFate::Awaited; // f.get(), t.join(), sync_wait(f)
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    // Assigned over, the handle's old value is replaced, not kept; assigned
    // from, it lives on in the target.
    return Op->getArg(1) != Cur ? HandleFate::Dropped : fateOfAssignedTo(Op->getArg(0), Depth);
  // Continuations and wrappers (`f.then(...)`, `with_timeout(t, f)`) carry the
  // work on in the value they return; void member calls (`t.detach()`) end it.
  QualType Result = Call->getType();
  if (TaskModel(C).taskType(Result))
    return fateOf(Call, Depth + 1);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
      Member &&
      Member->getImplicitObjectArgument()->IgnoreParenImpCasts() == Cur->IgnoreParenImpCasts())
    return Result->isVoidType() ? HandleFate::Dropped : fateOf(Call, Depth + 1);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
      Member && isa<MemberExpr>(Cur) && Member->getCallee() == Cur)
    return Result->isVoidType() ? HandleFate::Dropped : fateOf(Call, Depth + 1);
  // Handed to something else (`v.push_back(f)`, `scope.add(f)`): kept there.
  return HandleFate::Kept;
}

HandleFate FateWalker::fateOfStatement(const Stmt *S, DynTypedNodeList Parents) {
  if (!isDiscardedStatement(S, Parents))
    return HandleFate::Kept;
  // A statement followed by `break` or `return` runs once.
  const Stmt *Child = S;
  bool BreakLeavesLoop = true;
  for (unsigned Depth = 0; Depth < 64 && Child != Body; ++Depth) {
    DynTypedNodeList Up = Ctx.getParents(*Child);
    const Stmt *P = Up.empty() ? nullptr : Up[0].get<Stmt>();
    if (!P)
      break;
    if (const auto *Block = dyn_cast<CompoundStmt>(P);
        Block && followedByExit(Child, Block, BreakLeavesLoop))
      return HandleFate::LeavesLoop;
    if (isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt, SwitchStmt>(P))
      BreakLeavesLoop = false;
    Child = P;
  }
  return HandleFate::Dropped;
}

HandleFate FateWalker::fateOfVariable(const VarDecl *Var, unsigned Depth) {
  std::vector<const DeclRefExpr *> Uses;
  forEachUse(Var, Body, [&](const Expr *Use) {
    Uses.push_back(cast<DeclRefExpr>(Use));
    return true;
  });
  HandleFate Result = HandleFate::Dropped;
  if (const auto *Decl =
          Ctx.getParents(*Var).empty() ? nullptr : Ctx.getParents(*Var)[0].get<DeclStmt>())
    if (fateOfStatement(Decl, Ctx.getParents(*Decl)) == HandleFate::LeavesLoop)
      Result = HandleFate::LeavesLoop;
  for (const DeclRefExpr *Use : Uses) {
    switch (fateOf(Use, Depth + 1)) {
    case HandleFate::Awaited:
      return HandleFate::Awaited;
    case HandleFate::LeavesLoop:
      Result = HandleFate::LeavesLoop;
      break;
    case HandleFate::Kept:
      if (Result != HandleFate::LeavesLoop)
        Result = HandleFate::Kept;
      break;
    case HandleFate::Dropped:
      break;
    }
  }
  return Result;
}

} // namespace

HandleFate handleFate(const Expr *Started, const Stmt *Body, ASTContext &Ctx, const Catalogue &C) {
  return FateWalker(Body, Ctx, C).fateOf(Started, 0);
}

} // namespace async_tidy
