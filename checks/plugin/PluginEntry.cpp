//===- PluginEntry.cpp - registration for clang-tidy --load ---------------===//
//
// Loaded into a clang-tidy of another LLVM major version, a plugin built
// against this one would register checks compiled for a different ABI, or
// (the common case) be ignored silently and report nothing. The registration
// therefore first asks the host which LLVM it is, through the stable C entry
// point LLVMGetVersion, and refuses with a clear message on a mismatch.
//
//===----------------------------------------------------------------------===//
#include "AsyncTidyModule.h"
#include "FrontEnd.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "support/Version.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <dlfcn.h>

namespace {

bool hostIsCompatible() {
  using GetVersion = void (*)(unsigned *, unsigned *, unsigned *);
  auto *Fn = reinterpret_cast<GetVersion>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!Fn) {
    std::fprintf(stderr,
                 "error: AsyncTidyModule.so (async-tidy %s) cannot tell which LLVM "
                 "the host program uses; async-* checks are not registered\n",
                 async_tidy::versionString().c_str());
    return false;
  }
  unsigned Major = 0, Minor = 0, Patch = 0;
  Fn(&Major, &Minor, &Patch);
  if (Major == LLVM_VERSION_MAJOR)
    return true;
  std::fprintf(stderr,
               "error: AsyncTidyModule.so (async-tidy %s) was built for LLVM %d but was "
               "loaded into a clang-tidy of LLVM %u.%u.%u; async-* checks are not registered "
               "(install the async-tidy package built for LLVM %u, rebuild async-tidy with "
               "-DASYNC_TIDY_LLVM_VERSION=%u, or use clang-tidy-%d)\n",
               async_tidy::versionString().c_str(), LLVM_VERSION_MAJOR, Major, Minor, Patch, Major,
               Major, LLVM_VERSION_MAJOR);
  return false;
}

struct Registration {
  Registration() {
    if (!hostIsCompatible())
      return;
    // Stock clang-tidy: the default switches (FrontEnd.h).
    async_tidy::installFrontEnd({});
    static clang::tidy::ClangTidyModuleRegistry::Add<async_tidy::AsyncTidyModule> Module(
        async_tidy::ModuleName, async_tidy::ModuleDescription);
  }
} TheRegistration;

} // namespace
