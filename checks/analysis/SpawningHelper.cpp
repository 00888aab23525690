//===- SpawningHelper.cpp -------------------------------------------------===//
#include "analysis/SpawningHelper.h"
#include "analysis/Ancestors.h"
#include "analysis/CallMatcher.h"
#include "analysis/Discard.h"
#include "analysis/HandleFate.h"
#include "analysis/IterationScan.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include <functional>

using namespace clang;

namespace async_tidy {
namespace {

/// How deep helpers that call helpers are followed.
constexpr unsigned MaxDepth = 3;

/// Statements and expressions whose parts may not run on every call.
bool isConditional(const Stmt *S) {
  if (isa<IfStmt, SwitchStmt, AbstractConditionalOperator, CXXCatchStmt>(S) || isLoop(S))
    return true;
  const auto *Op = dyn_cast<BinaryOperator>(S);
  return Op && Op->isLogicalOp();
}

bool leavesFunction(const Stmt *S) { return isa<ReturnStmt, CoreturnStmt, CXXThrowExpr>(S); }

/// Whether `S` contains a statement that leaves the function early.
bool containsExit(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (leavesFunction(S))
    return true;
  for (const Stmt *Child : S->children())
    if (containsExit(Child))
      return true;
  return false;
}

/// Whether `E`, through the wrappers around it, is a statement of its own
/// (its value unused).
bool isStatement(const Expr *E, ASTContext &Ctx) {
  bool Statement = false;
  walkUpParents(
      DynTypedNode::create(*E), Ctx, 8,
      [&](const DynTypedNodeList &Parents, const DynTypedNode &Child) {
        if (isDiscardedStatement(Child.get<Stmt>(), Parents)) {
          Statement = true;
          return false;
        }
        const auto *P = Parents[0].get<Expr>();
        return P && (isa<ExprWithCleanups, ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
                         CXXBindTemporaryExpr>(P) ||
                     (isa<CStyleCastExpr, CXXStaticCastExpr>(P) && P->getType()->isVoidType()));
      });
  return Statement;
}

} // namespace

HelperSpawn SpawningHelpers::spawnOf(const FunctionDecl *Callee) {
  if (!Callee)
    return {};
  const FunctionDecl *Definition = Callee->getDefinition();
  if (!Definition || !Definition->getBody())
    return {};
  return compute(Definition, 0);
}

HelperSpawn SpawningHelpers::compute(const FunctionDecl *F, unsigned Depth) {
  if (auto It = Known.find(F); It != Known.end())
    return It->second;
  Known[F] = {}; // a recursive helper: nothing while it is being computed
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInSystemHeader(F->getLocation()) || Depth > MaxDepth)
    return {};
  std::string Name = catalogueName(F);
  // A catalogued API is judged by its entry where it is called.
  if (!C.lookup(kinds::Spawner, Name).empty() || !C.lookup(kinds::Fanout, Name).empty())
    return {};
  const Stmt *Body = F->getBody();

  HelperSpawn Found;
  bool Exited = false;
  // Source order, outside conditions, loops and lambdas; stops at the first
  // statement that may leave the function before the rest runs.
  std::function<void(const Stmt *)> Scan = [&](const Stmt *S) {
    if (!S || Found || Exited || isa<LambdaExpr>(S))
      return;
    if (const auto *Coro = dyn_cast<CoroutineBodyStmt>(S)) { // not the promise's calls
      Scan(Coro->getBody());
      return;
    }
    if (isConditional(S)) {
      Exited = containsExit(S);
      return;
    }
    if (leavesFunction(S)) { // a returned handle is the caller's to wait on
      Exited = true;
      return;
    }
    for (const Stmt *Child : S->children())
      Scan(Child);
    if (Found || Exited)
      return;
    const auto *E = dyn_cast<Expr>(S);
    if (!E)
      return;
    if (const Expr *Dropped = explicitlyDiscarded(E)) {
      const auto *Call = dyn_cast<CallExpr>(Dropped);
      if (Call && !matchCall(C, kinds::Spawner, Call))
        if (std::optional<TaskInfo> Task = TaskModel(C).taskOf(Call);
            Task && Task->How == TaskInfo::Eager)
          Found = {Call, F, nullptr};
      return;
    }
    if (!isa<CallExpr, CXXConstructExpr>(E))
      return;
    if (CallMatch M = matchCall(C, kinds::Spawner, E)) {
      if (M.Matched->attribute(keys::spawner::DroppedHandle) == values::spawner::Waits)
        return;
      if (std::optional<TaskInfo> Task = TaskModel(C).taskType(E->getType());
          Task && Task->How == TaskInfo::Lazy)
        return;
      // A statement of its own drops the handle (handleFate would call it
      // LeavesLoop before a final `co_return`: the helper's exit, not a
      // loop's); otherwise the handle must be dropped or stored, not handed
      // back to the caller.
      HandleFate Fate = isStatement(E, Ctx) ? HandleFate::Dropped : handleFate(E, Body, Ctx, C);
      if (Fate == HandleFate::Dropped || Fate == HandleFate::Kept)
        Found = {E, F, M.Matched};
      return;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        if (const FunctionDecl *Def = Callee->getDefinition(); Def && Def->getBody())
          Found = compute(Def, Depth + 1);
  };
  Scan(Body);
  // A unit of a limiter taken on every call bounds what the helper starts.
  if (Found && findLimiter(C, Body))
    Found = {};
  Known[F] = Found;
  return Found;
}

} // namespace async_tidy
