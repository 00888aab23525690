//===- LockDataflow.cpp ---------------------------------------------------===//
#include "analysis/LockDataflow.h"
#include "analysis/Discard.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include <cstdint>
#include <map>
#include <optional>
#include <tuple>

using namespace clang;

namespace async_tidy {
namespace {

/// A holder: a guard variable (Mutex empty), or a mutex held without a guard
/// (Guard null, Mutex its identity).
struct HolderKey {
  const VarDecl *Guard = nullptr;
  std::string Mutex;
  bool operator<(const HolderKey &O) const {
    return std::tie(Guard, Mutex) < std::tie(O.Guard, O.Mutex);
  }
};

struct Holding {
  HeldLock Lock;
  std::string MutexIdentity; // for `m.unlock()` to find a lock taken through `lk.release()`
};

using LockState = std::map<HolderKey, Holding>;

/// Union; where both sides hold the same lock, the earlier acquisition is kept
/// so that the result does not depend on the visiting order.
bool joinInto(LockState &Into, const LockState &From) {
  bool Changed = false;
  for (const auto &[Key, H] : From) {
    auto [It, Inserted] = Into.emplace(Key, H);
    if (Inserted) {
      Changed = true;
    } else if (H.Lock.Where.getRawEncoding() < It->second.Lock.Where.getRawEncoding() ||
               (H.Lock.OnlyIfTried && !It->second.Lock.OnlyIfTried)) {
      It->second = H;
      Changed = true;
    }
  }
  return Changed;
}

/// Looks through the nodes Sema puts between a guard and its initialiser.
const Expr *stripInit(const Expr *E) {
  while (true) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      E = Cast->getSubExpr();
    else
      return E;
  }
}

const VarDecl *referencedVar(const Expr *E) {
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr))
    return dyn_cast<VarDecl>(Ref->getDecl());
  return nullptr;
}

/// Forgets the locks of mutex `Identity` held without a guard.
/// Whether the awaited expression `Operand` hands guard `Guard` to the
/// awaitable by non-const lvalue reference (`co_await lock_awaiter(*this,
/// lk)`): such an awaiter may release it once it is queued, as concurrencpp's
/// async_lock does, so what the guard holds afterwards is the awaiter's
/// business.
bool handsOver(const Expr *Operand, const VarDecl *Guard) {
  class Finder : public RecursiveASTVisitor<Finder> {
  public:
    explicit Finder(const VarDecl *Guard) : Guard(Guard) {}
    bool VisitCallExpr(CallExpr *Call) { return check(Call); }
    bool VisitCXXConstructExpr(CXXConstructExpr *Construct) { return check(Construct); }
    bool Found = false;

  private:
    bool check(const Expr *Call) {
      llvm::ArrayRef<const Expr *> Args = callArguments(Call);
      for (unsigned I = 0; I < Args.size(); ++I) {
        const auto *Ref = dyn_cast<DeclRefExpr>(Args[I]->IgnoreParenImpCasts());
        const ParmVarDecl *P = Ref && Ref->getDecl() == Guard ? parameterOf(Call, I) : nullptr;
        if (P && P->getType()->isLValueReferenceType() &&
            !P->getType().getNonReferenceType().isConstQualified())
          Found = true;
      }
      return !Found;
    }
    const VarDecl *Guard;
  } Look(Guard);
  Look.TraverseStmt(const_cast<Expr *>(Operand));
  return Look.Found;
}

void eraseRawLocks(const std::string &Identity, LockState &State) {
  for (auto It = State.begin(); It != State.end();)
    It = !It->first.Guard && It->second.MutexIdentity == Identity ? State.erase(It) : std::next(It);
}

class Analysis {
public:
  Analysis(const LockModel &Model, ASTContext &Ctx) : Model(Model), Ctx(Ctx) {}

  std::vector<LockedSuspension> run(const FunctionDecl *Coro, Stmt *Body);

private:
  struct GuardMutex {
    std::string Identity;
    std::vector<std::string> Names;
  };

  void transfer(const CFGBlock &Block, LockState &State, bool Report);
  void transferStmt(const Stmt *S, LockState &State, bool Report);
  void initGuard(const VarDecl *Guard, const std::string &Evidence, const Expr *Init,
                 SourceLocation Where, LockState &State);
  void applyToGuard(const VarDecl *Guard, const LockOp &Op, const CallExpr *Call, LockState &State);
  void applyToMutex(const Expr *Mutex, const LockOp &Op, const CallExpr *Call, LockState &State);
  void refineEdge(const CFGBlock &Block, unsigned SuccIndex, LockState &State);

