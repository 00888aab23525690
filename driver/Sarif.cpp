//===- Sarif.cpp ----------------------------------------------------------===//
#include "Sarif.h"
#include "CheckDocs.h"
#include "SourceFiles.h"
#include "support/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

using clang::tidy::ClangTidyError;
using clang::tooling::DiagnosticMessage;
using llvm::json::Array;
using llvm::json::Object;

namespace async_tidy {
namespace {

constexpr llvm::StringLiteral RootId = "SRCROOT";

/// A path as the path part of a URI: unreserved characters and '/' as they
/// are, everything else percent-encoded (RFC 3986).
std::string encodePath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

class Writer {
public:
  explicit Writer(llvm::StringRef SourceRoot) : Root(SourceRoot.str()) {
    if (!llvm::StringRef(Root).ends_with("/"))
      Root += "/";
  }

  Object artifact(llvm::StringRef File) const {
    llvm::StringRef Path(File);
    if (Path.consume_front(Root))
      return Object{{"uri", encodePath(Path)}, {"uriBaseId", RootId}};
    return Object{{"uri", "file://" + encodePath(File)}};
  }

  Object region(const DiagnosticMessage &M) {
    auto [Line, Column] = Pos.codePointPosition(M.FilePath, M.FileOffset);
    Object R{{"startLine", Line}, {"startColumn", Column}};
    for (const auto &Range : M.Ranges)
      if (Range.FilePath == M.FilePath && Range.FileOffset == M.FileOffset && Range.Length) {
        auto [EndLine, EndColumn] = Pos.codePointPosition(M.FilePath, M.FileOffset + Range.Length);
        R["endLine"] = EndLine;
        R["endColumn"] = EndColumn;
        R["snippet"] = Object{{"text", Pos.slice(M.FilePath, M.FileOffset, Range.Length).str()}};
        break;
      }
    return R;
  }

  Object location(const DiagnosticMessage &M) {
    return Object{{"physicalLocation",
                   Object{{"artifactLocation", artifact(M.FilePath)}, {"region", region(M)}}}};
  }

  Object originalUriBaseIds() const {
    return Object{{RootId, Object{{"uri", "file://" + encodePath(Root)}}}};
  }

  Array fixes(const ClangTidyError &E) {
    Array Changes;
    std::vector<std::string> Parts;
    for (const auto &FileFix : E.Message.Fix) {
      Array Replacements;
      for (const clang::tooling::Replacement &Rep : FileFix.getValue()) {
        llvm::StringRef File = FileFix.getKey();
        unsigned Offset = Pos.codePoints(File, 0, Rep.getOffset());
        unsigned Length = Pos.codePoints(File, Rep.getOffset(), Rep.getLength());
        Replacements.push_back(
            Object{{"deletedRegion", Object{{"charOffset", Offset}, {"charLength", Length}}},
                   {"insertedContent", Object{{"text", Rep.getReplacementText()}}}});
        Parts.push_back(Rep.getLength() ? "replace with '" + Rep.getReplacementText().str() + "'"
                                        : "insert '" + Rep.getReplacementText().str() + "'");
      }
      Changes.push_back(Object{{"artifactLocation", artifact(FileFix.getKey())},
                               {"replacements", std::move(Replacements)}});
    }
    if (Changes.empty())
      return Array{};
    return Array{Object{{"description", Object{{"text", llvm::join(Parts, "; ")}}},
                        {"artifactChanges", std::move(Changes)}}};
  }

private:
  std::string Root;
  SourceFiles Pos; // columns and offsets in code points (run.columnKind)
};

/// SARIF's levels are error, warning and note (clang-tidy's remark).
const char *sarifLevel(const clang::tidy::ClangTidyError &E) {
  llvm::StringRef Name = levelName(E);
  return Name == "remark" ? "note" : Name.data();
}

Object text(llvm::StringRef S) { return Object{{"text", S}}; }

Array rules() {
  Array Out;
  for (const CheckDoc &Doc : checkDocs())
    Out.push_back(Object{{"id", Doc.Id},
                         {"name", Doc.Name},
                         {"shortDescription", text(Doc.Summary)},
                         {"fullDescription", text(Doc.Details)},
                         {"help", Object{{"text", Doc.Details}, {"markdown", Doc.Markdown}}},
                         {"helpUri", Doc.HelpUri},
                         {"defaultConfiguration", Object{{"level", "warning"}}}});
  return Out;
}

std::optional<size_t> ruleIndex(llvm::StringRef Id) {
  const auto &Docs = checkDocs();
  for (size_t I = 0; I < Docs.size(); ++I)
    if (Docs[I].Id == Id)
      return I;
  return std::nullopt;
}

} // namespace

void printSarif(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                const std::vector<FileResult> &Results, llvm::StringRef SourceRoot) {
  Writer W(SourceRoot);
  Array ResultsOut, Notifications;
  for (const Finding &F : Findings) {
    const ClangTidyError &E = *F.Diag;
    std::optional<size_t> Rule = ruleIndex(E.DiagnosticName);
    if (!Rule || E.Message.FilePath.empty()) {
      // A compiler diagnostic: the file could not be (fully) analysed.
      Object N{{"level", sarifLevel(E)},
               {"message", text(E.Message.Message)},
               {"descriptor", Object{{"id", E.DiagnosticName}}}};
      if (!E.Message.FilePath.empty())
        N["locations"] = Array{W.location(E.Message)};
      Notifications.push_back(std::move(N));
      continue;
    }
    Object R{{"ruleId", E.DiagnosticName},
             {"ruleIndex", *Rule},
             {"level", sarifLevel(E)},
             {"message", text(E.Message.Message)},
             {"locations", Array{W.location(E.Message)}}};
    Array Related;
    for (const DiagnosticMessage &Note : E.Notes) {
      if (Note.FilePath.empty())
        continue;
      Object L = W.location(Note);
      L["id"] = Related.size();
      L["message"] = text(Note.Message);
      Related.push_back(std::move(L));
    }
    if (!Related.empty())
      R["relatedLocations"] = std::move(Related);
    Array Fixes = W.fixes(E);
    if (!Fixes.empty())
      R["fixes"] = std::move(Fixes);
    ResultsOut.push_back(std::move(R));
  }

  bool AllAnalysed = true;
  for (const FileResult &R : Results)
    AllAnalysed &= !R.Failed;

  Object Driver{{"name", "async-tidy"},
                {"version", versionString()},
                {"semanticVersion", releaseVersion()},
                {"informationUri", docsUri()},
                {"rules", rules()}};
  Object Run{
      {"tool", Object{{"driver", std::move(Driver)}}},
      {"originalUriBaseIds", W.originalUriBaseIds()},
      {"columnKind", "unicodeCodePoints"},
      {"invocations", Array{Object{{"executionSuccessful", AllAnalysed},
                                   {"toolExecutionNotifications", std::move(Notifications)}}}},
      {"results", std::move(ResultsOut)}};
  Object Log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Array{std::move(Run)}}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Log))) << "\n";
}

} // namespace async_tidy
