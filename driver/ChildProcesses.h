//===- ChildProcesses.h - one child process per unit of work --------------===//
//
// The driver analyses each file in a child process of its own, so that a
// crash in the analysis (a bug of ours or of clang's, on code we have never
// seen) costs that file only: the driver reports it as not analysed and
// prints every other file's findings. The parent stays single-threaded and
// forks; a child writes its result to a file and leaves with _exit, so no
// destructor or atexit handler runs twice.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_CHILDPROCESSES_H
#define ASYNC_TIDY_DRIVER_CHILDPROCESSES_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include <string>

namespace async_tidy {

/// Runs `Work(I)` for every I in [0, Count), each in a child process, at most
/// `Jobs` at once. `Done(I, Output)` runs in the parent as each child ends,
/// with the text the child's `Work` returned, or an error that says how the
/// child ended instead ("crashed (Segmentation fault)").
void runInChildProcesses(size_t Count, unsigned Jobs, llvm::function_ref<std::string(size_t)> Work,
                         llvm::function_ref<void(size_t, llvm::Expected<std::string>)> Done);

} // namespace async_tidy

#endif