  std::string identity(const Expr *E) const;
  std::string spelling(const Expr *E) const;

  const LockModel &Model;
  ASTContext &Ctx;
  llvm::DenseMap<const VarDecl *, std::optional<std::string>> GuardEvidence;
  llvm::DenseMap<const VarDecl *, GuardMutex> GuardMutexes;
  // Per transfer: what each `std::move(guard)` took from its guard, for the
  // declaration or assignment it feeds.
  llvm::DenseMap<const Expr *, std::optional<Holding>> Moved;
  std::map<const CoroutineSuspendExpr *, std::vector<HeldLock>> Found;

public:
  /// The evidence when `V` is a guard variable this analysis tracks.
  const std::optional<std::string> &guardEvidence(const VarDecl *V) {
    auto It = GuardEvidence.find(V);
    if (It == GuardEvidence.end())
      It = GuardEvidence.try_emplace(V, Model.blockingGuard(V->getType())).first;
    return It->second;
  }
};

std::string Analysis::spelling(const Expr *E) const {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

/// The same mutex reached the same way gets the same identity: `m`,
/// `this->m` and `m` inside a method, `p->m`, `*p`.
std::string Analysis::identity(const Expr *E) const {
  E = E->IgnoreParenImpCasts();
  auto Ptr = [](const void *P) { return std::to_string(reinterpret_cast<uintptr_t>(P)); };
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return "v" + Ptr(Ref->getDecl()->getCanonicalDecl());
  if (isa<CXXThisExpr>(E))
    return "this";
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    std::string Base = identity(Member->getBase());
    return Base.empty() ? "" : Base + "." + Ptr(Member->getMemberDecl()->getCanonicalDecl());
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E); Unary && Unary->getOpcode() == UO_Deref)
    return "*" + identity(Unary->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow) && Op->getNumArgs())
    return "*" + identity(Op->getArg(0));
  std::string Text = spelling(E);
  return Text.empty() ? "" : "text:" + Text;
}

void Analysis::initGuard(const VarDecl *Guard, const std::string &Evidence, const Expr *Init,
                         SourceLocation Where, LockState &State) {
  State.erase({Guard, ""});
  GuardMutexes[Guard] = {};
  Holding H{{HeldLock::GuardConstructed, Guard, {}, Where, Evidence}, ""};
  if (!Init) { // a parameter: its lock was taken by the caller
    State[{Guard, ""}] = H;
    return;
  }
  const Expr *E = stripInit(Init);
  if (auto It = Moved.find(E); It != Moved.end()) { // `lk = std::move(other)`
    if (It->second) {
      Holding From = *It->second;
      From.Lock.Guard = Guard;
      State[{Guard, ""}] = From;
    }
    if (const VarDecl *Source = referencedVar(cast<CallExpr>(E)->getArg(0)))
      GuardMutexes[Guard] = GuardMutexes.lookup(Source);
    return;
  }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getConstructor()->isMoveConstructor() && Construct->getNumArgs() == 1) {
      initGuard(Guard, Evidence, Construct->getArg(0), Where, State);
      return;
    }
    GuardInit G = Model.guardInit(Construct);
    GuardMutex &M = GuardMutexes[Guard];
    for (const Expr *Mutex : G.Mutexes) {
      M.Names.push_back(spelling(Mutex));
      if (G.Adopts) // the lock taken by `m.lock()` is now the guard's
        eraseRawLocks(identity(Mutex), State);
    }
    if (!G.Mutexes.empty())
      M.Identity = identity(G.Mutexes.front());
    if (G.Start == GuardInit::NotHeld)
      return;
    H.Lock.Mutexes = M.Names;
    H.MutexIdentity = M.Identity;
    H.Lock.OnlyIfTried = G.Start == GuardInit::MaybeHeld;
    if (!G.Evidence.empty())
      H.Lock.Evidence = G.Evidence;
  }
  // Anything else (a factory function, an awaited call returning a guard)
  // may hand over a locked guard.
  State[{Guard, ""}] = H;
}

