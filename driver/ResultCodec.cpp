//===- ResultCodec.cpp ----------------------------------------------------===//
#include "ResultCodec.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"

using clang::tidy::ClangTidyError;

namespace async_tidy {
namespace {

// An encoded result: a header of `key=value` lines, then the findings' YAML,
// then the summaries' JSON. Neither YAML nor JSON puts these markers at the
// start of a line.
constexpr llvm::StringLiteral Magic = "async-tidy-result 1\n";
constexpr llvm::StringLiteral DiagnosticsMarker = "%%diagnostics\n";
constexpr llvm::StringLiteral SummariesMarker = "%%summaries\n";

std::string oneLine(std::string S) {
  std::replace(S.begin(), S.end(), '\n', ' ');
  return S;
}

llvm::Error malformed(const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "malformed result: " + What);
}

} // namespace

std::string diagnosticsAsYaml(const std::vector<ClangTidyError> &Diagnostics) {
  clang::tooling::TranslationUnitDiagnostics Stored;
  for (const ClangTidyError &E : Diagnostics)
    Stored.Diagnostics.push_back(E);
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::yaml::Output Out(OS);
  Out << Stored;
  OS.flush();
  return Text;
}

std::optional<std::vector<ClangTidyError>> diagnosticsFromYaml(llvm::StringRef Yaml) {
  clang::tooling::TranslationUnitDiagnostics Stored;
  llvm::yaml::Input In(Yaml);
  In >> Stored;
  if (In.error())
    return std::nullopt;
  std::vector<ClangTidyError> Out;
  for (const clang::tooling::Diagnostic &D : Stored.Diagnostics) {
    // The flag of a warning WarningsAsErrors promotes is not in the YAML:
    // the driver marks such findings again from the configuration
    // (markWarningsAsErrors in Main.cpp), for fresh and cached results alike.
    ClangTidyError E(D.DiagnosticName, D.DiagLevel, D.BuildDirectory, /*IsWarningAsError=*/false);
    E.Message = D.Message;
    E.Notes = D.Notes;
    Out.push_back(std::move(E));
  }
  return Out;
}

std::string encodeFileResult(const FileResult &R) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << Magic << "file=" << oneLine(R.File) << "\n"
     << "failed=" << (R.Failed ? 1 : 0) << "\n"
     << "from-cache=" << (R.FromCache ? 1 : 0) << "\n"
     << "cache-error=" << oneLine(R.CacheError) << "\n"
     << DiagnosticsMarker << diagnosticsAsYaml(R.Diagnostics) << SummariesMarker
     << (R.Summaries.Functions.empty() ? "" : writeIndex(R.Summaries));
  OS.flush();
  return Text;
}

llvm::Expected<FileResult> decodeFileResult(llvm::StringRef Text) {
  if (!Text.consume_front(Magic))
    return malformed("no header");
  auto [Header, Rest] = Text.split(DiagnosticsMarker);
  auto [Yaml, Summaries] = Rest.split(SummariesMarker);
  FileResult R;
  llvm::SmallVector<llvm::StringRef> Lines;
  Header.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Line : Lines) {
    auto [Key, Value] = Line.split('=');
    if (Key == "file")
      R.File = Value.str();
    else if (Key == "failed")
      R.Failed = Value == "1";
    else if (Key == "from-cache")
      R.FromCache = Value == "1";
    else if (Key == "cache-error")
      R.CacheError = Value.str();
    else
      return malformed("unknown key '" + Key + "'");
  }
  std::optional<std::vector<ClangTidyError>> Diagnostics = diagnosticsFromYaml(Yaml);
  if (!Diagnostics)
    return malformed("unreadable findings");
  R.Diagnostics = std::move(*Diagnostics);
  if (!Summaries.empty()) {
    llvm::Expected<SummarySet> Set = readIndex(Summaries, R.File);
    if (!Set)
      return Set.takeError();
    R.Summaries = std::move(*Set);
  }
  return R;
}

} // namespace async_tidy
