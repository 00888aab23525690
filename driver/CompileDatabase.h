//===- CompileDatabase.h - compile commands the clang-tidy way ------------===//
#ifndef ASYNC_TIDY_DRIVER_COMPILEDATABASE_H
#define ASYNC_TIDY_DRIVER_COMPILEDATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace async_tidy {

/// Where compile commands come from, in clang-tidy's order of precedence:
/// flags after `--`, then `-p <build dir>`, then a compile_commands.json found
/// by walking up from the first source file. Errors are complete sentences
/// naming the path involved.
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadCompileDatabase(const clang::tooling::CompilationDatabase *FixedFromArgs,
                    llvm::StringRef BuildPath, llvm::ArrayRef<std::string> Files);

/// Flags after `--` apply to every file, and clang takes a `.h` file for C;
/// this wrapper adds `-xc++-header` to the commands of headers (ones without
/// an explicit -x), since the checks analyse C++ only.
std::unique_ptr<clang::tooling::CompilationDatabase>
headersAsCxx(std::unique_ptr<clang::tooling::CompilationDatabase> Fixed);

} // namespace async_tidy

#endif
