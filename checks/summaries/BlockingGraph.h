//===- BlockingGraph.h - which summarised functions block, and through what -===//
//
// Links function summaries by USR and finds, for every function, the shortest
// chain of calls to a blocking call: a breadth-first search backwards from the
// functions that block directly, so cycles need no special care and the
// evidence shown is the shortest there is. Coroutines and functions marked
// non-blocking never pass blocking on to their callers.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUMMARIES_BLOCKINGGRAPH_H
#define ASYNC_TIDY_SUMMARIES_BLOCKINGGRAPH_H

#include "summaries/CallSummary.h"
#include "llvm/ADT/StringMap.h"

namespace async_tidy {

class BlockingGraph {
public:
  /// Adds summaries, which must outlive the graph (they are not copied: a
  /// whole code base's can be large). A USR already present keeps its first
  /// summary (a function defined in a header is summarised by every file
  /// including it).
  void add(const SummarySet &Set);
  void add(const FunctionSummary &F);

  /// The chain from function `Usr` to its blocking call: the calls to follow,
  /// in order, then the cause. Empty `Calls` with a cause: `Usr` blocks
  /// itself. No cause: it does not block (or is unknown).
  struct Chain {
    std::vector<const FunctionSummary *> Functions; // Functions[0] is `Usr`
    std::vector<const CallEdge *> Calls;            // Calls[i] leaves Functions[i]
    const BlockingCause *Cause = nullptr;
    explicit operator bool() const { return Cause; }
  };
  Chain chain(llvm::StringRef Usr);

  const FunctionSummary *function(llvm::StringRef Usr) const;
  const std::vector<const FunctionSummary *> &functions() const { return Order; }

private:
  void propagate();

  std::vector<const FunctionSummary *> Order;
  llvm::StringMap<const FunctionSummary *> ByUsr;
  /// For a blocking function, the call it blocks through (null: it blocks
  /// itself). Computed on the first query after the last add.
  llvm::StringMap<const CallEdge *> Next;
  bool Propagated = false;
};

} // namespace async_tidy

#endif
