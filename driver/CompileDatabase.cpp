//===- CompileDatabase.cpp ------------------------------------------------===//
#include "CompileDatabase.h"
#include "FileKinds.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang::tooling;

namespace async_tidy {
namespace {

class HeadersAsCxx : public CompilationDatabase {
public:
  explicit HeadersAsCxx(std::unique_ptr<CompilationDatabase> Inner) : Inner(std::move(Inner)) {}
  std::vector<CompileCommand> getCompileCommands(llvm::StringRef File) const override {
    std::vector<CompileCommand> Commands = Inner->getCompileCommands(File);
    if (!isHeaderFile(File))
      return Commands;
    for (CompileCommand &C : Commands) {
      bool HasLanguage = llvm::any_of(C.CommandLine, [](llvm::StringRef Arg) {
        return Arg.starts_with("-x"); // "-x c++" or "-xc++"
      });
      if (!HasLanguage && !C.CommandLine.empty())
        C.CommandLine.insert(C.CommandLine.begin() + 1, "-xc++-header");
    }
    return Commands;
  }
  std::vector<std::string> getAllFiles() const override { return Inner->getAllFiles(); }
  std::vector<CompileCommand> getAllCompileCommands() const override {
    return Inner->getAllCompileCommands();
  }

private:
  std::unique_ptr<CompilationDatabase> Inner;
};

} // namespace

std::unique_ptr<CompilationDatabase> headersAsCxx(std::unique_ptr<CompilationDatabase> Fixed) {
  return std::make_unique<HeadersAsCxx>(std::move(Fixed));
}

llvm::Expected<std::unique_ptr<CompilationDatabase>>
loadCompileDatabase(const CompilationDatabase *FixedFromArgs, llvm::StringRef BuildPath,
                    llvm::ArrayRef<std::string> Files) {
  if (FixedFromArgs)
    return nullptr; // the caller keeps using the one built from `--`
  std::string Error;
  if (!BuildPath.empty()) {
    llvm::SmallString<256> Json(BuildPath);
    if (llvm::sys::fs::is_directory(BuildPath))
      llvm::sys::path::append(Json, "compile_commands.json");
    if (!llvm::sys::fs::exists(Json))
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "no compilation database at '" + Json.str().str() + "'");
    auto DB = JSONCompilationDatabase::loadFromFile(Json, Error, JSONCommandLineSyntax::AutoDetect);
    if (!DB)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "cannot read compilation database '" + Json.str().str() +
                                         "': " + Error);
    return std::move(DB);
  }
  if (Files.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "no input files; name source files, or pass -p <build dir> "
                                   "to analyse every file of its compile_commands.json");
  auto DB = CompilationDatabase::autoDetectFromSource(Files.front(), Error);
  if (!DB)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "no compilation database found for '" + Files.front() +
            "' or its parent folders; pass -p <build dir>, or compile flags after '--'");
  return std::move(DB);
}

} // namespace async_tidy
