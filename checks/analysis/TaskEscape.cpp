//===- TaskEscape.cpp -----------------------------------------------------===//
#include "analysis/TaskEscape.h"
#include "analysis/Ancestors.h"
#include "analysis/Awaitable.h"
#include "analysis/CallMatcher.h"
#include "analysis/Coroutine.h"
#include "analysis/Discard.h"
#include "analysis/FunctionFacts.h"
#include "analysis/TaskModel.h"
#include "analysis/VariableUses.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {
namespace {

/// The object an expression names, through `.` member accesses
/// (`s.wait_for_clients` is part of `s`).
const Expr *objectBase(const Expr *E) {
  E = stripCopies(E);
  for (const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
       Member && !Member->isArrow(); Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts()))
    E = Member->getBase();
  return E->IgnoreParenImpCasts();
}

TaskEscape fate(TaskEscape::Fate What, const Expr *Where) {
  TaskEscape E;
  E.What = What;
  E.Where = Where;
  return E;
}

/// How sure a fate is, for combining the uses of one variable: any awaiting
/// use makes it awaited; a use that leaves the scope beats one not known,
/// which beats being dropped.
int rank(TaskEscape::Fate F) {
  switch (F) {
  case TaskEscape::Awaited:
    return 4;
  case TaskEscape::Stored:
  case TaskEscape::Returned:
  case TaskEscape::Spawned:
  case TaskEscape::Iterated:
    return 3;
  case TaskEscape::Unknown:
    return 2;
  case TaskEscape::Dropped:
    return 1;
  }
  return 0;
}

bool suspendsIn(const Stmt *S) {
  struct Finder : RecursiveASTVisitor<Finder> {
    bool Found = false;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitCoroutineSuspendExpr(CoroutineSuspendExpr *) { return !(Found = true); }
  } F;
  F.TraverseStmt(const_cast<Stmt *>(S));
  return F.Found;
}

class EscapeWalker {
public:
  EscapeWalker(const Stmt *Scope, ASTContext &Ctx, const Catalogue &C)
      : Scope(Scope), Ctx(Ctx), C(C), Tasks(C) {}

  TaskEscape fateOf(const Expr *Value, unsigned Depth);

private:
  TaskEscape asOperand(const Expr *Cur, const Expr *Call, unsigned Depth);
  TaskEscape storedInto(const Expr *Target, const Expr *Where, unsigned Depth);
  TaskEscape storedInVariable(const VarDecl *Var, const Expr *Where, unsigned Depth);
  /// What the uses of `Var` in the scope do with the task it holds.
  TaskEscape usesOf(const VarDecl *Var, const Expr *Where, unsigned Depth);
  TaskEscape throughCallee(const Expr *Cur, const Expr *Call, unsigned Depth);
  /// The task is the range of `Loop`.
  TaskEscape rangeDrivenBy(const clang::CXXForRangeStmt *Loop, const Expr *Where);
  bool inScope(const Decl *D) const {
    return Scope->getSourceRange().fullyContains(D->getSourceRange());
  }

  const Stmt *Scope;
  ASTContext &Ctx;
  const Catalogue &C;
  TaskModel Tasks;
  unsigned Hops = 0; // functions entered through throughCallee
};

TaskEscape EscapeWalker::fateOf(const Expr *Value, unsigned Depth) {
  // Each call moves up to a consumer or into a variable's uses; both are
  // bounded.
  if (Depth >= 48)
    return fate(TaskEscape::Unknown, Value);
  ValueConsumer Next = consumerOf(Value, Ctx);
  switch (Next.What) {
  case ValueConsumer::Nothing:
    return fate(TaskEscape::Unknown, Next.Value);
  case ValueConsumer::Variable:
    return storedInVariable(Next.Var, Next.Value, Depth);
  case ValueConsumer::Statement:
    if (isa<ReturnStmt, CoreturnStmt>(Next.Parents[0].get<Stmt>()))
      return fate(TaskEscape::Returned, Next.Value);
    if (isDiscardedStatement(Next.Value, Next.Parents))
      return fate(TaskEscape::Dropped, Next.Value);
    return fate(TaskEscape::Unknown, Next.Value);
  case ValueConsumer::Awaited:
    return fate(TaskEscape::Awaited, Next.Node);
  case ValueConsumer::Discarded:
    return fate(TaskEscape::Dropped, Next.Node);
  case ValueConsumer::Operand:
    return asOperand(Next.Value, Next.Node, Depth + 1);
  case ValueConsumer::Assigned:
    return storedInto(cast<BinaryOperator>(Next.Node)->getLHS(), Next.Node, Depth + 1);
  case ValueConsumer::Other:
    // Initialiser lists, lambda captures, `new`: kept in another object.
    if (Next.Node && isa<InitListExpr, LambdaExpr, CXXNewExpr, ParenListExpr>(Next.Node))
      return fate(TaskEscape::Stored, Next.Node);
    return fate(TaskEscape::Unknown, Next.Value);
  }
  return fate(TaskEscape::Unknown, Next.Value);
}

