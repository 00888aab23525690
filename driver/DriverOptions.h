//===- DriverOptions.h - command line of async-tidy -----------------------===//
//
// clang-tidy's options, spelt as clang-tidy spells them, plus async-tidy's
// own. Parsing never exits the process: errors come back to main, which
// prints them and exits with status 2.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_DRIVEROPTIONS_H
#define ASYNC_TIDY_DRIVER_DRIVEROPTIONS_H

#include "LineFilter.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

enum class OutputFormat { Text, Json, Sarif };

struct DriverOptions {
  std::vector<std::string> Positional; // sources, or catalogue files with --validate-catalogue
  /// With --audit-catalogue: the `.yaml`/`.yml` arguments (the others stay
  /// in Positional, as the sources to audit against).
  std::vector<std::string> CatalogueFiles;
  std::string BuildPath;
  std::optional<std::string> Checks, Config, ConfigFile, HeaderFilter, ExcludeHeaderFilter,
      WarningsAsErrors, ExportFixes;
  std::optional<LineFilter> LineFilter;
  std::optional<bool> SystemHeaders;
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  bool Fix = false, Quiet = false;
  unsigned Jobs = 0; // 0: all cores
  OutputFormat Format = OutputFormat::Text;
  std::optional<std::string> SourceRoot; // SARIF's SRCROOT
  /// --shard=K/N: 1-based K.
  std::optional<std::pair<unsigned, unsigned>> Shard;
  bool NoCache = false;
  std::optional<std::string> CacheDir;
  unsigned CacheMaxSizeMiB = 512;
  /// --index: summaries to link with; --write-index: where the linked ones go.
  std::optional<std::string> Index, WriteIndex;
  bool NoCrossFile = false;
  /// Hidden, for the tests of crash isolation: the analysis of the file with
  /// this name crashes on purpose.
  std::string DebugCrashOn;
  /// --diff: the git revision to compare with, or "-" for a diff on stdin.
  std::optional<std::string> Diff;
  bool ListChecks = false, DumpConfig = false, DumpCatalogue = false, ValidateCatalogue = false,
       AuditCatalogue = false;
  bool NoBuiltinCatalogue = false;
  /// Compile commands from the flags after `--`, if there was a `--`.
  std::unique_ptr<clang::tooling::CompilationDatabase> FixedDatabase;
};

/// Parses argv. Returns false after writing a message to `Errs` when the
/// command line cannot be read (an unknown option, a malformed value).
bool parseDriverOptions(int Argc, const char **Argv, DriverOptions &Out, llvm::raw_ostream &Errs);

/// Checks that the options parsed go together (--config with --config-file,
/// --source-root without SARIF, ...). Returns false after writing a message
/// to `Errs` when they do not.
bool validateDriverOptions(DriverOptions &Opts, llvm::raw_ostream &Errs);

/// The clang-tidy options provider the command line describes (a
/// .clang-tidy-file provider, or one fixed by --config/--config-file), or an
/// error message.
llvm::Expected<std::function<std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>()>>
makeOptionsProvider(const DriverOptions &Opts);

} // namespace async_tidy

#endif
