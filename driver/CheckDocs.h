//===- CheckDocs.h - each check's documentation page, carried by the driver ===//
//
// SARIF rule metadata (and anything else that describes a check) comes from
// docs/checks/<id>.md, embedded at build time, so the descriptions a CI page
// shows are the ones a reader of the docs sees, never a second copy.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_CHECKDOCS_H
#define ASYNC_TIDY_DRIVER_CHECKDOCS_H

#include <string>
#include <vector>

namespace async_tidy {

struct CheckDoc {
  std::string Id;       // async-blocking-call
  std::string Name;     // BlockingCall: the check class, without "Check"
  std::string Summary;  // the one-sentence summary under the title
  std::string Details;  // the summary and the first paragraph of "Why it matters"
  std::string Markdown; // the whole page
  std::string HelpUri;  // where the page is published (ASYNC_TIDY_PUBLISHED_DOCS_URL)
};

/// One entry per check linked into this binary, in CheckList.def order.
const std::vector<CheckDoc> &checkDocs();

/// Where async-tidy's documentation is published: ASYNC_TIDY_PUBLISHED_DOCS_URL when
/// the build set one, else the docs installed beside this executable, else
/// (run from the build folder) the source tree's.
std::string docsUri();

} // namespace async_tidy

#endif
