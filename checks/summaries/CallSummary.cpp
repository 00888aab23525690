//===- CallSummary.cpp ----------------------------------------------------===//
#include "summaries/CallSummary.h"
#include "support/FileIdentity.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <mutex>

namespace json = llvm::json;

namespace async_tidy {

std::string SiteLocation::text() const {
  return File + ":" + std::to_string(Line) + ":" + std::to_string(Column);
}

namespace {

constexpr llvm::StringLiteral FormatKey = "async-tidy-index";
constexpr int FormatVersion = 1;

// Written with json::OStream, straight to text: an index of a large code base
// as a json::Value tree first costs more time and memory than the analysis.
/// `"Key": {"column": ..., "file": ..., "line": ..., "offset": ...}`.
void writeLocation(json::OStream &J, llvm::StringRef Key, const SiteLocation &L) {
  J.attributeObject(Key, [&] {
    J.attribute("column", L.Column);
    J.attribute("file", L.File);
    J.attribute("line", L.Line);
    J.attribute("offset", L.Offset);
  });
}

void write(json::OStream &J, const FunctionSummary &F, bool KeepReported) {
  // Keys in alphabetical order, as json::Value would print them.
  J.object([&] {
    if (F.Direct)
      J.attributeObject("blocking-call", [&] {
        writeLocation(J, "at", F.Direct->At);
        J.attribute("callee", F.Direct->Callee);
        J.attribute("entry", F.Direct->EntryId);
        J.attribute("reason", F.Direct->Reason);
        J.attribute("replacement", F.Direct->Replacement);
      });
    J.attributeArray("calls", [&] {
      for (const CallEdge &E : F.Calls)
        J.object([&] {
          writeLocation(J, "at", E.At);
          J.attribute("name", E.Name);
          if (E.Reported && KeepReported)
            J.attribute("reported", true);
          J.attribute("usr", E.Usr);
          if (!E.Via.empty())
            J.attribute("via", E.Via);
        });
    });
    if (F.Coroutine)
      J.attribute("coroutine", true);
    writeLocation(J, "definition", F.Definition);
    if (F.Marked != FunctionSummary::Marking::None) {
      J.attribute("marked",
                  F.Marked == FunctionSummary::Marking::Blocking ? "blocking" : "nonblocking");
      J.attribute("marked-by", F.MarkedBy);
    }
    J.attribute("name", F.Name);
    if (!F.NotFollowed.empty())
      J.attributeArray("not-followed", [&] {
        for (const auto &Stop : F.NotFollowed)
          J.object([&] {
            writeLocation(J, "at", Stop.second);
            J.attribute("stopped-by", Stop.first);
          });
      });
    J.attribute("usr", F.Usr);
  });
}

/// Reads the fields of an index file, remembering the first problem by its
/// JSON path so the error can say where the file is wrong.
class Reader {
public:
  explicit Reader(json::Path P) : Root(P) {}

  bool location(const json::Value *V, json::Path P, SiteLocation &Out) {
    const json::Object *O = V ? V->getAsObject() : nullptr;
    if (!O) {
      P.report("expected a location object");
      return false;
    }
    json::ObjectMapper M(*V, P);
    int64_t Line = 0, Column = 0, Offset = 0;
    if (!M || !M.map("file", Out.File) || !M.map("line", Line) || !M.map("column", Column) ||
        !M.map("offset", Offset))
      return false;
    if (Line < 0 || Column < 0 || Offset < 0 || Offset > UINT32_MAX) {
      P.report("expected non-negative line, column and offset");
      return false;
    }
    Out.Line = Line;
    Out.Column = Column;
    Out.Offset = Offset;
    return true;
  }