/// Whether `Call` resumes a coroutine handle (`h.resume()`, `h()`): the
/// coroutine starts, or goes on, detached from any awaiter.
bool resumesHandle(const Expr *Call) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
  if (!Method || !Method->getParent()->isInStdNamespace() ||
      Method->getParent()->getName() != "coroutine_handle")
    return false;
  return Method->getOverloadedOperator() == OO_Call ||
         (Method->getIdentifier() && Method->getName() == "resume");
}

/// `Cur`, a task, is the object or an argument of `Call`.
TaskEscape EscapeWalker::asOperand(const Expr *Cur, const Expr *Call, unsigned Depth) {
  if (matchCall(C, kinds::Blocking, Call))
    return fate(TaskEscape::Awaited, Call); // sync_wait(t), f.get()
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    return Op->getArg(1) != Cur ? fate(TaskEscape::Dropped, Call)
                                : storedInto(Op->getArg(0), Call, Depth);
  // A task, or an awaitable a combinator returns (cppcoro's when_all).
  const CXXRecordDecl *Result = Call->getType()->getAsCXXRecordDecl();
  std::optional<TaskInfo> ResultTask =
      Call->isPRValue() ? Tasks.taskType(Call->getType()) : std::nullopt;
  bool ResultIsTask = ResultTask || (Call->isPRValue() && Result && isAwaitable(Result));
  if (CallMatch Spawn = matchCall(C, kinds::Spawner, Call)) {
    // A spawn whose result is again a lazy task (`co_spawn(ex, t,
    // use_awaitable)`) runs the work as part of that task. One whose result is
    // a future of work it started (folly's `start()`) runs it whatever becomes
    // of the future: only awaiting or keeping the future follows the work.
    if (ResultIsTask) {
      TaskEscape Carried = fateOf(Call, Depth + 1);
      if (!ResultTask || ResultTask->How != TaskInfo::Eager ||
          Carried.What == TaskEscape::Awaited || Carried.What == TaskEscape::Stored ||
          Carried.What == TaskEscape::Returned)
        return Carried;
    }
    TaskEscape E = fate(TaskEscape::Spawned, Call);
    E.Spawner = Spawn.Matched;
    E.SpawnedInto = calledOn(Call);
    return E;
  }
  if (resumesHandle(Call))
    return fate(TaskEscape::Spawned, Call);
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  const Expr *Object = Member ? Member->getImplicitObjectArgument() : nullptr;
  if (Object &&
      (Object->IgnoreParenImpCasts() == Cur->IgnoreParenImpCasts() || Member->getCallee() == Cur)) {
    // Called on the task: a continuation or an adaptor (`t.then(...)`,
    // `t.scheduleOn(ex)`, `t.release()`) carries the work on in the object it
    // returns; what other calls (`t.start()`) do is not known.
    if (Call->isPRValue() && Call->getType()->isRecordType())
      return fateOf(Call, Depth + 1);
    return fate(TaskEscape::Unknown, Call);
  }
  // Combinators (`when_all(t, u)`, `ex.schedule(t)`) carry the work on in the
  // task they return.
  if (ResultIsTask)
    return fateOf(Call, Depth + 1);
  // Handed to a container or holder (`tasks.push_back(t)`): kept there.
  if (Object)
    return storedInto(Object, Call, Depth);
  // Handed to the constructor of another object (`QmlTask(t)`): it carries
  // the task on.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call);
      Construct && Construct->getType()->isRecordType())
    return fateOf(Call, Depth + 1);
  return throughCallee(Cur, Call, Depth);
}

