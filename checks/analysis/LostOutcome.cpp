//===- LostOutcome.cpp ----------------------------------------------------===//
#include "analysis/LostOutcome.h"
#include "analysis/Ancestors.h"
#include "analysis/Coroutine.h"
#include "analysis/Discard.h"
#include "analysis/ExprFacts.h"
#include "analysis/MainFile.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "analysis/TypeMatcher.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include <functional>
#include <set>

using namespace clang;

namespace async_tidy {
namespace {

/// Whether `Key` of the task entry lists method `M`.
bool listed(const Entry &Task, llvm::StringRef Key, const FunctionDecl *M) {
  auto It = Task.Attributes.find(Key.str());
  return M && It != Task.Attributes.end() && llvm::is_contained(It->second, catalogueName(M));
}

bool isEagerTask(QualType T, const Catalogue &C) {
  std::optional<TaskInfo> Task = TaskModel(C).taskType(T.getNonReferenceType());
  return Task && Task->How == TaskInfo::Eager;
}

/// Whether an argument is something the callee will run: a lambda or another
/// object with a call operator.
bool isCallable(const Expr *Arg) {
  const CXXRecordDecl *Record = classOf(Arg->getType());
  return Record && Record->hasDefinition() &&
         (Record->isLambda() || hasMemberNamed(Record, "operator()"));
}

const LambdaExpr *lambdaArgument(const CallExpr *Call) {
  llvm::SmallVector<const LambdaExpr *, 2> Lambdas = lambdasHandedTo(Call);
  return Lambdas.empty() ? nullptr : Lambdas.front();
}

/// `E` without parentheses, implicit nodes and logical negations; `Negated`
/// flips once per `!`.
const Expr *stripNegations(const Expr *E, bool &Negated) {
  while (true) {
    E = E->IgnoreParenImpCasts();
    const auto *Not = dyn_cast<UnaryOperator>(E);
    if (!Not || Not->getOpcode() != UO_LNot)
      return E;
    Negated = !Negated;
    E = Not->getSubExpr();
  }
}

/// The parent of `E` above parentheses and implicit nodes.
DynTypedNode parentAbove(const Expr *&E, ASTContext &Ctx) {
  while (true) {
    DynTypedNodeList Parents = Ctx.getParents(*E);
    if (Parents.empty())
      return {};
    const auto *Up = Parents[0].get<Expr>();
    if (!Up || !isa<ImplicitCastExpr, ParenExpr>(Up))
      return Parents[0];
    E = Up;
  }
}

/// For `p.m()`, `m` when the reference `Ref` is the object of that call.
const CXXMethodDecl *methodCalledOn(const DeclRefExpr *Ref, ASTContext &Ctx) {
  const Expr *E = Ref;
  const auto *Member = parentAbove(E, Ctx).get<MemberExpr>();
  if (!Member)
    return nullptr;
  DynTypedNodeList Parents = Ctx.getParents(*Member);
  const auto *Call = Parents.empty() ? nullptr : Parents[0].get<CXXMemberCallExpr>();
  return Call ? Call->getMethodDecl() : nullptr;
}

/// A handler that catches everything and does not throw again.
bool swallows(const CXXCatchStmt *Handler) {
  if (Handler->getExceptionDecl())
    return false;
  struct Rethrows : RecursiveASTVisitor<Rethrows> {
    bool Found = false;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitCXXThrowExpr(CXXThrowExpr *) { return !(Found = true); }
    bool VisitCallExpr(CallExpr *Call) {
      if (const FunctionDecl *F = Call->getDirectCallee())
        Found |= catalogueName(F) == "std::rethrow_exception";
      return !Found;
    }
  } Visitor;
  Visitor.TraverseStmt(Handler->getHandlerBlock());
  return !Visitor.Found;
}

/// Whether `S` sits in the try block of a try statement (of its function)
/// that catches everything and does not throw again.
bool insideSwallowingTry(const Stmt *S, ASTContext &Ctx) {
  bool Found = false;
  walkToFunction(DynTypedNode::create(*S), Ctx,
                 [&](const DynTypedNode &Parent, const DynTypedNode &Child) {
                   const auto *Try = Parent.get<CXXTryStmt>();
                   if (!Try || Child.get<Stmt>() != Try->getTryBlock())
                     return true;
                   for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
                     Found |= swallows(Try->getHandler(I));
                   return !Found;
                 });
  return Found;
}

bool failsLambda(const LambdaExpr *Lambda, const Entry &Task, const Catalogue &C, unsigned Depth);

} // namespace

bool failsUnhandled(const CallExpr *Call, const Entry &Task, const Catalogue &C, unsigned Depth) {
  if (Depth > 3)
    return false;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    if (listed(Task, keys::task::HandledBy, Member->getMethodDecl()))
      return false;
    // `.then(...)`, `.finally(...)`, `.discard_result()`: the failure of
    // the future it follows passes through, and the continuation's own.
    if (const Expr *Object = Member->getImplicitObjectArgument();
        Object && isEagerTask(Object->getType(), C)) {
      const auto *Before = dyn_cast<CallExpr>(stripWrappers(Object));
      if (!Before || failsUnhandled(Before, Task, C, Depth + 1))
        return true;
      const LambdaExpr *Continuation = lambdaArgument(Member);
      return Continuation && failsLambda(Continuation, Task, C, Depth + 1);
    }
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
  if (!Def)
    return false; // declared only: what it returns is not known
  if (!inMainFile(Def, Def->getASTContext()
                           .getSourceManager())) { // a library's: it fails when what it runs does
    for (const Expr *Arg : Call->arguments()) {
      if (const auto *Lambda = dyn_cast<LambdaExpr>(stripCopies(Arg))) {
        if (failsLambda(Lambda, Task, C, Depth + 1))
          return true;
      } else if (isCallable(Arg)) {
        return true; // a function object whose body is not read
      }
    }
    return false;
  }
  if (isCoroutine(Def))
    return !catchesAroundBody(Def);
  return llvm::any_of(returnedValues(Def), [&](const Expr *V) {
    const auto *Returned = dyn_cast<CallExpr>(stripCopies(V));
    return Returned && failsUnhandled(Returned, Task, C, Depth + 1);
  });
}

namespace {
/// Whether a continuation can fail: it throws, calls something that is not
/// noexcept, returns a future that can fail, or is a coroutine that does
/// not catch around its body.
bool failsLambda(const LambdaExpr *Lambda, const Entry &Task, const Catalogue &C, unsigned Depth) {
  const CXXMethodDecl *Op = Lambda->getCallOperator();
  if (!Op->hasBody())
    return true;
  if (isCoroutine(Op))
    return !catchesAroundBody(Op);
  struct MayFail : RecursiveASTVisitor<MayFail> {
    const Entry &Task;
    const Catalogue &C;
    unsigned Depth;
    bool Found = false;
    MayFail(const Entry &Task, const Catalogue &C, unsigned Depth)
        : Task(Task), C(C), Depth(Depth) {}
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitCXXThrowExpr(CXXThrowExpr *) { return !(Found = true); }
    bool VisitCallExpr(CallExpr *Call) { return visit(Call->getCalleeDecl()); }
    bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
      return visit(Construct->getConstructor());
    }
    bool visit(const Decl *Callee) {
      const auto *F = dyn_cast_or_null<FunctionDecl>(Callee);
      const auto *Proto = F ? F->getType()->getAs<FunctionProtoType>() : nullptr;
      Found |= !Proto || !Proto->isNothrow();
      return !Found;
    }
    bool VisitReturnStmt(ReturnStmt *R) {
      const Expr *Value = R->getRetValue();
      if (!Value || !isEagerTask(Value->getType(), C))
        return true;
      const auto *Returned = dyn_cast<CallExpr>(stripCopies(Value));
      Found |= !Returned || failsUnhandled(Returned, Task, C, Depth + 1);
      return !Found;
    }
  } Visitor(Task, C, Depth);
  Visitor.TraverseStmt(Op->getBody());
  return Visitor.Found;
}
} // namespace

