//===- CallSummary.h - what a function calls, as data that outlives the AST -===//
//
// Transitive blocking is decided on summaries, not on the AST, so that one
// algorithm serves a single translation unit and a whole compile database:
// each function is summarised once (its USR, the first catalogued blocking
// call it makes, the functions it calls), the summaries of many translation
// units are linked by USR, and an index file carries them to front ends that
// parse one file at a time (the plugin, async-clangd).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUMMARIES_CALLSUMMARY_H
#define ASYNC_TIDY_SUMMARIES_CALLSUMMARY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

/// A place in a source file. `Offset` is the byte offset, for report formats
/// that locate by offset. `RawLoc` is the clang::SourceLocation encoding and
/// only means something inside the translation unit that made it; it is not
/// written to index files.
struct SiteLocation {
  std::string File;
  unsigned Line = 0, Column = 0, Offset = 0;
  unsigned RawLoc = 0;
  std::string text() const; // file:line:column
};

/// Where a chain ends: a call to a catalogued blocking function, or a function
/// marked blocking with an annotation.
struct BlockingCause {
  std::string Callee;  // as the catalogue names it
  std::string EntryId; // catalogue entry id; empty for an annotation
  std::string Reason, Replacement;
  SiteLocation At;
};

/// A call from one summarised function to another, identified by USR. `Via`
/// names the library function a callable was handed to, which is assumed to
/// call it (`std::for_each`, `std::invoke`); empty for a direct call.
struct CallEdge {
  std::string Usr, Name, Via;
  SiteLocation At;
  /// Set by the check when it reported this call from a coroutine, so that a
  /// linker of many translation units reports only what no single one could.
  bool Reported = false;
};

struct FunctionSummary {
  enum class Marking { None, Blocking, NonBlocking };

  std::string Usr;
  std::string Name; // as diagnostics show it
  SiteLocation Definition;
  bool Coroutine = false; // its calls are candidates, it never blocks a caller
  Marking Marked = Marking::None;
  std::string MarkedBy; // "annotation" or the catalogue entry id
  /// The first catalogued blocking call it makes; for a function marked
  /// blocking, the marking itself (at its definition, or at a declaration
  /// when this translation unit has no definition).
  std::optional<BlockingCause> Direct;
  std::vector<CallEdge> Calls;
  /// Calls not followed because the catalogue says they offload what they
  /// are handed or do not block: (entry id, where), the evidence for why a
  /// chain stops.
  std::vector<std::pair<std::string, SiteLocation>> NotFollowed;
};

/// The summaries of one translation unit, or of a linked index.
struct SummarySet {
  std::vector<FunctionSummary> Functions;
};

/// Index files are JSON: {"async-tidy-index": 1, "functions": [...]}. The
/// first form keeps `Reported` (a translation unit's own summaries, for the
/// result cache); the second says whether to.
std::string writeIndex(const SummarySet &Set);
std::string writeIndex(llvm::ArrayRef<const FunctionSummary *> Functions, bool KeepReported);
/// Reads an index file's text; errors name `Path` and what is wrong.
llvm::Expected<SummarySet> readIndex(llvm::StringRef Text, llvm::StringRef Path);

/// The index file at `Path`, read once per process while it is unchanged
/// (every translation unit of a clang-tidy run names the same file).
llvm::Expected<std::shared_ptr<const SummarySet>> loadIndexFile(llvm::StringRef Path);

} // namespace async_tidy

#endif
