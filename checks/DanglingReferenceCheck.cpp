//===- DanglingReferenceCheck.cpp - async-dangling-reference --------------===//
#include "DanglingReferenceCheck.h"
#include "analysis/Awaitable.h"
#include "analysis/CallMatcher.h"
#include "analysis/Coroutine.h"
#include "analysis/Discard.h"
#include "analysis/ErasedCallable.h"
#include "analysis/FunctionFacts.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "analysis/TypeMatcher.h"
#include "analysis/VariableUses.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <functional>

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {
namespace {

/// The object a member call or a member operator call is made on.
const Expr *objectOf(const CallExpr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  if (isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Call->getDirectCallee()) &&
      Call->getNumArgs() > 0)
    return Call->getArg(0);
  return nullptr;
}

/// Whether the lambda's call operator takes the closure by value as an
/// explicit object parameter (C++23 `this auto`): the coroutine frame then
/// holds its own copy of the captures.
bool copiesClosure(const CXXMethodDecl *CallOperator) {
  return CallOperator->isExplicitObjectMemberFunction() &&
         !CallOperator->getParamDecl(0)->getType()->isReferenceType();
}

std::string fateText(const TaskEscape &E, bool Eager) {
  switch (E.What) {
  case TaskEscape::Stored:
    return E.Holder ? "is stored in '" + E.Holder->getNameAsString() + "' and runs later"
                    : "is stored and runs later";
  case TaskEscape::Returned:
    return "is returned and runs later";
  case TaskEscape::Spawned:
    return "is spawned and runs on its own";
  case TaskEscape::Iterated:
    return "is the range of a range-for loop, which runs it after the range expression's "
           "temporaries are destroyed (C++23 extends them to the end of the loop)";
  case TaskEscape::Dropped:
    return Eager ? "runs on in the background after its first suspension" : "";
  case TaskEscape::Awaited:
  case TaskEscape::Unknown:
    return "";
  }
  return "";
}

std::string deathText(const Referent &R) {
  switch (R.What) {
  case Referent::Temporary:
    return "the temporary is destroyed at the end of this full-expression";
  case Referent::DefaultArgument:
    return "the default argument's temporary is destroyed at the end of this full-expression";
  case Referent::Local:
    if (const auto *Parm = dyn_cast<ParmVarDecl>(R.Var)) {
      const auto *F = dyn_cast<FunctionDecl>(Parm->getDeclContext());
      return "parameter '" + Parm->getNameAsString() + "' is destroyed when '" +
             (F ? coroutineDisplayName(F) : std::string("its function")) + "' returns";
    }
    return "'" + R.Var->getNameAsString() + "' is destroyed at the end of this block";
  }
  return "";
}

/// The predicate "this expression names `D`" for bodyUses.
auto naming(const ValueDecl *D) {
  return [D](const Expr *E) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    return Ref && Ref->getDecl() == D;
  };
}

/// Whether coroutine `F` reads its reference parameter `P` after its first
/// suspension: in its own body, or by handing it to another coroutine of the
/// translation unit that does (`co_return co_await build(dp, schema);`, the
/// inner coroutine keeping the reference across its own suspension), up to
/// `Depth` coroutines deep.
bool readsAfterSuspension(const FunctionDecl *F, const ParmVarDecl *P, ASTContext &Ctx,
                          unsigned Depth = 3) {
  if (bodyUses(F, naming(P), UsePoint::AfterSuspension))
    return true;
  if (Depth == 0)
    return false;
  bool Read = false;
  forEachUse(P, F->getBody(), [&](const Expr *Use) {
    DynTypedNodeList Parents = Ctx.getParents(*Use);
    while (!Parents.empty() && Parents[0].get<ImplicitCastExpr>())
      Parents = Ctx.getParents(Parents[0]);
    const auto *Call = Parents.empty() ? nullptr : Parents[0].get<CallExpr>();
    const FunctionDecl *Inner = Call ? Call->getDirectCallee() : nullptr;
    Inner = Inner ? Inner->getDefinition() : nullptr;
    if (!isCoroutine(Inner) || Inner == F)
      return true;
    for (unsigned I = 0; I < Call->getNumArgs() && !Read; ++I) {
      const ParmVarDecl *Given = parameterOf(Call, I);
      if (Call->getArg(I)->IgnoreParenImpCasts() != Use || !Given ||
          !Given->getType()->isReferenceType() ||
          Given->getFunctionScopeIndex() >= Inner->getNumParams())
        continue;
      Read = readsAfterSuspension(Inner, Inner->getParamDecl(Given->getFunctionScopeIndex()), Ctx,
                                  Depth - 1);
    }
    return !Read;
  });
  return Read;
}

