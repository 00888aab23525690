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

llvm::StringRef SourceFiles::text(llvm::StringRef File) {
  auto It = Files.find(File);
  if (It == Files.end()) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    It = Files.insert({File, Buffer ? (*Buffer)->getBuffer().str() : ""}).first;
  }
  return It->second;
}

std::pair<unsigned, unsigned> SourceFiles::position(llvm::StringRef File, unsigned Offset) {
  llvm::StringRef Text = text(File);
  llvm::StringRef Before = Text.take_front(std::min<size_t>(Offset, Text.size()));
  size_t LineStart = Before.rfind('\n') + 1; // npos + 1 == 0
  return {static_cast<unsigned>(Before.count('\n') + 1),
          static_cast<unsigned>(Before.size() - LineStart + 1)};
}

std::pair<unsigned, unsigned> SourceFiles::codePointPosition(llvm::StringRef File,
                                                             unsigned Offset) {
  auto [Line, ByteColumn] = position(File, Offset);
  unsigned LineStart = std::min<size_t>(Offset, text(File).size()) - (ByteColumn - 1);
  return {Line, countCodePoints(text(File).substr(LineStart, ByteColumn - 1)) + 1};
}

unsigned SourceFiles::codePoints(llvm::StringRef File, unsigned Offset, unsigned Length) {
  return countCodePoints(text(File).substr(Offset, Length));
}

llvm::StringRef SourceFiles::lineText(llvm::StringRef File, unsigned Line) {
  llvm::StringRef Text = text(File);
  for (unsigned L = 1; L < Line && !Text.empty(); ++L)
    Text = Text.split('\n').second;
  return Text.split('\n').first.rtrim("\r");
}

llvm::StringRef SourceFiles::slice(llvm::StringRef File, unsigned Offset, unsigned Length) {
  return text(File).substr(Offset, Length);
}

} // namespace async_tidy
