//===- MainFile.h - visiting what the main file declares ------------------===//
//
// A class defined in the file being analysed, or a function only that file
// can call, is used nowhere else: all its uses are found by walking the
// top-level declarations written in the main file (headers are not walked,
// which keeps this cheap).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_MAINFILE_H
#define ASYNC_TIDY_ANALYSIS_MAINFILE_H

#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace async_tidy {

/// Whether `D` is written in the main file (macro expansions count where
/// they are expanded).
inline bool inMainFile(const clang::Decl *D, const clang::SourceManager &SM) {
  return SM.isInMainFile(SM.getExpansionLoc(D->getLocation()));
}

/// Traverses every top-level declaration of the main file with `V` (a
/// RecursiveASTVisitor), until `Done()` says the answer is known.
template <typename Visitor>
void traverseMainFile(Visitor &V, clang::ASTContext &Ctx, llvm::function_ref<bool()> Done) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  for (clang::Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (!inMainFile(D, SM))
      continue;
    V.TraverseDecl(D);
    if (Done())
      return;
  }
}

} // namespace async_tidy

#endif
