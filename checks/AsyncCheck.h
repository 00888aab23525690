//===- AsyncCheck.h - what every async-* check shares ---------------------===//
//
// Every async check reads the same catalogue. Users configure it once with
// the shared options `async.Catalogues` / `async.BuiltinCatalogue`, or per
// check with `async-<check>.Catalogues`; the check-local value wins.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ASYNCCHECK_H
#define ASYNC_TIDY_ASYNCCHECK_H

#include "analysis/Catalogue.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>

namespace async_tidy {

class AsyncCheck : public clang::tidy::ClangTidyCheck {
public:
  /// Option names, declared once for reading and for storeOptions.
  static constexpr llvm::StringLiteral CataloguesOption = "Catalogues";
  static constexpr llvm::StringLiteral BuiltinCatalogueOption = "BuiltinCatalogue";
  /// Prefix of the options shared by all async checks.
  static constexpr llvm::StringLiteral SharedPrefix = "async.";

  AsyncCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override;

protected:
  /// The loaded catalogue, or null when loading failed (the errors were
  /// reported as configuration errors and the check stays silent rather than
  /// running on part of a catalogue).
  const Catalogue *catalogue() const { return Loaded.get(); }

private:
  std::string CataloguesValue;
  bool UseBuiltin;
  std::shared_ptr<const Catalogue> Loaded;
};

} // namespace async_tidy

#endif