void Analysis::applyToGuard(const VarDecl *Guard, const LockOp &Op, const CallExpr *Call,
                            LockState &State) {
  const GuardMutex &M = GuardMutexes[Guard];
  switch (Op.Action) {
  case LockAction::Acquire:
  case LockAction::TryAcquire:
    State[{Guard, ""}] = {{HeldLock::GuardLocked, Guard, M.Names, Call->getExprLoc(), Op.Evidence,
                           Op.Action == LockAction::TryAcquire},
                          M.Identity};
    return;
  case LockAction::Release:
    State.erase({Guard, ""});
    return;
  case LockAction::Disown: {
    auto It = State.find({Guard, ""});
    if (It == State.end())
      return;
    Holding H = It->second;
    State.erase(It);
    H.Lock.How = HeldLock::Disowned;
    H.Lock.Where = Call->getExprLoc();
    H.Lock.Evidence = Op.Evidence;
    // Unknown mutex: keyed by the guard, so only the guard's end of life is
    // no longer an unlock.
    std::string Key = M.Identity.empty() ? "released-by:" + Guard->getNameAsString() : M.Identity;
    State[{nullptr, Key}] = H;
    return;
  }
  }
}

void Analysis::applyToMutex(const Expr *Mutex, const LockOp &Op, const CallExpr *Call,
                            LockState &State) {
  if (Model.isCoroutineAware(Mutex->getType()))
    return;
  std::string Identity = identity(Mutex);
  if (Identity.empty())
    return;
  switch (Op.Action) {
  case LockAction::Acquire:
  case LockAction::TryAcquire:
    State[{nullptr, Identity}] = {{HeldLock::RawLocked,
                                   nullptr,
                                   {spelling(Mutex)},
                                   Call->getExprLoc(),
                                   Op.Evidence,
                                   Op.Action == LockAction::TryAcquire},
                                  Identity};
    return;
  case LockAction::Release:
    eraseRawLocks(Identity, State);
    return;
  case LockAction::Disown:
    return;
  }
}

void Analysis::transferStmt(const Stmt *S, LockState &State, bool Report) {
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : Decls->decls())
      if (const auto *V = dyn_cast<VarDecl>(D))
        if (const std::optional<std::string> &Evidence = guardEvidence(V))
          initGuard(V, *Evidence, V->getInit(), V->getLocation(), State);
    return;
  }
  if (const auto *Suspend = dyn_cast<CoroutineSuspendExpr>(S)) {
    for (auto It = State.begin(); It != State.end();)
      It = It->first.Guard && Suspend->getOperand() &&
                   handsOver(Suspend->getOperand(), It->first.Guard)
               ? State.erase(It)
               : std::next(It);
    if (!Report || State.empty() || Model.neverSuspends(Suspend))
      return;
    std::vector<HeldLock> &Held = Found[Suspend];
    for (const auto &Entry : State)
      Held.push_back(Entry.second.Lock);
    return;
  }
  const auto *Call = dyn_cast<CallExpr>(S);
  if (!Call)
    return;
  if (isStdMoveOrForward(Call)) {
    if (const VarDecl *V = referencedVar(Call->getArg(0)); V && guardEvidence(V)) {
      auto It = State.find({V, ""});
      Moved[Call] = It == State.end() ? std::nullopt : std::optional<Holding>(It->second);
      if (It != State.end())
        State.erase(It);
    }
    return;
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
    if (const VarDecl *V = referencedVar(Op->getArg(0)); V && guardEvidence(V)) {
      initGuard(V, *guardEvidence(V), Op->getArg(1), Op->getOperatorLoc(), State);
      return;
    }
  }
  std::optional<LockOp> Op = Model.lockOp(Call);
  if (!Op)
    return;
  const Expr *Operand = lockOperand(Call);
  if (!Operand)
    return;
  if (const VarDecl *V = referencedVar(Operand); V && guardEvidence(V))
    return applyToGuard(V, *Op, Call, State);
  // Guards that are not tracked (coroutine-aware ones, members) are not mutexes.
  if (Model.isGuardType(Operand->getType()))
    return;
  applyToMutex(Operand, *Op, Call, State);
}

void Analysis::transfer(const CFGBlock &Block, LockState &State, bool Report) {
  Moved.clear();
  for (const CFGElement &Element : Block) {
    if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
      transferStmt(S->getStmt(), State, Report);
    else if (std::optional<CFGAutomaticObjDtor> Dtor = Element.getAs<CFGAutomaticObjDtor>())
      State.erase({Dtor->getVarDecl(), ""});
  }
}

