//===- BlockingCallCheck.cpp - async-blocking-call ------------------------===//
#include "BlockingCallCheck.h"
#include "CheckIds.h"
#include "analysis/Ancestors.h"
#include "analysis/AwaitableTwin.h"
#include "analysis/Coroutine.h"
#include "analysis/Discard.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "catalogue/CatalogueKinds.h"
#include "summaries/SummaryBuilder.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

BlockingCallCheck::BlockingCallCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheck(Name, Context), ReportMutexLocks(Options.get(ReportMutexLocksOption, false)),
      SummaryIndex(Options.get(SummaryIndexOption, "")) {}

void BlockingCallCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AsyncCheck::storeOptions(Opts);
  Options.store(Opts, ReportMutexLocksOption, ReportMutexLocks);
  Options.store(Opts, SummaryIndexOption, SummaryIndex);
}

void BlockingCallCheck::registerAsyncMatchers(MatchFinder *Finder) {
  if (!catalogue())
    return;
  Model.emplace(*catalogue(), ReportMutexLocks);
  Finder->addMatcher(functionDecl(isDefinition(), hasBody(coroutineBodyStmt())).bind("coro"), this);
  // Calls whose last name component a loop-thread entry, or a blocking entry
  // reported outside coroutines, spells; matchCall decides.
  std::vector<std::string> ThreadNames, WaitNames;
  for (const std::unique_ptr<Entry> &E : catalogue()->entries()) {
    std::vector<std::string> *Into =
        E->Kind == kinds::LoopThread ? &ThreadNames
        : E->Kind == kinds::Blocking && !E->attribute(keys::blocking::OutsideCoroutines).empty()
            ? &WaitNames
            : nullptr;
    if (!Into)
      continue;
    for (const std::string &Name : E->Names) {
      llvm::StringRef Last = llvm::StringRef(Name).rsplit("::").second;
      Into->push_back(Last.empty() ? Name : Last.str());
    }
  }
  auto Named = [](const std::vector<std::string> &Names) {
    return hasAnyName(std::vector<llvm::StringRef>(Names.begin(), Names.end()));
  };
  if (!ThreadNames.empty())
    Finder->addMatcher(callExpr(callee(functionDecl(Named(ThreadNames)))).bind("thread"), this);
  if (!WaitNames.empty())
    Finder->addMatcher(cxxMemberCallExpr(callee(cxxMethodDecl(Named(WaitNames)))).bind("wait"),
                       this);
  // A front end that links summaries across files wants every function's,
  // in files with coroutines or not.
  if (frontEnd().CollectSummaries)
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("thread")) {
    if (CallMatch M = matchCall(*catalogue(), kinds::LoopThread, Call))
      checkLoopThread(Call, *M.Matched);
    return;
  }
  if (const auto *Wait = Result.Nodes.getNodeAs<CXXMemberCallExpr>("wait")) {
    checkFreshWait(Wait, *Result.Context);
    return;
  }
  const auto *Coro = Result.Nodes.getNodeAs<FunctionDecl>("coro");
  if (!Coro)
    return;
  Coroutines.push_back(Coro);
  FunctionFacts Ready(Coro, Model->readyQuestions());
  forEachCallInCoroutine(Coro, [&](const Expr *Call) {
    if (CallMatch M = Model->directBlocking(Call, &Ready))
      reportDirect(Call, M, "coroutine '" + coroutineDisplayName(Coro) + "'", nullptr, {});
    else if (TwinMatch Twin = awaitableTwin(*catalogue(), Call))
      reportTwin(Call, Twin, Coro);
  });
}

void BlockingCallCheck::reportTwin(const Expr *Call, const TwinMatch &Twin,
                                   const FunctionDecl *Coro) {
  SourceLocation Loc = Call->getExprLoc();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    Loc = Construct->getLocation();
  if (!Reported.insert(Loc).second)
    return;
  std::string TwinName = catalogueName(Twin.Twin);
  diag(Loc, "call to synchronous '%0' inside coroutine '%1', which can await '%2' instead")
      << catalogueName(Twin.Callee) << coroutineDisplayName(Coro) << TwinName
      << Call->getSourceRange();
  diag(Twin.Twin->getLocation(), "'%0' does the same work awaitably", DiagnosticIDs::Note)
      << TwinName;
  noteEntry(Loc, *Twin.Rule);
}

void BlockingCallCheck::reportDirect(const Expr *Call, const CallMatch &M, llvm::StringRef Where,
                                     const Entry *Context, SourceLocation ContextLoc) {
  const Entry *E = M.Matched;
  SourceLocation Loc = Call->getExprLoc();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    Loc = Construct->getLocation();
  if (!Reported.insert(Loc).second)
    return;
  diag(Loc, "call to blocking function '%0' inside %1")
      << M.shown() << Where << Call->getSourceRange();
  noteEntry(Loc, *E);
  if (Context)
    noteEntry(ContextLoc, *Context);
  if (!E->Replacement.empty())
    noteInstead(Loc, E->Replacement);
}