  bool function(const json::Value &V, json::Path P, FunctionSummary &F) {
    json::ObjectMapper M(V, P);
    if (!M || !M.map("usr", F.Usr) || !M.map("name", F.Name) ||
        !location(V.getAsObject()->get("definition"), P.field("definition"), F.Definition) ||
        !M.mapOptional("coroutine", F.Coroutine))
      return false;
    std::optional<std::string> Marked;
    if (!M.mapOptional("marked", Marked) || !M.mapOptional("marked-by", F.MarkedBy))
      return false;
    if (Marked) {
      if (*Marked == "blocking")
        F.Marked = FunctionSummary::Marking::Blocking;
      else if (*Marked == "nonblocking")
        F.Marked = FunctionSummary::Marking::NonBlocking;
      else {
        P.field("marked").report("expected 'blocking' or 'nonblocking'");
        return false;
      }
    }
    if (const json::Value *Direct = V.getAsObject()->get("blocking-call")) {
      json::Path DP = P.field("blocking-call");
      json::ObjectMapper DM(*Direct, DP);
      BlockingCause C;
      if (!DM || !DM.map("callee", C.Callee) || !DM.map("entry", C.EntryId) ||
          !DM.map("reason", C.Reason) || !DM.map("replacement", C.Replacement) ||
          !location(Direct->getAsObject()->get("at"), DP.field("at"), C.At))
        return false;
      F.Direct = std::move(C);
    }
    const json::Array *Calls = V.getAsObject()->getArray("calls");
    if (!Calls) {
      P.field("calls").report("expected an array");
      return false;
    }
    for (size_t I = 0; I < Calls->size(); ++I) {
      json::Path CP = P.field("calls").index(I);
      const json::Value &Call = (*Calls)[I];
      json::ObjectMapper CM(Call, CP);
      CallEdge E;
      if (!CM || !CM.map("usr", E.Usr) || !CM.map("name", E.Name) ||
          !CM.mapOptional("via", E.Via) || !CM.mapOptional("reported", E.Reported) ||
          !location(Call.getAsObject()->get("at"), CP.field("at"), E.At))
        return false;
      F.Calls.push_back(std::move(E));
    }
    if (const json::Array *Stops = V.getAsObject()->getArray("not-followed"))
      for (size_t I = 0; I < Stops->size(); ++I) {
        json::Path SP = P.field("not-followed").index(I);
        json::ObjectMapper SM((*Stops)[I], SP);
        std::pair<std::string, SiteLocation> Stop;
        if (!SM || !SM.map("stopped-by", Stop.first) ||
            !location((*Stops)[I].getAsObject()->get("at"), SP.field("at"), Stop.second))
          return false;
        F.NotFollowed.push_back(std::move(Stop));
      }
    return true;
  }

  bool index(const json::Value &V, SummarySet &Out) {
    const json::Object *O = V.getAsObject();
    if (!O) {
      Root.report("expected an object");
      return false;
    }
    std::optional<int64_t> Version = O->getInteger(FormatKey);
    if (Version != FormatVersion) {
      Root.field(FormatKey).report("not an async-tidy index of format version 1");
      return false;
    }
    const json::Array *Functions = O->getArray("functions");
    if (!Functions) {
      Root.field("functions").report("expected an array");
      return false;
    }
    for (size_t I = 0; I < Functions->size(); ++I) {
      FunctionSummary F;
      if (!function((*Functions)[I], Root.field("functions").index(I), F))
        return false;
      Out.Functions.push_back(std::move(F));
    }
    return true;
  }

private:
  json::Path Root;
};

} // namespace

std::string writeIndex(const SummarySet &Set) {
  std::vector<const FunctionSummary *> Functions;
  for (const FunctionSummary &F : Set.Functions)
    Functions.push_back(&F);
  return writeIndex(Functions, /*KeepReported=*/true);
}

std::string writeIndex(llvm::ArrayRef<const FunctionSummary *> Functions, bool KeepReported) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  {
    // One key per line: readable, and diffs of two indexes say what changed.
    json::OStream J(OS, /*IndentSize=*/1);
    J.object([&] {
      J.attribute(FormatKey, FormatVersion);
      J.attributeArray("functions", [&] {
        for (const FunctionSummary *F : Functions)
          write(J, *F, KeepReported);
      });
    });
  }
  OS << "\n";
  return Text;
}

llvm::Expected<SummarySet> readIndex(llvm::StringRef Text, llvm::StringRef Path) {
  llvm::Expected<json::Value> Parsed = json::parse(Text);
  if (!Parsed)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: not valid JSON: %s",
                                   Path.str().c_str(), llvm::toString(Parsed.takeError()).c_str());
  json::Path::Root Root("index");
  SummarySet Set;
  if (!Reader(Root).index(*Parsed, Set)) {
    std::string Where;
    llvm::raw_string_ostream OS(Where);
    OS << llvm::toString(Root.getError());
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: %s", Path.str().c_str(),
                                   Where.c_str());
  }
  return Set;
}

llvm::Expected<std::shared_ptr<const SummarySet>> loadIndexFile(llvm::StringRef Path) {
  struct Loaded {
    FileIdentity Identity;
    std::shared_ptr<const SummarySet> Set;
  };
  static std::mutex Mutex;
  static llvm::StringMap<Loaded> Cache;

  std::error_code EC;
  std::optional<FileIdentity> Identity = fileIdentity(Path, &EC);
  if (!Identity)
    return llvm::createStringError(EC, "cannot read index file '%s': %s", Path.str().c_str(),
                                   EC.message().c_str());
  std::lock_guard<std::mutex> Lock(Mutex);
  auto It = Cache.find(Path);
  if (It != Cache.end() && It->second.Identity == *Identity)
    return It->second.Set;
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read index file '%s': %s",
                                   Path.str().c_str(), Buffer.getError().message().c_str());
  llvm::Expected<SummarySet> Set = readIndex((*Buffer)->getBuffer(), Path);
  if (!Set)
    return Set.takeError();
  auto Shared = std::make_shared<const SummarySet>(std::move(*Set));
  Cache[Path] = {*Identity, Shared};
  return Shared;
}

} // namespace async_tidy
