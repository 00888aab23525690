//===- Analysis.cpp -------------------------------------------------------===//
#include "Analysis.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <mutex>
#include <thread>

using namespace clang::tidy;

namespace async_tidy {
namespace {

FileResult analyseOne(const AnalysisRequest &Request, const std::string &File) {
  ClangTidyContext Context(Request.MakeOptions());
  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS(
      new llvm::vfs::OverlayFileSystem(llvm::vfs::getRealFileSystem()));
  FileResult Result;
  Result.File = File;
  Result.Diagnostics = runClangTidy(Context, *Request.Database, {File}, FS, Request.KeepFixes);
  for (const ClangTidyError &E : Result.Diagnostics)
    if (E.DiagLevel == clang::tooling::Diagnostic::Error &&
        llvm::StringRef(E.DiagnosticName).starts_with("clang-diagnostic-"))
      Result.Failed = true;
  return Result;
}

} // namespace

std::vector<FileResult> analyse(const AnalysisRequest &Request) {
  std::vector<FileResult> Results(Request.Files.size());
  std::atomic<size_t> Next{0}, Done{0};
  std::mutex ProgressMutex;
  auto Worker = [&] {
    for (size_t I = Next++; I < Request.Files.size(); I = Next++) {
      Results[I] = analyseOne(Request, Request.Files[I]);
      size_t Finished = ++Done;
      if (Request.Progress) {
        std::lock_guard<std::mutex> Lock(ProgressMutex);
        llvm::errs() << "\r\x1b[K[" << Finished << "/" << Request.Files.size() << "] "
                     << llvm::sys::path::filename(Request.Files[I]);
        llvm::errs().flush();
      }
    }
  };
  unsigned Jobs = std::max(1u, std::min<unsigned>(Request.Jobs, Request.Files.size()));
  std::vector<std::thread> Threads;
  for (unsigned J = 1; J < Jobs; ++J)
    Threads.emplace_back(Worker);
  Worker();
  for (std::thread &T : Threads)
    T.join();
  if (Request.Progress)
    llvm::errs() << "\r\x1b[K";
  return Results;
}

} // namespace async_tidy
