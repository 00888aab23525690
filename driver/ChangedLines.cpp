//===- ChangedLines.cpp ---------------------------------------------------===//
#include "ChangedLines.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace async_tidy {
namespace {

llvm::Error diffError(unsigned Line, const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "diff line " + llvm::Twine(Line) + ": " + Message);
}

/// "@@ -a[,b] +c[,d] @@": the old and new line counts and the first new line.
bool parseHunkHeader(llvm::StringRef Line, unsigned &OldCount, unsigned &NewStart,
                     unsigned &NewCount) {
  auto Range = [](llvm::StringRef Text, unsigned &Start, unsigned &Count) {
    auto [First, Length] = Text.split(',');
    Count = 1;
    return !First.getAsInteger(10, Start) && (Length.empty() || !Length.getAsInteger(10, Count));
  };
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Line.split(Parts, ' ', /*MaxSplit=*/3);
  unsigned OldStart;
  return Parts.size() >= 3 && Parts[0] == "@@" && Parts[1].consume_front("-") &&
         Parts[2].consume_front("+") && Range(Parts[1], OldStart, OldCount) &&
         Range(Parts[2], NewStart, NewCount);
}

/// The path of a "+++ " line: without a trailing tab and timestamp, without
/// git's "b/" prefix; empty for /dev/null.
std::string newPath(llvm::StringRef Rest, llvm::StringRef BaseDir) {
  Rest = Rest.split('\t').first.rtrim("\r");
  if (Rest == "/dev/null")
    return "";
  if (Rest.size() > 1 && Rest.starts_with("\"") && Rest.ends_with("\""))
    Rest = Rest.drop_front().drop_back(); // git quotes unusual names
  Rest.consume_front("b/");
  llvm::SmallString<256> Path(Rest);
  if (!llvm::sys::path::is_absolute(Path)) {
    Path = BaseDir;
    llvm::sys::path::append(Path, Rest);
  }
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

/// Runs git with `Args` in the working directory; its stdout, or its stderr
/// as the error.
llvm::Expected<std::string> runGit(llvm::ArrayRef<llvm::StringRef> Args) {
  auto Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--diff needs git, and no 'git' is on PATH");
  llvm::SmallString<128> Out, Err;
  llvm::sys::fs::createTemporaryFile("async-tidy-git", "out", Out);
  llvm::sys::fs::createTemporaryFile("async-tidy-git", "err", Err);
  std::vector<llvm::StringRef> Argv{*Git};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Out.str(), Err.str()};
  int Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects);
  auto Read = [](llvm::StringRef Path) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    std::string Text = Buffer ? (*Buffer)->getBuffer().str() : "";
    llvm::sys::fs::remove(Path);
    return Text;
  };
  std::string Stdout = Read(Out), Stderr = Read(Err);
  if (Status != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'git " + llvm::join(Args, " ") +
                                       "' failed: " + llvm::StringRef(Stderr).trim());
  return Stdout;
}

} // namespace

llvm::Expected<ChangedLines> parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef BaseDir) {
  ChangedLines Out;
  std::set<unsigned> *Current = nullptr;
  unsigned LineNo = 0, OldLeft = 0, NewLeft = 0, NewLine = 0;
  llvm::SmallVector<llvm::StringRef> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    ++LineNo;
    if (OldLeft || NewLeft) { // inside a hunk
      char Kind = Line.empty() ? ' ' : Line.front();
      if (Kind == '\\')
        continue; // "\ No newline at end of file"
      if (Kind != ' ' && Kind != '+' && Kind != '-')
        return diffError(LineNo, "expected a hunk line (' ', '+' or '-'), found '" + Line + "'");
      if (Kind != '+' && OldLeft == 0)
        return diffError(LineNo, "the hunk has more old lines than its header says");
      if (Kind != '-' && NewLeft == 0)
        return diffError(LineNo, "the hunk has more new lines than its header says");
      if (Kind == '+' && Current)
        Current->insert(NewLine);
      if (Kind != '+')
        --OldLeft;
      if (Kind != '-')
        --NewLeft, ++NewLine;
      continue;
    }
    if (Line.consume_front("+++ ")) {
      std::string Path = newPath(Line, BaseDir);
      Current = Path.empty() ? nullptr : &Out[Path];
    } else if (Line.starts_with("@@ ")) {
      unsigned OldCount;
      if (!parseHunkHeader(Line, OldCount, NewLine, NewLeft))
        return diffError(LineNo, "malformed hunk header '" + Line + "'");
      OldLeft = OldCount;
    }
    // Anything else is a file header (diff --git, index, ---, mode, rename,
    // Binary files ...), which says nothing about lines.
  }
  if (OldLeft || NewLeft)
    return diffError(LineNo, "the diff ends inside a hunk");
  return Out;
}

llvm::Expected<ChangedLines> changedSinceRevision(llvm::StringRef Rev) {
  auto Top = runGit({"rev-parse", "--show-toplevel"});
  if (!Top)
    return Top.takeError();
  std::string Base = llvm::StringRef(*Top).trim().str();
  std::string Against = Rev.str();
  auto Head = runGit({"rev-parse", "--verify", "--quiet", "HEAD"});
  bool NoCommitYet = !Head;
  if (!Head)
    llvm::consumeError(Head.takeError());
  if (Rev == "HEAD" && NoCommitYet) {
    // No commit yet: compare with git's empty tree, so every line is new.
    auto Empty = runGit({"hash-object", "-t", "tree", "/dev/null"});
    if (!Empty)
      return Empty.takeError();
    Against = llvm::StringRef(*Empty).trim().str();
  }
  auto Diff = runGit({"-C", Base, "diff", "-U0", "--no-color", "--no-ext-diff", "--src-prefix=a/",
                      "--dst-prefix=b/", Against, "--"});
  if (!Diff)
    return Diff.takeError();
  return parseUnifiedDiff(*Diff, Base);
}

llvm::Expected<ChangedLines> readChangedLines(llvm::StringRef DiffOption) {
  if (DiffOption != "-")
    return changedSinceRevision(DiffOption);
  auto Stdin = llvm::MemoryBuffer::getSTDIN();
  if (!Stdin)
    return llvm::createStringError(Stdin.getError(), "cannot read the diff from stdin");
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return parseUnifiedDiff((*Stdin)->getBuffer(), Cwd);
}

std::string canonicalPath(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Path, Real))
    return Real.str().str();
  return Path.str();
}

ChangedLines canonical(const ChangedLines &Lines) {
  ChangedLines Out;
  for (const auto &[Path, Set] : Lines)
    Out[canonicalPath(Path)].insert(Set.begin(), Set.end());
  return Out;
}

} // namespace async_tidy
