//===- ResultCache.cpp ----------------------------------------------------===//
#include "ResultCache.h"
#include "ResultCodec.h"
#include "support/FileIdentity.h"
#include "support/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using clang::tidy::ClangTidyError;

namespace async_tidy {
namespace {

/// Separates an entry's dependency lines from its YAML diagnostics.
constexpr llvm::StringLiteral DiagnosticsMarker = "%%diagnostics\n";
constexpr llvm::StringLiteral SummariesMarker = "%%summaries\n";
constexpr llvm::StringLiteral EntrySuffix = ".entry";

std::string hexDigest(llvm::BLAKE3 &Hasher) {
  auto Digest = Hasher.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(Digest.data(), Digest.size()), /*LowerCase=*/true);
}

/// This executable, as it is now: a rebuild changes its size or time.
std::string toolIdentity() {
  static const std::string Identity = [] {
    static int Anchor;
    std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, &Anchor);
    std::optional<FileIdentity> Identity = fileIdentity(Exe);
    return Identity ? Exe + "|" + Identity->text() : Exe;
  }();
  return Identity;
}

/// The prerequisites of a Make rule as clang's -MD writes it: after the
/// first ": ", whitespace-separated, with "\<newline>" continuations and
/// "\ " for a space inside a name.
std::vector<std::string> dependencies(llvm::StringRef Rule) {
  size_t Colon = Rule.find(": ");
  std::vector<std::string> Out;
  if (Colon == llvm::StringRef::npos)
    return Out;
  std::string Current;
  llvm::StringRef Rest = Rule.drop_front(Colon + 2);
  for (size_t I = 0; I < Rest.size(); ++I) {
    char C = Rest[I];
    if (C == '\\' && I + 1 < Rest.size() && (Rest[I + 1] == '\n' || Rest[I + 1] == '\r')) {
      ++I;
      C = ' ';
    } else if (C == '\\' && I + 1 < Rest.size() && (Rest[I + 1] == ' ' || Rest[I + 1] == '#')) {
      Current += Rest[++I];
      continue;
    } else if (C == '$' && I + 1 < Rest.size() && Rest[I + 1] == '$') {
      Current += Rest[++I];
      continue;
    }
    if (llvm::isSpace(C)) {
      if (!Current.empty())
        Out.push_back(std::move(Current));
      Current.clear();
    } else {
      Current += C;
    }
  }
  if (!Current.empty())
    Out.push_back(std::move(Current));
  return Out;
}

} // namespace

std::string ResultCache::defaultDir() {
  if (auto Dir = llvm::sys::Process::GetEnv("ASYNC_TIDY_CACHE_DIR"))
    return *Dir;
  llvm::SmallString<256> Path;
  if (auto Xdg = llvm::sys::Process::GetEnv("XDG_CACHE_HOME"); Xdg && !Xdg->empty())
    Path = *Xdg;
  else if (llvm::sys::path::home_directory(Path))
    llvm::sys::path::append(Path, ".cache");
  else
    llvm::sys::path::system_temp_directory(/*ErasedOnReboot=*/false, Path);
  llvm::sys::path::append(Path, "async-tidy");
  return Path.str().str();
}

std::optional<std::string> ResultCache::contentHash(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = Hashes.find(Path);
    if (It != Hashes.end())
      return It->second;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  llvm::BLAKE3 Hasher;
  Hasher.update((*Buffer)->getBuffer());
  std::string Hash = hexDigest(Hasher);
  std::lock_guard<std::mutex> Lock(Mutex);
  Hashes[Path] = Hash;
  return Hash;
}

std::string ResultCache::key(llvm::StringRef File,
                             const std::vector<clang::tooling::CompileCommand> &Commands,
                             llvm::StringRef Options, llvm::ArrayRef<std::string> Inputs) {
  llvm::BLAKE3 Hasher;
  auto Add = [&](llvm::StringRef Text) {
    Hasher.update(Text);
    Hasher.update(llvm::StringRef("\0", 1));
  };
  Add("async-tidy " + versionString());
  Add(toolIdentity());
  Add(File);
  for (const clang::tooling::CompileCommand &C : Commands) {
    Add(C.Directory);
    Add(C.Filename);
    for (const std::string &Arg : C.CommandLine)
      Add(Arg);
  }
  Add(Options);
  for (const std::string &Input : Inputs) {
    Add(Input);
    Add(contentHash(Input).value_or("(unreadable)"));
  }
  return hexDigest(Hasher);
}