const VarDecl *futureCapturedBySuccessContinuation(const CXXMemberCallExpr *Call, const Entry &Task,
                                                   const Catalogue &C, ASTContext &Ctx) {
  if (!listed(Task, keys::task::SuccessContinuations, Call->getMethodDecl()))
    return nullptr;
  // `chain = chain.then([f = std::move(f)] ...)`: a chain the code keeps to
  // serialise work, and keeps from failing; each link waits for the last.
  const Expr *Up = Call;
  DynTypedNode Parent = parentAbove(Up, Ctx);
  while (const auto *Wrapper = Parent.get<Expr>()) {
    if (!isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr, ExprWithCleanups, CXXConstructExpr>(
            Wrapper))
      break;
    Up = Wrapper;
    Parent = parentAbove(Up, Ctx);
  }
  if (const auto *Assign = Parent.get<CXXOperatorCallExpr>();
      Assign && Assign->getOperator() == OO_Equal && Call->getImplicitObjectArgument() &&
      sameObject(Assign->getArg(0), Call->getImplicitObjectArgument()))
    return nullptr;
  // What it follows is made by a call that cannot be seen to fail
  // (`f.handle_exception(...).then(...)`, `th.join().then(...)`); a future
  // held in a variable or a field may fail.
  if (const auto *Before = dyn_cast_or_null<CallExpr>(
          Call->getImplicitObjectArgument() ? stripWrappers(Call->getImplicitObjectArgument())
                                            : nullptr);
      Before && !failsUnhandled(Before, Task, C))
    return nullptr;
  const LambdaExpr *Lambda = lambdaArgument(Call);
  if (!Lambda)
    return nullptr;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Lambda->isInitCapture(&Capture))
      if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar());
          Var && isEagerTask(Var->getType(), C))
        return Var;
  return nullptr;
}

