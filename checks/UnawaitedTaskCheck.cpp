//===- UnawaitedTaskCheck.cpp - async-unawaited-task ----------------------===//
#include "UnawaitedTaskCheck.h"
#include "analysis/Ancestors.h"
#include "analysis/Awaitable.h"
#include "analysis/CallMatcher.h"
#include "analysis/Coroutine.h"
#include "analysis/Discard.h"
#include "analysis/LostOutcome.h"
#include "analysis/QualifiedName.h"
#include "analysis/VariableUses.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {
namespace {

/// The value `Ref` is assigned, when it is the left side of an assignment.
const Expr *assignedBy(const Expr *Ref, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(*Ref);
  if (Parents.empty())
    return nullptr;
  if (const auto *Op = Parents[0].get<CXXOperatorCallExpr>();
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 && Op->getArg(0) == Ref)
    return Op->getArg(1);
  if (const auto *Op = Parents[0].get<BinaryOperator>();
      Op && Op->getOpcode() == BO_Assign && Op->getLHS() == Ref)
    return Op->getRHS();
  return nullptr;
}

/// The coroutine a spawn starts, when its body is visible: a call to a
/// coroutine (`f()`, `[] -> awaitable<void> {...}()`) or a coroutine lambda.
const FunctionDecl *spawnedCoroutine(const CallExpr *Spawn, unsigned TokenIndex) {
  for (unsigned I = 0; I < TokenIndex; ++I) {
    const Expr *Arg = stripWrappers(Spawn->getArg(I));
    const FunctionDecl *F = nullptr;
    if (const auto *Lambda = dyn_cast<LambdaExpr>(Arg))
      F = Lambda->getCallOperator();
    else if (const auto *Call = dyn_cast<CallExpr>(Arg))
      F = Call->getDirectCallee();
    if (F && (F = F->getDefinition()) && isCoroutine(F))
      return F;
  }
  return nullptr;
}

} // namespace

UnawaitedTaskCheck::UnawaitedTaskCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheck(Name, Context),
      ReportExplicitDiscards(Options.get(ReportExplicitDiscardsOption, false)) {}

void UnawaitedTaskCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AsyncCheck::storeOptions(Opts);
  Options.store(Opts, ReportExplicitDiscardsOption, ReportExplicitDiscards);
}

void UnawaitedTaskCheck::registerAsyncMatchers(MatchFinder *Finder) {
  if (!catalogue())
    return;
  auto Enclosing = hasAncestor(functionDecl().bind("fn"));
  auto NearestLambda = optionally(hasAncestor(lambdaExpr().bind("lambda")));
  Finder->addMatcher(
      expr(hasParent(stmt(anyOf(compoundStmt(), ifStmt(), forStmt(), whileStmt(), doStmt(),
                                cxxForRangeStmt(), caseStmt(), defaultStmt(), labelStmt()))),
           NearestLambda, Enclosing)
          .bind("discarded"),
      this);
  Finder->addMatcher(varDecl(hasLocalStorage(), unless(parmVarDecl()), hasInitializer(expr()),
                             NearestLambda, Enclosing)
                         .bind("local"),
                     this);
  Finder->addMatcher(callExpr(callee(functionDecl())).bind("call"), this);
}

void UnawaitedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  // The function the node runs in: a lambda's call operator when the nearest
  // lambda is inside the nearest function.
  const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda");
  if (Lambda && Fn && Fn->getSourceRange().fullyContains(Lambda->getSourceRange()))
    Fn = Lambda->getCallOperator();
  if (Lambda && Fn == Lambda->getCallOperator() && !Result.Nodes.getNodeAs<CallExpr>("call") &&
      expectedToThrow(Lambda, *Result.Context))
    return;
  if (const auto *E = Result.Nodes.getNodeAs<Expr>("discarded")) {
    if (isDiscardedStatement(E, Result.Context->getParents(*E)))
      checkDiscarded(E, Fn);
  } else if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("local")) {
    checkUnusedLocal(Var, Fn);
  } else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call")) {
    checkSpawn(Call);
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      checkLostOutcome(Member, *Result.Context);
  }
}