namespace {
bool allows(const Entry &Thread, llvm::StringRef BlockingId) {
  auto It = Thread.Attributes.find(keys::loop_thread::Allows.str());
  return It != Thread.Attributes.end() && llvm::is_contained(It->second, BlockingId);
}

} // namespace

void BlockingCallCheck::checkLoopThread(const CallExpr *Call, const Entry &Thread) {
  for (const LambdaExpr *Lambda : lambdasHandedTo(Call)) {
    const CXXMethodDecl *Op = Lambda->getCallOperator();
    if (!Op->hasBody() || Op->isTemplated() || isCoroutine(Op))
      continue;
    LoopThreads.push_back({Op, &Thread});
    FunctionFacts Ready(Op, Model->readyQuestions());
    std::string Where = "the function handed to '" + catalogueName(Call->getDirectCallee()) +
                        "', which runs on the event loop";
    forEachCallInBody(Op, [&](const Expr *Inner) {
      if (CallMatch M = Model->directBlocking(Inner, &Ready); M && !allows(Thread, M.Matched->Id))
        reportDirect(Inner, M, Where, &Thread, Call->getBeginLoc());
    });
  }
}

void BlockingCallCheck::checkFreshWait(const CXXMemberCallExpr *Wait, ASTContext &Ctx) {
  const Catalogue &C = *catalogue();
  CallMatch M = matchCall(C, kinds::Blocking, Wait);
  if (!M ||
      M.Matched->attribute(keys::blocking::OutsideCoroutines) != values::blocking::FreshFutures)
    return;
  // On a future a call has just returned, other than a ready one.
  const Expr *Object = Wait->getImplicitObjectArgument();
  const auto *Made = Object ? dyn_cast<CallExpr>(stripWrappers(Object)) : nullptr;
  const FunctionDecl *Maker = Made ? Made->getDirectCallee() : nullptr;
  // A reference (`std::get<0>(futures)`, `v[i]`) names a future that lives
  // elsewhere and may be ready; so may one a local object made
  // (`p.set_value(1); p.get_future().get()`).
  if (!Made || !Made->isPRValue())
    return;
  if (const auto *Getter = dyn_cast<CXXMemberCallExpr>(Made))
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(
            Getter->getImplicitObjectArgument()
                ? Getter->getImplicitObjectArgument()->IgnoreParenImpCasts()
                : nullptr))
      if (const auto *Local = dyn_cast<VarDecl>(Ref->getDecl());
          Local && Local->isLocalVarDecl() && !Local->getType()->isPointerType())
        return;
  if (auto It = M.Matched->Attributes.find(keys::blocking::ReadyFrom.str());
      Maker && It != M.Matched->Attributes.end() &&
      llvm::is_contained(It->second, catalogueName(Maker)))
    return;
  // In code that runs as a task of the event loop.
  EnclosingFunction In = enclosingFunction(*Wait, Ctx);
  CallMatch RunsIt; // the loop-task API the lambda is handed to
  // The walk may end at a lambda's call operator rather than its expression.
  if (const auto *Op = dyn_cast_or_null<CXXMethodDecl>(In.Function);
      Op && Op->getParent()->isLambda())
    for (const DynTypedNode &Parent : Ctx.getParents(*Op->getParent()))
      if (const auto *Lambda = Parent.get<LambdaExpr>())
        In = {nullptr, Lambda};
  std::string Where;
  if (In.Lambda) {
    const CallExpr *Runner = callTakingLambda(*In.Lambda, Ctx);
    RunsIt = Runner ? matchCall(C, kinds::LoopTask, Runner) : CallMatch();
    if (!RunsIt)
      return;
    Where = "the function handed to '" + RunsIt.shown() + "'";
  } else if (const FunctionDecl *F = In.Function; F && !isCoroutine(F)) {
    std::optional<TaskInfo> Returned = TaskModel(C).taskType(F->getReturnType());
    if (!Returned || Returned->How != TaskInfo::Eager)
      return;
    Where = "'" + catalogueName(F) + "', which returns a future";
  } else {
    return;
  }
  SourceLocation Loc = Wait->getExprLoc();
  if (!Reported.insert(Loc).second)
    return;
  diag(Loc, "call to blocking function '%0' on a future just returned by '%1', inside %2: it "
            "runs as a task of the event loop, not in a thread of it")
      << M.shown() << (Maker ? catalogueName(Maker) : std::string("the call")) << Where
      << Wait->getSourceRange();
  noteEntry(Loc, *M.Matched);
  if (RunsIt)
    noteEntry(In.Lambda->getBeginLoc(), *RunsIt.Matched);
  if (!M.Matched->Replacement.empty())
    noteInstead(Loc, M.Matched->Replacement);
}

