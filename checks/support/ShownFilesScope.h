//===- ShownFilesScope.h - match only the code whose findings are shown ---===//
//
// clang-tidy's MatchFinder walks the whole translation unit: for a file that
// includes Boost.Asio that is every declaration and template instantiation of
// the library, in every process, for findings clang-tidy then drops (it shows
// none in system headers, and in other headers only those its header filter
// names). The async checks report where they match and follow calls into
// headers themselves, lazily (the call summaries), so that walk is wasted.
//
// This callback, registered for the translation unit node (matched before
// anything below it), sets the AST's traversal scope to the top-level
// declarations of the files clang-tidy shows findings in: the main file, and
// the headers its header filter names, outside system headers. clangd does
// the same for every check (it keeps only the main file's). The AST's parent
// map then covers only those declarations too.
//
// It narrows only when no other check could want the rest: when every enabled
// check of the run is an async check, and system headers are not shown.
// Under clangd the scope is already narrowed, and left as it is.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUPPORT_SHOWNFILESSCOPE_H
#define ASYNC_TIDY_SUPPORT_SHOWNFILESSCOPE_H

#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace async_tidy {

class ShownFilesScope : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  explicit ShownFilesScope(clang::tidy::ClangTidyContext &Context) : Context(Context) {}
  /// Adds the translation-unit matcher that runs this callback.
  void registerWith(clang::ast_matchers::MatchFinder &Finder);
  void run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  llvm::StringRef getID() const override { return "async-shown-files-scope"; }

private:
  clang::tidy::ClangTidyContext &Context;
};

/// Whether every check `Context` enables is an async check, and system
/// headers are not shown: then the checks may narrow the traversal.
bool mayNarrowTraversal(const clang::tidy::ClangTidyContext &Context);

} // namespace async_tidy

#endif