bool UnawaitedTaskCheck::expectedToThrow(const LambdaExpr *Lambda, ASTContext &Ctx) {
  const CallExpr *Call = callTakingLambda(*Lambda, Ctx);
  return Call && matchCall(*catalogue(), kinds::ExpectsThrow, Call);
}

bool UnawaitedTaskCheck::isDiscardable(const CallExpr *Call, unsigned Depth) {
  if (matchCall(*catalogue(), kinds::Discardable, Call))
    return true;
  // A helper that returns what a discardable call gave it (`return
  // t.then(...);`) may be dropped as well.
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
  if (!Def || isCoroutine(Def) || Depth > 2)
    return false;
  std::vector<const Expr *> Values = returnedValues(Def);
  return !Values.empty() && llvm::all_of(Values, [&](const Expr *V) {
    const auto *Returned = dyn_cast<CallExpr>(stripCopies(V));
    return Returned && isDiscardable(Returned, Depth + 1);
  });
}

void UnawaitedTaskCheck::noteTask(SourceLocation Loc, const TaskInfo &Task) {
  if (Task.Source)
    noteEntry(Loc, *Task.Source);
}

namespace {
const char *consequence(const TaskInfo &Task) {
  switch (Task.How) {
  case TaskInfo::Lazy:
    return "; the operation it starts does not run";
  case TaskInfo::Eager:
    return "; its result and exceptions are lost";
  case TaskInfo::Unknown:
    return "";
  }
  return "";
}
} // namespace

void UnawaitedTaskCheck::checkDiscarded(const Expr *Statement, const FunctionDecl *Enclosing) {
  const Expr *E = stripWrappers(Statement);
  bool Explicit = false;
  if (const Expr *Dropped = explicitlyDiscarded(E)) {
    if (!ReportExplicitDiscards) {
      if (const auto *Call = dyn_cast<CallExpr>(stripWrappers(Dropped)))
        checkBackground(Call);
      return;
    }
    E = Dropped;
    Explicit = true;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call || isDiscardable(Call))
    return;
  std::optional<TaskInfo> Task = TaskModel(*catalogue()).taskOf(Call);
  if (!Task) {
    if (!Explicit && Enclosing && isCoroutine(Enclosing))
      checkDroppedAwaiter(Call);
    return;
  }
  if (!Task->Awaitable)
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  std::string Name = Callee ? Callee->getQualifiedNameAsString() : "the call";
  {
    auto D = diag(Call->getBeginLoc(), "task returned by '%0' is never awaited%1")
             << Name << consequence(*Task) << Call->getSourceRange();
    // Awaiting is the fix only where co_await may be written.
    if (!Explicit && Enclosing && isCoroutine(Enclosing))
      D << FixItHint::CreateInsertion(Call->getBeginLoc(), "co_await ");
  } // emitted here, before its note
  noteTask(Call->getBeginLoc(), *Task);
}

namespace {
std::string names(const Entry &Task, llvm::StringRef Key) {
  auto It = Task.Attributes.find(Key.str());
  if (It == Task.Attributes.end())
    return "";
  std::string Joined;
  for (const std::string &Name : It->second)
    Joined += (Joined.empty() ? "'" : ", '") + Name + "'";
  return Joined;
}
} // namespace

void UnawaitedTaskCheck::checkBackground(const CallExpr *Call) {
  // `(void)f()` is the author's choice to run f in the background; what is
  // reported is a failure nothing handles, for types whose catalogue entry
  // names the handlers (`handled-by`).
  if (isDiscardable(Call))
    return;
  std::optional<TaskInfo> Task = TaskModel(*catalogue()).taskOf(Call);
  if (!Task || Task->How != TaskInfo::Eager || !Task->Source ||
      !Task->Source->Attributes.count(keys::task::HandledBy.str()) ||
      !failsUnhandled(Call, *Task->Source, *catalogue()))
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  diag(Call->getBeginLoc(), "'%0' runs in the background and nothing handles its failure; its "
                            "exception is lost")
      << (Callee ? catalogueName(Callee) : std::string("the call")) << Call->getSourceRange();
  noteEntry(Call->getBeginLoc(),
            "end the chain with " + names(*Task->Source, keys::task::HandledBy), *Task->Source);
}

