//===- Analysis.cpp -------------------------------------------------------===//
#include "Analysis.h"
#include "CatalogueConfig.h"
#include "CheckIds.h"
#include "ChildProcesses.h"
#include "ResultCache.h"
#include "ResultCodec.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

using namespace clang::tidy;

namespace async_tidy {
namespace {

/// The options of `Inner` with extra compiler arguments for this run only.
class WithDriverOverrides : public ClangTidyOptionsProvider {
public:
  WithDriverOverrides(std::unique_ptr<ClangTidyOptionsProvider> Inner,
                      std::vector<std::string> Args)
      : Inner(std::move(Inner)), Args(std::move(Args)) {}
  const ClangTidyGlobalOptions &getGlobalOptions() override { return Inner->getGlobalOptions(); }
  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = Inner->getRawOptions(FileName);
    ClangTidyOptions Overrides;
    // Appended after the command's own arguments. clang-tidy defines
    // __clang_analyzer__ for its static-analyzer checks; this driver runs
    // none, and libraries hide code from the analyzer behind that macro
    // (stdexec's exec/task.hpp hides await_transform), which then fails to
    // compile. Undefined, the code is analysed as the compiler sees it.
    Overrides.ExtraArgs = Args;
    Overrides.ExtraArgs->push_back("-U__clang_analyzer__");
    Sources.emplace_back(Overrides, "async-tidy driver");
    return Sources;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Inner;
  std::vector<std::string> Args;
};

/// The catalogue files the enabled checks read for `File`: their content is
/// part of a cached result's key.
std::vector<std::string> catalogueFiles(const ClangTidyOptions &Options, llvm::StringRef File) {
  std::vector<std::string> Out;
  for (llvm::StringRef Check : AllCheckIds)
    for (const std::string &Path : catalogueConfigFor(Check, Options.CheckOptions, File).Paths)
      if (!llvm::is_contained(Out, Path))
        Out.push_back(Path);
  return Out;
}

FileResult analyseOne(const AnalysisRequest &Request, const std::string &File) {
  FileResult Result;
  Result.File = File;
  std::unique_ptr<ClangTidyOptionsProvider> Provider = Request.MakeOptions();
  std::string Key;
  llvm::SmallString<128> DepFile;
  if (Request.Cache) {
    ClangTidyOptions Options = Provider->getOptions(File);
    Key = Request.Cache->key(File, Request.Database->getCompileCommands(File),
                             configurationAsText(Options) + (Request.KeepFixes ? "fixes" : "") +
                                 (Request.CollectSummaries ? "summaries" : ""),
                             catalogueFiles(Options, File));
    if (auto Stored = Request.Cache->lookup(Key)) {
      llvm::Expected<SummarySet> Summaries =
          Stored->Summaries.empty() ? SummarySet() : readIndex(Stored->Summaries, Key);
      if (Summaries) {
        Result.Diagnostics = std::move(Stored->Diagnostics);
        Result.Summaries = std::move(*Summaries);
        Result.FromCache = true;
        return Result;
      }
      llvm::consumeError(Summaries.takeError()); // unreadable: analyse again
    }
    // The compiler lists the files the result depends on (-MD) as it parses.
    llvm::sys::fs::createTemporaryFile("async-tidy-deps", "d", DepFile);
  }
  std::vector<std::string> ExtraArgs;
  if (!DepFile.empty())
    ExtraArgs = {"-MD", "-MF", DepFile.str().str()};
  Provider = std::make_unique<WithDriverOverrides>(std::move(Provider), std::move(ExtraArgs));
  ClangTidyContext Context(std::move(Provider));
  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS(
      new llvm::vfs::OverlayFileSystem(llvm::vfs::getRealFileSystem()));
  FrontEndSwitches Switches = Request.FrontEnd;
  if (Request.CollectSummaries)
    Switches.CollectSummaries = [&Result](SummarySet Set) {
      // A file with several compile commands is several translation units.
      for (FunctionSummary &F : Set.Functions)
        Result.Summaries.Functions.push_back(std::move(F));
    };
  AttachedFrontEnd Attached(Context, std::move(Switches));
  Result.Diagnostics = runClangTidy(Context, *Request.Database, {File}, FS, Request.KeepFixes);
  for (const ClangTidyError &E : Result.Diagnostics)
    if (E.DiagLevel == clang::tooling::Diagnostic::Error &&
        llvm::StringRef(E.DiagnosticName).starts_with("clang-diagnostic-"))
      Result.Failed = true;
  if (Request.Cache) {
    // A result with compile errors is not stored: the dependency list of a
    // file whose header is missing would not name the header.
    if (!Result.Failed)
      Request.Cache->store(Key, DepFile, Result.Diagnostics,
                           Result.Summaries.Functions.empty() ? "" : writeIndex(Result.Summaries),
                           Result.CacheError);
    llvm::sys::fs::remove(DepFile);
  }
  return Result;
}

/// The result of a file whose analysis did not end normally: no findings,
/// one error that says what happened, so that every output format shows it.
FileResult crashed(const std::string &File, std::string How) {
  FileResult R;
  R.File = File;
  R.Failed = true;
  R.Crash = How;
  ClangTidyError E("analysis-crash", ClangTidyError::Error, "", /*IsWarningAsError=*/false);
  E.Message.Message = "the analysis of '" + File + "' " + How +
                      "; it has no findings (please report this as a bug of async-tidy)";
  R.Diagnostics.push_back(std::move(E));
  return R;
}

/// Loads, in this process, the catalogues the checks will read for the first
/// file. Each file is analysed in a child forked from here, which then finds
/// them parsed (the loader caches by path and identity: CatalogueCache.h)
/// instead of parsing the YAML again, once per file.
void loadCataloguesBeforeForking(const AnalysisRequest &Request) {
  if (Request.Files.size() < 2)
    return; // one child: it parses them as fast as this process would
  const std::string &File = Request.Files.front();
  ClangTidyOptions Options = Request.MakeOptions()->getOptions(File);
  for (llvm::StringRef Check : AllCheckIds)
    loadConfigured(catalogueConfigFor(Check, Options.CheckOptions, File));
}

} // namespace

std::vector<FileResult> analyse(const AnalysisRequest &Request) {
  loadCataloguesBeforeForking(Request);
  std::vector<FileResult> Results(Request.Files.size());
  size_t Finished = 0;
  auto Work = [&](size_t I) {
    const std::string &File = Request.Files[I];
    if (!Request.CrashOnFileName.empty() &&
        llvm::sys::path::filename(File) == Request.CrashOnFileName)
      std::abort(); // SIGABRT: a signal under the sanitizers too, unlike SIGSEGV
    return encodeFileResult(analyseOne(Request, File));
  };
  auto Done = [&](size_t I, llvm::Expected<std::string> Output) {
    const std::string &File = Request.Files[I];
    llvm::Expected<FileResult> Decoded =
        Output ? decodeFileResult(*Output) : llvm::Expected<FileResult>(Output.takeError());
    if (Decoded)
      Results[I] = std::move(*Decoded);
    else
      Results[I] = crashed(File, llvm::toString(Decoded.takeError()));
    ++Finished;
    if (Request.Progress) {
      llvm::errs() << "\r\x1b[K[" << Finished << "/" << Request.Files.size() << "] "
                   << llvm::sys::path::filename(File);
      llvm::errs().flush();
    }
  };
  runInChildProcesses(Request.Files.size(), Request.Jobs, Work, Done);
  if (Request.Progress)
    llvm::errs() << "\r\x1b[K";
  return Results;
}

} // namespace async_tidy
