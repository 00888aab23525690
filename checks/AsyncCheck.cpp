//===- AsyncCheck.cpp -----------------------------------------------------===//
#include "AsyncCheck.h"
#include "CheckIds.h"

using namespace clang::tidy;

namespace async_tidy {
namespace {

/// The async checks usually read the same catalogue. Its errors are reported
/// by the first enabled check (in CheckList.def order) that reads the same
/// files, rather than once per check.
bool earlierCheckReports(llvm::StringRef Name, ClangTidyContext *Context,
                         const CatalogueConfig &Config) {
  for (llvm::StringRef Other : AllCheckIds) {
    if (Other == Name)
      return false;
    if (!Context->isCheckEnabled(Other))
      continue;
    CatalogueConfig Theirs =
        catalogueConfigFor(Other, Context->getOptions().CheckOptions, Context->getCurrentFile());
    if (Theirs.Paths == Config.Paths && Theirs.Builtin == Config.Builtin &&
        Theirs.CataloguesValue == Config.CataloguesValue)
      return true;
  }
  return false;
}

} // namespace

AsyncCheck::AsyncCheck(llvm::StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), FrontEnd(frontEndFor(Context)),
      Config(
          catalogueConfigFor(Name, Context->getOptions().CheckOptions, Context->getCurrentFile())),
      Scope(*Context) {
  LoadResult Result = loadConfigured(Config);
  Loaded = Result.Loaded;
  if (!Result.Errors.empty() && earlierCheckReports(Name, Context, Config))
    return;
  ErrorsToShow = Result.Errors;
  for (const CatalogueError &E : ErrorsToShow)
    configurationDiag("%0: %1", clang::DiagnosticIDs::Error) << E.where() << E.Message;
}

void AsyncCheck::registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *,
                                     clang::Preprocessor *) {
  if (!FrontEnd.CatalogueErrorsInFiles)
    return;
  clang::SourceLocation Top = SM.getLocForStartOfFile(SM.getMainFileID());
  for (const CatalogueError &E : ErrorsToShow)
    diag(Top, "async checks are off for this file: the catalogue is invalid: %0: %1",
         clang::DiagnosticIDs::Error)
        << E.where() << E.Message;
}

void AsyncCheck::registerMatchers(clang::ast_matchers::MatchFinder *Finder) {
  // Every enabled async check registers it; the first to run narrows the
  // scope, the others find it narrowed.
  Scope.registerWith(*Finder);
  registerAsyncMatchers(Finder);
}

void AsyncCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, CataloguesOption, Config.CataloguesValue);
  Options.store(Opts, BuiltinCatalogueOption, Config.Builtin);
}

bool AsyncCheck::isLanguageVersionSupported(const clang::LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus20;
}

} // namespace async_tidy
