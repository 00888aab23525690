//===- AsyncTidyModule.cpp ------------------------------------------------===//
#include "AsyncTidyModule.h"
#include "AllChecks.h" // generated from CheckList.def

namespace async_tidy {

void AsyncTidyModule::addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) {
#define ASYNC_CHECK(Id, Class) Factories.registerCheck<Class>(Id);
#include "CheckList.def"
}

} // namespace async_tidy
