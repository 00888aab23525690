//===- AsyncClangdMain.cpp - clangd with the async-* checks linked in -----===//
//
// Stock clangd cannot load clang-tidy plugins, so async-clangd is clangd
// itself (Debian's libclangdMain) with our check module linked in: the
// module's static registration (ModuleRegistration.cpp) adds the async-*
// checks to the same registry clangd's built-in clang-tidy reads, so
// `.clangd` can enable them like any other check.
//
// Three things are added on top of clangd:
// - --version names async-tidy's version (support/Version.h) before clangd's
//   own lines: clangd's version printer replaces any other;
// - a default --resource-dir: clangd derives it from its own path, and
//   build/bin has no lib/clang/N beside it, so without it every file would
//   fail to find <stddef.h> and friends;
// - before clangd 22, catalogue errors shown as errors in the file (see
//   FrontEnd.h), because clangd 19 drops clang-tidy's configuration errors;
//   clangd 22 shows them itself at 1:1 (both seen in
//   test/clangd/lsp-session.test; versions in between are not built here).
//
//===----------------------------------------------------------------------===//
#include "FrontEnd.h"
#include "support/Version.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <vector>

namespace clang::clangd {
// Declared in clangd/tool/ClangdMain.h, which Debian does not install.
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

namespace {

bool asksVersion(llvm::StringRef Arg) { return Arg == "--version" || Arg == "-version"; }

bool namesResourceDir(llvm::StringRef Arg) {
  return Arg.consume_front("--resource-dir") || Arg.consume_front("-resource-dir");
}

} // namespace

int main(int Argc, char *Argv[]) {
  async_tidy::FrontEndSwitches Switches;
  Switches.CatalogueErrorsInFiles = CLANG_VERSION_MAJOR < 22;
  async_tidy::installFrontEnd(std::move(Switches));
  std::vector<char *> Args(Argv, Argv + Argc);
  bool HasResourceDir = false;
  for (int I = 1; I < Argc; ++I) {
    HasResourceDir |= namesResourceDir(Argv[I]);
    if (asksVersion(Argv[I]))
      llvm::outs() << "async-clangd: async-tidy " << async_tidy::versionString() << "\n";
  }
  static char DefaultResourceDir[] = "--resource-dir=" ASYNC_TIDY_CLANG_RESOURCE_DIR;
  if (!HasResourceDir)
    Args.insert(Args.begin() + 1, DefaultResourceDir);
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1), Args.data());
}
