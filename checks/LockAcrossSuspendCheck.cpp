//===- LockAcrossSuspendCheck.cpp - async-lock-across-suspend -------------===//
#include "LockAcrossSuspendCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {
namespace {

/// `'m'`, `'a' and 'b'`, `'a', 'b' and 'c'`; `Unknown` when nothing is known.
std::string quotedList(const std::vector<std::string> &Names, llvm::StringRef Unknown) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      Out += I + 1 == Names.size() ? " and " : ", ";
    Out += "'" + Names[I] + "'";
  }
  return Out.empty() ? Unknown.str() : Out;
}

} // namespace

void LockAcrossSuspendCheck::registerAsyncMatchers(MatchFinder *Finder) {
  if (!catalogue())
    return;
  Finder->addMatcher(functionDecl(isDefinition(), hasBody(coroutineBodyStmt())).bind("coro"), this);
}

void LockAcrossSuspendCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Coro = Result.Nodes.getNodeAs<FunctionDecl>("coro");
  LockModel Model(*catalogue());
  for (const LockedSuspension &S : locksHeldAtSuspensions(Coro, Model, *Result.Context))
    for (const HeldLock &Lock : S.Held)
      report(S.Suspend, Lock);
}

void LockAcrossSuspendCheck::report(const CoroutineSuspendExpr *Suspend, const HeldLock &Lock) {
  SourceLocation At = Suspend->getKeywordLoc();
  bool ByGuard = Lock.How == HeldLock::GuardConstructed || Lock.How == HeldLock::GuardLocked;
  if (ByGuard)
    diag(At, "coroutine may suspend here while '%0' holds %1")
        << Lock.Guard->getName() << quotedList(Lock.Mutexes, "a lock") << Suspend->getSourceRange();
  else
    diag(At, "coroutine may suspend here while %0 is locked")
        << quotedList(Lock.Mutexes, "a mutex") << Suspend->getSourceRange();

  std::string Mutexes = quotedList(Lock.Mutexes, "its lock");
  const char *May = Lock.OnlyIfTried ? "may " : "";
  switch (Lock.How) {
  case HeldLock::GuardConstructed:
    if (isa<ParmVarDecl>(Lock.Guard))
      diag(Lock.Where, "'%0' is passed in holding %1 (%2)", DiagnosticIDs::Note)
          << Lock.Guard->getName() << Mutexes << Lock.Evidence;
    else
      diag(Lock.Where, "'%0' %1acquire%2 %3 here (%4)", DiagnosticIDs::Note)
          << Lock.Guard->getName() << May << (Lock.OnlyIfTried ? "" : "s") << Mutexes
          << Lock.Evidence;
    break;
  case HeldLock::GuardLocked:
    diag(Lock.Where, "'%0' %1lock%2 %3 here (%4)", DiagnosticIDs::Note)
        << Lock.Guard->getName() << May << (Lock.OnlyIfTried ? "" : "s") << Mutexes
        << Lock.Evidence;
    break;
  case HeldLock::RawLocked:
    diag(Lock.Where, "%0 %1 locked here (%2)", DiagnosticIDs::Note)
        << Mutexes << (Lock.OnlyIfTried ? "may be" : "is") << Lock.Evidence;
    break;
  case HeldLock::Disowned:
    diag(Lock.Where, "'%0' gives up %1 here without unlocking it (%2)", DiagnosticIDs::Note)
        << Lock.Guard->getName() << Mutexes << Lock.Evidence;
    break;
  }
}

} // namespace async_tidy
