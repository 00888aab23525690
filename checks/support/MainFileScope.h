//===- MainFileScope.h - match only the main file's declarations ----------===//
//
// clang-tidy's MatchFinder walks the whole translation unit: for a file that
// includes Boost.Asio that is every declaration and template instantiation of
// the library, for each file, in each process. The async checks report only
// in the main file, and follow calls into headers themselves, lazily (the
// call summaries), so that walk is wasted on them. This callback, registered
// for the translation unit node (matched before anything below it), sets the
// AST's traversal scope to the main file's top-level declarations, as clangd
// does for every check; the parent map then also covers only those.
//
// It does so only when nothing else could want the rest: when every enabled
// check of this clang-tidy run is an async check and no header filter asks
// for findings in headers. Under clangd the scope is already the main file's.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUPPORT_MAINFILESCOPE_H
#define ASYNC_TIDY_SUPPORT_MAINFILESCOPE_H

#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace async_tidy {

class MainFileScope : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  explicit MainFileScope(clang::tidy::ClangTidyContext &Context) : Context(Context) {}
  /// Adds the translation-unit matcher that runs this callback.
  void registerWith(clang::ast_matchers::MatchFinder &Finder);
  void run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  llvm::StringRef getID() const override { return "async-main-file-scope"; }

private:
  clang::tidy::ClangTidyContext &Context;
};

/// Whether the checks that `Context` enables are all async checks and no
/// header filter is set: then nothing outside the main file is reported.
bool onlyMainFileWanted(const clang::tidy::ClangTidyContext &Context);

} // namespace async_tidy

#endif
