//===- CatalogueCache.cpp -------------------------------------------------===//
#include "catalogue/CatalogueCache.h"
#include "support/FileIdentity.h"
#include "llvm/Support/FileSystem.h"
#include <map>
#include <mutex>

namespace async_tidy {

LoadResult loadCatalogue(bool Builtin, const std::vector<std::string> &Paths) {
  std::string Key = Builtin ? "builtin" : "no-builtin";
  for (const std::string &P : Paths) {
    Key += "\n" + P;
    if (std::optional<FileIdentity> Identity = fileIdentity(P))
      Key += "@" + Identity->text();
  }

  static std::mutex Mutex;
  static std::map<std::string, LoadResult> Cache;
  std::lock_guard<std::mutex> Lock(Mutex);
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;

  CatalogueLoader Loader;
  if (Builtin)
    Loader.addBuiltin();
  for (const std::string &P : Paths)
    Loader.addFile(P);
  LoadResult Result;
  Result.Loaded = Loader.finish();
  Result.Errors = Loader.errors();
  return Cache.emplace(Key, std::move(Result)).first->second;
}

} // namespace async_tidy
