//===- UnboundedFanoutCheck.cpp - async-unbounded-fanout ------------------===//
#include "UnboundedFanoutCheck.h"
#include "analysis/Ancestors.h"
#include "analysis/Discard.h"
#include "analysis/FilledContainer.h"
#include "analysis/HandleFate.h"
#include "analysis/IterationScan.h"
#include "analysis/MainFile.h"
#include "analysis/QualifiedName.h"
#include "analysis/RangeSize.h"
#include "analysis/TaskModel.h"
#include "analysis/TypeMatcher.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {
namespace {

std::string spelling(const Expr *E, const ASTContext &Ctx) {
  // `std::move(tasks)` is shown as the range it moves, `tasks`.
  E = stripCopies(E);
  std::string Text = Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()),
                                          Ctx.getSourceManager(), Ctx.getLangOpts())
                         .str();
  // Diagnostics quote the range; a multi-line expression is cut short.
  std::replace(Text.begin(), Text.end(), '\n', ' ');
  if (Text.size() > 48)
    Text = Text.substr(0, 45) + "...";
  return Text;
}

/// A parameter of the function, named as itself (`v`, `std::move(v)`).
bool passedIn(const Expr *Range) {
  const auto *Ref = dyn_cast<DeclRefExpr>(stripCopies(Range)->IgnoreParenImpCasts());
  return Ref && isa<ParmVarDecl>(Ref->getDecl());
}

struct RangeArg {
  const Expr *Shown = nullptr;      // what the message names
  std::optional<uint64_t> Elements; // when fixed at compile time
};

/// The range a fan-out call iterates: a range argument, or an iterator pair.
/// `Cat`: for the other calls that only read a range, and the bounded
/// resources (FilledContainer.h, LoopBound.h).
std::optional<RangeArg> rangeArgument(const Expr *Call, ASTContext &Ctx, const Catalogue *Cat) {
  llvm::SmallVector<const Expr *, 4> Args;
  if (const auto *C = dyn_cast<CallExpr>(Call))
    Args.append(C->arg_begin(), C->arg_end());
  else if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    Args.append(C->arg_begin(), C->arg_end());
  for (unsigned I = 0; I < Args.size(); ++I) {
    if (isa<CXXDefaultArgExpr>(Args[I]))
      break;
    QualType T = Args[I]->getType();
    if (I + 1 < Args.size() && isIterator(T) &&
        T.getCanonicalType().getUnqualifiedType() ==
            Args[I + 1]->getType().getCanonicalType().getUnqualifiedType()) {
      const Expr *Range = rangeOfIterator(Args[I]);
      const Expr *EndRange = rangeOfIterator(Args[I + 1]);
      if (!EndRange)
        EndRange = rangeOfShortenedEnd(Args[I + 1], Ctx); // `v.end() - 1`: fewer
      if (Range && EndRange && sameObject(Range, EndRange))
        return RangeArg{Range, knownElementCount(Range, Ctx, Cat)};
      return RangeArg{Args[I], iteratorDistance(Args[I], Args[I + 1], Ctx)};
    }
    if (isRange(T))
      return RangeArg{Args[I], knownElementCount(Args[I], Ctx, Cat)};
  }
  return std::nullopt;
}

std::string displayName(const Expr *Call, const CallMatch &M) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return catalogueName(Construct->getConstructor()->getParent());
  return M.shown();
}

/// `do { ... } while (false)`, the statement macros' idiom (Catch2's
/// REQUIRE, most ASSERT macros): its body runs once, it is no loop.
bool runsOnce(const Stmt *Loop, const ASTContext &Ctx) {
  const auto *Do = dyn_cast<DoStmt>(Loop);
  bool Value = true;
  return Do && Do->getCond() && !Do->getCond()->isValueDependent() &&
         Do->getCond()->EvaluateAsBooleanCondition(Value, Ctx) && !Value;
}

/// The loops around `S` whose body contains it, innermost first, up to the
/// enclosing function or lambda.
llvm::SmallVector<const Stmt *, 4> enclosingLoops(const Expr *S, ASTContext &Ctx) {
  llvm::SmallVector<const Stmt *, 4> Loops;
  walkToFunction(DynTypedNode::create(*S), Ctx,
                 [&](const DynTypedNode &Parent, const DynTypedNode &Child) {
                   if (const auto *Loop = Parent.get<Stmt>())
                     if (const Stmt *Body = loopBody(Loop);
                         Body && Child.get<Stmt>() == Body && !runsOnce(Loop, Ctx))
                       Loops.push_back(Loop);
                   return true;
                 });
  return Loops;
}

} // namespace

UnboundedFanoutCheck::UnboundedFanoutCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheck(Name, Context), MaxConstantTripCount(Options.get(MaxConstantTripCountOption, 64U)),
      ReportArrivalPacedLoops(Options.get(ReportArrivalPacedLoopsOption, false)) {}

void UnboundedFanoutCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AsyncCheck::storeOptions(Opts);
  Options.store(Opts, MaxConstantTripCountOption, MaxConstantTripCount);
  Options.store(Opts, ReportArrivalPacedLoopsOption, ReportArrivalPacedLoops);
}

