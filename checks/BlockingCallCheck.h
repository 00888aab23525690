//===- BlockingCallCheck.h - async-blocking-call --------------------------===//
//
// Finds calls inside a coroutine that block the thread it runs on: calls to
// catalogued blocking functions, and calls to helpers that reach one, at any
// depth and across translation units, with the call chain as evidence.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_BLOCKINGCALLCHECK_H
#define ASYNC_TIDY_BLOCKINGCALLCHECK_H

#include "AsyncCheck.h"
#include "analysis/AwaitableTwin.h"
#include "analysis/BlockingModel.h"
#include "summaries/BlockingChainReport.h"
#include "llvm/ADT/DenseSet.h"

namespace async_tidy {

class BlockingCallCheck : public AsyncCheck {
public:
  static constexpr llvm::StringLiteral ReportMutexLocksOption = "ReportMutexLocks";
  static constexpr llvm::StringLiteral SummaryIndexOption = "SummaryIndex";

  BlockingCallCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerAsyncMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  /// A call in a coroutine or another body on the event loop (`Where` says
  /// which) that blocks by itself, with the entry that makes the body one
  /// (`Context`, a loop-thread API, noted at `ContextLoc`) when there is one.
  /// A call whose awaitable twin is declared (catalogue kind awaitable-twin).
  void reportTwin(const clang::Expr *Call, const TwinMatch &Twin, const clang::FunctionDecl *Coro);
  void reportDirect(const clang::Expr *Call, const CallMatch &M, llvm::StringRef Where,
                    const Entry *Context, clang::SourceLocation ContextLoc);
  /// A lambda handed to a `loop-thread` API (seastar::async): checked like a
  /// coroutine, except for the blocking entries the API allows.
  void checkLoopThread(const clang::CallExpr *Call, const Entry &Thread);
  /// A wait on a just-returned future in code that runs as a task of the
  /// event loop (`outside-coroutines: fresh-futures`).
  void checkFreshWait(const clang::CXXMemberCallExpr *Call, clang::ASTContext &Ctx);
  void reportTransitive(BlockingGraph &Graph, SummarySet &Local, const clang::SourceManager &SM);
  /// Chains from the lambdas handed to loop-thread APIs (`Roots`: their
  /// summaries' indexes in `Local`, with the entry).
  void reportLoopThreads(BlockingGraph &Graph, SummarySet &Local,
                         const std::vector<std::pair<size_t, const Entry *>> &Roots,
                         const clang::SourceManager &SM);
  std::shared_ptr<const SummarySet> loadIndex(const clang::SourceManager &SM);
  clang::SourceLocation toSourceLocation(const SiteLocation &L,
                                         const clang::SourceManager &SM) const;

  const bool ReportMutexLocks;
  const std::string SummaryIndex; // the option as written
  std::optional<BlockingModel> Model;
  clang::ASTContext *Context = nullptr;
  std::vector<const clang::FunctionDecl *> Coroutines; // of this translation unit
  /// Lambdas handed to loop-thread APIs in this translation unit: their call
  /// operators, with the entry that says what they may wait on.
  std::vector<std::pair<const clang::FunctionDecl *, const Entry *>> LoopThreads;
  /// Where a warning was given in this translation unit: a call in a
  /// coroutine template is one place in the code, however many
  /// instantiations (and chains) reach it.
  llvm::DenseSet<clang::SourceLocation> Reported;
};

} // namespace async_tidy

#endif