/// Whether a spawner runs the coroutine at once, up to its first suspension,
/// inside the call (catalogue key `starts: in-call`).
bool startsInCall(const Entry *Spawner) {
  return Spawner && Spawner->attribute(keys::spawner::Starts) == values::spawner::InCall;
}

/// A reference a function hands on to the coroutine whose task it returns
/// (`return coro(v);`): the call, the argument, the coroutine's parameter,
/// which its body uses (after its first suspension for an eager one).
struct HandedOn {
  const Expr *Arg;
  const FunctionDecl *Coroutine;
  const ParmVarDecl *Param; // the coroutine's
  bool Eager;
};
std::vector<HandedOn> referencesHandedOn(const FunctionDecl *F, const Catalogue &C) {
  std::vector<HandedOn> Found;
  for (const Expr *Value : returnedValues(F)) {
    const auto *Made = dyn_cast<CallExpr>(stripCopies(Value));
    const FunctionDecl *Callee = Made ? Made->getDirectCallee() : nullptr;
    const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
    if (!isCoroutine(Def) || Callee->hasAttr<CoroDisableLifetimeBoundAttr>() ||
        matchCall(C, kinds::LifetimeSafe, Made))
      continue;
    std::optional<TaskInfo> Task = TaskModel(C).taskOf(Made);
    if (!Task)
      continue;
    bool Eager = Task->How == TaskInfo::Eager;
    for (unsigned I = 0; I < Made->getNumArgs(); ++I) {
      const ParmVarDecl *Param = parameterOf(Made, I);
      if (!Param || !isReferenceLike(Param->getType(), C) || Param->isExplicitObjectParameter() ||
          Param->getFunctionScopeIndex() >= Def->getNumParams())
        continue;
      const ParmVarDecl *InBody = Def->getParamDecl(Param->getFunctionScopeIndex());
      if (bodyUses(Def, naming(InBody), Eager ? UsePoint::AfterSuspension : UsePoint::Anywhere))
        Found.push_back({Made->getArg(I), Def, InBody, Eager});
    }
  }
  return Found;
}

/// Where a function that is not a coroutine passes its own reference-like
/// parameter `Given` on (`task<> add_one(const int &v) { return coro(v); }`),
/// among what it hands on: the coroutine then keeps what the wrapper was given.
std::optional<HandedOn> forwardedTo(llvm::ArrayRef<HandedOn> Handed, const ParmVarDecl *Given) {
  for (const HandedOn &H : Handed)
    if (const auto *Named = dyn_cast<DeclRefExpr>(stripCopies(H.Arg));
        Named && Named->getDecl() == Given)
      return H;
  return std::nullopt;
}

/// The predicate "this expression reads capture `C`" for bodyUses: the
/// captured variable, or `this` for a capture of `this`.
std::function<bool(const Expr *)> readingCapture(const LambdaCapture &C) {
  if (C.capturesVariable())
    return naming(C.getCapturedVar());
  return [](const Expr *E) { return isa<CXXThisExpr>(E); };
}

/// How the report names a coroutine called through a type-erasing holder:
/// "coroutine 'add_one' (called through 'f')", or, when what the holder
/// holds is not seen, "the callable in 'f'". Empty for a direct call.
std::string erasedOwner(const std::optional<ErasedCall> &Erased, const FunctionDecl *Def) {
  if (!Erased)
    return "";
  std::string Holder = Erased->Holder ? "'" + Erased->Holder->getNameAsString() + "'" : "a holder";
  if (!Def)
    return "the callable in " + Holder;
  return "coroutine '" + coroutineDisplayName(Def) + "' (called through " + Holder + ")";
}

} // namespace

void DanglingReferenceCheck::registerAsyncMatchers(MatchFinder *Finder) {
  if (!catalogue())
    return;
  // Every call whose value is an object: tasks are among them; which ones is
  // the catalogue's and TaskModel's answer, not the matcher's.
  Finder->addMatcher(
      callExpr(hasType(hasCanonicalType(recordType())), unless(isExpansionInSystemHeader()))
          .bind("call"),
      this);
  // Calls handed a lambda, whatever they return (`invokeMethod` gives a
  // bool): a `drops-callable` function destroys it after calling it.
  Finder->addMatcher(
      callExpr(unless(hasType(hasCanonicalType(recordType()))),
               hasAnyArgument(expr(anyOf(lambdaExpr(), hasDescendant(lambdaExpr())))),
               unless(isExpansionInSystemHeader()))
          .bind("call"),
      this);
  // `const T &r = co_await f();`, or a member of what it returns
  // (`(co_await f()).field`).
  auto Await = coawaitExpr().bind("await");
  Finder->addMatcher(
      varDecl(hasLocalStorage(), hasType(hasCanonicalType(referenceType())),
              hasInitializer(ignoringImplicit(
                  anyOf(Await, memberExpr(hasObjectExpression(ignoringParenImpCasts(Await)))))),
              unless(isExpansionInSystemHeader()))
          .bind("ref"),
      this);
}

void DanglingReferenceCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("ref")) {
    checkAwaitedReference(Var, Result.Nodes.getNodeAs<CoawaitExpr>("await"));
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  // A function that drops its callable may also run it on its own
  // (`ssx::spawn_with_gate`, an executor's `post`): a lambda whose closure
  // outlives the call there (`this auto`) still has reference captures.
  llvm::SmallPtrSet<const LambdaExpr *, 2> ClosureReported;
  if (CallMatch Dropper = matchCall(*catalogue(), kinds::DropsCallable, Call)) {
    checkCallableDropped(Call, *Dropper.Matched, *Result.Context, ClosureReported);
    checkLambdaSpawned(Call, *Dropper.Matched, *Result.Context, ClosureReported);
  }
  if (CallMatch Spawner = matchCall(*catalogue(), kinds::Spawner, Call))
    checkLambdaSpawned(Call, *Spawner.Matched, *Result.Context, ClosureReported);
  checkTaskCall(Call, *Result.Context);
}

void DanglingReferenceCheck::checkTaskCall(const CallExpr *Call, ASTContext &Ctx) {
  const Catalogue &C = *catalogue();
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Callee->hasAttr<CoroDisableLifetimeBoundAttr>())
    return;
  std::optional<TaskInfo> Task = TaskModel(C).taskOf(Call);
  if (!Task || matchCall(C, kinds::LifetimeSafe, Call))
    return;
  // Through a std::function and its kind, the callee is what the holder
  // holds: known when its initialiser shows it, else a callable declared
  // only by the holder's signature.
  std::optional<ErasedCall> Erased = erasedCall(Call, Ctx);
  const FunctionDecl *Def = Callee->getDefinition();
  if (Erased)
    Def = Erased->Target ? Erased->Target->getDefinition() : nullptr;
  bool Coro = isCoroutine(Def);
  // A function that is not a coroutine makes its task elsewhere: it is
  // checked here only for the reference parameters it passes on to the
  // coroutine whose task it returns (forwardedTo). One only declared here
  // keeps its arguments for later only when its task type is known to be lazy.
  bool Wrapper = !Coro && Def;
  if (!Coro && !Wrapper && Task->How != TaskInfo::Lazy)
    return;
  std::optional<std::vector<HandedOn>> Handed; // a wrapper's, once one is needed
  bool Eager = Task->How == TaskInfo::Eager;
  // An eager task type whose promise, for this coroutine, suspends at once
  // (concurrencpp's coroutines given an executor_tag are rescheduled onto
  // the executor) runs its whole body later.
  if (Eager && Coro && TaskModel(C).startOfDefinition(Def) == TaskInfo::Lazy)
    Eager = false;
  UsePoint Point = Eager ? UsePoint::AfterSuspension : UsePoint::Anywhere;
  auto Uses = [&](llvm::function_ref<bool(const Expr *)> Is) {
    return !Coro || bodyUses(Def, Is, Point);
  };
  const FunctionDecl *Shown = Def ? Def : Callee;

  // Reference and view parameters.
  for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
    const ParmVarDecl *Param = parameterOf(Call, I);
    if (!Param || !isReferenceLike(Param->getType(), C))
      continue;
    // A task handed over by `&&` to a function declared only is, by
    // convention, moved into it (libcoro's spawn_joinable(task &&)).
    if (!Coro && Param->getType()->isRValueReferenceType() &&
        TaskModel(C).taskType(Param->getType().getNonReferenceType()))
      continue;
    if (Param->isExplicitObjectParameter())
      continue; // the closure itself: see the captures below
    const ParmVarDecl *InBody = Param;
    if (Def && Param->getFunctionScopeIndex() < Def->getNumParams())
      InBody = Def->getParamDecl(Param->getFunctionScopeIndex());
    const FunctionDecl *Keeper = Shown;
    bool KeeperEager = Eager;
    std::string Through;
    if (Wrapper) {
      if (!Handed)
        Handed = referencesHandedOn(Def, C);
      std::optional<HandedOn> F = forwardedTo(*Handed, InBody);
      if (!F)
        continue;
      Through =
          " (given '" + InBody->getNameAsString() + "' by '" + coroutineDisplayName(Def) + "')";
      Keeper = F->Coroutine;
      KeeperEager = F->Eager;
      InBody = F->Param;
    } else if (Coro && Eager ? !readsAfterSuspension(Def, InBody, Ctx) : !Uses(naming(InBody))) {
      continue;
    }
    std::optional<Referent> R = referentOfArgument(Call->getArg(I), Param->getType(), C, Ctx);
    if (!R)
      continue;
    std::string Name = Erased && !Def ? std::to_string(Param->getFunctionScopeIndex() + 1)
                                      : "'" + InBody->getNameAsString() + "'";
    Kept K{"parameter " + Name + Through, InBody->getLocation(), "", nullptr, *R};
    if (!Wrapper) // a wrapper's report names the coroutine it hands the reference to
      K.Owner = erasedOwner(Erased, Def);
    K.ReadOnlyBeforeSuspension = Coro && !Eager && !readsAfterSuspension(Def, InBody, Ctx);
    K.Borrowing = borrowingEntry(InBody->getType(), C);
    K.DeclaredNote = K.Borrowing ? Name + " views data it does not own" : Name + " is a reference";
    if (Erased && !Def && Erased->Holder) {
      // The parameter is the holder's signature's: shown at the holder.
      K.Declared = Erased->Holder->getLocation();
      K.DeclaredNote = "'" + Erased->Holder->getNameAsString() + "' returns a lazy task and " +
                       "takes parameter " + Name + " by reference";
    }
    reportIfDangling(Call, Keeper, K, KeeperEager, nullptr, Ctx);
  }
  if (Wrapper || Erased)
    return;

  // The object of a member coroutine, and a lambda's captures.
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (!Method || Method->isStatic())
    return;
  const Expr *Object = objectOf(Call);
  if (!Method->getParent()->isLambda()) {
    // Only a coroutine whose body is seen: a member declared only often
    // hands copies of its members to a coroutine elsewhere (QCoro's
    // `qCoro(socket).binaryFrames()`).
    if (!Coro || !Uses([](const Expr *E) { return isa<CXXThisExpr>(E); }))
      return;
    if (std::optional<Referent> R = referentOfObject(Object, Ctx))
      reportIfDangling(Call, Shown,
                       Kept{"'this'", Shown->getLocation(),
                            "'" + coroutineDisplayName(Shown) + "' uses members of its object",
                            nullptr, *R},
                       Eager, nullptr, Ctx);
    return;
  }
  const CXXMethodDecl *Operator = cast<CXXMethodDecl>(Shown);
  bool ClosureReported = false;
  // Every capture is a member of the closure (`this` and references too);
  // a reference capture also refers to the variable outside.
  for (const LambdaCapture &Capture : Method->getParent()->captures()) {
    const ValueDecl *Captured = Capture.capturesVariable() ? Capture.getCapturedVar() : nullptr;
    bool Used = Uses(readingCapture(Capture));
    if (!Used)
      continue;
    SourceLocation At =
        Capture.getLocation().isValid() ? Capture.getLocation() : Operator->getLocation();
    std::string Name = Captured ? Captured->getNameAsString() : "this";
    // One finding per call: the first capture that dangles stands for the rest.
    if (ClosureReported)
      break;
    if (Capture.getCaptureKind() == LCK_ByRef)
      if (const auto *Var = dyn_cast_or_null<VarDecl>(Captured))
        if (std::optional<Referent> R = referentOfVariable(Var, nullptr, Ctx)) {
          R->Source = Object;
          ClosureReported |=
              reportIfDangling(Call, Shown,
                               Kept{"capture '" + Name + "'", At,
                                    "'" + Name + "' is captured by reference", nullptr, *R},
                               Eager, Operator, Ctx);
        }
    if (ClosureReported || copiesClosure(Operator))
      continue;
    std::optional<Referent> R = referentOfObject(Object, Ctx);
    if (!R)
      continue;
    ClosureReported = true;
    reportIfDangling(Call, Shown,
                     Kept{"the captured state", At,
                          "'" + Name + "' is captured into the lambda's closure", nullptr, *R},
                     Eager, Operator, Ctx);
  }
}

