//===- AsyncTidyModule.h - the async-* clang-tidy module ------------------===//
#ifndef ASYNC_TIDY_ASYNCTIDYMODULE_H
#define ASYNC_TIDY_ASYNCTIDYMODULE_H

#include "clang-tidy/ClangTidyModule.h"

namespace async_tidy {

class AsyncTidyModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override;
};

/// The name and description every front end registers the module under.
inline constexpr const char *ModuleName = "async-module";
inline constexpr const char *ModuleDescription = "async-tidy: async misuse in C++ coroutine code.";

} // namespace async_tidy

#endif
