//===- SourceFiles.cpp ----------------------------------------------------===//
#include "SourceFiles.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

namespace async_tidy {
namespace {

/// UTF-8 continuation bytes are 10xxxxxx; every other byte starts a code point.
unsigned countCodePoints(llvm::StringRef Bytes) {
  return llvm::count_if(Bytes, [](unsigned char C) { return (C & 0xC0) != 0x80; });
}

} // namespace

const SourceFiles::File &SourceFiles::file(llvm::StringRef Path) {
  auto It = Files.find(Path);
  if (It != Files.end())
    return It->second;
  File F;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Path))
    F.Text = (*Buffer)->getBuffer().str();
  F.LineStarts.push_back(0);
  for (size_t I = 0; I < F.Text.size(); ++I)
    if (F.Text[I] == '\n')
      F.LineStarts.push_back(I + 1);
  return Files.insert({Path, std::move(F)}).first->second;
}

std::pair<unsigned, unsigned> SourceFiles::position(llvm::StringRef Path, unsigned Offset) {
  const File &F = file(Path);
  Offset = std::min<size_t>(Offset, F.Text.size());
  // The last line start at or before Offset.
  auto Line = std::upper_bound(F.LineStarts.begin(), F.LineStarts.end(), Offset) - 1;
  return {static_cast<unsigned>(Line - F.LineStarts.begin() + 1), Offset - *Line + 1};
}

std::pair<unsigned, unsigned> SourceFiles::codePointPosition(llvm::StringRef Path,
                                                             unsigned Offset) {
  auto [Line, ByteColumn] = position(Path, Offset);
  const File &F = file(Path);
  return {Line,
          countCodePoints(llvm::StringRef(F.Text).substr(F.LineStarts[Line - 1], ByteColumn - 1)) +
              1};
}

unsigned SourceFiles::codePoints(llvm::StringRef Path, unsigned Offset, unsigned Length) {
  return countCodePoints(llvm::StringRef(file(Path).Text).substr(Offset, Length));
}

llvm::StringRef SourceFiles::lineText(llvm::StringRef Path, unsigned Line) {
  const File &F = file(Path);
  if (Line == 0 || Line > F.LineStarts.size())
    return "";
  llvm::StringRef Text(F.Text);
  return Text.substr(F.LineStarts[Line - 1]).split('\n').first.rtrim("\r");
}

llvm::StringRef SourceFiles::slice(llvm::StringRef Path, unsigned Offset, unsigned Length) {
  return llvm::StringRef(file(Path).Text).substr(Offset, Length);
}

} // namespace async_tidy
