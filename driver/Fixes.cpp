//===- Fixes.cpp ----------------------------------------------------------===//
#include "Fixes.h"
#include "clang-tidy/ClangTidy.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>

using clang::tooling::Replacement;
using clang::tooling::Replacements;

namespace async_tidy {

unsigned applyFixes(const std::vector<Finding> &Findings, llvm::raw_ostream &Errs) {
  std::map<std::string, Replacements> ByFile;
  unsigned Applied = 0;
  for (const Finding &F : Findings) {
    if (!isCheckFinding(*F.Diag))
      continue;
    for (const auto &FileFix : F.Diag->Message.Fix)
      for (const Replacement &R : FileFix.second)
        if (llvm::Error E = ByFile[R.getFilePath().str()].add(R)) {
          Errs << "async-tidy: skipped a fix in '" << R.getFilePath()
               << "': " << llvm::toString(std::move(E)) << "\n";
        }
  }
  for (auto &[File, Reps] : ByFile) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer) {
      Errs << "async-tidy: cannot read '" << File << "' to fix it\n";
      continue;
    }
    auto Fixed = clang::tooling::applyAllReplacements((*Buffer)->getBuffer(), Reps);
    if (!Fixed) {
      Errs << "async-tidy: cannot fix '" << File << "': " << llvm::toString(Fixed.takeError())
           << "\n";
      continue;
    }
    std::error_code EC;
    llvm::raw_fd_ostream Out(File, EC);
    if (EC) {
      Errs << "async-tidy: cannot write '" << File << "': " << EC.message() << "\n";
      continue;
    }
    Out << *Fixed;
    Applied += Reps.size();
  }
  return Applied;
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
    Errs << "async-tidy: error: cannot write fixes to '" << Path << "': " << EC.message()
         << "\n";
    return false;
  }
  clang::tidy::exportReplacements(Findings.empty() ? "" : Findings.front().File, Errors, OS);
  return true;
}

} // namespace async_tidy
