//===- BlockingChainReport.h - the words of a transitive blocking finding -===//
//
// A finding about a blocking call reached through helpers is written once,
// here, and emitted by two front ends: the check (for chains it can see from
// one translation unit and an index) and the driver (for chains that cross
// the files of one run).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUMMARIES_BLOCKINGCHAINREPORT_H
#define ASYNC_TIDY_SUMMARIES_BLOCKINGCHAINREPORT_H

#include "summaries/BlockingGraph.h"

namespace async_tidy {

struct ReportMessage {
  SiteLocation At;
  std::string Text;
  bool Note = true;
};

/// The warning (first) and its notes for call `Root` in `Coroutine`, whose
/// callee blocks through `Chain`.
std::vector<ReportMessage> describeBlockingChain(const CallEdge &Root,
                                                 const FunctionSummary &Coroutine,
                                                 const BlockingGraph::Chain &Chain);

/// The same for a call in other code that runs on the event loop; `Where`
/// says what it is ("coroutine 'f'", "the function handed to
/// 'seastar::async'").
std::vector<ReportMessage> describeBlockingChain(const CallEdge &Root, llvm::StringRef Where,
                                                 const BlockingGraph::Chain &Chain);

} // namespace async_tidy

#endif
