//===- ModuleRegistration.cpp - the async module, linked into the driver --===//
//
// The same module class the plugin registers; here clang-tidy's registry is
// the one inside this binary, so registration needs no version guard.
//
//===----------------------------------------------------------------------===//
#include "AsyncTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

static clang::tidy::ClangTidyModuleRegistry::Add<async_tidy::AsyncTidyModule>
    AsyncModule(async_tidy::ModuleName, async_tidy::ModuleDescription);
