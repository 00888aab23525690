//===- ShownFilesScope.cpp ------------------------------------------------===//
#include "ShownFilesScope.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {

bool mayNarrowTraversal(const tidy::ClangTidyContext &Context) {
  if (Context.getOptions().SystemHeaders.value_or(false))
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

namespace {

/// The files whose findings clang-tidy shows, as its diagnostic consumer
/// decides: the main file; a header outside the system headers whose name
/// the header filter matches and the exclude filter does not.
class ShownFiles {
public:
  ShownFiles(const SourceManager &SM, const tidy::ClangTidyOptions &Options)
      : SM(SM), AnyHeader(!Options.HeaderFilterRegex.value_or("").empty()),
        AnyExcluded(!Options.ExcludeHeaderFilterRegex.value_or("").empty()),
        Header(Options.HeaderFilterRegex.value_or("")),
        Exclude(Options.ExcludeHeaderFilterRegex.value_or("")) {}

  bool contains(SourceLocation Loc) {
    // The translation unit's implicit declarations (__int128_t, the builtin
    // va_list, ...) have no location; nothing in them is checked. Their
    // FileID() is also the map's empty key, which must never be looked up.
    if (Loc.isInvalid())
      return false;
    FileID File = SM.getFileID(SM.getExpansionLoc(Loc));
    if (File.isInvalid())
      return false;
    auto [It, New] = Known.try_emplace(File, false);
    if (New)
      It->second = decide(File);
    return It->second;
  }

private:
  bool decide(FileID File) {
    if (File == SM.getMainFileID())
      return true;
    if (!AnyHeader || SM.isInSystemHeader(SM.getLocForStartOfFile(File)))
      return false;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    if (!Entry)
      return false;
    return Header.match(Entry->getName()) && (!AnyExcluded || !Exclude.match(Entry->getName()));
  }

  const SourceManager &SM;
  bool AnyHeader, AnyExcluded;
  llvm::Regex Header, Exclude; // compiled once, matched once per file
  llvm::DenseMap<FileID, bool> Known;
};

} // namespace

void ShownFilesScope::registerWith(MatchFinder &Finder) {
  Finder.addMatcher(translationUnitDecl(), this);
}

void ShownFilesScope::run(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  std::vector<Decl *> Scope = Ctx.getTraversalScope();
  // Already narrowed: by clangd, or by another async check of this run.
  if (Scope.size() != 1 || !isa<TranslationUnitDecl>(Scope.front()))
    return;
  if (!mayNarrowTraversal(Context))
    return;
  ShownFiles Shown(Ctx.getSourceManager(), Context.getOptions());
  std::vector<Decl *> Narrowed;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (Shown.contains(D->getLocation()))
      Narrowed.push_back(D);
  // The match finder reads the scope after matching this node, before it
  // walks the declarations below it.
  Ctx.setTraversalScope(Narrowed);
}

} // namespace async_tidy