void UnboundedFanoutCheck::registerAsyncMatchers(MatchFinder *Finder) {
  if (!catalogue())
    return;
  Finder->addMatcher(callExpr(unless(isInstantiationDependent())).bind("call"), this);
  Finder->addMatcher(cxxConstructExpr(unless(isInstantiationDependent())).bind("call"), this);
  Finder->addMatcher(
      explicitCastExpr(hasDestinationType(voidType()), unless(isInstantiationDependent()))
          .bind("discard"),
      this);
}

/// Whether `Call` is written in the body of a catalogued fan-out or spawner
/// (seastar's parallel_for_each over a range calls its iterator overload,
/// map_reduce spawns a mapper per element): the implementation of an API
/// whose calls are judged where the code calls it, not inside it.
static bool insideCataloguedStarter(const Expr &Call, const Catalogue &C, ASTContext &Ctx) {
  EnclosingFunction In = enclosingFunction(Call, Ctx);
  // Lambdas of the implementation (continuations) belong to it too.
  for (unsigned Depth = 0; In.Lambda && Depth < 8; ++Depth)
    In = enclosingFunction(*In.Lambda, Ctx);
  if (!In.Function)
    return false;
  std::string Name = catalogueName(In.Function);
  return !C.lookup(kinds::Fanout, Name).empty() || !C.lookup(kinds::Spawner, Name).empty();
}

void UnboundedFanoutCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const Catalogue &C = *catalogue();
  if (const auto *Call = Result.Nodes.getNodeAs<Expr>("call")) {
    // A template's pattern: its instantiations are checked, where container
    // sizes and calls are resolved.
    if (enclosingFunction(*Call, Ctx).isTemplatePattern() || insideCataloguedStarter(*Call, C, Ctx))
      return;
    if (CallMatch M = matchCall(C, kinds::Fanout, Call))
      checkFanoutCall(Call, M, Ctx);
    if (CallMatch M = matchCall(C, kinds::Spawner, Call))
      checkStarted(Call, displayName(Call, M), M.Matched, Ctx);
    else if (const Expr *Dropped = explicitlyDiscarded(Call)) // std::ignore = f()
      checkDroppedFuture(Dropped, Ctx);
    else if (const auto *Plain = dyn_cast<CallExpr>(Call))
      checkHelperCall(Plain, Ctx);
  } else if (const auto *Discard = Result.Nodes.getNodeAs<Expr>("discard")) {
    if (const Expr *Dropped = explicitlyDiscarded(Discard))
      checkDroppedFuture(Dropped, Ctx);
  }
}

void UnboundedFanoutCheck::checkDroppedFuture(const Expr *Dropped, ASTContext &Ctx) {
  // An eager future thrown away: its operation runs on, unobserved. A
  // dropped spawn is handled as a spawn.
  const auto *Call = dyn_cast<CallExpr>(Dropped);
  if (!Call || matchCall(*catalogue(), kinds::Spawner, Call))
    return;
  std::optional<TaskInfo> Task = TaskModel(*catalogue()).taskOf(Call);
  if (!Task || Task->How != TaskInfo::Eager)
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  checkStarted(Call, Callee ? catalogueName(Callee) : "the call", nullptr, Ctx);
}

void UnboundedFanoutCheck::checkHelperCall(const CallExpr *Call, ASTContext &Ctx) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  // Outside a loop a helper's spawn is one spawn: no need to read the helper.
  if (!Callee || !Callee->isDefined() || enclosingLoops(Call, Ctx).empty() ||
      matchCall(*catalogue(), kinds::Fanout, Call))
    return;
  if (!Helpers)
    Helpers = std::make_unique<SpawningHelpers>(*catalogue(), Ctx);
  if (HelperSpawn Via = Helpers->spawnOf(Callee))
    checkStarted(Call, catalogueName(Callee), Via.Spawner, Ctx, &Via);
}