/// `if (m.try_lock())`: on the branch where the try failed, nothing was taken.
void Analysis::refineEdge(const CFGBlock &Block, unsigned SuccIndex, LockState &State) {
  const Stmt *Cond = Block.getTerminatorCondition();
  if (!Cond || Block.succ_size() != 2)
    return;
  bool Negated = false;
  const Expr *E = dyn_cast<Expr>(Cond);
  while (E) {
    E = E->IgnoreParenImpCasts();
    const auto *Not = dyn_cast<UnaryOperator>(E);
    if (!Not || Not->getOpcode() != UO_LNot)
      break;
    Negated = !Negated;
    E = Not->getSubExpr();
  }
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  if (!Call)
    return;
  std::optional<LockOp> Op = Model.lockOp(Call);
  bool FailedEdge = SuccIndex == (Negated ? 0u : 1u);
  if (!Op || Op->Action != LockAction::TryAcquire || !FailedEdge)
    return;
  const Expr *Operand = lockOperand(Call);
  if (!Operand)
    return;
  if (const VarDecl *V = referencedVar(Operand); V && guardEvidence(V))
    State.erase({V, ""});
  else
    State.erase({nullptr, identity(Operand)});
}

std::vector<LockedSuspension> Analysis::run(const FunctionDecl *Coro, Stmt *Body) {
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Graph = CFG::buildCFG(Coro, Body, &Ctx, Options);
  if (!Graph)
    return {};

  std::vector<std::optional<LockState>> In(Graph->getNumBlockIDs());
  LockState Entry;
  for (const ParmVarDecl *Param : Coro->parameters())
    if (const std::optional<std::string> &Evidence = guardEvidence(Param))
      initGuard(Param, *Evidence, nullptr, Param->getLocation(), Entry);
  In[Graph->getEntry().getBlockID()] = std::move(Entry);

  PostOrderCFGView Order(Graph.get());
  ForwardDataflowWorklist Worklist(*Graph, &Order);
  Worklist.enqueueBlock(&Graph->getEntry());
  while (const CFGBlock *Block = Worklist.dequeue()) {
    LockState State = *In[Block->getBlockID()];
    transfer(*Block, State, /*Report=*/false);
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Succ : Block->succs()) {
      const CFGBlock *Next = Succ.getReachableBlock();
      unsigned SuccIndex = Index++;
      if (!Next)
        continue;
      LockState Out = State;
      refineEdge(*Block, SuccIndex, Out);
      std::optional<LockState> &Target = In[Next->getBlockID()];
      bool Changed = !Target;
      if (!Target)
        Target = std::move(Out);
      else
        Changed = joinInto(*Target, Out);
      if (Changed)
        Worklist.enqueueBlock(Next);
    }
  }

  for (const CFGBlock *Block : *Graph)
    if (std::optional<LockState> &State = In[Block->getBlockID()])
      transfer(*Block, *State, /*Report=*/true);

  std::vector<LockedSuspension> Result;
  auto ByWhere = [](const HeldLock &A, const HeldLock &B) {
    return std::make_tuple(A.Where.getRawEncoding(), A.Guard ? A.Guard->getName() : "") <
           std::make_tuple(B.Where.getRawEncoding(), B.Guard ? B.Guard->getName() : "");
  };
  auto Same = [](const HeldLock &A, const HeldLock &B) {
    return A.Where == B.Where && A.Guard == B.Guard;
  };
  for (auto &[Suspend, Held] : Found) {
    llvm::sort(Held, ByWhere);
    Held.erase(std::unique(Held.begin(), Held.end(), Same), Held.end());
    Result.push_back({Suspend, std::move(Held)});
  }
  llvm::sort(Result, [&](const LockedSuspension &A, const LockedSuspension &B) {
    return Ctx.getSourceManager().isBeforeInTranslationUnit(A.Suspend->getKeywordLoc(),
                                                            B.Suspend->getKeywordLoc());
  });
  return Result;
}

} // namespace

std::vector<LockedSuspension> locksHeldAtSuspensions(const FunctionDecl *Coro,
                                                     const LockModel &Model, ASTContext &Ctx) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Coro->getBody());
  if (!Body || Coro->isDependentContext())
    return {};
  return Analysis(Model, Ctx).run(Coro, Body->getBody());
}

} // namespace async_tidy
