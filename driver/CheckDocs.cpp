//===- CheckDocs.cpp ------------------------------------------------------===//
#include "CheckDocs.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace async_tidy {
namespace {

struct EmbeddedDoc {
  const char *Path; // relative to docs/checks
  const char *Text;
};

const EmbeddedDoc Docs[] = {
#include "EmbeddedCheckDocs.inc"
};

/// The paragraphs (blank-line separated, lines joined with spaces) of a
/// Markdown section's body, up to the next heading.
std::vector<std::string> paragraphs(llvm::StringRef Body) {
  std::vector<std::string> Out;
  std::string Current;
  llvm::SmallVector<llvm::StringRef> Lines;
  Body.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (Line.starts_with("#"))
      break;
    if (Line.empty()) {
      if (!Current.empty())
        Out.push_back(std::move(Current));
      Current.clear();
      continue;
    }
    if (!Current.empty())
      Current += ' ';
    Current += Line.str();
  }
  if (!Current.empty())
    Out.push_back(std::move(Current));
  return Out;
}

/// The text after the line `Heading`, or "" when the page has no such line.
llvm::StringRef after(llvm::StringRef Page, llvm::StringRef Heading) {
  size_t At = Page.find((llvm::Twine("\n") + Heading + "\n").str());
  return At == llvm::StringRef::npos ? "" : Page.drop_front(At + Heading.size() + 2);
}

CheckDoc parse(llvm::StringRef Id, llvm::StringRef Class, llvm::StringRef Page) {
  CheckDoc Doc;
  Doc.Id = Id.str();
  Class.consume_back("Check");
  Doc.Name = Class.str();
  Doc.Markdown = Page.str();
  Doc.HelpUri = docsUri() + "/checks/" + Doc.Id + ".md";
  // The page starts "# <id>", then the summary paragraph.
  std::vector<std::string> Intro = paragraphs(Page.split('\n').second);
  Doc.Summary = Intro.empty() ? Doc.Id : Intro.front();
  Doc.Details = Doc.Summary;
  std::vector<std::string> Why = paragraphs(after(Page, "## Why it matters"));
  if (!Why.empty())
    Doc.Details += " " + Why.front();
  return Doc;
}

} // namespace

std::string docsUri() {
  static const std::string Uri = [] {
    if (!llvm::StringRef(ASYNC_TIDY_PUBLISHED_DOCS_URL).empty())
      return std::string(ASYNC_TIDY_PUBLISHED_DOCS_URL);
    // Installed: <prefix>/bin/async-tidy beside <prefix>/share/doc/async-tidy,
    // wherever the prefix was moved to.
    static int Anchor;
    llvm::SmallString<256> Docs(llvm::sys::fs::getMainExecutable(nullptr, &Anchor));
    llvm::sys::path::remove_filename(Docs);
    llvm::sys::path::append(Docs, "..", "share", "doc", "async-tidy");
    llvm::SmallString<256> Real;
    if (!llvm::sys::fs::real_path(Docs, Real) && llvm::sys::fs::is_directory(Real + "/checks"))
      return "file://" + Real.str().str();
    return std::string("file://" ASYNC_TIDY_SOURCE_DOCS); // run from the build folder
  }();
  return Uri;
}

const std::vector<CheckDoc> &checkDocs() {
  static const std::vector<CheckDoc> All = [] {
    std::vector<CheckDoc> Out;
    const std::pair<llvm::StringRef, llvm::StringRef> Checks[] = {
#define ASYNC_CHECK(Id, Class) {Id, #Class},
#include "CheckList.def"
    };
    for (auto [Id, Class] : Checks) {
      llvm::StringRef Page;
      for (const EmbeddedDoc &D : Docs)
        if (llvm::StringRef(D.Path) == (Id + llvm::Twine(".md")).str())
          Page = D.Text;
      Out.push_back(parse(Id, Class, Page));
    }
    return Out;
  }();
  return All;
}

} // namespace async_tidy
