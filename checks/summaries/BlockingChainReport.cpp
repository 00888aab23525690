//===- BlockingChainReport.cpp --------------------------------------------===//
#include "summaries/BlockingChainReport.h"
#include "catalogue/Evidence.h"

namespace async_tidy {

namespace {

std::string quoted(llvm::StringRef Name) { return "'" + Name.str() + "'"; }

} // namespace

std::vector<ReportMessage> describeBlockingChain(const CallEdge &Root,
                                                 const FunctionSummary &Coroutine,
                                                 const BlockingGraph::Chain &Chain) {
  // As the direct findings name coroutines: unqualified.
  llvm::StringRef CoroutineName = llvm::StringRef(Coroutine.Name).rsplit("::").second;
  if (CoroutineName.empty())
    CoroutineName = Coroutine.Name;
  return describeBlockingChain(Root, "coroutine " + quoted(CoroutineName), Chain);
}

std::vector<ReportMessage> describeBlockingChain(const CallEdge &Root, llvm::StringRef Where,
                                                 const BlockingGraph::Chain &Chain) {
  std::vector<ReportMessage> Out;
  const BlockingCause &Cause = *Chain.Cause;
  const FunctionSummary &Last = *Chain.Functions.back();
  // A function marked blocking is its own cause: no call to name after it.
  bool MarkedItself = Last.Marked == FunctionSummary::Marking::Blocking;
  llvm::StringRef Called = Root.Via.empty() ? llvm::StringRef(Root.Name) : Root.Via;

  if (MarkedItself && Chain.Functions.size() == 1 && Root.Via.empty()) {
    // The callee itself is declared blocking: the same finding as a
    // catalogued call, with the declaration as evidence.
    Out.push_back(
        {Root.At, "call to blocking function " + quoted(Called) + " inside " + Where.str(), false});
  } else {
    std::string Path;
    if (!Root.Via.empty())
      Path = quoted(Root.Via) + " -> ";
    for (const FunctionSummary *F : Chain.Functions)
      Path += quoted(F->Name) + " -> ";
    Path = MarkedItself ? Path.substr(0, Path.size() - 4) : Path + quoted(Cause.Callee);
    Out.push_back({Root.At,
                   "call to " + quoted(Called) + " inside " + Where.str() + " blocks: " + Path,
                   false});
  }
  // One note per call along the chain after the first, which is the warning.
  for (size_t I = 0; I < Chain.Calls.size(); ++I) {
    const CallEdge &E = *Chain.Calls[I];
    std::string Caller = quoted(Chain.Functions[I]->Name);
    Out.push_back({E.At, E.Via.empty() ? Caller + " calls " + quoted(E.Name)
                                       : Caller + " passes " + quoted(E.Name) + " to " +
                                             quoted(E.Via) + ", which calls it"});
  }
  if (MarkedItself) {
    Out.push_back({Cause.At, quoted(Last.Name) + " is " + Cause.Reason});
    return Out;
  }
  Out.push_back({Cause.At, quoted(Last.Name) + " calls blocking function " + quoted(Cause.Callee)});
  Out.push_back({Cause.At, citingEntry(Cause.Reason, Cause.EntryId)});
  if (!Cause.Replacement.empty())
    Out.push_back({Cause.At, insteadNote(Cause.Replacement)});
  return Out;
}

} // namespace async_tidy
