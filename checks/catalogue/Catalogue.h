//===- Catalogue.h - the merged, validated catalogue of async facts -------===//
//
// What is blocking, what is a task, what spawns, what limits, which mutexes are
// coroutine-aware: all of that is data loaded from rules/*.yaml and users' own
// files. This header is the in-memory form every check queries. It carries no
// clang-tidy types so it can be loaded, validated and dumped on its own.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CATALOGUE_CATALOGUE_H
#define ASYNC_TIDY_CATALOGUE_CATALOGUE_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace async_tidy {

/// A position in a catalogue file, 1-based.
struct SourcePos {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// One catalogue entry. Kind-specific keys (`evaluation`, `action`, ...) are
/// kept by their schema name in `Attributes` so the schema, not this struct,
/// decides which exist.
struct Entry {
  std::string Id;
  std::string Kind;
  std::string Family;
  std::string Reason;
  std::string Replacement;

  // The match. Exactly one of Names / NamePattern / Marker is set (the schema's
  // one-of); the others narrow a function match.
  std::vector<std::string> Names;
  std::shared_ptr<llvm::Regex> NamePattern;
  std::string NamePatternText;
  std::string Marker;
  std::vector<std::string> Receivers;
  std::vector<std::string> Objects;
  unsigned MinArgs = 0;

  std::map<std::string, std::vector<std::string>> Attributes;
  SourcePos Where;

  /// A name the match spells (`function`, `type`, `receiver`, `object`,
  /// `marker`), where it is written: what --audit-catalogue looks up in real
  /// headers.
  struct SpelledName {
    std::string Name;
    std::string Key;
    SourcePos Pos;
  };
  std::vector<SpelledName> Spelled;

  /// The first value of a kind-specific key, or "" when absent.
  llvm::StringRef attribute(llvm::StringRef Key) const;
};

/// The merged catalogue: entries from every loaded file, indexed for lookup by
/// the qualified names checks compute from the AST.
class Catalogue {
public:
  struct SourceFile {
    std::string Path; // as shown in messages: "<builtin>/std.yaml" or a real path
    std::string Text;
  };

  void addFile(SourceFile File) { Files.push_back(std::move(File)); }
  void addEntry(Entry E);

  /// Entries of `Kind` whose name (or pattern) matches `QualifiedName`, in load
  /// order. Narrowing conditions (receiver, object, min-args) are left to the
  /// caller, which has the AST.
  std::vector<const Entry *> lookup(llvm::StringRef Kind, llvm::StringRef QualifiedName) const;

  /// Entries of `Kind` that recognise a type by a marker member, in load order.
  const std::vector<const Entry *> &markerEntries(llvm::StringRef Kind) const;

  const std::vector<std::unique_ptr<Entry>> &entries() const { return Entries; }
  const std::vector<SourceFile> &files() const { return Files; }

  /// The merged catalogue as a YAML stream, one document per source file, each
  /// a valid catalogue file again.
  std::string dump() const;

private:
  std::vector<std::unique_ptr<Entry>> Entries;
  std::vector<SourceFile> Files;
  // Kind -> exact qualified name -> entries.
  llvm::StringMap<llvm::StringMap<std::vector<const Entry *>>> ByName;
  // Kind -> entries matching by regex.
  llvm::StringMap<std::vector<const Entry *>> ByPattern;
  // Kind -> entries matching by marker member.
  llvm::StringMap<std::vector<const Entry *>> ByMarker;
};

} // namespace async_tidy

#endif
