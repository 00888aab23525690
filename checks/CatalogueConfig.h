//===- CatalogueConfig.h - which catalogue files a check reads ------------===//
//
// Decided from clang-tidy check options, identically by every front end: the
// checks themselves, and the driver, which loads the catalogue of every file
// before analysing anything so that a bad catalogue stops the run up front.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CATALOGUECONFIG_H
#define ASYNC_TIDY_CATALOGUECONFIG_H

#include "catalogue/CatalogueCache.h"
#include "clang-tidy/ClangTidyOptions.h"

namespace async_tidy {

/// Option names, declared once for reading and storing.
inline constexpr llvm::StringLiteral CataloguesOption = "Catalogues";
inline constexpr llvm::StringLiteral BuiltinCatalogueOption = "BuiltinCatalogue";
/// Prefix of the options shared by all async checks (`async.Catalogues`).
inline constexpr llvm::StringLiteral SharedOptionPrefix = "async.";

struct CatalogueConfig {
  std::string CataloguesValue; // the option as written
  bool Builtin = true;
  std::vector<std::string> Paths;     // resolved
  std::vector<CatalogueError> Errors; // bad option values
};

/// The catalogue configuration of check `CheckName` for `MainFile`.
/// `<check>.Catalogues` wins over `async.Catalogues`; the value is a
/// ';'-separated list of paths. A relative path is relative to the folder of
/// the .clang-tidy file that sets the option (the nearest one, walking up from
/// `MainFile`, that has this value; or the nearest `.clangd` whose
/// `Diagnostics: ClangTidy: CheckOptions` has it), otherwise to the working
/// directory.
CatalogueConfig catalogueConfigFor(llvm::StringRef CheckName,
                                   const clang::tidy::ClangTidyOptions::OptionMap &Options,
                                   llvm::StringRef MainFile);

/// The paths of a `Catalogues` option value: ';'-separated, blanks trimmed and
/// empty parts dropped, a relative one made absolute against `BaseDir()`
/// (called only when some path is relative, since finding it may read files).
std::vector<std::string> resolveCataloguePaths(llvm::StringRef Value,
                                               llvm::function_ref<std::string()> BaseDir);

/// The folder a relative path in option `Key` (set to `Value`) is relative
/// to: that of the nearest .clang-tidy or .clangd, walking up from
/// `MainFile`, that sets it so; otherwise the working directory.
std::string optionBaseDirectory(llvm::StringRef MainFile, llvm::StringRef Key,
                                llvm::StringRef Value);

/// The catalogue `Config` describes, loaded through the process-wide cache.
LoadResult loadConfigured(const CatalogueConfig &Config);

} // namespace async_tidy

#endif
