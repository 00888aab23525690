//===- CatalogueSchema.h - rules/schema/catalogue.schema.yaml in memory ---===//
//
// The loader validates catalogue files against the written schema rather than
// against rules spelled out in C++, so the schema file, the validation and the
// generated reference cannot drift apart.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CATALOGUE_CATALOGUESCHEMA_H
#define ASYNC_TIDY_CATALOGUE_CATALOGUESCHEMA_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace async_tidy {

struct KeySpec {
  std::string Name;
  std::string Type; // string, names, string-list, regex, int, enum, entries, match
  bool Required = false;
  std::string Pattern;             // for strings: an anchored regex
  std::vector<std::string> Values; // for enums
};

struct KeySet {
  std::vector<KeySpec> Keys;
  const KeySpec *find(llvm::StringRef Name) const;
  std::vector<std::string> names() const;
};

struct MatchForm {
  std::string Name;
  KeySet Keys;
  std::vector<std::string> OneOf;
};

struct KindSpec {
  std::string Name;
  std::string Match; // name of a MatchForm
  KeySet Keys;       // keys only this kind has
};

struct CatalogueSchema {
  KeySet File;
  KeySet Entry;
  std::vector<MatchForm> Forms;
  std::vector<KindSpec> Kinds;

  const KindSpec *kind(llvm::StringRef Name) const;
  const MatchForm *form(llvm::StringRef Name) const;

  /// The schema embedded at build time from rules/schema/catalogue.schema.yaml.
  static const CatalogueSchema &builtin();
};

/// The text of the embedded schema file.
llvm::StringRef builtinSchemaText();

/// The shipped catalogue files embedded at build time, as (path relative to
/// rules/, text) pairs in file-name order.
struct EmbeddedFile {
  const char *Path;
  const char *Text;
};
const std::vector<EmbeddedFile> &builtinCatalogueFiles();

} // namespace async_tidy

#endif