bool DanglingReferenceCheck::reportIfDangling(const CallExpr *Call, const FunctionDecl *Coroutine,
                                              const Kept &K, bool Eager,
                                              const CXXMethodDecl *Lambda, ASTContext &Ctx) {
  const Referent &R = K.Refers;
  // A local dies at the end of its block only for calls inside that block;
  // a lambda capturing it by reference may be called elsewhere.
  if (R.What == Referent::Local && !R.Scope->getSourceRange().fullyContains(Call->getSourceRange()))
    return false;
  TaskEscape Fate = taskEscape(Call, R.Scope, Ctx, *catalogue());
  if (!Fate.outlivesScope() && !(Fate.What == TaskEscape::Dropped && Eager))
    return false;
  if (Fate.What == TaskEscape::Spawned && K.ReadOnlyBeforeSuspension && startsInCall(Fate.Spawner))
    return false;
  if ((Fate.What == TaskEscape::Spawned || Fate.What == TaskEscape::Dropped) &&
      R.What == Referent::Local && joinedAfter(Fate, R.Scope, Ctx, *catalogue()))
    return false;
  // Where the reference is bound: the argument; for a lambda's captures the
  // lambda, where they are written and the remedy goes (also when a library
  // template is what calls it).
  SourceLocation At = R.Source ? R.Source->getBeginLoc() : Call->getBeginLoc();
  if (R.What == Referent::DefaultArgument || At.isInvalid())
    At = Call->getBeginLoc();
  if (Lambda)
    At = Lambda->getParent()->getLocation();
  diag(At, "%0 of %1 refers to %2, which is destroyed before the task is done with it: the task %3")
      << K.What
      << (K.Owner.empty() ? "coroutine '" + coroutineDisplayName(Coroutine) + "'" : K.Owner)
      << R.describe() << fateText(Fate, Eager)
      << (Lambda ? SourceRange(At) : SourceRange(At, R.Source ? R.Source->getEndLoc() : At));
  // The closure object's location: where a call operator's call begins
  // differs between LLVM versions.
  const Expr *Object = objectOf(Call);
  SourceLocation CalledAt = Object ? Object->getBeginLoc() : Call->getBeginLoc();
  // A lambda called where it is written: the call is at its parentheses,
  // after the body.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Object && isa<LambdaExpr>(stripCopies(Object)))
    CalledAt = Op->getOperatorLoc();
  if (Lambda && CalledAt != At)
    diag(CalledAt, "the lambda is called here", DiagnosticIDs::Note);
  if (K.Borrowing)
    noteEntry(K.Declared, K.DeclaredNote, *K.Borrowing);
  else
    diag(K.Declared, "%0", DiagnosticIDs::Note) << K.DeclaredNote;
  if (Fate.Spawner)
    noteEntry(Fate.Where->getBeginLoc(), *Fate.Spawner);
  diag(R.diesAt(), "%0", DiagnosticIDs::Note) << deathText(R);
  if (Lambda && K.What == "the captured state")
    noteLambdaRemedy(Lambda, nullptr);
  return true;
}

