//===- CrossFile.cpp ------------------------------------------------------===//
#include "CrossFile.h"
#include "CheckIds.h"
#include "clang-tidy/GlobList.h"
#include "summaries/BlockingChainReport.h"
#include "llvm/Support/MemoryBuffer.h"
#include <set>

using namespace clang::tidy;

namespace async_tidy {

namespace {

constexpr llvm::StringLiteral CheckId = checkids::BlockingCallCheck;

/// Whether the comment marker `Marker` ("NOLINT", "NOLINTNEXTLINE",
/// "NOLINTBEGIN", "NOLINTEND") at the start of `After` names this check:
/// with no list, or a list of globs that holds it.
bool namesCheck(llvm::StringRef After) {
  if (!After.starts_with("("))
    return true;
  return GlobList(After.drop_front().split(')').first).contains(CheckId);
}

/// Whether a NOLINT comment on the line of `Offset`, a NOLINTNEXTLINE on the
/// line before, or a NOLINTBEGIN before it with no NOLINTEND between names
/// this check (or names none, meaning all), as clang-tidy decides for the
/// findings of one file.
bool suppressedByNolint(llvm::StringRef Text, unsigned Offset) {
  if (Offset > Text.size())
    return false;
  llvm::StringRef Before = Text.take_front(Offset);
  size_t LineStart = Before.rfind('\n');
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  llvm::StringRef Line = Text.substr(LineStart).split('\n').first;
  llvm::StringRef Previous;
  if (LineStart > 0) {
    llvm::StringRef Prior = Text.take_front(LineStart - 1);
    size_t PriorStart = Prior.rfind('\n');
    Previous = Prior.substr(PriorStart == llvm::StringRef::npos ? 0 : PriorStart + 1);
  }
  auto Names = [](llvm::StringRef In, llvm::StringRef Marker) {
    for (size_t At = In.find(Marker); At != llvm::StringRef::npos; At = In.find(Marker, At + 1)) {
      llvm::StringRef After = In.substr(At + Marker.size());
      if (After.starts_with("NEXTLINE") || After.starts_with("BEGIN") || After.starts_with("END"))
        continue;
      if (namesCheck(After))
        return true;
    }
    return false;
  };
  if (Names(Line, "NOLINT") || Names(Previous, "NOLINTNEXTLINE"))
    return true;
  // NOLINTBEGIN ... NOLINTEND regions open before this line: a stack, as
  // regions may nest; an END closes the innermost BEGIN.
  unsigned Open = 0;
  llvm::StringRef Scan = Text.take_front(LineStart + Line.size());
  for (size_t At = Scan.find("NOLINT"); At != llvm::StringRef::npos;
       At = Scan.find("NOLINT", At + 1)) {
    llvm::StringRef After = Scan.substr(At + 6);
    if (After.consume_front("BEGIN"))
      Open += namesCheck(After) ? 1 : 0;
    else if (After.consume_front("END") && namesCheck(After) && Open > 0)
      --Open;
  }
  return Open > 0;
}

clang::tooling::DiagnosticMessage message(const ReportMessage &M) {
  clang::tooling::DiagnosticMessage D;
  D.Message = M.Text;
  D.FilePath = M.At.File;
  D.FileOffset = M.At.Offset;
  return D;
}

} // namespace

BlockingGraph linkSummaries(const std::vector<FileResult> &Results, const SummarySet *Extra) {
  BlockingGraph Graph;
  for (const FileResult &R : Results)
    Graph.add(R.Summaries);
  if (Extra)
    Graph.add(*Extra);
  return Graph;
}

void reportCrossFileChains(std::vector<FileResult> &Results, BlockingGraph &Graph,
                           llvm::function_ref<bool(llvm::StringRef)> Enabled,
                           llvm::function_ref<bool(llvm::StringRef)> AsError) {
  std::set<std::string> SeenCoroutines; // a header's coroutine, once
  // A call in a coroutine template is one place, whatever the instantiation.
  std::set<std::pair<std::string, unsigned>> SeenCalls;
  for (FileResult &R : Results) {
    if (R.Summaries.Functions.empty() || !Enabled(R.File))
      continue;
    std::unique_ptr<llvm::MemoryBuffer> Text;
    for (const FunctionSummary &Coro : R.Summaries.Functions) {
      if (!Coro.Coroutine || !SeenCoroutines.insert(Coro.Usr).second)
        continue;
      for (const CallEdge &Call : Coro.Calls) {
        // Calls in headers are left to the files that own them.
        if (Call.Reported || Call.At.File != R.File)
          continue;
        BlockingGraph::Chain Chain = Graph.chain(Call.Usr);
        if (!Chain || !SeenCalls.insert({Call.At.File, Call.At.Offset}).second)
          continue;
        if (!Text) {
          auto Buffer = llvm::MemoryBuffer::getFile(R.File);
          Text = Buffer ? std::move(*Buffer) : llvm::MemoryBuffer::getMemBuffer("");
        }
        if (suppressedByNolint(Text->getBuffer(), Call.At.Offset))
          continue;
        std::vector<ReportMessage> Messages = describeBlockingChain(Call, Coro, Chain);
        ClangTidyError Finding(CheckId, clang::tooling::Diagnostic::Warning, "", AsError(R.File));
        Finding.Message = message(Messages.front());
        for (size_t I = 1; I < Messages.size(); ++I)
          Finding.Notes.push_back(message(Messages[I]));
        R.Diagnostics.push_back(std::move(Finding));
      }
    }
  }
}

std::string linkedIndexText(const BlockingGraph &Graph) {
  std::vector<const FunctionSummary *> Functions = Graph.functions();
  llvm::sort(Functions,
             [](const FunctionSummary *A, const FunctionSummary *B) { return A->Usr < B->Usr; });
  // Which calls one file's check reported says nothing to another reader.
  return writeIndex(Functions, /*KeepReported=*/false);
}

} // namespace async_tidy
