//===- CatalogueConfig.cpp ------------------------------------------------===//
#include "CatalogueConfig.h"
#include "catalogue/YamlDocuments.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace clang::tidy;

namespace async_tidy {
namespace {

std::optional<std::string> lookup(const ClangTidyOptions::OptionMap &Options,
                                  llvm::ArrayRef<std::string> Keys, std::string *FoundKey) {
  for (const std::string &Key : Keys) {
    auto It = Options.find(Key);
    if (It != Options.end()) {
      if (FoundKey)
        *FoundKey = Key;
      return It->second.Value;
    }
  }
  return std::nullopt;
}

/// Whether the .clang-tidy file at `ConfigPath` sets `Key` to `Value`.
bool configFileSets(llvm::StringRef ConfigPath, llvm::StringRef Key, llvm::StringRef Value) {
  auto Buffer = llvm::MemoryBuffer::getFile(ConfigPath);
  if (!Buffer)
    return false;
  auto Parsed = parseConfiguration((*Buffer)->getMemBufferRef());
  if (!Parsed)
    return false;
  auto It = Parsed->CheckOptions.find(Key);
  return It != Parsed->CheckOptions.end() && It->second.Value == Value;
}

/// Whether the clangd config file at `ConfigPath` (one or more YAML fragments)
/// sets `Diagnostics: ClangTidy: CheckOptions: Key` to `Value`. clangd merges
/// these options into clang-tidy's, so a path written there is relative to it.
bool clangdConfigSets(llvm::StringRef ConfigPath, llvm::StringRef Key, llvm::StringRef Value) {
  auto Buffer = llvm::MemoryBuffer::getFile(ConfigPath);
  if (!Buffer)
    return false;
  try {
    for (const YAML::Node &Fragment : loadDocuments((*Buffer)->getBuffer().str())) {
      YAML::Node Options = Fragment["Diagnostics"]["ClangTidy"]["CheckOptions"];
      if (Options.IsMap() && Options[Key.str()].IsScalar() && Options[Key.str()].Scalar() == Value)
        return true;
    }
  } catch (const YAML::Exception &) {
    // clangd reports its own config errors; here the file simply does not
    // say where the value came from.
  }
  return false;
}

} // namespace

std::string optionBaseDirectory(llvm::StringRef MainFile, llvm::StringRef Key,
                                llvm::StringRef Value) {
  llvm::SmallString<256> Dir(MainFile);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> TidyConfig(D), ClangdConfig(D);
    llvm::sys::path::append(TidyConfig, ".clang-tidy");
    llvm::sys::path::append(ClangdConfig, ".clangd");
    if (configFileSets(TidyConfig, Key, Value) || clangdConfigSets(ClangdConfig, Key, Value))
      return D.str();
  }
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return Cwd.str().str();
}

CatalogueConfig catalogueConfigFor(llvm::StringRef CheckName,
                                   const ClangTidyOptions::OptionMap &Options,
                                   llvm::StringRef MainFile) {
  CatalogueConfig Config;
  auto Keys = [&](llvm::StringRef Option) {
    return std::vector<std::string>{(CheckName + "." + Option).str(),
                                    (SharedOptionPrefix + Option).str()};
  };

  std::string BuiltinKey;
  if (auto Value = lookup(Options, Keys(BuiltinCatalogueOption), &BuiltinKey)) {
    auto Parsed = llvm::StringSwitch<std::optional<bool>>(*Value)
                      .Cases("true", "True", "1", true)
                      .Cases("false", "False", "0", false)
                      .Default(std::nullopt);
    if (Parsed)
      Config.Builtin = *Parsed;
    else
      Config.Errors.push_back({{"check option '" + BuiltinKey + "'", 0, 0},
                               "invalid value '" + *Value + "'; expected 'true' or 'false'"});
  }

  std::string CataloguesKey;
  auto Value = lookup(Options, Keys(CataloguesOption), &CataloguesKey);
  if (!Value)
    return Config;
  Config.CataloguesValue = *Value;
  Config.Paths = resolveCataloguePaths(
      *Value, [&] { return optionBaseDirectory(MainFile, CataloguesKey, *Value); });
  return Config;
}

std::vector<std::string> resolveCataloguePaths(llvm::StringRef Value,
                                               llvm::function_ref<std::string()> BaseDir) {
  std::vector<std::string> Paths;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Value.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::optional<std::string> Base;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    if (llvm::sys::path::is_absolute(Part)) {
      Paths.push_back(Part.str());
      continue;
    }
    if (!Base)
      Base = BaseDir();
    llvm::SmallString<256> Full(*Base);
    llvm::sys::path::append(Full, Part);
    llvm::sys::path::remove_dots(Full, /*remove_dot_dot=*/true);
    Paths.push_back(Full.str().str());
  }
  return Paths;
}

LoadResult loadConfigured(const CatalogueConfig &Config) {
  if (!Config.Errors.empty())
    return {nullptr, Config.Errors};
  return loadCatalogue(Config.Builtin, Config.Paths);
}

} // namespace async_tidy
