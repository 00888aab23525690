//===- CatalogueLoader.h - read and validate catalogue files --------------===//
//
// Loading is all-or-nothing: every problem in every file is collected as a
// located error, and a catalogue is produced only when there is none.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CATALOGUE_CATALOGUELOADER_H
#define ASYNC_TIDY_CATALOGUE_CATALOGUELOADER_H

#include "catalogue/Catalogue.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace async_tidy {

struct CatalogueError {
  SourcePos Pos;
  std::string Message;
  /// "file:line:col" (or "file" when the error is about the whole file).
  std::string where() const;
  /// "file:line:col: error: message".
  std::string str() const;
};

class CatalogueLoader {
public:
  /// The shipped files under the display prefix "<builtin>/".
  void addBuiltin();
  /// A file on disk; "-" reads standard input.
  void addFile(llvm::StringRef Path);
  /// Text already in memory, shown in messages as `DisplayPath`.
  void addText(llvm::StringRef DisplayPath, llvm::StringRef Text);

  /// The merged catalogue, or null when any error was found (all of them are
  /// then in errors()).
  std::shared_ptr<const Catalogue> finish();
  const std::vector<CatalogueError> &errors() const { return Errors; }

private:
  Catalogue Result;
  std::vector<CatalogueError> Errors;
  llvm::StringMap<SourcePos> SeenIds;
  friend class DocumentValidator;
};

} // namespace async_tidy

#endif
