//===- FileKinds.h - C/C++ sources and headers, by extension --------------===//
//
// One list for every place that asks: --diff picks the changed C/C++ files
// (ChangedLines.h), and a header named on the command line is compiled as
// one (CompileDatabase.h).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_FILEKINDS_H
#define ASYNC_TIDY_DRIVER_FILEKINDS_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"

namespace async_tidy {

inline constexpr llvm::StringLiteral SourceExtensions[] = {".c",   ".cc",  ".cpp",
                                                           ".cxx", ".c++", ".C"};
/// Headers, and the files written to be included (`.inc`, `.inl`,
/// `.ipp`, `.tpp`: template and table parts of headers).
inline constexpr llvm::StringLiteral HeaderExtensions[] = {".h", ".hh",  ".hpp", ".hxx", ".h++",
                                                           ".H", ".inc", ".inl", ".ipp", ".tpp"};

inline bool isHeaderFile(llvm::StringRef Path) {
  return llvm::is_contained(HeaderExtensions, llvm::sys::path::extension(Path));
}

/// Whether `Path` names a C or C++ source or header, by its extension.
inline bool isCxxFile(llvm::StringRef Path) {
  return isHeaderFile(Path) ||
         llvm::is_contained(SourceExtensions, llvm::sys::path::extension(Path));
}

} // namespace async_tidy

#endif
