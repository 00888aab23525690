//===- CatalogueCache.h - load each catalogue configuration once ----------===//
//
// Checks are created anew for every translation unit (and, in the driver,
// on several threads at once); the catalogue they read is loaded once per
// distinct configuration and shared read-only.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CATALOGUE_CATALOGUECACHE_H
#define ASYNC_TIDY_CATALOGUE_CATALOGUECACHE_H

#include "catalogue/CatalogueLoader.h"

namespace async_tidy {

struct LoadResult {
  std::shared_ptr<const Catalogue> Loaded; // null when Errors is not empty
  std::vector<CatalogueError> Errors;
};

/// The shipped catalogue (when `Builtin`) merged with the files at `Paths`.
/// Thread-safe. A file edited since it was loaded is loaded again (the key
/// includes size and modification time), which long-lived hosts like clangd
/// rely on.
LoadResult loadCatalogue(bool Builtin, const std::vector<std::string> &Paths);

} // namespace async_tidy

#endif
