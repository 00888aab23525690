//===- AsyncCheck.cpp -----------------------------------------------------===//
#include "AsyncCheck.h"
#include "analysis/CatalogueCache.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace clang::tidy;

namespace async_tidy {
namespace {

/// Value of `Key` in the options of a .clang-tidy file, if it sets it.
std::optional<std::string> optionInConfigFile(llvm::StringRef ConfigPath, llvm::StringRef Key) {
  auto Buffer = llvm::MemoryBuffer::getFile(ConfigPath);
  if (!Buffer)
    return std::nullopt;
  auto Parsed = parseConfiguration((*Buffer)->getMemBufferRef());
  if (!Parsed)
    return std::nullopt;
  auto It = Parsed->CheckOptions.find(Key);
  if (It == Parsed->CheckOptions.end())
    return std::nullopt;
  return It->second.Value;
}

/// A relative catalogue path is relative to the folder of the .clang-tidy
/// file that names it: the nearest one, walking up from the file analysed,
/// whose option has this very value. Failing that (the value came from the
/// command line), relative to the working directory.
std::string baseDirectory(llvm::StringRef MainFile, llvm::ArrayRef<std::string> Keys,
                          llvm::StringRef Value) {
  llvm::SmallString<256> Dir(MainFile);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Config(D);
    llvm::sys::path::append(Config, ".clang-tidy");
    for (const std::string &Key : Keys)
      if (auto Found = optionInConfigFile(Config, Key); Found && *Found == Value)
        return D.str();
  }
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return Cwd.str().str();
}

} // namespace

AsyncCheck::AsyncCheck(llvm::StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context) {
  OptionsView Shared(SharedPrefix.drop_back(), Context->getOptions().CheckOptions, Context);
  CataloguesValue = Options.get(CataloguesOption, Shared.get(CataloguesOption, ""));
  UseBuiltin = Options.get(BuiltinCatalogueOption, Shared.get(BuiltinCatalogueOption, true));

  std::vector<std::string> Paths;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  llvm::StringRef(CataloguesValue).split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::string Base;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    if (llvm::sys::path::is_absolute(Part)) {
      Paths.push_back(Part.str());
      continue;
    }
    if (Base.empty())
      Base = baseDirectory(Context->getCurrentFile(),
                           {(Name + "." + CataloguesOption).str(),
                            (SharedPrefix + CataloguesOption).str()},
                           CataloguesValue);
    llvm::SmallString<256> Full(Base);
    llvm::sys::path::append(Full, Part);
    Paths.push_back(Full.str().str());
  }

  LoadResult Result = loadCatalogue(UseBuiltin, Paths);
  Loaded = Result.Loaded;
  for (const CatalogueError &E : Result.Errors)
    configurationDiag("%0: %1", clang::DiagnosticIDs::Error) << E.where() << E.Message;
}

void AsyncCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, CataloguesOption, CataloguesValue);
  Options.store(Opts, BuiltinCatalogueOption, UseBuiltin);
}

bool AsyncCheck::isLanguageVersionSupported(const clang::LangOptions &LangOpts) const {
  return LangOpts.CPlusPlus20;
}

} // namespace async_tidy
