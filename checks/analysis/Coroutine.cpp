//===- Coroutine.cpp ------------------------------------------------------===//
#include "analysis/Coroutine.h"
#include "analysis/Ancestors.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {

bool isCoroutine(const FunctionDecl *F) {
  return F && F->getBody() && isa<CoroutineBodyStmt>(F->getBody());
}

const CXXMethodDecl *instantiatedCallOperator(const LambdaExpr *Lambda) {
  const CXXMethodDecl *Operator = Lambda->getCallOperator();
  if (const FunctionTemplateDecl *Template = Operator->getDescribedFunctionTemplate())
    for (const FunctionDecl *Spec : Template->specializations())
      if (Spec->hasBody())
        return cast<CXXMethodDecl>(Spec);
  return Operator;
}

std::string coroutineDisplayName(const FunctionDecl *F) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(F); M && M->getParent()->isLambda())
    return "lambda";
  return F->getNameAsString();
}

namespace {

class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  explicit CallCollector(llvm::function_ref<void(const Expr *)> Visit) : Visit(Visit) {}

  bool TraverseLambdaExpr(LambdaExpr *L) {
    // Captures' initialisers run here; the body runs when the lambda is called.
    for (Expr *Init : L->capture_inits())
      if (Init)
        TraverseStmt(Init);
    return true;
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseBlockExpr(BlockExpr *) { return true; }

  bool VisitCallExpr(CallExpr *C) {
    Visit(C);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *C) {
    Visit(C);
    return true;
  }

private:
  llvm::function_ref<void(const Expr *)> Visit;
};

} // namespace

bool neverSuspendsInBody(const FunctionDecl *F) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(F ? F->getBody() : nullptr);
  if (!Body)
    return false;
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitCoroutineSuspendExpr(CoroutineSuspendExpr *) { return !(Found = true); }
    bool VisitDependentCoawaitExpr(DependentCoawaitExpr *) { return !(Found = true); }
  } Suspends;
  Suspends.TraverseStmt(Body->getBody());
  return !Suspends.Found;
}

void forEachCallInCoroutine(const FunctionDecl *F, llvm::function_ref<void(const Expr *)> Visit) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(F->getBody());
  if (!Body)
    return;
  // Only what the user wrote: the promise's own calls (initial_suspend, ...)
  // are in the other children of CoroutineBodyStmt.
  CallCollector(Visit).TraverseStmt(Body->getBody());
}

void forEachCallInBody(const FunctionDecl *F, llvm::function_ref<void(const Expr *)> Visit) {
  if (isCoroutine(F))
    return forEachCallInCoroutine(F, Visit);
  CallCollector Collector(Visit);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(F))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->isWritten())
        Collector.TraverseStmt(Init->getInit());
  if (Stmt *Body = F->getBody())
    Collector.TraverseStmt(Body);
}

bool catchesAroundBody(const FunctionDecl *Coro) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Coro->getBody());
  const auto *Block = Body ? dyn_cast<CompoundStmt>(Body->getBody()) : nullptr;
  if (!Block)
    return false;
  struct MayThrow : RecursiveASTVisitor<MayThrow> {
    bool Found = false;
    bool VisitCallExpr(CallExpr *) { return !(Found = true); }
    bool VisitCXXConstructExpr(CXXConstructExpr *C) {
      Found |= !C->getConstructor()->isTrivial();
      return !Found;
    }
    bool VisitCoroutineSuspendExpr(CoroutineSuspendExpr *) { return !(Found = true); }
    bool VisitCXXThrowExpr(CXXThrowExpr *) { return !(Found = true); }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool TraverseCoreturnStmt(CoreturnStmt *S) { return TraverseStmt(S->getOperand()); }
  };
  bool SawTry = false;
  for (const Stmt *S : Block->body()) {
    if (isa<CXXTryStmt>(S)) {
      SawTry = true;
      continue;
    }
    MayThrow Visitor;
    Visitor.TraverseStmt(const_cast<Stmt *>(S));
    if (Visitor.Found)
      return false;
  }
  return SawTry;
}

std::vector<const Expr *> returnedValues(const FunctionDecl *F) {
  struct Returns : RecursiveASTVisitor<Returns> {
    std::vector<const Expr *> Values;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitReturnStmt(ReturnStmt *R) {
      if (R->getRetValue())
        Values.push_back(R->getRetValue());
      return true;
    }
  } Found;
  Found.TraverseStmt(F->getBody());
  return Found.Values;
}

bool bodyUses(const FunctionDecl *F, llvm::function_ref<bool(const Expr *)> Is, UsePoint Where) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(F ? F->getBody() : nullptr);
  if (!Body)
    return false;
  struct Collector : RecursiveASTVisitor<Collector> {
    llvm::function_ref<bool(const Expr *)> Is;
    unsigned InLambda = 0;
    std::vector<SourceRange> Loops, Suspensions, Uses;
    /// Blocks that end by leaving the coroutine (`co_return`, `return`,
    /// `throw`): a suspension inside one does not reach code after it.
    std::vector<SourceRange> Exiting;
    bool TraverseLambdaExpr(LambdaExpr *L) {
      ++InLambda;
      RecursiveASTVisitor::TraverseLambdaExpr(L);
      --InLambda;
      return true;
    }
    bool VisitStmt(Stmt *S) {
      if (!InLambda && isLoop(S))
        Loops.push_back(S->getSourceRange());
      if (const auto *Block = dyn_cast<CompoundStmt>(S);
          !InLambda && Block && !Block->body_empty() &&
          isa<ReturnStmt, CoreturnStmt, CXXThrowExpr>(Block->body_back()))
        Exiting.push_back(S->getSourceRange());
      if (!InLambda && isa<CoroutineSuspendExpr>(S))
        Suspensions.push_back(S->getSourceRange());
      if (const auto *E = dyn_cast<Expr>(S); E && Is(E))
        Uses.push_back(S->getSourceRange());
      return true;
    }
  } C;
  C.Is = Is;
  C.TraverseStmt(Body->getBody());
  if (C.Uses.empty() || Where == UsePoint::Anywhere)
    return !C.Uses.empty();
  const SourceManager &SM = F->getASTContext().getSourceManager();
  auto Before = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };
  for (SourceRange Use : C.Uses)
    for (SourceRange Suspension : C.Suspensions) {
      bool LeavesFirst = llvm::any_of(C.Exiting, [&](SourceRange Block) {
        return Block.fullyContains(Suspension) && !Block.fullyContains(Use);
      });
      if (Before(Suspension.getEnd(), Use.getBegin()) && !LeavesFirst)
        return true;
      for (SourceRange Loop : C.Loops)
        if (Loop.fullyContains(Use) && Loop.fullyContains(Suspension))
          return true;
    }
  return false;
}

} // namespace async_tidy