const ParmVarDecl *outcomeIgnoredOnFailure(const CXXMemberCallExpr *Call, const Entry &Task,
                                           ASTContext &Ctx) {
  if (!listed(Task, keys::task::OutcomeContinuations, Call->getMethodDecl()))
    return nullptr;
  const LambdaExpr *Lambda = lambdaArgument(Call);
  const CXXMethodDecl *Op = Lambda ? Lambda->getCallOperator() : nullptr;
  if (!Op || Op->getNumParams() != 1 || Op->isTemplated() || !Op->hasBody())
    return nullptr;
  const ParmVarDecl *Outcome = Op->getParamDecl(0);

  // Every mention of the future reads it or hands it on, except calls of the
  // methods that only ask about it (`failed()`).
  auto Observes = [&](const Stmt *S) {
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    if (!Ref || Ref->getDecl() != Outcome)
      return false;
    return !listed(Task, keys::task::InspectedBy, methodCalledOn(Ref, Ctx));
  };
  // The CFG has no edges into catch handlers: code in a try block whose
  // handler reads the future (`catch (...) { log(f.get_exception()); }`)
  // counts as reading it.
  std::vector<const Stmt *> ObservedByHandler;
  struct Tries : RecursiveASTVisitor<Tries> {
    std::vector<const CXXTryStmt *> Found;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitCXXTryStmt(CXXTryStmt *T) {
      Found.push_back(T);
      return true;
    }
  } AllTries;
  AllTries.TraverseStmt(Op->getBody());
  for (const CXXTryStmt *Try : AllTries.Found) {
    struct Mentions : RecursiveASTVisitor<Mentions> {
      const std::function<bool(const Stmt *)> *Test;
      bool Found = false;
      bool VisitDeclRefExpr(DeclRefExpr *Ref) { return !(Found |= (*Test)(Ref)); }
    } InHandlers;
    std::function<bool(const Stmt *)> Test = Observes;
    InHandlers.Test = &Test;
    for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
      InHandlers.TraverseStmt(const_cast<CXXCatchStmt *>(Try->getHandler(I)));
    if (InHandlers.Found)
      ObservedByHandler.push_back(Try->getTryBlock());
  }
  auto InObservingTry = [&](const Stmt *S) {
    return llvm::any_of(ObservedByHandler, [&](const Stmt *TryBlock) {
      return TryBlock->getSourceRange().fullyContains(S->getSourceRange());
    });
  };
  // On a branch on `f.failed()`, the side where it failed.
  auto FailedSuccessor = [&](const CFGBlock &B) -> std::optional<unsigned> {
    const auto *Cond = dyn_cast_or_null<Expr>(B.getTerminatorCondition());
    if (!Cond || B.succ_size() != 2)
      return std::nullopt;
    bool Negated = false;
    const auto *Ask = dyn_cast<CXXMemberCallExpr>(stripNegations(Cond, Negated));
    const auto *Object =
        Ask ? dyn_cast<DeclRefExpr>(Ask->getImplicitObjectArgument()->IgnoreParenImpCasts())
            : nullptr;
    if (!Object || Object->getDecl() != Outcome || !Ask->getMethodDecl() ||
        Ask->getMethodDecl()->getName() != "failed")
      return std::nullopt;
    return Negated ? 1u : 0u;
  };

  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();

  std::unique_ptr<CFG> Graph = CFG::buildCFG(Op, Op->getBody(), &Ctx, Options);
  if (!Graph)
    return nullptr;
  // Depth-first over (block, observed yet): an unobserved path that reaches
  // the exit loses the failure.
  std::set<std::pair<const CFGBlock *, bool>> Seen;
  std::vector<std::pair<const CFGBlock *, bool>> Work{{&Graph->getEntry(), false}};
  while (!Work.empty()) {
    auto [Block, Observed] = Work.back();
    Work.pop_back();
    if (!Block || !Seen.insert({Block, Observed}).second)
      continue;
    for (const CFGElement &Element : *Block)
      if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
        Observed |= Observes(S->getStmt()) || InObservingTry(S->getStmt());
    if (Block == &Graph->getExit() && !Observed)
      return Outcome;
    if (std::optional<unsigned> Failed = FailedSuccessor(*Block)) {
      Work.push_back({Block->succ_begin()[*Failed].getReachableBlock(), Observed});
      continue;
    }
    for (const CFGBlock::AdjacentBlock &Next : Block->succs())
      Work.push_back({Next.getReachableBlock(), Observed});
  }
  return nullptr;
}

