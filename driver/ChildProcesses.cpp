//===- ChildProcesses.cpp -------------------------------------------------===//
#include "ChildProcesses.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cerrno>
#include <cstring>
#include <map>
#include <sys/wait.h>
#include <unistd.h>

namespace async_tidy {
namespace {

/// A child that could not hand its result over (the status a sysexits.h
/// program uses for "cannot create output file").
constexpr int ExitCannotWrite = 73;

llvm::Error failure(const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), What);
}

/// How a child that did not hand over a result ended, in words.
llvm::Error howItEnded(int Status) {
  if (WIFSIGNALED(Status))
    return failure("crashed (" + llvm::Twine(strsignal(WTERMSIG(Status))) + ")");
  if (WIFEXITED(Status) && WEXITSTATUS(Status) == ExitCannotWrite)
    return failure("could not hand its result over (temporary file not writable)");
  if (WIFEXITED(Status))
    return failure("exited with status " + llvm::Twine(WEXITSTATUS(Status)));
  return failure("ended with wait status " + llvm::Twine(Status));
}

[[noreturn]] void runChild(llvm::function_ref<std::string(size_t)> Work, size_t I,
                           llvm::StringRef OutPath) {
  std::string Text = Work(I);
  std::error_code EC;
  {
    llvm::raw_fd_ostream OS(OutPath, EC);
    if (!EC) {
      OS << Text;
      OS.close();
      EC = OS.error();
    }
  }
  llvm::outs().flush();
  _exit(EC ? ExitCannotWrite : 0);
}

} // namespace

void runInChildProcesses(size_t Count, unsigned Jobs, llvm::function_ref<std::string(size_t)> Work,
                         llvm::function_ref<void(size_t, llvm::Expected<std::string>)> Done) {
  struct Running {
    size_t Index;
    std::string OutPath;
  };
  std::map<pid_t, Running> Children;
  size_t Next = 0;
  Jobs = std::max(1u, Jobs);
  while (Next < Count || !Children.empty()) {
    while (Next < Count && Children.size() < Jobs) {
      size_t I = Next++;
      llvm::SmallString<128> OutPath;
      if (std::error_code EC =
              llvm::sys::fs::createTemporaryFile("async-tidy-result", "txt", OutPath)) {
        Done(I, failure("cannot create a temporary file: " + EC.message()));
        continue;
      }
      // Whatever is buffered would otherwise be written twice.
      llvm::outs().flush();
      llvm::errs().flush();
      pid_t Pid = fork();
      if (Pid == 0)
        runChild(Work, I, OutPath);
      if (Pid < 0) {
        Done(I, failure("cannot start a process: " + llvm::Twine(strerror(errno))));
        llvm::sys::fs::remove(OutPath);
        continue;
      }
      Children[Pid] = {I, OutPath.str().str()};
    }
    if (Children.empty())
      continue;
    int Status = 0;
    pid_t Pid = waitpid(-1, &Status, 0);
    if (Pid < 0) {
      if (errno == EINTR)
        continue;
      // No child left to wait for (ECHILD): none of the running ones will
      // report; say so for each rather than wait forever.
      for (auto &[P, R] : Children) {
        Done(R.Index, failure("lost track of its process"));
        llvm::sys::fs::remove(R.OutPath);
      }
      Children.clear();
      continue;
    }
    auto It = Children.find(Pid);
    if (It == Children.end())
      continue;
    Running R = std::move(It->second);
    Children.erase(It);
    if (WIFEXITED(Status) && WEXITSTATUS(Status) == 0) {
      if (auto Buffer = llvm::MemoryBuffer::getFile(R.OutPath))
        Done(R.Index, (*Buffer)->getBuffer().str());
      else
        Done(R.Index, failure("left no result (" + Buffer.getError().message() + ")"));
    } else {
      Done(R.Index, howItEnded(Status));
    }
    llvm::sys::fs::remove(R.OutPath);
  }
}

} // namespace async_tidy
