//===- UnawaitedTaskCheck.h - async-unawaited-task ------------------------===//
//
// Finds coroutine tasks that are created and never awaited, and detached
// spawns that silently drop the spawned coroutine's exceptions.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_UNAWAITEDTASKCHECK_H
#define ASYNC_TIDY_UNAWAITEDTASKCHECK_H

#include "AsyncCheck.h"
#include "analysis/TaskModel.h"

namespace async_tidy {

class UnawaitedTaskCheck : public AsyncCheck {
public:
  static constexpr llvm::StringLiteral ReportExplicitDiscardsOption = "ReportExplicitDiscards";

  UnawaitedTaskCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerAsyncMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkDiscarded(const clang::Expr *Statement, const clang::FunctionDecl *Enclosing);
  /// When `Value` is a call that returns a task which must be awaited.
  std::optional<TaskInfo> taskCalled(const clang::Expr *Value);
  void checkUnusedLocal(const clang::VarDecl *Var, const clang::FunctionDecl *Enclosing);
  void checkSpawn(const clang::CallExpr *Spawn);
  /// An awaiter (not a task) dropped in a coroutine.
  void checkDroppedAwaiter(const clang::CallExpr *Call);
  /// `(void)f()` of an eager future whose failure nothing handles.
  void checkBackground(const clang::CallExpr *Call);
  /// The other ways an eager future's outcome is lost (LostOutcome.h).
  void checkLostOutcome(const clang::CXXMemberCallExpr *Call, clang::ASTContext &Ctx);
  /// A lambda handed to a function that runs it expecting it to throw
  /// (kind `expects-throw`).
  bool expectedToThrow(const clang::LambdaExpr *Lambda, clang::ASTContext &Ctx);
  /// A call the catalogue says may be dropped (kind `discardable`), or one
  /// of a helper that only returns such a call's result.
  bool isDiscardable(const clang::CallExpr *Call, unsigned Depth = 0);
  void noteTask(clang::SourceLocation Loc, const TaskInfo &Task);

  const bool ReportExplicitDiscards;
};

} // namespace async_tidy

#endif
