//===- IterationScan.cpp --------------------------------------------------===//
#include "analysis/IterationScan.h"
#include "analysis/Coroutine.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {
namespace {

class LimiterFinder : public RecursiveASTVisitor<LimiterFinder> {
public:
  explicit LimiterFinder(const Catalogue &C) : C(C) {}

  bool VisitCallExpr(CallExpr *Call) { return visitCall(Call); }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) { return visitCall(Construct); }

  CallMatch Found;

private:
  bool visitCall(const Expr *Call) {
    if ((Found = matchCall(C, kinds::Limiter, Call)))
      return false;
    // One level into a called coroutine: `co_spawn(ex, worker(x), ...)`
    // where worker takes the semaphore itself; or into a function that
    // builds the task as a continuation chain (seastar's `return
    // with_semaphore(sem, 1, ...)`).
    // Only that function's own body: a limiter deeper down (a channel that
    // throttles bytes inside a session) says nothing about how many start.
    const FunctionDecl *Callee = calleeOf(Call);
    if (!InCallee && Callee && (Callee = Callee->getDefinition()) &&
        (isCoroutine(Callee) || returnsTask(Callee))) {
      InCallee = true;
      TraverseStmt(Callee->getBody());
      InCallee = false;
      return !Found;
    }
    return true;
  }

  bool returnsTask(const FunctionDecl *F) const {
    return TaskModel(C).taskType(F->getReturnType()).has_value();
  }

  const Catalogue &C;
  bool InCallee = false;
};

class WaitFinder : public RecursiveASTVisitor<WaitFinder> {
public:
  explicit WaitFinder(const Catalogue &C) : C(C) {
    for (const std::unique_ptr<Entry> &E : C.entries())
      if (E->Kind == kinds::Spawner)
        if (auto It = E->Attributes.find(keys::spawner::SuspendsWith.str());
            It != E->Attributes.end())
          YieldContexts.insert(YieldContexts.end(), It->second.begin(), It->second.end());
  }

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool VisitCoroutineSuspendExpr(CoroutineSuspendExpr *E) {
    Found = E;
    return false;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (matchCall(C, kinds::Blocking, Call) || handedYieldContext(Call))
      Found = Call;
    return !Found;
  }

private:
  /// A stackful coroutine's context passed to a call: it suspends there.
  bool handedYieldContext(const CallExpr *Call) const {
    if (YieldContexts.empty())
      return false;
    for (const Expr *Arg : Call->arguments())
      if (isOrDerivesFrom(classOf(Arg->getType()), YieldContexts))
        return true;
    return false;
  }

  std::vector<std::string> YieldContexts;

public:
  const Stmt *Found = nullptr;

private:
  const Catalogue &C;
};

} // namespace

CallMatch findLimiter(const Catalogue &C, const Stmt *Code) {
  LimiterFinder Finder(C);
  Finder.TraverseStmt(const_cast<Stmt *>(Code));
  return Finder.Found;
}

const Stmt *findWait(const Catalogue &C, const Stmt *Code) {
  WaitFinder Finder(C);
  Finder.TraverseStmt(const_cast<Stmt *>(Code));
  return Finder.Found;
}

} // namespace async_tidy