TaskEscape EscapeWalker::throughCallee(const Expr *Cur, const Expr *Call, unsigned Depth) {
  // One function of the translation unit deep, at most a few: what its body
  // does with the parameter the task is handed to.
  const FunctionDecl *Callee = calleeOf(Call);
  const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
  if (!Def || !Def->hasBody() || isCoroutine(Def) || Hops >= 2)
    return fate(TaskEscape::Unknown, Call);
  llvm::ArrayRef<const Expr *> Args = callArguments(Call);
  const ParmVarDecl *Param = nullptr;
  for (unsigned I = 0; I < Args.size(); ++I)
    if (Args[I]->getSourceRange().fullyContains(Cur->getSourceRange()))
      if (const ParmVarDecl *P = parameterOf(Call, I);
          P && P->getFunctionScopeIndex() < Def->getNumParams())
        Param = Def->getParamDecl(P->getFunctionScopeIndex());
  if (!Param)
    return fate(TaskEscape::Unknown, Call);
  EscapeWalker Inside(Def->getBody(), Ctx, C);
  Inside.Hops = Hops + 1;
  TaskEscape E = Inside.usesOf(Param, nullptr, Depth + 1);
  switch (E.What) {
  case TaskEscape::Returned:
    return fateOf(Call, Depth + 1); // the helper hands it back
  case TaskEscape::Spawned:
    // A helper that starts the task and waits for it before returning.
    if (joinedAfter(E, Def->getBody(), Ctx, C))
      return fate(TaskEscape::Awaited, Call);
    E.Where = Call; // reported where the caller handed it over
    return E;
  case TaskEscape::Stored:
    E.Where = Call;
    return E;
  case TaskEscape::Awaited:
  case TaskEscape::Dropped:
  case TaskEscape::Unknown:
  case TaskEscape::Iterated: // not from a helper's body: its loops end in it
    return fate(E.What, Call);
  }
  return fate(TaskEscape::Unknown, Call);
}

TaskEscape EscapeWalker::storedInto(const Expr *Target, const Expr *Where, unsigned Depth) {
  const Expr *T = Target->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(T))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return storedInVariable(Var, Where, Depth);
  // A member of a local object (`c.tasks.push_back(t)`) is held by that
  // object: what the function does with it decides.
  if (isa<MemberExpr>(T))
    if (const auto *Ref = dyn_cast<DeclRefExpr>(objectBase(T)))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
          Var && Var->hasLocalStorage() && !Var->getType()->isReferenceType())
        return storedInVariable(Var, Where, Depth);
  TaskEscape E = fate(TaskEscape::Stored, Where);
  if (const auto *Member = dyn_cast<MemberExpr>(T))
    E.Holder = Member->getMemberDecl();
  return E;
}

TaskEscape EscapeWalker::storedInVariable(const VarDecl *Var, const Expr *Where, unsigned Depth) {
  // The hidden range variable of `for (auto &t : tasks)`: the loop awaits the
  // tasks when its body suspends.
  if (Var->isImplicit()) {
    DynTypedNodeList Parents = Ctx.getParents(*Var);
    for (unsigned Up = 0; Up < 2 && !Parents.empty(); ++Up) {
      if (const auto *Loop = Parents[0].get<CXXForRangeStmt>()) {
        if (Tasks.taskType(Var->getType().getNonReferenceType()))
          return rangeDrivenBy(Loop, Where);
        return fate(suspendsIn(Loop->getBody()) ? TaskEscape::Awaited : TaskEscape::Unknown, Where);
      }
      Parents = Ctx.getParents(Parents[0]);
    }
    return fate(TaskEscape::Unknown, Where);
  }
  if (!Var->hasLocalStorage() || !inScope(Var)) {
    // A local outside the scope that nothing reads, or only drops
    // (`(void)t;`): the task dies with it.
    if (Var->hasLocalStorage() && !Var->getType()->isReferenceType()) {
      const auto *F = dyn_cast<FunctionDecl>(Var->getDeclContext());
      if (F && F->getBody() && Hops == 0) {
        EscapeWalker InFunction(F->getBody(), Ctx, C);
        InFunction.Hops = Hops;
        if (InFunction.usesOf(Var, Where, Depth + 1).What == TaskEscape::Dropped)
          return fate(TaskEscape::Dropped, Where);
      }
    }
    // A holder declared outside whose tasks the scope awaits
    // (`input.push_back(t); co_await collectAll(std::move(input));`).
    if (Var->hasLocalStorage() && usesOf(Var, Where, Depth + 1).What == TaskEscape::Awaited)
      return fate(TaskEscape::Awaited, Where);
    TaskEscape E = fate(TaskEscape::Stored, Where);
    E.Holder = Var;
    return E;
  }
  return usesOf(Var, Where, Depth);
}

