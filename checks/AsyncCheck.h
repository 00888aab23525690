//===- AsyncCheck.h - what every async-* check shares ---------------------===//
//
// Every async check reads the same catalogue, configured once with the shared
// options `async.Catalogues` / `async.BuiltinCatalogue` or per check with
// `async-<check>.Catalogues` (see CatalogueConfig.h).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ASYNCCHECK_H
#define ASYNC_TIDY_ASYNCCHECK_H

#include "CatalogueConfig.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>

namespace async_tidy {

class AsyncCheck : public clang::tidy::ClangTidyCheck {
public:
  AsyncCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;

  /// Also report catalogue errors as errors at the top of each analysed file.
  /// For async-clangd: clangd drops clang-tidy's configuration errors, which
  /// have no location, so an editor user would otherwise just see no async
  /// diagnostics and never learn why.
  static void reportConfigurationErrorsInFiles();

protected:
  /// The loaded catalogue, or null when loading failed: the errors were then
  /// reported as configuration errors and the check stays silent rather than
  /// run on part of a catalogue.
  const Catalogue *catalogue() const { return Loaded.get(); }

private:
  CatalogueConfig Config;
  std::shared_ptr<const Catalogue> Loaded;
  std::vector<CatalogueError> ErrorsToShow; // those this check reports
};

} // namespace async_tidy

#endif