void DanglingReferenceCheck::noteLambdaRemedy(const CXXMethodDecl *Operator,
                                              const Entry *Replacement) {
  SourceLocation Lambda = Operator->getParent()->getLocation();
  FunctionTypeLoc Loc = Operator->getFunctionTypeLoc();
  if (getLangOpts().CPlusPlus23 && Loc && Loc.getLParenLoc().isValid() &&
      Loc.getRParenLoc().isValid() && Loc.getLParenLoc() != Loc.getRParenLoc()) {
    SourceLocation After = Loc.getLParenLoc().getLocWithOffset(1);
    diag(Loc.getLParenLoc(),
         "take the closure by value as an explicit object parameter, so that "
         "the coroutine frame keeps its own copy of the captures",
         DiagnosticIDs::Note)
        << FixItHint::CreateInsertion(After,
                                      Operator->getNumParams() ? "this auto, " : "this auto");
    return;
  }
  if (Replacement)
    noteInstead(Lambda, Replacement->Replacement);
  else
    diag(Lambda,
         "pass what the coroutine needs as parameters, which are copied "
         "into its frame, or (C++23) take the closure as 'this auto'",
         DiagnosticIDs::Note);
}

void DanglingReferenceCheck::checkCallableDropped(
    const CallExpr *Call, const Entry &Dropper, ASTContext &Ctx,
    llvm::SmallPtrSetImpl<const LambdaExpr *> &Reported) {
  // A continuation (`lives-until: call-returns`) is destroyed when the call
  // that invoked it returns: a coroutine lambda's captures are then gone
  // while the coroutine still runs. A callable invoked in place
  // (`statement-ends`) is the caller's temporary: safe while the result is
  // awaited within the caller's statement.
  // A lambda wrapped in a `lambda-wrapper` (seastar::coroutine::lambda) stays
  // the caller's temporary: the statement-ends rule applies to it.
  bool EntryInPlace =
      Dropper.attribute(keys::drops_callable::LivesUntil) == values::drops_callable::StatementEnds;
  std::optional<TaskEscape> StatementFate; // computed once, when needed
  auto escapesStatement = [&]() -> const TaskEscape * {
    if (!StatementFate) {
      std::optional<TaskInfo> Result = TaskModel(*catalogue()).taskOf(Call);
      // No task to await (`ssx::spawn_with_gate` returns void): the work
      // runs on in the background by construction.
      StatementFate = Result ? taskEscape(Call, fullExpressionOf(Call, Ctx), Ctx, *catalogue())
                             : TaskEscape{TaskEscape::Spawned, Call};
      bool Eager = Result && Result->How == TaskInfo::Eager;
      if (!StatementFate->outlivesScope() && !(StatementFate->What == TaskEscape::Dropped && Eager))
        StatementFate->What = TaskEscape::Awaited;
    }
    return StatementFate->What == TaskEscape::Awaited ? nullptr : &*StatementFate;
  };
  for (const Expr *Arg : Call->arguments()) {
    const Expr *Handed = stripCopies(Arg);
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Handed)) // `wrapper(lambda)`
      Handed = stripCopies(Cast->getSubExpr());
    bool InPlace = EntryInPlace;
    const Entry *Wrapper = nullptr;
    if (const auto *Wrap = dyn_cast<CXXConstructExpr>(Handed); Wrap && Wrap->getNumArgs() == 1)
      if ((Wrapper = matchType(*catalogue(), kinds::LambdaWrapper, Wrap->getType()))) {
        Handed = stripCopies(Wrap->getArg(0));
        InPlace = true;
      }
    // A type-erasing holder made from the lambda (the `std::function` of a
    // `const Func &` parameter) holds a copy of the closure and dies with it.
    if (const auto *Holder = dyn_cast<CXXConstructExpr>(Handed);
        !Wrapper && Holder && Holder->getNumArgs() == 1 &&
        isa<LambdaExpr>(stripCopies(Holder->getArg(0))))
      Handed = stripCopies(Holder->getArg(0));
    const auto *Lambda = dyn_cast<LambdaExpr>(Handed);
    if (!Lambda)
      continue;
    const TaskEscape *Fate = InPlace ? escapesStatement() : nullptr;
    if (InPlace && !Fate)
      continue;
    const CXXMethodDecl *Operator = instantiatedCallOperator(Lambda);
    if (!isCoroutine(Operator)) {
      checkTaskOfCaptures(Lambda, Call, Dropper, Fate);
      continue;
    }
    if (copiesClosure(Operator))
      continue;
    std::optional<TaskInfo> Task = TaskModel(*catalogue()).taskType(Operator->getReturnType());
    UsePoint Point =
        Task && Task->How == TaskInfo::Eager ? UsePoint::AfterSuspension : UsePoint::Anywhere;
    // Every capture is a member of the closure, `this` and references
    // included: after the closure is gone, reading one reads freed memory.
    for (const LambdaCapture &Capture : Lambda->captures()) {
      const ValueDecl *Captured = Capture.capturesVariable() ? Capture.getCapturedVar() : nullptr;
      bool Used = bodyUses(Operator, readingCapture(Capture), Point);
      if (!Used)
        continue;
      if (InPlace)
        diag(Lambda->getBeginLoc(),
             "the captures of this coroutine lambda are destroyed at the end of the statement, "
             "but what '%0' started %1")
            << catalogueName(Call->getDirectCallee()) << fateText(*Fate, true);
      else
        diag(Lambda->getBeginLoc(),
             "the captures of this coroutine lambda are destroyed when '%0' has called it, "
             "while the coroutine still uses them after its first suspension")
            << catalogueName(Call->getDirectCallee());
      Reported.insert(Lambda);
      diag(Capture.getLocation(), "'%0' is captured into the lambda's closure", DiagnosticIDs::Note)
          << (Captured ? Captured->getName() : llvm::StringRef("this"));
      noteEntry(Call->getBeginLoc(), Dropper);
      if (Wrapper) {
        noteEntry(Arg->getBeginLoc(), *Wrapper);
        noteLambdaRemedy(Operator, Wrapper->Replacement.empty() ? nullptr : Wrapper);
      } else {
        noteLambdaRemedy(Operator, Dropper.Replacement.empty() ? nullptr : &Dropper);
      }
      break;
    }
  }
}