TaskEscape EscapeWalker::rangeDrivenBy(const CXXForRangeStmt *Loop, const Expr *Where) {
  // The task is the loop's range (`for (char c : chars(name()))`, a
  // generator): the loop runs it to the end. A scope that holds the whole
  // loop sees it finish; the range expression's own full-expression does
  // not, and its temporaries die before the first iteration, unless C++23
  // extends them to the end of the loop (P2718).
  if (Scope->getSourceRange().fullyContains(Loop->getSourceRange()) ||
      Ctx.getLangOpts().CPlusPlus23)
    return fate(TaskEscape::Awaited, Where);
  return fate(TaskEscape::Iterated, Where);
}

TaskEscape EscapeWalker::usesOf(const VarDecl *Var, const Expr *Where, unsigned Depth) {
  TaskEscape Best = fate(TaskEscape::Dropped, Where);
  forEachUse(Var, Scope, [&](const Expr *Use) {
    // The call that stored the task into a container is not a use of it.
    if (Where && Where->getSourceRange().fullyContains(Use->getSourceRange()))
      return true;
    TaskEscape E = fateOf(Use, Depth + 1);
    if (rank(E.What) > rank(Best.What))
      Best = E;
    return Best.What != TaskEscape::Awaited;
  });
  return Best;
}

} // namespace

TaskEscape taskEscape(const Expr *Made, const Stmt *Scope, ASTContext &Ctx, const Catalogue &C) {
  return EscapeWalker(Scope, Ctx, C).fateOf(Made, 0);
}

namespace {

/// Whether loop `S` only waits: its body is empty, or makes nothing but
/// catalogued blocking calls (a sleep, a yield).
bool isWaitLoop(const Stmt *S, const Catalogue &C) {
  const Stmt *Body = nullptr;
  if (const auto *While = dyn_cast<WhileStmt>(S))
    Body = While->getBody();
  else if (const auto *Do = dyn_cast<DoStmt>(S))
    Body = Do->getBody();
  else if (const auto *For = dyn_cast<ForStmt>(S); For && For->getCond())
    Body = For->getBody();
  if (!Body)
    return false;
  if (isa<NullStmt>(Body))
    return true;
  const auto *Block = dyn_cast<CompoundStmt>(Body);
  auto OnlyWaits = [&](const Stmt *Child) {
    const auto *E = dyn_cast<Expr>(Child);
    const auto *Call = E ? dyn_cast<CallExpr>(stripWrappers(E)) : nullptr;
    return Call && matchCall(C, kinds::Blocking, Call);
  };
  if (!Block)
    return OnlyWaits(Body);
  return llvm::all_of(Block->body(), OnlyWaits);
}

} // namespace

bool joinedAfter(const TaskEscape &Spawn, const Stmt *Scope, ASTContext &Ctx, const Catalogue &C) {
  if (!Spawn.Where)
    return false;
  std::vector<std::string> Joiners;
  if (Spawn.Spawner) {
    auto It = Spawn.Spawner->Attributes.find(keys::spawner::JoinedBy.str());
    if (It != Spawn.Spawner->Attributes.end())
      Joiners = It->second;
  }
  const SourceManager &SM = Ctx.getSourceManager();
  auto Joins = [&](const Stmt *S) {
    if (!SM.isBeforeInTranslationUnit(Spawn.Where->getEndLoc(), S->getBeginLoc()))
      return false;
    if (isLoop(S))
      return isWaitLoop(S, C);
    // Awaiting an object the spawn was handed (`co_await wait_for_clients`,
    // a latch the spawned work counts down).
    // A member of the object (`co_await group` on `this->group`) counts too.
    if (const auto *Await = dyn_cast<CoroutineSuspendExpr>(S))
      if (const ValueDecl *Awaited = namedValue(objectBase(Await->getOperand()))) {
        bool Handed = false;
        forEachUse(Awaited, Spawn.Where, [&](const Expr *) { return !(Handed = true); });
        return Handed;
      }
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return false;
    if (matchCall(C, kinds::Blocking, Call))
      return true; // io.run(), t.join(), sync_wait(...)
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
    return Method && Method->getIdentifier() && Spawn.SpawnedInto &&
           calledOn(Call) == Spawn.SpawnedInto && llvm::is_contained(Joiners, Method->getName());
  };
  struct Finder : RecursiveASTVisitor<Finder> {
    std::function<bool(const Stmt *)> Joins;
    bool Found = false;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitStmt(Stmt *S) { return !(Found = Joins(S)); }
  } F;
  F.Joins = Joins;
  F.TraverseStmt(const_cast<Stmt *>(Scope));
  return F.Found;
}

} // namespace async_tidy
