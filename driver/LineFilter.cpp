//===- LineFilter.cpp -----------------------------------------------------===//
#include "LineFilter.h"

namespace async_tidy {

llvm::Expected<LineFilter> LineFilter::parse(llvm::StringRef Json) {
  clang::tidy::ClangTidyGlobalOptions Parsed;
  if (std::error_code EC = clang::tidy::parseLineFilter(Json, Parsed))
    return llvm::createStringError(EC, "--line-filter: invalid JSON: %s", EC.message().c_str());
  LineFilter Filter;
  Filter.Files = std::move(Parsed.LineFilter);
  return Filter;
}

bool LineFilter::keeps(llvm::StringRef File, unsigned Line) const {
  if (Files.empty())
    return true;
  for (const clang::tidy::FileFilter &F : Files) {
    if (!File.ends_with(F.Name))
      continue;
    if (F.LineRanges.empty())
      return true;
    for (const clang::tidy::FileFilter::LineRange &R : F.LineRanges)
      if (R.first <= Line && Line <= R.second)
        return true;
    return false;
  }
  return false;
}

} // namespace async_tidy