std::string ResultCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Key + EntrySuffix);
  return Path.str().str();
}

std::optional<CachedResult> ResultCache::lookup(llvm::StringRef Key) {
  std::string Path = entryPath(Key);
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return std::nullopt;
  auto [Deps, Rest] = (*Buffer)->getBuffer().split(DiagnosticsMarker);
  auto [Yaml, Summaries] = Rest.split(SummariesMarker);
  llvm::SmallVector<llvm::StringRef> Lines;
  Deps.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Line : Lines) {
    auto [Hash, File] = Line.split(' ');
    std::optional<std::string> Now = contentHash(File);
    if (!Now || *Now != Hash)
      return std::nullopt;
  }
  std::optional<std::vector<ClangTidyError>> Diagnostics = diagnosticsFromYaml(Yaml);
  if (!Diagnostics)
    return std::nullopt;
  CachedResult Out;
  Out.Summaries = Summaries.str();
  Out.Diagnostics = std::move(*Diagnostics);
  // Used now: the entry is the most recently used for trim().
  int FD;
  if (!llvm::sys::fs::openFileForWrite(Path, FD, llvm::sys::fs::CD_OpenExisting,
                                       llvm::sys::fs::OF_Append)) {
    llvm::sys::fs::setLastAccessAndModificationTime(FD, std::chrono::system_clock::now());
    llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  }
  return Out;
}

bool ResultCache::store(llvm::StringRef Key, llvm::StringRef DependencyFile,
                        const std::vector<ClangTidyError> &Diagnostics, llvm::StringRef Summaries,
                        std::string &Error) {
  auto Rule = llvm::MemoryBuffer::getFile(DependencyFile);
  if (!Rule) {
    Error = "the compiler wrote no dependency list";
    return false;
  }
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  for (const std::string &Dep : dependencies((*Rule)->getBuffer())) {
    llvm::SmallString<256> Abs(Dep);
    llvm::sys::fs::make_absolute(Abs);
    std::optional<std::string> Hash = contentHash(Abs);
    if (!Hash) {
      Error = "cannot read '" + Abs.str().str() + "'";
      return false;
    }
    OS << *Hash << " " << Abs << "\n";
  }
  OS << DiagnosticsMarker << diagnosticsAsYaml(Diagnostics) << SummariesMarker << Summaries;
  OS.flush();

  if (std::error_code EC = llvm::sys::fs::create_directories(Dir)) {
    Error = "cannot create '" + Dir + "': " + EC.message();
    return false;
  }
  // Written aside and renamed into place, so that a concurrent run reads
  // either no entry or a whole one.
  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(
          llvm::Twine(Dir) + "/" + Key + "-%%%%%%%%.tmp", FD, Temp)) {
    Error = "cannot write in '" + Dir + "': " + EC.message();
    return false;
  }
  {
    llvm::raw_fd_ostream File(FD, /*shouldClose=*/true);
    File << Text;
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, entryPath(Key))) {
    llvm::sys::fs::remove(Temp);
    Error = "cannot write '" + entryPath(Key) + "': " + EC.message();
    return false;
  }
  return true;
}

void ResultCache::trim() {
  struct Entry {
    std::string Path;
    uint64_t Size;
    llvm::sys::TimePoint<> Used;
  };
  std::vector<Entry> Entries;
  uint64_t Total = 0;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC; It.increment(EC)) {
    llvm::sys::fs::file_status Status;
    if (!llvm::StringRef(It->path()).ends_with(EntrySuffix) || It->status().getError() ||
        llvm::sys::fs::status(It->path(), Status))
      continue;
    Entries.push_back({It->path(), Status.getSize(), Status.getLastModificationTime()});
    Total += Status.getSize();
  }
  if (Total <= MaxBytes)
    return;
  std::sort(Entries.begin(), Entries.end(),
            [](const Entry &A, const Entry &B) { return A.Used < B.Used; });
  // Down to 80 % of the bound, so that the next runs do not trim again at once.
  for (const Entry &E : Entries) {
    if (Total <= MaxBytes / 10 * 8)
      break;
    if (!llvm::sys::fs::remove(E.Path))
      Total -= E.Size;
  }
}

} // namespace async_tidy