void DanglingReferenceCheck::checkLambdaSpawned(
    const CallExpr *Call, const Entry &Spawner, ASTContext &Ctx,
    const llvm::SmallPtrSetImpl<const LambdaExpr *> &Reported) {
  // `co_spawn(ex, [&buf]() -> awaitable<void> {...}, detached)`,
  // `async_run([&id]() -> Task<> {...})`: the spawner keeps the lambda (or
  // what it returns) running on its own; a reference capture still refers
  // to the caller's local, which dies at the end of its block unless the
  // function waits for the spawned work first. Captures by copy live in the
  // closure the spawner keeps.
  const Catalogue &C = *catalogue();
  for (const Expr *Arg : Call->arguments()) {
    const auto *Lambda = dyn_cast<LambdaExpr>(stripCopies(Arg));
    if (!Lambda || Reported.contains(Lambda))
      continue;
    const CXXMethodDecl *Operator = instantiatedCallOperator(Lambda);
    if (!isCoroutine(Operator))
      continue;
    std::optional<TaskInfo> Task = TaskModel(C).taskType(Operator->getReturnType());
    // A function invoked in place (`lives-until: statement-ends`) runs it at
    // once, up to its first suspension, like a spawner that starts in the call.
    bool InPlace = Spawner.attribute(keys::drops_callable::LivesUntil) ==
                   values::drops_callable::StatementEnds;
    UsePoint Point = (Task && Task->How == TaskInfo::Eager) || startsInCall(&Spawner) || InPlace
                         ? UsePoint::AfterSuspension
                         : UsePoint::Anywhere;
    for (const LambdaCapture &Capture : Lambda->captures()) {
      if (Capture.getCaptureKind() != LCK_ByRef || !Capture.capturesVariable())
        continue;
      const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar());
      if (!Var || !bodyUses(Operator, readingCapture(Capture), Point))
        continue;
      std::optional<Referent> R = referentOfVariable(Var, nullptr, Ctx);
      if (!R || !R->Scope->getSourceRange().fullyContains(Call->getSourceRange()))
        continue;
      // A spawn whose result is a task or awaitable (`co_spawn(ex, f,
      // use_awaitable)`) runs the work as part of it: where that goes decides.
      TaskEscape Fate{TaskEscape::Spawned, Call};
      if (const CXXRecordDecl *Result = Call->getType()->getAsCXXRecordDecl();
          Call->isPRValue() && Result &&
          (TaskModel(C).taskType(Call->getType()) || isAwaitable(Result)))
        Fate = taskEscape(Call, R->Scope, Ctx, C);
      if (!Fate.outlivesScope())
        continue;
      Fate.Spawner = &Spawner;
      Fate.SpawnedInto = nullptr;
      if (joinedAfter(Fate, R->Scope, Ctx, C))
        continue;
      SourceLocation At =
          Capture.getLocation().isValid() ? Capture.getLocation() : Lambda->getBeginLoc();
      diag(Lambda->getBeginLoc(),
           "capture '%0' of this coroutine lambda refers to %1, which is destroyed before the "
           "coroutine is done with it: '%2' runs it on its own")
          << Var->getName() << R->describe() << catalogueName(Call->getDirectCallee());
      diag(At, "'%0' is captured by reference", DiagnosticIDs::Note) << Var->getName();
      noteEntry(Call->getBeginLoc(), Spawner);
      diag(R->diesAt(), "%0", DiagnosticIDs::Note) << deathText(*R);
      diag(At, "capture '%0' by value, or wait for the spawned work before '%0' is destroyed",
           DiagnosticIDs::Note)
          << Var->getName();
      break; // one finding per lambda
    }
  }
}