const CXXForRangeStmt *rethrowingDrain(const CXXMemberCallExpr *Call, const Entry &Task,
                                       const Catalogue &C, ASTContext &Ctx) {
  if (!listed(Task, keys::task::Rethrows, Call->getMethodDecl()))
    return nullptr;
  const auto *Object = dyn_cast_or_null<DeclRefExpr>(
      Call->getImplicitObjectArgument() ? Call->getImplicitObjectArgument()->IgnoreParenImpCasts()
                                        : nullptr);
  const auto *Var = Object ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
  if (!Var || !isEagerTask(Var->getType(), C))
    return nullptr;
  const CXXForRangeStmt *Loop = nullptr;
  walkToFunction(
      DynTypedNode::create(*Call), Ctx, [&](const DynTypedNode &Parent, const DynTypedNode &Child) {
        if (const auto *Try = Parent.get<CXXTryStmt>();
            Try && Child.get<Stmt>() == Try->getTryBlock())
          return false; // its failure is caught
        if (const auto *For = Parent.get<CXXForRangeStmt>(); For && For->getLoopVariable() == Var) {
          Loop = For;
          return false;
        }
        return true;
      });
  return Loop;
}

const CoroutineSuspendExpr *heldAcrossThrowingAwait(const CXXMemberCallExpr *Grow,
                                                    const Catalogue &C, ASTContext &Ctx) {
  const CXXMethodDecl *Method = Grow->getMethodDecl();
  if (!Method || !Method->getIdentifier() ||
      !llvm::is_contained({"push_back", "emplace_back"}, Method->getName()))
    return nullptr;
  const auto *Object = dyn_cast_or_null<DeclRefExpr>(
      Grow->getImplicitObjectArgument() ? Grow->getImplicitObjectArgument()->IgnoreParenImpCasts()
                                        : nullptr);
  const auto *Held = Object ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
  if (!Held || !Held->hasLocalStorage() || isa<ParmVarDecl>(Held) ||
      Held->getType()->isReferenceType())
    return nullptr;
  QualType Element = elementType(Held->getType());
  if (Element.isNull() || !isEagerTask(Element, C))
    return nullptr;
  EnclosingFunction In = enclosingFunction(*Grow, Ctx);
  const FunctionDecl *F = In.Lambda ? In.Lambda->getCallOperator() : In.Function;
  if (!isCoroutine(F))
    return nullptr;

  // The suspensions and the mentions of the container after the growth, in
  // the order they are written.
  struct Events : RecursiveASTVisitor<Events> {
    const VarDecl *Held;
    std::vector<const Stmt *> Found;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitCoroutineSuspendExpr(CoroutineSuspendExpr *S) {
      Found.push_back(S);
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (Ref->getDecl() == Held)
        Found.push_back(Ref);
      return true;
    }
  } Visitor;
  Visitor.Held = Held;
  Visitor.TraverseStmt(cast<CoroutineBodyStmt>(F->getBody())->getBody());
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<const Stmt *> After;
  for (const Stmt *S : Visitor.Found)
    if (SM.isBeforeInTranslationUnit(Grow->getEndLoc(), S->getBeginLoc()))
      After.push_back(S);
  llvm::stable_sort(After, [&](const Stmt *A, const Stmt *B) {
    return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  });
  for (const Stmt *S : After) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      // Another growth keeps it held; anything else reads or hands it on.
      const CXXMethodDecl *M = methodCalledOn(Ref, Ctx);
      if (M && M->getIdentifier() &&
          llvm::is_contained({"push_back", "emplace_back"}, M->getName()))
        continue;
      return nullptr;
    }
    const auto *Suspend = cast<CoroutineSuspendExpr>(S);
    // Awaiting the container's own futures (`co_await when_all(v...)`)
    // reads it.
    if (llvm::any_of(After, [&](const Stmt *Mention) {
          return isa<DeclRefExpr>(Mention) &&
                 Suspend->getSourceRange().fullyContains(Mention->getSourceRange());
        }))
      return nullptr;
    if (!insideSwallowingTry(Suspend, Ctx))
      return Suspend;
  }
  return nullptr;
}

} // namespace async_tidy
