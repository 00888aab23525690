//===- BlockingGraph.cpp --------------------------------------------------===//
#include "summaries/BlockingGraph.h"
#include <deque>

namespace async_tidy {

namespace {

using Marking = FunctionSummary::Marking;

bool passesOn(const FunctionSummary &F) { return !F.Coroutine && F.Marked != Marking::NonBlocking; }

/// A function marked blocking carries its marking as its cause.
bool blocksItself(const FunctionSummary &F) { return passesOn(F) && F.Direct; }

} // namespace

void BlockingGraph::add(const SummarySet &Set) {
  for (const FunctionSummary &F : Set.Functions)
    add(F);
}

void BlockingGraph::add(const FunctionSummary &F) {
  if (!ByUsr.try_emplace(F.Usr, &F).second)
    return;
  Order.push_back(&F);
  Propagated = false;
}

const FunctionSummary *BlockingGraph::function(llvm::StringRef Usr) const {
  return ByUsr.lookup(Usr);
}

void BlockingGraph::propagate() {
  Next.clear();
  // Callers of each function, in the order the calls were summarised, so the
  // chain chosen between equally short ones is the same on every run.
  llvm::StringMap<std::vector<std::pair<const FunctionSummary *, const CallEdge *>>> Callers;
  for (const FunctionSummary *F : Order)
    for (const CallEdge &E : F->Calls)
      Callers[E.Usr].push_back({F, &E});
  std::deque<const FunctionSummary *> Queue;
  for (const FunctionSummary *F : Order)
    if (blocksItself(*F)) {
      Next[F->Usr] = nullptr;
      Queue.push_back(F);
    }
  while (!Queue.empty()) {
    const FunctionSummary *Callee = Queue.front();
    Queue.pop_front();
    auto It = Callers.find(Callee->Usr);
    if (It == Callers.end())
      continue;
    for (auto [Caller, Edge] : It->second)
      if (passesOn(*Caller) && Next.try_emplace(Caller->Usr, Edge).second)
        Queue.push_back(Caller);
  }
  Propagated = true;
}

BlockingGraph::Chain BlockingGraph::chain(llvm::StringRef Usr) {
  if (!Propagated)
    propagate();
  Chain C;
  const FunctionSummary *F = function(Usr);
  while (F) {
    auto It = Next.find(F->Usr);
    if (It == Next.end())
      return {};
    C.Functions.push_back(F);
    const CallEdge *Edge = It->second;
    if (!Edge) {
      C.Cause = &*F->Direct;
      return C;
    }
    C.Calls.push_back(Edge);
    F = function(Edge->Usr);
  }
  return {};
}

} // namespace async_tidy
