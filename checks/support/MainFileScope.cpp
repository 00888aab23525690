//===- MainFileScope.cpp --------------------------------------------------===//
#include "MainFileScope.h"
#include "CheckIds.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

bool onlyMainFileWanted(const tidy::ClangTidyContext &Context) {
  const tidy::ClangTidyOptions &Options = Context.getOptions();
  if (Options.HeaderFilterRegex && !Options.HeaderFilterRegex->empty())
    return false;
  if (Options.SystemHeaders.value_or(false))
    return false;
  // Every check the host knows, from every module registered in it (stock
  // clang-tidy's own and ours, loaded or linked).
  tidy::ClangTidyCheckFactories Factories;
  for (const auto &Module : tidy::ClangTidyModuleRegistry::entries())
    Module.instantiate()->addCheckFactories(Factories);
  for (const auto &Factory : Factories)
    if (!llvm::StringRef(Factory.getKey()).starts_with("async-") &&
        Context.isCheckEnabled(Factory.getKey()))
      return false;
  return true;
}

void MainFileScope::registerWith(MatchFinder &Finder) {
  Finder.addMatcher(translationUnitDecl(), this);
}

void MainFileScope::run(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  std::vector<Decl *> Scope = Ctx.getTraversalScope();
  // Already narrowed: by clangd, or by another async check of this run.
  if (Scope.size() != 1 || !isa<TranslationUnitDecl>(Scope.front()))
    return;
  if (!onlyMainFileWanted(Context))
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Decl *> MainFile;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.isWrittenInMainFile(SM.getExpansionLoc(D->getLocation())))
      MainFile.push_back(D);
  // The match finder reads the scope after matching this node, before it
  // walks the declarations below it.
  Ctx.setTraversalScope(MainFile);
}

} // namespace async_tidy
