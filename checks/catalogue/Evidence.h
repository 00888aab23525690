//===- Evidence.h - how findings cite the catalogue -----------------------===//
//
// The wording with which every check, and the cross-file chain report, names
// the catalogue entry behind a finding. It is an interface: tests parse it and
// users grep for it, so it is written here once.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CATALOGUE_EVIDENCE_H
#define ASYNC_TIDY_CATALOGUE_EVIDENCE_H

#include "llvm/ADT/Twine.h"
#include <string>

namespace async_tidy {

/// "catalogue entry 'std.lock_guard'".
inline std::string catalogueEntry(const llvm::Twine &EntryId) {
  return ("catalogue entry '" + EntryId + "'").str();
}

/// "<Text> (catalogue entry '<EntryId>')": the note that says why, citing
/// the entry; `Text` is usually the entry's reason.
inline std::string citingEntry(const llvm::Twine &Text, const llvm::Twine &EntryId) {
  return (Text + " (" + catalogueEntry(EntryId) + ")").str();
}

/// "instead: <Replacement>": the note that offers the entry's replacement.
inline std::string insteadNote(const llvm::Twine &Replacement) {
  return ("instead: " + Replacement).str();
}

} // namespace async_tidy

#endif
