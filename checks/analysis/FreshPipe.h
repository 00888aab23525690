//===- FreshPipe.h - one small write to a pipe just made ------------------===//
//
// A pipe holds at least a page, and POSIX promises room for PIPE_BUF (at
// least 512) bytes, so the first small write to a pipe nobody has written to
// returns at once, even on a blocking descriptor. Test suites wake a
// coroutine that polls a pipe's read end this way: they make the pipe with
// pipe(), then hand its write end to a coroutine lambda that writes one
// integer (libcoro's scheduler tests).
//
// The pipe is proved fresh from the code: the function that made it uses
// its write end, closing aside, only for this one write, which runs once.
// The write may sit in a local lambda that the function calls once with the
// write end as an argument.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_FRESHPIPE_H
#define ASYNC_TIDY_ANALYSIS_FRESHPIPE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <string>
#include <vector>

namespace async_tidy {

/// Whether `Call` (`write(fd, buf, n)`, descriptor first, byte count third)
/// is the only use of the write end of a pipe that one of `Makers` (`pipe`)
/// made earlier, with a constant `n` of at most 512 bytes, outside any loop.
bool onlySmallWriteToFreshPipe(const clang::CallExpr &Call, const std::vector<std::string> &Makers,
                               clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