void UnawaitedTaskCheck::checkLostOutcome(const CXXMemberCallExpr *Call, ASTContext &Ctx) {
  const Catalogue &C = *catalogue();
  if (const CoroutineSuspendExpr *Throws = heldAcrossThrowingAwait(Call, C, Ctx)) {
    const auto *Held = cast<DeclRefExpr>(Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
    diag(Call->getBeginLoc(), "the future started here is held in '%0' while the coroutine "
                              "awaits something else; if that throws, '%0' is destroyed with "
                              "the future unobserved and its operation still running")
        << Held->getDecl()->getName() << Call->getSourceRange();
    diag(Throws->getBeginLoc(),
         "this suspension may throw, and no handler around it catches "
         "the exception",
         DiagnosticIDs::Note);
    return;
  }
  const Expr *Object = Call->getImplicitObjectArgument();
  std::optional<TaskInfo> Task =
      Object ? TaskModel(C).taskType(Object->getType().getNonReferenceType()) : std::nullopt;
  if (!Task || Task->How != TaskInfo::Eager || !Task->Source)
    return;
  const Entry &Entry = *Task->Source;
  std::string Method = catalogueName(Call->getMethodDecl());
  if (const VarDecl *Captured = futureCapturedBySuccessContinuation(Call, Entry, C, Ctx)) {
    diag(Captured->getLocation(), "future '%0' is moved into a continuation of '%1', which runs "
                                  "only if the future before it succeeds; if that fails, '%0' "
                                  "is destroyed unobserved")
        << Captured->getName() << Method << Captured->getSourceRange();
    noteEntry(Call->getExprLoc(),
              "use " + names(Entry, keys::task::OutcomeContinuations) +
                  ", whose continuation runs either way, and observe both",
              Entry);
  } else if (const ParmVarDecl *Outcome = outcomeIgnoredOnFailure(Call, Entry, Ctx)) {
    diag(Outcome->getLocation(), "the future handed to this '%0' continuation is neither read "
                                 "nor passed on where it failed; its exception is lost")
        << Method << Outcome->getSourceRange();
    noteEntry(Call->getExprLoc(),
              names(Entry, keys::task::InspectedBy) +
                  " only ask about the outcome; read it with get() or get_exception() on that path",
              Entry);
  } else if (const CXXForRangeStmt *Loop = rethrowingDrain(Call, Entry, C, Ctx)) {
    diag(Call->getExprLoc(), "'%0' throws when this future failed, and the futures after it in "
                             "the range are then destroyed unobserved")
        << Method << Call->getSourceRange();
    noteEntry(Loop->getBeginLoc(), "read each outcome in a try block, or check failed() first",
              Entry);
  }
}

void UnawaitedTaskCheck::checkDroppedAwaiter(const CallExpr *Call) {
  // An awaiter made and dropped (`concurrencpp::resume_on(executor);`): the
  // switch, wait or yield it stands for happens only when it is awaited.
  if (!Call->isPRValue() || !declaresAwaiter(Call->getType()->getAsCXXRecordDecl()))
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  diag(Call->getBeginLoc(), "awaitable returned by '%0' is never awaited; what it stands for "
                            "does not happen")
      << (Callee ? catalogueName(Callee) : std::string("the call")) << Call->getSourceRange()
      << FixItHint::CreateInsertion(Call->getBeginLoc(), "co_await ");
}

void UnawaitedTaskCheck::checkUnusedLocal(const VarDecl *Var, const FunctionDecl *Enclosing) {
  // Implicit variables are the compiler's (a range-for's '__range1'), and
  // used by the code it generates.
  if (!Enclosing || !Enclosing->hasBody() || Var->hasAttr<UnusedAttr>() || Var->isStaticLocal() ||
      Var->isImplicit())
    return;
  std::optional<TaskInfo> Initial = taskCalled(Var->getInit());
  // Only a variable of a task type can have a task assigned over it; others
  // need no walk of the function.
  if (!Initial && !TaskModel(*catalogue()).taskType(Var->getType()))
    return;
  // Its uses: values assigned to it, until one reads it.
  std::vector<const Expr *> Assigned;
  bool Read = false;
  forEachUse(Var, Enclosing->getBody(), [&](const Expr *Use) {
    if (const Expr *Value = assignedBy(Use, Var->getASTContext()))
      Assigned.push_back(Value);
    else
      Read = true;
    return !Read;
  });
  if (Read)
    return;
  // `auto done = make_ready_future<>(); if (...) done = start();` with
  // `done` never read: the started task is dropped with the variable.
  for (const Expr *Value : Assigned)
    if (std::optional<TaskInfo> Task = taskCalled(Value)) {
      const Expr *Call = stripWrappers(Value);
      diag(Call->getBeginLoc(), "task assigned to '%0' is never awaited%1")
          << Var->getName() << consequence(*Task) << Call->getSourceRange();
      noteTask(Call->getBeginLoc(), *Task);
      diag(Var->getLocation(), "'%0' is not read after it is assigned", DiagnosticIDs::Note)
          << Var->getName();
      return;
    }
  if (!Initial || !Assigned.empty())
    return;
  diag(Var->getLocation(), "task '%0' is never awaited%1")
      << Var->getName() << consequence(*Initial) << Var->getSourceRange();
  noteTask(Var->getLocation(), *Initial);
}

std::optional<TaskInfo> UnawaitedTaskCheck::taskCalled(const Expr *Value) {
  const auto *Call = dyn_cast_or_null<CallExpr>(stripWrappers(Value));
  if (!Call || isDiscardable(Call))
    return std::nullopt;
  std::optional<TaskInfo> Task = TaskModel(*catalogue()).taskOf(Call);
  if (!Task || !Task->Awaitable)
    return std::nullopt;
  return Task;
}

void UnawaitedTaskCheck::checkSpawn(const CallExpr *Spawn) {
  // The completion token is the last argument written: Asio's co_spawn
  // takes a defaulted constraint parameter after it.
  unsigned Written = Spawn->getNumArgs();
  while (Written && isa<CXXDefaultArgExpr>(Spawn->getArg(Written - 1)))
    --Written;
  if (Written == 0)
    return;
  CallMatch M = matchCall(*catalogue(), kinds::Spawner, Spawn);
  if (!M)
    return;
  // What drops the exception: the spawner itself, for every call
  // (`drops-exceptions: always`: libcoro's spawn_detached), or one of the
  // completion tokens it names, passed last (`asio::detached`).
  std::string Dropper;
  unsigned Spawned = Written;
  if (M.Matched->attribute(keys::spawner::DropsExceptions) == values::spawner::Always) {
    Dropper = catalogueName(Spawn->getDirectCallee());
  } else {
    auto Droppers = M.Matched->Attributes.find(keys::spawner::DropsExceptionsWith.str());
    if (Written < 2 || Droppers == M.Matched->Attributes.end())
      return;
    const Expr *Token = Spawn->getArg(Written - 1);
    if (!isOrDerivesFrom(classOf(Token->getType()), Droppers->second))
      return;
    Dropper = catalogueName(classOf(Token->getType()));
    Spawned = Written - 1;
  }
  const FunctionDecl *Coro = spawnedCoroutine(Spawn, Spawned);
  if (!Coro || catchesAroundBody(Coro))
    return;
  diag(Spawn->getBeginLoc(), "coroutine '%0' is spawned with '%1', which drops the exception it "
                             "may throw")
      << coroutineDisplayName(Coro) << Dropper << Spawn->getSourceRange();
  noteEntry(Spawn->getBeginLoc(), *M.Matched);
  diag(Coro->getLocation(), "coroutine '%0' does not catch exceptions around its body",
       DiagnosticIDs::Note)
      << coroutineDisplayName(Coro);
}

} // namespace async_tidy
