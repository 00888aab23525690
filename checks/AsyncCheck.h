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
#include "FrontEnd.h"
#include "catalogue/Evidence.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "support/ShownFilesScope.h"
#include <memory>

namespace async_tidy {

class AsyncCheck : public clang::tidy::ClangTidyCheck {
public:
  AsyncCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  /// Narrows the traversal to the main file when nothing else wants more
  /// (support/ShownFilesScope.h), then registers the check's own matchers.
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;

protected:
  /// The check's matchers.
  virtual void registerAsyncMatchers(clang::ast_matchers::MatchFinder *Finder) = 0;

  /// The notes that cite the catalogue (catalogue/Evidence.h): "<Text>
  /// (catalogue entry '<id>')", by default with the entry's reason, and
  /// "instead: <Replacement>".
  void noteEntry(clang::SourceLocation Loc, const Entry &E) { noteEntry(Loc, E.Reason, E); }
  void noteEntry(clang::SourceLocation Loc, const llvm::Twine &Text, const Entry &E) {
    diag(Loc, "%0", clang::DiagnosticIDs::Note) << citingEntry(Text, E.Id);
  }
  void noteInstead(clang::SourceLocation Loc, const llvm::Twine &Replacement) {
    diag(Loc, "%0", clang::DiagnosticIDs::Note) << insteadNote(Replacement);
  }

  /// What the program hosting this check decided (FrontEnd.h).
  const FrontEndSwitches &frontEnd() const { return FrontEnd; }

  /// The loaded catalogue, or null when loading failed: the errors were then
  /// reported as configuration errors and the check stays silent rather than
  /// run on part of a catalogue.
  const Catalogue *catalogue() const { return Loaded.get(); }

private:
  const FrontEndSwitches FrontEnd; // a copy: it outlives no attachment
  CatalogueConfig Config;
  std::shared_ptr<const Catalogue> Loaded;
  std::vector<CatalogueError> ErrorsToShow; // those this check reports
  ShownFilesScope Scope;
};

} // namespace async_tidy

#endif