void UnboundedFanoutCheck::checkFanoutCall(const Expr *Call, const CallMatch &M, ASTContext &Ctx) {
  const Catalogue *Cat = catalogue();
  std::optional<RangeArg> Range = rangeArgument(Call, Ctx, Cat);
  if (!Range || smallConstant(Range->Elements) || machineSizedRange(Range->Shown, Ctx, Cat))
    return;
  // A range a library's function template was handed (seastar's
  // parallel_for_each(range) forwarding to its iterator form): judged where
  // the code names the range, at its call of the library.
  if (passedIn(Range->Shown)) {
    EnclosingFunction In = enclosingFunction(*Call, Ctx);
    const SourceManager &SM = Ctx.getSourceManager();
    if (In.Function && In.Function->isTemplateInstantiation() && !inMainFile(In.Function, SM))
      return;
  }
  // A container of eager futures that the function was given (`when_all(
  // futs.begin(), futs.end())` over a parameter): each was started by the
  // caller, where a loop that made them is judged. Lazy tasks start here.
  if (passedIn(Range->Shown))
    if (std::optional<TaskInfo> Task =
            TaskModel(*Cat).taskType(elementType(stripCopies(Range->Shown)->getType()));
        Task && Task->How == TaskInfo::Eager)
      return;
  // A semaphore taken in the per-element function bounds the operations.
  if (findLimiter(*catalogue(), Call))
    return;
  SourceLocation Loc = Call->getBeginLoc();
  diag(Loc, "'%0' starts one concurrent operation per element of '%1' with no limit on how "
            "many run at once")
      << displayName(Call, M) << spelling(Range->Shown, Ctx) << Call->getSourceRange();
  const Entry *E = M.Matched;
  noteEntry(Loc, *E);
  noteInstead(Loc, E->attribute(keys::fanout::BoundedAlternative));
  // Where each element is made: the loop that started them is the place
  // to bound too.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(stripCopies(Range->Shown)->IgnoreParenImpCasts()))
    if (const CXXMemberCallExpr *Grow = growthInLoop(Ref))
      diag(Grow->getExprLoc(), "its elements are added here, one per loop iteration",
           DiagnosticIDs::Note)
          << Grow->getSourceRange();
}

void UnboundedFanoutCheck::checkStarted(const Expr *Started, llvm::StringRef Name,
                                        const Entry *Spawner, ASTContext &Ctx,
                                        const HelperSpawn *Via) {
  const Catalogue &C = *catalogue();
  // A lazy task returned by a spawn (co_spawn with use_awaitable) starts
  // nothing until it is awaited. A helper's result says nothing: the work it
  // started runs on whatever the loop does with it.
  if (std::optional<TaskInfo> Task = TaskModel(C).taskType(Started->getType());
      !Via && Task && Task->How == TaskInfo::Lazy)
    return;
  const Stmt *Loop = nullptr;
  LoopBound Bound;
  for (const Stmt *Candidate : enclosingLoops(Started, Ctx)) {
    Bound = boundOf(Candidate, Ctx, &C);
    if ((Bound.How == LoopBound::Constant && smallConstant(Bound.Trips)) ||
        Bound.How == LoopBound::Machine)
      continue;
    Loop = Candidate;
    break;
  }
  if (!Loop)
    return;
  switch (Via ? HandleFate::Dropped : handleFate(Started, loopBody(Loop), Ctx, C)) {
  case HandleFate::Awaited:
  case HandleFate::LeavesLoop:
    return;
  case HandleFate::Dropped:
    // std::async's future waits for the work when it is destroyed.
    if (Spawner && Spawner->attribute(keys::spawner::DroppedHandle) == values::spawner::Waits)
      return;
    break;
  case HandleFate::Kept:
    break;
  }
  if (findLimiter(C, Loop))
    return;
  // A loop that waits for an accept or a receive before each spawn is paced
  // by arrivals, not by a collection in memory.
  bool ArrivalPaced = Bound.How == LoopBound::Conditional || Bound.How == LoopBound::Endless;
  if (ArrivalPaced && !ReportArrivalPacedLoops && findWait(C, Loop))
    return;
  {
    auto D = diag(Started->getExprLoc(), "'%0' starts one concurrent operation per loop "
                                         "iteration with no limit on how many run at once")
             << Name << Started->getSourceRange();
  }
  noteLoop(Loop, Bound, Ctx);
  SourceLocation SpawnLoc = Via ? Via->Spawn->getExprLoc() : Started->getExprLoc();
  if (Via)
    diag(SpawnLoc, "'%0' starts it here on every call and does not wait for it",
         DiagnosticIDs::Note)
        << catalogueName(Via->In);
  if (Spawner)
    noteEntry(SpawnLoc, *Spawner);
}

void UnboundedFanoutCheck::noteLoop(const Stmt *Loop, const LoopBound &Bound, ASTContext &Ctx) {
  SourceLocation Loc = Loop->getBeginLoc();
  switch (Bound.How) {
  case LoopBound::PerElement:
    diag(Loc,
         "the loop runs once per element of '%0', and nothing in it limits the operations "
         "in flight",
         DiagnosticIDs::Note)
        << spelling(Bound.Driver, Ctx);
    break;
  case LoopBound::Conditional:
    diag(Loc, "the loop runs while '%0', and nothing in it limits the operations in flight",
         DiagnosticIDs::Note)
        << spelling(Bound.Driver, Ctx);
    break;
  case LoopBound::Endless:
    diag(Loc, "the loop runs until it is left, and nothing in it limits the operations in flight",
         DiagnosticIDs::Note);
    break;
  case LoopBound::Machine: // never reported
  case LoopBound::Constant:
    diag(Loc,
         "the loop runs %0 times, more than the %1 allowed by option '%2', and nothing in "
         "it limits the operations in flight",
         DiagnosticIDs::Note)
        << static_cast<unsigned>(Bound.Trips) << static_cast<unsigned>(MaxConstantTripCount)
        << MaxConstantTripCountOption;
    break;
  }
}

} // namespace async_tidy