/// A member of a lambda's closure that holds an object itself (a variable
/// captured by copy, an init-capture), and where it is captured.
struct ClosureMember {
  const VarDecl *Var = nullptr;
  SourceLocation At;
};

/// The member of `Lambda`'s closure that `Named`, written in its body, names.
std::optional<ClosureMember> closureOwned(const DeclRefExpr *Named, const LambdaExpr *Lambda) {
  const auto *Var = Named ? dyn_cast<VarDecl>(Named->getDecl()) : nullptr;
  if (!Var || Var->getType()->isReferenceType())
    return std::nullopt;
  if (Var->isInitCapture()) {
    if (Var->getDeclContext() != Lambda->getCallOperator())
      return std::nullopt;
    return ClosureMember{Var, Var->getLocation()};
  }
  if (!Named->refersToEnclosingVariableOrCapture())
    return std::nullopt;
  for (const LambdaCapture &Capture : Lambda->captures())
    if (Capture.capturesVariable() && Capture.getCapturedVar() == Var &&
        Capture.getCaptureKind() == LCK_ByCopy)
      return ClosureMember{Var, Capture.getLocation().isValid() ? Capture.getLocation()
                                                                : Named->getLocation()};
  return std::nullopt;
}

void DanglingReferenceCheck::checkTaskOfCaptures(const LambdaExpr *Lambda, const CallExpr *Call,
                                                 const Entry &Dropper, const TaskEscape *Fate) {
  // `[s] { return send(s); }` with `task<> send(const std::string &)`: not
  // a coroutine itself, the lambda returns a task that refers into its
  // closure, which the dropper destroys once the lambda has returned.
  const Catalogue &C = *catalogue();
  for (const HandedOn &H : referencesHandedOn(Lambda->getCallOperator(), C)) {
    const Expr *Arg = H.Arg;
    const ParmVarDecl *InBody = H.Param;
    const FunctionDecl *Def = H.Coroutine;
    std::optional<ClosureMember> Captured =
        closureOwned(boundVariableOf(Arg, InBody->getType(), C), Lambda);
    if (!Captured)
      continue;
    std::string Closure = Fate ? "is destroyed at the end of the statement, but what '" +
                                     catalogueName(Call->getDirectCallee()) + "' started " +
                                     fateText(*Fate, true)
                               : "is destroyed when '" + catalogueName(Call->getDirectCallee()) +
                                     "' has called the lambda, while the task still runs";
    diag(Arg->getBeginLoc(), "parameter '%0' of coroutine '%1' refers to '%2' in the closure of "
                             "a lambda that returns the task; the closure %3")
        << InBody->getName() << coroutineDisplayName(Def) << Captured->Var->getName() << Closure
        << Arg->getSourceRange();
    diag(Captured->At, "'%0' is captured into the lambda's closure", DiagnosticIDs::Note)
        << Captured->Var->getName();
    if (const Entry *Borrowing = borrowingEntry(InBody->getType(), C))
      noteEntry(InBody->getLocation(),
                "'" + InBody->getNameAsString() + "' views data it does not own", *Borrowing);
    else
      diag(InBody->getLocation(), "'%0' is a reference", DiagnosticIDs::Note) << InBody->getName();
    noteEntry(Call->getBeginLoc(), Dropper);
    diag(Arg->getBeginLoc(),
         "pass a copy the coroutine owns (a by-value parameter), or make the lambda a coroutine "
         "that awaits the task",
         DiagnosticIDs::Note);
    return; // one finding per lambda
  }
}