std::shared_ptr<const SummarySet> BlockingCallCheck::loadIndex(const SourceManager &SM) {
  if (SummaryIndex.empty() || !frontEnd().ReadSummaryIndexOption)
    return nullptr;
  // Relative to the .clang-tidy or .clangd that names it, as catalogues are.
  std::vector<std::string> Paths = resolveCataloguePaths(SummaryIndex, [&] {
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    return optionBaseDirectory(Main ? Main->getName() : "",
                               (checkids::BlockingCallCheck + "." + SummaryIndexOption).str(),
                               SummaryIndex);
  });
  if (Paths.empty())
    return nullptr;
  llvm::Expected<std::shared_ptr<const SummarySet>> Index = loadIndexFile(Paths.front());
  if (!Index) {
    configurationDiag("check option '%0.%1': %2", DiagnosticIDs::Error)
        << checkids::BlockingCallCheck << SummaryIndexOption << llvm::toString(Index.takeError());
    return nullptr;
  }
  return *Index;
}

SourceLocation BlockingCallCheck::toSourceLocation(const SiteLocation &L,
                                                   const SourceManager &SM) const {
  if (L.RawLoc)
    return SourceLocation::getFromRawEncoding(L.RawLoc);
  // From an index: a place in a file this translation unit also read can
  // still be shown where it is.
  if (OptionalFileEntryRef FE = SM.getFileManager().getOptionalFileRef(L.File))
    if (FileID FID = SM.translateFile(*FE); FID.isValid())
      return SM.translateLineCol(FID, L.Line, L.Column);
  return {};
}

void BlockingCallCheck::reportTransitive(BlockingGraph &Graph, SummarySet &Local,
                                         const SourceManager &SM) {
  for (FunctionSummary &Coro : Local.Functions) {
    if (!Coro.Coroutine)
      continue;
    for (CallEdge &Call : Coro.Calls) {
      BlockingGraph::Chain Chain = Graph.chain(Call.Usr);
      if (!Chain)
        continue;
      Call.Reported = true;
      SourceLocation Warning = toSourceLocation(Call.At, SM);
      if (!Reported.insert(Warning).second)
        continue;
      std::vector<ReportMessage> Messages = describeBlockingChain(Call, Coro, Chain);
      std::string LastPlace;
      for (const ReportMessage &M : Messages) {
        SourceLocation Loc = toSourceLocation(M.At, SM);
        if (!M.Note) {
          diag(Warning, "%0") << M.Text;
        } else if (Loc.isValid()) {
          diag(Loc, "%0", DiagnosticIDs::Note) << M.Text;
        } else if (M.At.text() == LastPlace) {
          diag(Warning, "%0", DiagnosticIDs::Note) << M.Text;
        } else {
          // In a file this translation unit did not read: say where.
          diag(Warning, "%0 (at %1)", DiagnosticIDs::Note) << M.Text << M.At.text();
          LastPlace = M.At.text();
        }
      }
    }
  }
}

void BlockingCallCheck::reportLoopThreads(
    BlockingGraph &Graph, SummarySet &Local,
    const std::vector<std::pair<size_t, const Entry *>> &Roots, const SourceManager &SM) {
  for (auto [Index, Thread] : Roots) {
    for (CallEdge &Call : Local.Functions[Index].Calls) {
      BlockingGraph::Chain Chain = Graph.chain(Call.Usr);
      // A chain that ends in a wait the thread allows: the shortest chain
      // is the one known; a longer one to another call is not looked for.
      if (!Chain || allows(*Thread, Chain.Cause->EntryId))
        continue;
      Call.Reported = true;
      SourceLocation Warning = toSourceLocation(Call.At, SM);
      if (!Reported.insert(Warning).second)
        continue;
      std::string Where = "the function handed to '" + Thread->Names.front() + "'";
      for (const ReportMessage &M : describeBlockingChain(Call, Where, Chain)) {
        SourceLocation Loc = toSourceLocation(M.At, SM);
        if (!M.Note)
          diag(Warning, "%0") << M.Text;
        else
          diag(Loc.isValid() ? Loc : Warning, "%0", DiagnosticIDs::Note) << M.Text;
      }
    }
  }
}

void BlockingCallCheck::onEndOfTranslationUnit() {
  if (!Context || !Model) {
    Coroutines.clear();
    LoopThreads.clear();
    Reported.clear();
    return;
  }
  const SourceManager &SM = Context->getSourceManager();
  SummaryBuilder Builder(*Context, *Model);
  for (const FunctionDecl *Coro : Coroutines)
    Builder.addReachable(Coro);
  std::vector<std::pair<size_t, const Entry *>> ThreadRoots;
  for (auto [Op, Thread] : LoopThreads)
    if (std::optional<size_t> Index = Builder.addReachable(Op))
      ThreadRoots.push_back({*Index, Thread});
  BlockingGraph Graph;
  Graph.add(Builder.summaries()); // this file's own summaries win over the index
  std::shared_ptr<const SummarySet> Index = loadIndex(SM); // held while Graph is used
  if (Index)
    Graph.add(*Index);
  reportTransitive(Graph, Builder.summaries(), SM);
  reportLoopThreads(Graph, Builder.summaries(), ThreadRoots, SM);
  if (frontEnd().CollectSummaries) {
    Builder.addAllDefinitions();
    frontEnd().CollectSummaries(std::move(Builder.summaries()));
  }
  Coroutines.clear();
  LoopThreads.clear();
  Reported.clear();
  Context = nullptr;
}

} // namespace async_tidy
