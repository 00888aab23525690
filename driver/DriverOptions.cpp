//===- DriverOptions.cpp --------------------------------------------------===//
#include "DriverOptions.h"
#include "CatalogueConfig.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;
using namespace clang::tidy;

namespace async_tidy {
namespace {

cl::OptionCategory Category("async-tidy options");

cl::list<std::string> Positional(cl::Positional, cl::desc("<source files | catalogue files>"),
                                 cl::cat(Category));
cl::opt<std::string> BuildPath("p", cl::desc("Build path holding compile_commands.json"),
                               cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> Checks("checks",
                            cl::desc("Comma-separated globs of checks, as clang-tidy's "
                                     "(appended to the .clang-tidy 'Checks')"),
                            cl::cat(Category));
cl::opt<std::string> Config("config", cl::desc("Configuration in YAML/JSON, as clang-tidy's"),
                            cl::cat(Category));
cl::opt<std::string> ConfigFile("config-file",
                                cl::desc("Path of a .clang-tidy-format configuration file"),
                                cl::cat(Category));
cl::opt<std::string> HeaderFilter("header-filter",
                                  cl::desc("Regex of headers to show diagnostics from"),
                                  cl::cat(Category));
cl::opt<std::string> ExcludeHeaderFilter("exclude-header-filter",
                                         cl::desc("Regex of headers not to show diagnostics "
                                                  "from, applied after --header-filter"),
                                         cl::cat(Category));
cl::opt<std::string> LineFilterJson("line-filter",
                                    cl::desc("Report only findings on these lines, as "
                                             "clang-tidy's: [{\"name\":\"file.cpp\","
                                             "\"lines\":[[1,3],[5,7]]},{\"name\":\"a.h\"}]"),
                                    cl::value_desc("JSON"), cl::cat(Category));
cl::opt<std::string> WarningsAsErrors("warnings-as-errors",
                                      cl::desc("Comma-separated globs of checks whose findings "
                                               "are errors (appended to the .clang-tidy "
                                               "'WarningsAsErrors')"),
                                      cl::cat(Category));
cl::opt<bool> DumpConfig("dump-config",
                         cl::desc("Print the configuration that applies to the first file (or "
                                  "the working directory), with every check option, and exit"),
                         cl::cat(Category));
cl::opt<bool> SystemHeaders("system-headers", cl::desc("Show diagnostics from system headers"),
                            cl::cat(Category));
cl::opt<std::string> ExportFixes("export-fixes", cl::desc("YAML file to store suggested fixes in"),
                                 cl::value_desc("filename"), cl::cat(Category));
cl::opt<bool> Fix("fix", cl::desc("Apply suggested fixes"), cl::cat(Category));
cl::list<std::string> ExtraArg("extra-arg", cl::desc("Argument to append to the compile command"),
                               cl::cat(Category));
cl::list<std::string> ExtraArgBefore("extra-arg-before",
                                     cl::desc("Argument to prepend to the compile command"),
                                     cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("No summary line on stderr"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Files analysed in parallel (default: all cores)"),
                       cl::init(0), cl::Prefix, cl::cat(Category));
cl::opt<OutputFormat>
    Format("format", cl::desc("Output format"),
           cl::values(clEnumValN(OutputFormat::Text, "text", "clang-tidy's format"),
                      clEnumValN(OutputFormat::Json, "json", "JSON"),
                      clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0")),
           cl::init(OutputFormat::Text), cl::cat(Category));
cl::opt<std::string> SourceRoot("source-root",
                                cl::desc("With --format=sarif: paths are written relative to this "
                                         "folder, as uriBaseId SRCROOT (default: the working "
                                         "directory)"),
                                cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> Diff("diff", cl::ValueOptional,
                          cl::desc("Report only findings on lines changed since git revision "
                                   "<rev> (default HEAD: staged and unstaged changes), analysing "
                                   "only the changed files; --diff=- reads a unified diff from "
                                   "stdin"),
                          cl::value_desc("rev"), cl::cat(Category));
cl::opt<std::string> Shard("shard",
                           cl::desc("Analyse only part K of N of the files (for N CI machines): "
                                    "the sorted file list, every N-th file from the K-th"),
                           cl::value_desc("K/N"), cl::cat(Category));
cl::opt<bool> NoCache("no-cache",
                      cl::desc("Analyse every file, without reading or writing the "
                               "result cache"),
                      cl::cat(Category));
cl::opt<std::string> CacheDir("cache-dir",
                              cl::desc("Folder of the result cache (default: "
                                       "$ASYNC_TIDY_CACHE_DIR, else $XDG_CACHE_HOME/async-tidy, "
                                       "else ~/.cache/async-tidy)"),
                              cl::value_desc("dir"), cl::cat(Category));
cl::opt<unsigned> CacheMaxSize("cache-max-size",
                               cl::desc("Bound of the result cache in MiB; least recently used "
                                        "results go first (default: 512)"),
                               cl::init(512), cl::value_desc("MiB"), cl::cat(Category));
cl::opt<std::string> Index("index",
                           cl::desc("Summaries of functions defined in files not analysed in this "
                                    "run (an index written by --write-index), for blocking "
                                    "chains through them"),
                           cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteIndex("write-index",
                                cl::desc("Write the linked summaries of every analysed file (and "
                                         "of --index) to this file, for the SummaryIndex option "
                                         "of the plugin and async-clangd"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> NoCrossFile("no-cross-file",
                          cl::desc("Analyse each file on its own, as the plugin does: no "
                                   "function summaries are linked across files"),
                          cl::cat(Category));
cl::opt<std::string> DebugCrashOn("debug-crash-on",
                                  cl::desc("Testing only: crash while analysing the file with "
                                           "this name, to show that it costs that file only"),
                                  cl::value_desc("file name"), cl::Hidden, cl::cat(Category));
cl::opt<bool> ListChecks("list-checks", cl::desc("List the enabled checks and exit"),
                         cl::cat(Category));
cl::opt<bool> DumpCatalogue("dump-catalogue",
                            cl::desc("Print the merged catalogue as YAML and exit"),
                            cl::cat(Category));
cl::opt<bool> ValidateCatalogue("validate-catalogue",
                                cl::desc("Validate the catalogue files given as arguments "
                                         "(together with the shipped one) and exit"),
                                cl::cat(Category));
cl::opt<bool> AuditCatalogue("audit-catalogue",
                             cl::desc("Parse the sources given as arguments and report every "
                                      "catalogue name they do not declare; .yaml arguments are "
                                      "catalogue files to audit with the configured ones"),
                             cl::cat(Category));
cl::opt<bool> NoBuiltinCatalogue("no-builtin-catalogue",
                                 cl::desc("With --validate-catalogue or --audit-catalogue: leave "
                                          "out the shipped catalogue"),
                                 cl::cat(Category));

/// A relative `Catalogues` path in a --config-file is relative to that file's
/// folder, as it is for a .clang-tidy file; make it absolute here, where the
/// folder is known.
void anchorCataloguePaths(ClangTidyOptions &Options, StringRef ConfigPath) {
  SmallString<256> Dir(ConfigPath);
  sys::fs::make_absolute(Dir);
  sys::path::remove_filename(Dir);
  for (auto &KV : Options.CheckOptions) {
    if (!StringRef(KV.getKey()).ends_with(std::string(".") + CataloguesOption.str()))
      continue;
    std::string Anchored;
    for (const std::string &Path :
         resolveCataloguePaths(KV.getValue().Value, [&] { return Dir.str().str(); }))
      Anchored += (Anchored.empty() ? "" : ";") + Path;
    KV.getValue().Value = Anchored;
  }
}

/// The driver's one error style (llvm::WithColor, as clang-tidy's).
bool error(raw_ostream &Errs, const Twine &Message) {
  WithColor::error(Errs, "async-tidy") << Message << "\n";
  return false;
}

} // namespace

bool parseDriverOptions(int Argc, const char **Argv, DriverOptions &Out, raw_ostream &Errs) {
  std::string FixedError;
  Out.FixedDatabase =
      clang::tooling::FixedCompilationDatabase::loadFromCommandLine(Argc, Argv, FixedError);
  if (!FixedError.empty())
    return error(Errs, FixedError);
  cl::HideUnrelatedOptions(Category);
  if (!cl::ParseCommandLineOptions(Argc, Argv,
                                   "async-tidy: finds async misuse in C++ coroutine code.\n\n"
                                   "Exit status: 0 no findings, 1 findings, 2 usage or "
                                   "configuration error,\n3 some file could not be analysed.\n",
                                   &Errs))
    return false;
  Out.Positional = Positional;
  Out.BuildPath = BuildPath;
  auto Set = [](const cl::opt<std::string> &O) -> std::optional<std::string> {
    return O.getNumOccurrences() ? std::optional<std::string>(O) : std::nullopt;
  };
  Out.Checks = Set(Checks);
  Out.Config = Set(Config);
  Out.ConfigFile = Set(ConfigFile);
  Out.HeaderFilter = Set(HeaderFilter);
  Out.ExcludeHeaderFilter = Set(ExcludeHeaderFilter);
  Out.WarningsAsErrors = Set(WarningsAsErrors);
  if (LineFilterJson.getNumOccurrences()) {
    Expected<LineFilter> Parsed = LineFilter::parse(LineFilterJson);
    if (!Parsed)
      return error(Errs, toString(Parsed.takeError()));
    Out.LineFilter = std::move(*Parsed);
  }
  Out.DumpConfig = DumpConfig;
  Out.ExportFixes = Set(ExportFixes);
  if (SystemHeaders.getNumOccurrences())
    Out.SystemHeaders = SystemHeaders;
  Out.ExtraArgs = ExtraArg;
  Out.ExtraArgsBefore = ExtraArgBefore;
  Out.Fix = Fix;
  Out.Quiet = Quiet;
  Out.Jobs = Jobs;
  Out.Format = Format;
  Out.SourceRoot = Set(SourceRoot);
  Out.NoCache = NoCache;
  if (Shard.getNumOccurrences()) {
    auto [K, N] = StringRef(Shard).split('/');
    unsigned Index = 0, Count = 0;
    if (K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 || Index == 0 ||
        Index > Count) {
      return error(Errs, "--shard expects K/N with 1 <= K <= N, not '" + Shard + "'");
    }
    Out.Shard = {Index, Count};
  }
  Out.CacheDir = Set(CacheDir);
  Out.CacheMaxSizeMiB = CacheMaxSize;
  Out.Index = Set(Index);
  Out.WriteIndex = Set(WriteIndex);
  Out.NoCrossFile = NoCrossFile;
  Out.DebugCrashOn = DebugCrashOn;
  if (Diff.getNumOccurrences())
    Out.Diff = Diff.empty() ? std::string("HEAD") : std::string(Diff);
  Out.ListChecks = ListChecks;
  Out.DumpCatalogue = DumpCatalogue;
  Out.ValidateCatalogue = ValidateCatalogue;
  Out.AuditCatalogue = AuditCatalogue;
  Out.NoBuiltinCatalogue = NoBuiltinCatalogue;
  return true;
}

bool validateDriverOptions(DriverOptions &Out, raw_ostream &Errs) {
  if (Out.NoCrossFile && (Out.Index || Out.WriteIndex))
    return error(Errs, "--no-cross-file cannot be combined with --index or --write-index");
  if (Out.AuditCatalogue) {
    if (Out.ValidateCatalogue)
      return error(Errs, "--audit-catalogue and --validate-catalogue are mutually exclusive");
    std::vector<std::string> Sources;
    for (std::string &Arg : Out.Positional)
      (StringRef(Arg).ends_with(".yaml") || StringRef(Arg).ends_with(".yml") ? Out.CatalogueFiles
                                                                             : Sources)
          .push_back(std::move(Arg));
    Out.Positional = std::move(Sources);
    if (Out.Positional.empty())
      return error(Errs,
                   "--audit-catalogue needs a source file that includes the libraries' headers");
  }
  if (Out.Config && Out.ConfigFile)
    return error(Errs, "--config and --config-file are mutually exclusive");
  if (Out.SourceRoot && Out.Format != OutputFormat::Sarif)
    return error(Errs, "--source-root goes with --format=sarif");
  if (Out.NoCache && Out.CacheDir)
    return error(Errs, "--no-cache and --cache-dir are mutually exclusive");
  if (Out.NoBuiltinCatalogue && !Out.ValidateCatalogue && !Out.AuditCatalogue)
    return error(Errs, "--no-builtin-catalogue goes with --validate-catalogue or "
                       "--audit-catalogue");
  return true;
}

Expected<std::function<std::unique_ptr<ClangTidyOptionsProvider>()>>
makeOptionsProvider(const DriverOptions &Opts) {
  ClangTidyGlobalOptions Global;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  // Only async checks live in this binary; a .clang-tidy adds to this.
  Defaults.Checks = "-*,async-*";
  // Builtin headers must come from the Clang this driver is built against,
  // not from a folder next to the driver binary (where tooling looks).
  // -fno-caret-diagnostics: the driver prints every diagnostic itself (Report.cpp);
  // all clang would add on stderr is its "N warnings generated." count.
  Defaults.ExtraArgsBefore = std::vector<std::string>{
      "-resource-dir=" ASYNC_TIDY_CLANG_RESOURCE_DIR, "-fno-caret-diagnostics"};

  ClangTidyOptions Overrides;
  if (Opts.Checks)
    Overrides.Checks = *Opts.Checks;
  if (Opts.HeaderFilter)
    Overrides.HeaderFilterRegex = *Opts.HeaderFilter;
  if (Opts.ExcludeHeaderFilter)
    Overrides.ExcludeHeaderFilterRegex = *Opts.ExcludeHeaderFilter;
  if (Opts.WarningsAsErrors)
    Overrides.WarningsAsErrors = *Opts.WarningsAsErrors;
  if (Opts.SystemHeaders)
    Overrides.SystemHeaders = *Opts.SystemHeaders;
  if (!Opts.ExtraArgs.empty())
    Overrides.ExtraArgs = Opts.ExtraArgs;
  if (!Opts.ExtraArgsBefore.empty())
    Overrides.ExtraArgsBefore = Opts.ExtraArgsBefore;

  std::optional<ClangTidyOptions> Fixed;
  if (Opts.Config || Opts.ConfigFile) {
    std::string Text, Origin = "--config";
    if (Opts.ConfigFile) {
      auto Buffer = MemoryBuffer::getFile(*Opts.ConfigFile);
      if (!Buffer)
        return createStringError(inconvertibleErrorCode(), "cannot read --config-file '" +
                                                               *Opts.ConfigFile +
                                                               "': " + Buffer.getError().message());
      Text = (*Buffer)->getBuffer().str();
      Origin = *Opts.ConfigFile;
    } else {
      Text = *Opts.Config;
    }
    auto Parsed = parseConfiguration(MemoryBufferRef(Text, Origin));
    if (!Parsed)
      return createStringError(inconvertibleErrorCode(), "invalid configuration in " + Origin +
                                                             ": " + Parsed.getError().message());
    if (Opts.ConfigFile)
      anchorCataloguePaths(*Parsed, *Opts.ConfigFile);
    Fixed = *Parsed;
  }
  return [=]() -> std::unique_ptr<ClangTidyOptionsProvider> {
    if (Fixed)
      return std::make_unique<ConfigOptionsProvider>(Global, Defaults, *Fixed, Overrides);
    return std::make_unique<FileOptionsProvider>(Global, Defaults, Overrides);
  };
}

} // namespace async_tidy
