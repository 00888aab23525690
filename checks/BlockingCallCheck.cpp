//===- BlockingCallCheck.cpp - async-blocking-call ------------------------===//
#include "BlockingCallCheck.h"
#include "analysis/CatalogueKinds.h"
#include "analysis/CallMatcher.h"
#include "analysis/Coroutine.h"
#include "analysis/LockModel.h"
#include "analysis/QualifiedName.h"
#include "analysis/TypeMatcher.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {
namespace {

bool isAcquire(const Entry &E) {
  llvm::StringRef Action = E.attribute("action");
  return Action == "acquire" || Action == "try-acquire";
}

} // namespace

BlockingCallCheck::BlockingCallCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheck(Name, Context), ReportMutexLocks(Options.get(ReportMutexLocksOption, false)) {}

void BlockingCallCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AsyncCheck::storeOptions(Opts);
  Options.store(Opts, ReportMutexLocksOption, ReportMutexLocks);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  if (!catalogue())
    return;
  Finder->addMatcher(functionDecl(isDefinition(), hasBody(coroutineBodyStmt())).bind("coro"),
                     this);
}

CallMatch BlockingCallCheck::blockingEntry(const Expr *Call) const {
  if (CallMatch M = matchCall(*catalogue(), kinds::Blocking, Call))
    return M;
  if (!ReportMutexLocks)
    return {};
  // Taking a mutex blocks only while another thread holds it; such short
  // critical sections are reported only on request.
  if (CallMatch M = matchCall(*catalogue(), kinds::LockMethod, Call); M && isAcquire(*M.Matched))
    return M;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    const Entry *Guard = matchType(*catalogue(), kinds::LockGuard, Ctor->getParent());
    if (!Guard || Ctor->isCopyOrMoveConstructor())
      return {};
    // Only a constructor that locks blocks: not std::defer_lock, std::adopt_lock
    // or std::try_to_lock, and not a guard of a coroutine-aware mutex.
    LockModel Model(*catalogue());
    GuardInit Init = Model.guardInit(Construct);
    if (Model.blockingGuard(Construct->getType()) && Init.Start == GuardInit::Held && !Init.Adopts)
      return {Guard, catalogueName(Ctor)};
  }
  return {};
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coro = Result.Nodes.getNodeAs<FunctionDecl>("coro");
  forEachCallInCoroutine(Coro, [&](const Expr *Call) {
    CallMatch M = blockingEntry(Call);
    if (!M)
      return;
    const Entry *E = M.Matched;
    SourceLocation Loc = Call->getExprLoc();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
      Loc = Construct->getLocation();
    diag(Loc, "call to blocking function '%0' inside coroutine '%1'")
        << M.Name << coroutineDisplayName(Coro)
        << Call->getSourceRange();
    diag(Loc, "%0 (catalogue entry '%1')", DiagnosticIDs::Note) << E->Reason << E->Id;
    if (!E->Replacement.empty())
      diag(Loc, "instead: %0", DiagnosticIDs::Note) << E->Replacement;
  });
}

} // namespace async_tidy
