//===- DanglingReferenceCheck.h - async-dangling-reference ----------------===//
//
// Finds references a coroutine keeps to objects that die before the coroutine
// is done with them: reference and view parameters bound to temporaries or
// locals, the object of a member coroutine, and a lambda coroutine's captures,
// when the task escapes the statement or block that destroys them.
//
// Referent.h says what dies where, TaskEscape.h where the task goes. Also a
// reference bound to what `co_await` on a temporary task returns by reference.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DANGLINGREFERENCECHECK_H
#define ASYNC_TIDY_DANGLINGREFERENCECHECK_H

#include "AsyncCheck.h"
#include "analysis/Referent.h"
#include "analysis/TaskEscape.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace async_tidy {

class DanglingReferenceCheck : public AsyncCheck {
public:
  DanglingReferenceCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : AsyncCheck(Name, Context) {}
  void registerAsyncMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  /// What a task-making call keeps a reference to, and how it is named.
  struct Kept {
    std::string What;                 // "parameter 'name'", "'this'", "the captured state"
    clang::SourceLocation Declared;   // the parameter, the capture
    std::string DeclaredNote;         // the note there
    const Entry *Borrowing = nullptr; // the borrowing-type entry, for a view
    Referent Refers;
    /// Who keeps it, when not "coroutine '<name>'" (a call through a
    /// std::function).
    std::string Owner;
    /// The coroutine reads it only before its first suspension: in time for
    /// a spawner that runs it at once (`starts: in-call`).
    bool ReadOnlyBeforeSuspension = false;
  };
  void checkTaskCall(const clang::CallExpr *Call, clang::ASTContext &Ctx);
  /// Adds each lambda whose closure it reports to `Reported`.
  void checkCallableDropped(const clang::CallExpr *Call, const Entry &Dropper,
                            clang::ASTContext &Ctx,
                            llvm::SmallPtrSetImpl<const clang::LambdaExpr *> &Reported);
  /// A lambda handed to `Dropper` that is no coroutine but returns a task
  /// referring into its closure; `Fate` is where an in-place dropper's
  /// result goes (null for one that destroys the lambda after calling it).
  void checkTaskOfCaptures(const clang::LambdaExpr *Lambda, const clang::CallExpr *Call,
                           const Entry &Dropper, const TaskEscape *Fate);
  /// A coroutine lambda handed to a spawner that keeps it, or to a function
  /// that drops it, not in `Reported`: its reference captures still refer
  /// to the caller's locals.
  void checkLambdaSpawned(const clang::CallExpr *Call, const Entry &Spawner, clang::ASTContext &Ctx,
                          const llvm::SmallPtrSetImpl<const clang::LambdaExpr *> &Reported);
  void checkAwaitedReference(const clang::VarDecl *Var, const clang::CoawaitExpr *Await);
  /// Reports `K` when the task made by `Call` outlives what it refers to;
  /// returns whether it did.
  bool reportIfDangling(const clang::CallExpr *Call, const clang::FunctionDecl *Coroutine,
                        const Kept &K, bool Eager, const clang::CXXMethodDecl *Lambda,
                        clang::ASTContext &Ctx);
  /// The remedy for a capturing lambda coroutine: a fix-it to C++23's
  /// explicit object parameter where the language allows it.
  void noteLambdaRemedy(const clang::CXXMethodDecl *Operator, const Entry *Replacement);
};

} // namespace async_tidy

#endif
