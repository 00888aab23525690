//===- FrontEnd.cpp -------------------------------------------------------===//
#include "FrontEnd.h"
#include "llvm/ADT/DenseMap.h"
#include <mutex>

namespace async_tidy {
namespace {

struct Registry {
  std::mutex Lock;
  FrontEndSwitches Installed;
  llvm::DenseMap<const clang::tidy::ClangTidyContext *, FrontEndSwitches> Attached;
};

Registry &registry() {
  static Registry R;
  return R;
}

} // namespace

void installFrontEnd(FrontEndSwitches Switches) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Guard(R.Lock);
  R.Installed = std::move(Switches);
}

AttachedFrontEnd::AttachedFrontEnd(const clang::tidy::ClangTidyContext &Context,
                                   FrontEndSwitches Switches)
    : Context(Context) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Guard(R.Lock);
  R.Attached[&Context] = std::move(Switches);
}

AttachedFrontEnd::~AttachedFrontEnd() {
  Registry &R = registry();
  std::lock_guard<std::mutex> Guard(R.Lock);
  R.Attached.erase(&Context);
}

FrontEndSwitches frontEndFor(const clang::tidy::ClangTidyContext *Context) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Guard(R.Lock);
  auto It = R.Attached.find(Context);
  return It != R.Attached.end() ? It->second : R.Installed;
}

} // namespace async_tidy
