//===- BlockingCallCheck.cpp - async-blocking-call ------------------------===//
#include "BlockingCallCheck.h"
#include "analysis/Coroutine.h"
#include "analysis/SummaryBuilder.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

namespace {
constexpr llvm::StringLiteral CheckId = "async-blocking-call";
} // namespace

BlockingCallCheck::BlockingCallCheck(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : AsyncCheck(Name, Context), ReportMutexLocks(Options.get(ReportMutexLocksOption, false)),
      SummaryIndex(Options.get(SummaryIndexOption, "")) {}

void BlockingCallCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  AsyncCheck::storeOptions(Opts);
  Options.store(Opts, ReportMutexLocksOption, ReportMutexLocks);
  Options.store(Opts, SummaryIndexOption, SummaryIndex);
}

void BlockingCallCheck::registerMatchers(MatchFinder *Finder) {
  if (!catalogue())
    return;
  Model.emplace(*catalogue(), ReportMutexLocks);
  Finder->addMatcher(functionDecl(isDefinition(), hasBody(coroutineBodyStmt())).bind("coro"),
                     this);
  // The driver collects every file's summaries, coroutines or not.
  if (summarySink())
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void BlockingCallCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  const auto *Coro = Result.Nodes.getNodeAs<FunctionDecl>("coro");
  if (!Coro)
    return;
  Coroutines.push_back(Coro);
  FunctionFacts Ready(Coro, Model->readyQuestions());
  forEachCallInCoroutine(Coro, [&](const Expr *Call) {
    CallMatch M = Model->directBlocking(Call, &Ready);
    if (!M)
      return;
    const Entry *E = M.Matched;
    SourceLocation Loc = Call->getExprLoc();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
      Loc = Construct->getLocation();
    if (!Reported.insert(Loc).second)
      return;
    diag(Loc, "call to blocking function '%0' inside coroutine '%1'")
        << M.shown() << coroutineDisplayName(Coro) << Call->getSourceRange();
    diag(Loc, "%0 (catalogue entry '%1')", DiagnosticIDs::Note) << E->Reason << E->Id;
    if (!E->Replacement.empty())
      diag(Loc, "instead: %0", DiagnosticIDs::Note) << E->Replacement;
  });
}

std::shared_ptr<const SummarySet> BlockingCallCheck::loadIndex(const SourceManager &SM) {
  if (SummaryIndex.empty())
    return nullptr;
  // Relative to the .clang-tidy or .clangd that names it, as catalogues are.
  std::vector<std::string> Paths = resolveCataloguePaths(SummaryIndex, [&] {
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    return optionBaseDirectory(Main ? Main->getName() : "",
                               (CheckId + "." + SummaryIndexOption).str(), SummaryIndex);
  });
  if (Paths.empty())
    return nullptr;
  llvm::Expected<std::shared_ptr<const SummarySet>> Index = loadIndexFile(Paths.front());
  if (!Index) {
    configurationDiag("check option '%0.%1': %2", DiagnosticIDs::Error)
        << CheckId << SummaryIndexOption << llvm::toString(Index.takeError());
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

void BlockingCallCheck::onEndOfTranslationUnit() {
  if (!Context || !Model) {
    Coroutines.clear();
    Reported.clear();
    return;
  }
  const SourceManager &SM = Context->getSourceManager();
  SummaryBuilder Builder(*Context, *Model);
  for (const FunctionDecl *Coro : Coroutines)
    Builder.addReachable(Coro);
  BlockingGraph Graph;
  Graph.add(Builder.summaries()); // this file's own summaries win over the index
  std::shared_ptr<const SummarySet> Index = loadIndex(SM); // held while Graph is used
  if (Index)
    Graph.add(*Index);
  reportTransitive(Graph, Builder.summaries(), SM);
  if (const SummarySink &Sink = summarySink()) {
    Builder.addAllDefinitions();
    Sink(std::move(Builder.summaries()));
  }
  Coroutines.clear();
  Reported.clear();
  Context = nullptr;
}

} // namespace async_tidy
