//===- ResultCodec.h - a file's result as text, and back ------------------===//
//
// Two places hand a translation unit's result over as text: the result cache
// (between runs) and the child process that analysed the file (to the
// driver, see ChildProcesses.h). Both write findings as clang-tidy's YAML
// (the format of --export-fixes, fixes included) and summaries as an index
// file's JSON, so a result reads back the same whichever way it came.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_RESULTCODEC_H
#define ASYNC_TIDY_DRIVER_RESULTCODEC_H

#include "Analysis.h"
#include "llvm/Support/Error.h"
#include <optional>

namespace async_tidy {

std::string diagnosticsAsYaml(const std::vector<clang::tidy::ClangTidyError> &Diagnostics);
/// None when the text is not such YAML.
std::optional<std::vector<clang::tidy::ClangTidyError>> diagnosticsFromYaml(llvm::StringRef Yaml);

/// The whole of `R`: findings, summaries, and what the driver reports about
/// the file (compile errors, cache use).
std::string encodeFileResult(const FileResult &R);
/// The result `encodeFileResult` wrote; an error names what is malformed.
llvm::Expected<FileResult> decodeFileResult(llvm::StringRef Text);

} // namespace async_tidy

#endif
