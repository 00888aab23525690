//===- AsyncCheck.cpp -----------------------------------------------------===//
#include "AsyncCheck.h"

using namespace clang::tidy;

namespace async_tidy {

AsyncCheck::AsyncCheck(llvm::StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      Config(catalogueConfigFor(Name, Context->getOptions().CheckOptions,
                                Context->getCurrentFile())) {
  LoadResult Result = loadConfigured(Config);
  Loaded = Result.Loaded;
  for (const CatalogueError &E : Result.Errors)
    configurationDiag("%0: %1", clang::DiagnosticIDs::Error) << E.where() << E.Message;
}

void AsyncCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, CataloguesOption, Config.CataloguesValue);
  Options.store(Opts, BuiltinCatalogueOption, Config.Builtin);
}

bool AsyncCheck::isLanguageVersionSupported(const clang::LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus20;
}

} // namespace async_tidy