void DanglingReferenceCheck::checkAwaitedReference(const VarDecl *Var, const CoawaitExpr *Await) {
  // `const T &r = co_await get();`: when await_resume returns a reference
  // into the awaited task, and that task is a temporary, `r` dangles once the
  // statement ends. A task of a reference (`task<const T &>`) returns what
  // it refers to, not a part of itself.
  if (!Await || !Await->isGLValue())
    return;
  const auto *Call = dyn_cast<CallExpr>(stripWrappers(Await->getOperand()));
  if (!Call || !Call->isPRValue())
    return;
  std::optional<TaskInfo> Task = TaskModel(*catalogue()).taskOf(Call);
  if (!Task)
    return;
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Call->getType()->getAsCXXRecordDecl())) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() && Args[0].getKind() == TemplateArgument::Type &&
        Args[0].getAsType()->isReferenceType())
      return;
  }
  const FunctionDecl *Callee = Call->getDirectCallee();
  diag(Var->getLocation(), "'%0' refers into the result of awaiting a temporary task, which is "
                           "destroyed at the end of this statement")
      << Var->getName() << Var->getSourceRange();
  diag(Call->getBeginLoc(),
       "the task returned by '%0' is a temporary; awaiting it returns a "
       "reference into it",
       DiagnosticIDs::Note)
      << (Callee ? catalogueName(Callee) : std::string("the call"));
  diag(Var->getLocation(),
       "declare '%0' without '&' to keep a copy, or keep the task in a "
       "variable while '%0' is used",
       DiagnosticIDs::Note)
      << Var->getName();
}

} // namespace async_tidy
