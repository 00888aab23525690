//===- Main.cpp - the async-tidy driver -----------------------------------===//
//
// Runs the async-* checks through clang-tidy's library entry point, so its
// findings are those of the plugin, adding parallelism, deterministic output,
// JSON, and catalogue tooling. Exit statuses: see ExitStatus.h.
//
//===----------------------------------------------------------------------===//
#include "Analysis.h"
#include "CatalogueAuditMode.h"
#include "CatalogueConfig.h"
#include "ChangedLines.h"
#include "CheckIds.h"
#include "CompileDatabase.h"
#include "CrossFile.h"
#include "DriverOptions.h"
#include "ExitStatus.h"
#include "FileKinds.h"
#include "Fixes.h"
#include "Report.h"
#include "ResultCache.h"
#include "Sarif.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/GlobList.h"
#include "support/Version.h"
#include "clang/Basic/Version.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <set>
#include <thread>

using namespace async_tidy;
using namespace clang::tidy;
using llvm::errs;
using llvm::outs;

namespace {

using ProviderFactory = std::function<std::unique_ptr<ClangTidyOptionsProvider>()>;

std::vector<std::string> enabledChecks(const ClangTidyOptions &Options) {
  GlobList Enabled(Options.Checks.value_or(""));
  std::vector<std::string> Out;
  for (llvm::StringRef Name : AllCheckIds)
    if (Enabled.contains(Name))
      Out.push_back(Name.str());
  return Out;
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

/// A stand-in source path in the working directory: what --list-checks and
/// --dump-catalogue configure from, as clang-tidy does without a file.
std::string workingDirectoryProbe() { return absolute("async-tidy-probe.cpp"); }

int validateCatalogues(const DriverOptions &Opts) {
  CatalogueLoader Loader;
  if (!Opts.NoBuiltinCatalogue)
    Loader.addBuiltin();
  for (const std::string &File : Opts.Positional)
    Loader.addFile(File);
  auto Loaded = Loader.finish();
  for (const CatalogueError &E : Loader.errors())
    errs() << E.str() << "\n";
  if (!Loaded) {
    errs() << "async-tidy: " << Loader.errors().size() << " error"
           << (Loader.errors().size() == 1 ? "" : "s") << " in the catalogue\n";
    return ExitUsage;
  }
  outs() << "catalogue valid: " << Loaded->entries().size() << " entries in "
         << Loaded->files().size() << " files\n";
  return ExitClean;
}

/// Loads the catalogue of every (file, enabled check) before any analysis, so
/// that an invalid one stops the run with nothing half done.
bool preflightCatalogues(const std::vector<std::string> &Files, ClangTidyOptionsProvider &Provider,
                         bool &AnyCheckEnabled) {
  std::set<std::string> Reported;
  for (const std::string &File : Files) {
    ClangTidyOptions Options = Provider.getOptions(File);
    for (const std::string &Check : enabledChecks(Options)) {
      AnyCheckEnabled = true;
      for (const CatalogueError &E :
           loadConfigured(catalogueConfigFor(Check, Options.CheckOptions, File)).Errors)
        Reported.insert(E.str());
    }
  }
  for (const std::string &Message : Reported)
    errs() << Message << "\n";
  return Reported.empty();
}

int listChecks(ClangTidyOptionsProvider &Provider) {
  outs() << "Enabled checks:\n";
  for (const std::string &Check : enabledChecks(Provider.getOptions(workingDirectoryProbe())))
    outs() << "    " << Check << "\n";
  outs() << "\n";
  return ExitClean;
}

int dumpCatalogue(ClangTidyOptionsProvider &Provider) {
  std::string Probe = workingDirectoryProbe();
  ClangTidyOptions Options = Provider.getOptions(Probe);
  LoadResult Result =
      loadConfigured(catalogueConfigFor(AllCheckIds[0], Options.CheckOptions, Probe));
  for (const CatalogueError &E : Result.Errors)
    errs() << E.str() << "\n";
  if (!Result.Loaded)
    return ExitUsage;
  outs() << Result.Loaded->dump();
  return ExitClean;
}

/// --audit-catalogue: the catalogue the first source is configured with
/// (shipped, unless --no-builtin-catalogue, and its `Catalogues` files),
/// together with the .yaml files of the command line.
int auditCatalogue(const DriverOptions &Opts, const clang::tooling::CompilationDatabase &Database,
                   const std::vector<std::string> &Sources, ClangTidyOptionsProvider &Provider) {
  ClangTidyOptions Options = Provider.getOptions(Sources.front());
  CatalogueConfig Config =
      catalogueConfigFor(AllCheckIds[0], Options.CheckOptions, Sources.front());
  std::vector<std::string> Paths = Config.Paths;
  for (const std::string &File : Opts.CatalogueFiles)
    Paths.push_back(absolute(File));
  LoadResult Loaded = loadCatalogue(Config.Builtin && !Opts.NoBuiltinCatalogue, Paths);
  for (const CatalogueError &E : Config.Errors)
    errs() << E.str() << "\n";
  for (const CatalogueError &E : Loaded.Errors)
    errs() << E.str() << "\n";
  if (!Loaded.Loaded || !Config.Errors.empty())
    return ExitUsage;
  return auditCatalogueMode(*Loaded.Loaded, Database, Sources, Options, outs(), errs());
}

/// The driver's one error style: "async-tidy: error: <message>", in colour
/// on a terminal (llvm::WithColor), as clang-tidy writes its own.
int usageError(const llvm::Twine &Message) {
  llvm::WithColor::error(errs(), "async-tidy") << Message << "\n";
  return ExitUsage;
}

/// --shard=K/N: every N-th file of the sorted, de-duplicated list, from the
/// K-th. The same list always splits the same way, whatever the machine, and
/// the shards' sizes differ by at most one.
std::vector<std::string> shardOf(std::vector<std::string> Files, unsigned K, unsigned N) {
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  std::vector<std::string> Out;
  for (size_t I = K - 1; I < Files.size(); I += N)
    Out.push_back(Files[I]);
  return Out;
}

/// A cache that cannot be written costs time, not correctness: say so once.
void reportCacheProblems(const std::vector<FileResult> &Results) {
  for (const FileResult &R : Results)
    if (!R.CacheError.empty()) {
      llvm::WithColor::warning(errs(), "async-tidy")
          << "result not cached for '" << R.File << "': " << R.CacheError << "\n";
      return;
    }
}

/// --diff: the files to analyse are the changed C/C++ files that still exist,
/// narrowed to `Named` when files were named on the command line.
std::vector<std::string> changedFiles(const ChangedLines &Changed,
                                      const std::vector<std::string> &Named) {
  std::set<std::string> Wanted;
  for (const std::string &F : Named)
    Wanted.insert(canonicalPath(F));
  std::vector<std::string> Out;
  for (const auto &[Path, Lines] : Changed)
    if (!Lines.empty() && isCxxFile(Path) && llvm::sys::fs::exists(Path) &&
        (Named.empty() || Wanted.count(Path)))
      Out.push_back(Path);
  return Out;
}

/// --diff: keeps compiler diagnostics, and check findings on changed lines.
std::vector<Finding> onChangedLines(std::vector<Finding> Findings, const ChangedLines &Changed) {
  llvm::erase_if(Findings, [&](const Finding &F) {
    if (!isCheckFinding(*F.Diag))
      return false;
    auto It = Changed.find(canonicalPath(F.File));
    return It == Changed.end() || !It->second.count(F.Line);
  });
  return Findings;
}

/// --dump-config: the configuration that applies to the first file named
/// (or to the working directory), with every enabled check's options, as
/// clang-tidy prints it.
int dumpConfig(const DriverOptions &Opts, ClangTidyOptionsProvider &Provider) {
  std::string File =
      Opts.Positional.empty() ? workingDirectoryProbe() : absolute(Opts.Positional.front());
  ClangTidyOptions Options = Provider.getOptions(File);
#if CLANG_VERSION_MAJOR >= 22
  Options.CheckOptions = getCheckOptions(Options, /*AllowEnablingAnalyzerAlphaCheckers=*/false,
                                         /*ExperimentalCustomChecks=*/false);
#else
  Options.CheckOptions = getCheckOptions(Options, /*AllowEnablingAnalyzerAlphaCheckers=*/false);
#endif
  outs() << configurationAsText(Options) << "\n";
  return ExitClean;
}

/// --line-filter: keeps compiler diagnostics, and check findings on the
/// lines it names for their file (a file it does not name keeps none).
std::vector<Finding> onFilteredLines(std::vector<Finding> Findings, const LineFilter &Filter) {
  llvm::erase_if(Findings, [&](const Finding &F) {
    return isCheckFinding(*F.Diag) && !Filter.keeps(F.File, F.Line);
  });
  return Findings;
}

/// --write-index: written aside and renamed, so a reader (an editor's
/// async-clangd) never sees half an index.
bool writeIndexFile(const std::string &Path, const BlockingGraph &Linked) {
  // Not a regular file (a pipe, /dev/stdout): written in place.
  bool Special = llvm::sys::fs::exists(Path) && !llvm::sys::fs::is_regular_file(Path);
  std::string Temp = Special ? Path : Path + ".tmp";
  std::error_code EC;
  {
    llvm::raw_fd_ostream OS(Temp, EC);
    if (!EC) {
      OS << linkedIndexText(Linked);
      OS.close();
      EC = OS.error();
    }
  }
  if (!EC && !Special)
    EC = llvm::sys::fs::rename(Temp, Path);
  if (EC) {
    if (!Special)
      llvm::sys::fs::remove(Temp);
    usageError("--write-index: cannot write '" + Path + "': " + EC.message());
    return false;
  }
  return true;
}

/// What a run analyses: the files, their compile commands, and with --diff
/// the lines that changed.
struct Selection {
  std::vector<std::string> Files;
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  std::optional<ChangedLines> Changed;
};

/// Select: the files and compile commands of this run, from the command
/// line, --diff, the compile database and --shard. Returns an exit status
/// when the run ends here (nothing to do, an error, or --audit-catalogue).
std::optional<int> selectFiles(DriverOptions &Opts, ClangTidyOptionsProvider &Provider,
                               Selection &Out) {
  for (const std::string &F : Opts.Positional)
    Out.Files.push_back(absolute(F));
  if (Opts.Diff) {
    auto Lines = readChangedLines(*Opts.Diff);
    if (!Lines)
      return usageError("--diff: " + llvm::toString(Lines.takeError()));
    Out.Changed = canonical(*Lines);
    Out.Files = changedFiles(*Out.Changed, Out.Files);
    if (Out.Files.empty()) {
      if (!Opts.Quiet)
        errs() << "async-tidy: no changed C/C++ lines to analyse\n";
      return ExitClean;
    }
  }
  auto Loaded = loadCompileDatabase(Opts.FixedDatabase.get(), Opts.BuildPath, Out.Files);
  if (!Loaded)
    return usageError(llvm::toString(Loaded.takeError()));
  Out.Database =
      Opts.FixedDatabase ? headersAsCxx(std::move(Opts.FixedDatabase)) : std::move(*Loaded);
  if (Out.Files.empty()) {
    Out.Files = Out.Database->getAllFiles();
    std::sort(Out.Files.begin(), Out.Files.end());
    if (Out.Files.empty())
      return usageError("the compilation database lists no files");
  } else {
    // Headers and new files get the commands of their nearest neighbour, as
    // in clang-tidy and clangd.
    Out.Database = clang::tooling::inferMissingCompileCommands(std::move(Out.Database));
  }
  for (const std::string &F : Out.Files)
    if (!llvm::sys::fs::exists(F))
      return usageError("no such file: '" + F + "'");
  if (Opts.AuditCatalogue)
    return auditCatalogue(Opts, *Out.Database, Out.Files, Provider);
  if (Opts.Shard) {
    Out.Files = shardOf(std::move(Out.Files), Opts.Shard->first, Opts.Shard->second);
    if (Out.Files.empty()) {
      if (!Opts.Quiet)
        errs() << "async-tidy: shard " << Opts.Shard->first << "/" << Opts.Shard->second
               << " has no files\n";
      return ExitClean;
    }
  }
  return std::nullopt;
}

/// The findings each file's WarningsAsErrors names, marked as clang-tidy
/// marks them. Done here rather than in the file's analysis: a result from
/// the cache, or from the analysing process, does not carry the mark.
void markWarningsAsErrors(std::vector<FileResult> &Results, ClangTidyOptionsProvider &Provider) {
  for (FileResult &R : Results) {
    std::optional<std::string> Globs = Provider.getOptions(R.File).WarningsAsErrors;
    if (!Globs || Globs->empty())
      continue;
    GlobList AsErrors(*Globs);
    for (ClangTidyError &E : R.Diagnostics)
      E.IsWarningAsError |=
          E.DiagLevel == clang::tooling::Diagnostic::Warning && AsErrors.contains(E.DiagnosticName);
  }
}

/// What a run found: each file's result and the summaries linked across them.
struct Run {
  std::vector<FileResult> Results;
  BlockingGraph Linked;
};

/// Run: every selected file analysed in a process of its own, then the
/// summaries linked and the chains no single file could see reported.
/// Returns an exit status when the run cannot start.
std::optional<int> runAnalysis(const DriverOptions &Opts, const ProviderFactory &MakeProvider,
                               ClangTidyOptionsProvider &Provider, const Selection &Selected,
                               Run &Out) {
  bool AnyCheckEnabled = false;
  if (!preflightCatalogues(Selected.Files, Provider, AnyCheckEnabled))
    return ExitUsage;
  if (!AnyCheckEnabled)
    return usageError("no async-* check is enabled by the configuration (see --checks)");

  std::optional<llvm::Expected<std::shared_ptr<const SummarySet>>> InputIndex;
  if (Opts.Index) {
    InputIndex.emplace(loadIndexFile(absolute(*Opts.Index)));
    if (!*InputIndex)
      return usageError("--index: " + llvm::toString(InputIndex->takeError()));
  }

  AnalysisRequest Request;
  Request.Database = Selected.Database.get();
  Request.Files = Selected.Files;
  Request.MakeOptions = MakeProvider;
  // The driver links summaries across files itself (below), so the checks
  // hand it every file's and do not read an index named in .clang-tidy.
  Request.FrontEnd.ReadSummaryIndexOption = false;
  Request.CollectSummaries = !Opts.NoCrossFile;
  Request.Jobs = Opts.Jobs ? Opts.Jobs : std::max(1u, std::thread::hardware_concurrency());
  Request.KeepFixes = Opts.Fix || Opts.ExportFixes.has_value();
  Request.CrashOnFileName = Opts.DebugCrashOn;
  Request.Progress = Selected.Files.size() > 1 && llvm::sys::Process::StandardErrIsDisplayed();
  std::optional<ResultCache> Cache;
  if (!Opts.NoCache) {
    Cache.emplace(Opts.CacheDir ? absolute(*Opts.CacheDir) : ResultCache::defaultDir(),
                  uint64_t(Opts.CacheMaxSizeMiB) << 20);
    Request.Cache = &*Cache;
  }
  Out.Results = analyse(Request);
  markWarningsAsErrors(Out.Results, Provider);
  if (Cache) {
    reportCacheProblems(Out.Results);
    Cache->trim();
  }
  Out.Linked = linkSummaries(Out.Results, InputIndex ? (**InputIndex).get() : nullptr);
  reportCrossFileChains(
      Out.Results, Out.Linked,
      [&](llvm::StringRef File) {
        return llvm::is_contained(enabledChecks(Provider.getOptions(File)),
                                  checkids::BlockingCallCheck);
      },
      [&](llvm::StringRef File) {
        return GlobList(Provider.getOptions(File).WarningsAsErrors.value_or(""))
            .contains(checkids::BlockingCallCheck);
      });
  return std::nullopt;
}

/// Report: the findings in the chosen format, fixes, the summary line and
/// the index file; returns the exit status.
int report(const DriverOptions &Opts, const Selection &Selected, const Run &Done) {
  std::vector<Finding> Shown = collectFindings(Done.Results);
  if (Selected.Changed)
    Shown = onChangedLines(std::move(Shown), *Selected.Changed);
  if (Opts.LineFilter)
    Shown = onFilteredLines(std::move(Shown), *Opts.LineFilter);
  if (Opts.Format == OutputFormat::Json)
    printJson(outs(), Shown, Done.Results);
  else if (Opts.Format == OutputFormat::Sarif)
    printSarif(outs(), Shown, Done.Results, absolute(Opts.SourceRoot.value_or(std::string("."))));
  else
    printText(outs(), Shown);
  outs().flush();

  unsigned FindingCount = 0, NotAnalysed = 0;
  for (const Finding &F : Shown)
    FindingCount += isCheckFinding(*F.Diag);
  for (const FileResult &R : Done.Results)
    NotAnalysed += R.Failed;

  if (Opts.ExportFixes && !exportFixes(*Opts.ExportFixes, Shown, errs()))
    return ExitUsage;
  bool FixesFailed = false;
  if (Opts.Fix) {
    FixOutcome Fixed = applyFixes(Shown, errs());
    FixesFailed = Fixed.Failed != 0;
    if (!Opts.Quiet)
      errs() << "async-tidy: applied " << Fixed.Applied << " fix"
             << (Fixed.Applied == 1 ? "" : "es") << "\n";
  }
  size_t FileCount = Selected.Files.size();
  if (!Opts.Quiet)
    errs() << "async-tidy: " << FindingCount << " finding" << (FindingCount == 1 ? "" : "s")
           << " in " << FileCount << " file" << (FileCount == 1 ? "" : "s")
           << (NotAnalysed ? ", " + std::to_string(NotAnalysed) + " not analysed" : "") << "\n";
  unsigned CacheHits =
      llvm::count_if(Done.Results, [](const FileResult &R) { return R.FromCache; });
  if (CacheHits && !Opts.Quiet)
    errs() << "async-tidy: " << CacheHits << " of " << FileCount << " results from the cache\n";
  // After the findings are out: an index that cannot be written fails the
  // run, but does not hide what was found.
  if (Opts.WriteIndex && !writeIndexFile(*Opts.WriteIndex, Done.Linked))
    return ExitUsage;
  // A fix that could not be written leaves the file unfixed: as bad as a
  // configuration error, since a CI step relying on --fix must not pass.
  if (FixesFailed)
    return ExitUsage;
  if (NotAnalysed)
    return ExitNotAnalysed;
  return FindingCount ? ExitFindings : ExitClean;
}

} // namespace

int main(int Argc, const char **Argv) {
  // A crash in a file's analysis (in its own process) leaves a stack trace
  // for the bug report.
  llvm::sys::PrintStackTraceOnErrorSignal(Argv[0]);
  llvm::cl::SetVersionPrinter(
      [](llvm::raw_ostream &OS) { OS << "async-tidy " << versionString() << "\n"; });
  DriverOptions Opts;
  if (!parseDriverOptions(Argc, Argv, Opts, errs()) || !validateDriverOptions(Opts, errs()))
    return ExitUsage;

  if (Opts.ValidateCatalogue)
    return validateCatalogues(Opts);

  auto MakeProvider = makeOptionsProvider(Opts);
  if (!MakeProvider)
    return usageError(llvm::toString(MakeProvider.takeError()));
  std::unique_ptr<ClangTidyOptionsProvider> Provider = (*MakeProvider)();
  if (Opts.ListChecks)
    return listChecks(*Provider);
  if (Opts.DumpCatalogue)
    return dumpCatalogue(*Provider);
  if (Opts.DumpConfig)
    return dumpConfig(Opts, *Provider);

  Selection Selected;
  if (std::optional<int> Status = selectFiles(Opts, *Provider, Selected))
    return *Status;
  Run Done;
  if (std::optional<int> Status = runAnalysis(Opts, *MakeProvider, *Provider, Selected, Done))
    return *Status;
  return report(Opts, Selected, Done);
}
