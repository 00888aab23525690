//===- Fixes.cpp ----------------------------------------------------------===//
#include "Fixes.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include <map>

using clang::tooling::Replacement;
using clang::tooling::Replacements;

namespace async_tidy {

FixOutcome applyFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &Errs) {
  std::map<std::string, Replacements> ByFile;
  FixOutcome Out;
  auto Error = [&]() -> llvm::raw_ostream & {
    ++Out.Failed;
    return llvm::WithColor::error(Errs, "async-tidy");
  };
  for (const Finding &F : Findings) {
    if (!isCheckFinding(*F.Diag))
      continue;
    for (const auto &FileFix : F.Diag->Message.Fix)
      for (const Replacement &R : FileFix.second)
        if (llvm::Error E = ByFile[R.getFilePath().str()].add(R)) {
          llvm::WithColor::warning(Errs, "async-tidy")
              << "skipped a fix in '" << R.getFilePath() << "': " << llvm::toString(std::move(E))
              << "\n";
        }
  }
  for (auto &[File, Reps] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      Error() << "cannot read '" << File << "' to fix it\n";
      continue;
    }
    auto Fixed = clang::tooling::applyAllReplacements((*Buffer)->getBuffer(), Reps);
    if (!Fixed) {
      Error() << "cannot fix '" << File << "': " << llvm::toString(Fixed.takeError()) << "\n";
      continue;
    }
    std::error_code EC;
    {
      llvm::raw_fd_ostream Stream(File, EC);
      if (!EC) {
        Stream << *Fixed;
        Stream.close();
        EC = Stream.error();
        Stream.clear_error(); // reported below, not by the destructor
      }
    }
    if (EC) {
      Error() << "cannot write '" << File << "': " << EC.message() << "\n";
      continue;
    }
    Out.Applied += Reps.size();
  }
  return Out;
}

bool exportFixes(llvm::StringRef Path, const std::vector<Finding> &Findings,
                 llvm::raw_ostream &Errs) {
  std::vector<clang::tidy::ClangTidyError> Errors;
  for (const Finding &F : Findings)
    if (isCheckFinding(*F.Diag))
      Errors.push_back(*F.Diag);
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
  if (EC) {
    llvm::WithColor::error(Errs, "async-tidy")
        << "cannot write fixes to '" << Path << "': " << EC.message() << "\n";
    return false;
  }
  clang::tidy::exportReplacements(Findings.empty() ? "" : Findings.front().File, Errors, OS);
  return true;
}

} // namespace async_tidy
