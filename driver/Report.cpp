//===- Report.cpp ---------------------------------------------------------===//
#include "Report.h"
#include "SourceFiles.h"
#include "llvm/Support/JSON.h"
#include <algorithm>
#include <set>
#include <tuple>

using clang::tidy::ClangTidyError;
using clang::tooling::DiagnosticMessage;

namespace async_tidy {
namespace {

SourceFiles &sources() {
  static SourceFiles Cache;
  return Cache;
}

} // namespace

const char *levelName(clang::tooling::Diagnostic::Level L) {
  switch (L) {
  case clang::tooling::Diagnostic::Error:
    return "error";
  case clang::tooling::Diagnostic::Warning:
    return "warning";
  default:
    return "remark";
  }
}

const char *levelName(const ClangTidyError &E) {
  return E.IsWarningAsError ? "error" : levelName(E.DiagLevel);
}

namespace {

void printMessage(llvm::raw_ostream &OS, const DiagnosticMessage &M, const char *Level,
                  llvm::StringRef Check) {
  if (!M.FilePath.empty()) {
    auto [Line, Column] = sources().position(M.FilePath, M.FileOffset);
    OS << M.FilePath << ":" << Line << ":" << Column << ": ";
    OS << Level << ": " << M.Message;
    if (!Check.empty())
      OS << " [" << Check << "]";
    OS << "\n";
    llvm::StringRef Source = sources().lineText(M.FilePath, Line);
    OS << llvm::format("%5u", Line) << " | " << Source << "\n";
    OS << "      | " << std::string(Column - 1, ' ') << "^\n";
    return;
  }
  OS << Level << ": " << M.Message;
  if (!Check.empty())
    OS << " [" << Check << "]";
  OS << "\n";
}

llvm::json::Object location(const DiagnosticMessage &M) {
  llvm::json::Object Loc;
  if (M.FilePath.empty())
    return Loc;
  auto [Line, Column] = sources().position(M.FilePath, M.FileOffset);
  Loc["file"] = M.FilePath;
  Loc["line"] = Line;
  Loc["column"] = Column;
  Loc["offset"] = M.FileOffset;
  return Loc;
}

} // namespace

bool isCheckFinding(const ClangTidyError &E) {
  return llvm::StringRef(E.DiagnosticName).starts_with("async-");
}

std::vector<Finding> collectFindings(const std::vector<FileResult> &Results) {
  std::vector<Finding> Out;
  std::set<std::tuple<std::string, unsigned, std::string, std::string>> Seen;
  for (const FileResult &R : Results)
    for (const ClangTidyError &E : R.Diagnostics) {
      if (!Seen.insert(
                   {E.Message.FilePath, E.Message.FileOffset, E.DiagnosticName, E.Message.Message})
               .second)
        continue;
      Finding F{&E, E.Message.FilePath, 0, 0};
      if (!F.File.empty())
        std::tie(F.Line, F.Column) = sources().position(F.File, E.Message.FileOffset);
      Out.push_back(F);
    }
  std::stable_sort(Out.begin(), Out.end(), [](const Finding &A, const Finding &B) {
    return std::make_tuple(A.File, A.Line, A.Column, A.Diag->DiagnosticName,
                           A.Diag->Message.Message) < std::make_tuple(B.File, B.Line, B.Column,
                                                                      B.Diag->DiagnosticName,
                                                                      B.Diag->Message.Message);
  });
  return Out;
}

void printText(llvm::raw_ostream &OS, const std::vector<Finding> &Findings) {
  for (const Finding &F : Findings) {
    // clang-tidy's own spelling of a promoted warning.
    std::string Check = F.Diag->DiagnosticName;
    if (F.Diag->IsWarningAsError)
      Check += ",-warnings-as-errors";
    printMessage(OS, F.Diag->Message, levelName(*F.Diag), Check);
    for (const DiagnosticMessage &Note : F.Diag->Notes)
      printMessage(OS, Note, "note", "");
  }
}

void printJson(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
               const std::vector<FileResult> &Results) {
  llvm::json::Array Files;
  for (const FileResult &R : Results)
    Files.push_back(llvm::json::Object{{"path", R.File},
                                       {"status", !R.Crash.empty() ? "crashed"
                                                  : R.Failed       ? "not-analysed"
                                                                   : "analysed"}});
  llvm::json::Array Diagnostics;
  for (const Finding &F : Findings) {
    const ClangTidyError &E = *F.Diag;
    llvm::json::Object D = location(E.Message);
    D["check"] = E.DiagnosticName;
    D["severity"] = levelName(E);
    D["message"] = E.Message.Message;
    llvm::json::Array Notes;
    for (const DiagnosticMessage &Note : E.Notes) {
      llvm::json::Object N = location(Note);
      N["message"] = Note.Message;
      Notes.push_back(std::move(N));
    }
    D["notes"] = std::move(Notes);
    llvm::json::Array Fixes;
    for (const auto &FileFix : E.Message.Fix)
      for (const clang::tooling::Replacement &Rep : FileFix.second)
        Fixes.push_back(llvm::json::Object{{"file", Rep.getFilePath()},
                                           {"offset", Rep.getOffset()},
                                           {"length", Rep.getLength()},
                                           {"replacement", Rep.getReplacementText()}});
    D["fixes"] = std::move(Fixes);
    Diagnostics.push_back(std::move(D));
  }
  llvm::json::Object Root{{"version", 1},
                          {"tool", "async-tidy"},
                          {"files", std::move(Files)},
                          {"diagnostics", std::move(Diagnostics)}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root))) << "\n";
}

} // namespace async_tidy
