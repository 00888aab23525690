//===- CatalogueLoader.cpp - schema-driven validation of catalogue files --===//
#include "catalogue/CatalogueLoader.h"
#include "catalogue/CatalogueSchema.h"
#include "catalogue/YamlDocuments.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <tuple>
#include <yaml-cpp/yaml.h>

namespace async_tidy {

std::string CatalogueError::where() const {
  std::string Out = Pos.File;
  if (Pos.Line)
    Out += ":" + std::to_string(Pos.Line) + ":" + std::to_string(Pos.Column);
  return Out;
}

std::string CatalogueError::str() const { return where() + ": error: " + Message; }

namespace {

std::string quote(llvm::StringRef S) { return "'" + S.str() + "'"; }

std::string joinQuoted(const std::vector<std::string> &Items) {
  std::string Out;
  for (const std::string &Item : Items)
    Out += (Out.empty() ? "" : ", ") + quote(Item);
  return Out;
}

/// The closest candidate to a misspelt key, if it is close enough to be a typo.
std::string closest(llvm::StringRef Word, const std::vector<std::string> &Candidates) {
  std::string Best;
  unsigned BestDistance = std::max<unsigned>(2, Word.size() / 3) + 1;
  for (const std::string &C : Candidates) {
    unsigned D = Word.edit_distance(C, /*AllowReplacements=*/true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = C;
    }
  }
  return Best;
}

std::string didYouMean(llvm::StringRef Word, const std::vector<std::string> &Candidates) {
  std::string Best = closest(Word, Candidates);
  return Best.empty() ? "" : "; did you mean " + quote(Best) + "?";
}

} // namespace

/// Validates one YAML document against the schema and turns its entries into
/// catalogue entries, reporting into the loader.
class DocumentValidator {
public:
  DocumentValidator(CatalogueLoader &Loader, std::string Path)
      : Loader(Loader), Schema(CatalogueSchema::builtin()), Path(std::move(Path)) {}

  void validate(const YAML::Node &Root) {
    if (!Root.IsMap()) {
      error(Root, "a catalogue must be a mapping with keys 'family' and 'entries'");
      return;
    }
    checkKeys(Root, Schema.File, "catalogue file");
    std::string Family;
    if (YAML::Node F = Root["family"]; F && F.IsScalar())
      Family = F.Scalar();
    YAML::Node Entries = Root["entries"];
    if (!Entries)
      return;
    if (!Entries.IsSequence()) {
      error(Entries, "key 'entries' must be a list of entries");
      return;
    }
    for (const YAML::Node &EntryNode : Entries)
      validateEntry(EntryNode, Family);
  }

private:
  CatalogueLoader &Loader;
  const CatalogueSchema &Schema;
  std::string Path;

  SourcePos pos(const YAML::Node &N) const {
    YAML::Mark M = N.Mark();
    if (M.is_null())
      return {Path, 1, 1};
    return {Path, unsigned(M.line + 1), unsigned(M.column + 1)};
  }

  void error(const YAML::Node &At, std::string Message) {
    Loader.Errors.push_back({pos(At), std::move(Message)});
  }

  /// Unknown, duplicate and missing keys of a mapping, and each known key's
  /// value type. `Context` names the mapping in messages.
  void checkKeys(const YAML::Node &Map, const KeySet &Allowed, llvm::StringRef Context,
                 const KeySet *Extra = nullptr) {
    llvm::StringMap<bool> Seen;
    std::vector<std::string> Names = Allowed.names();
    if (Extra)
      for (const std::string &N : Extra->names())
        Names.push_back(N);
    for (const auto &KV : Map) {
      std::string Key = KV.first.Scalar();
      if (!Seen.insert({Key, true}).second) {
        error(KV.first, "duplicate key " + quote(Key) + " in " + Context.str());
        continue;
      }
      const KeySpec *Spec = Allowed.find(Key);
      if (!Spec && Extra)
        Spec = Extra->find(Key);
      if (!Spec) {
        error(KV.first,
              "unknown key " + quote(Key) + " in " + Context.str() + didYouMean(Key, Names));
        continue;
      }
      checkValue(*Spec, KV.second);
    }
    auto RequireAll = [&](const KeySet &Set) {
      for (const KeySpec &Spec : Set.Keys)
        if (Spec.Required && !Seen.count(Spec.Name))
          error(Map, "missing required key " + quote(Spec.Name) + " in " + Context.str());
    };
    RequireAll(Allowed);
    if (Extra)
      RequireAll(*Extra);
  }

  bool isScalarList(const YAML::Node &N) {
    if (!N.IsSequence())
      return false;
    for (const YAML::Node &Item : N)
      if (!Item.IsScalar())
        return false;
    return true;
  }

  void checkValue(const KeySpec &Spec, const YAML::Node &Value) {
    const std::string &T = Spec.Type;
    std::string Key = quote(Spec.Name);
    if (T == "string" || T == "regex" || T == "enum" || T == "int") {
      if (!Value.IsScalar()) {
        error(Value,
              "key " + Key + " must be a " + (T == "int" ? "non-negative integer" : "string"));
        return;
      }
    } else if (T == "names") {
      if (!Value.IsScalar() && !isScalarList(Value))
        error(Value, "key " + Key + " must be a name or a list of names");
      return;
    } else if (T == "string-list") {
      if (!isScalarList(Value))
        error(Value, "key " + Key + " must be a list of strings");
      else if (!Spec.Pattern.empty())
        for (const YAML::Node &Item : Value)
          if (!llvm::Regex("^(" + Spec.Pattern + ")$").match(Item.Scalar()))
            error(Item, "invalid value " + quote(Item.Scalar()) + " for key " + Key +
                            "; it must match " + quote(Spec.Pattern));
      return;
    } else {
      return; // entries and match are walked by their callers
    }
    const std::string &S = Value.Scalar();
    if (T == "int" && (S.empty() || S.find_first_not_of("0123456789") != std::string::npos))
      error(Value, "key " + Key + " must be a non-negative integer");
    if (T == "enum" && std::find(Spec.Values.begin(), Spec.Values.end(), S) == Spec.Values.end())
      error(Value, "invalid value " + quote(S) + " for key " + Key + "; expected one of " +
                       joinQuoted(Spec.Values) + didYouMean(S, Spec.Values).c_str());
    if (T == "regex") {
      std::string Why;
      if (!llvm::Regex(S).isValid(Why))
        error(Value, "invalid regular expression in key " + Key + ": " + Why);
    }
    if (T == "string" && !Spec.Pattern.empty() && !llvm::Regex("^(" + Spec.Pattern + ")$").match(S))
      error(Value, "invalid value " + quote(S) + " for key " + Key + "; it must match " +
                       quote(Spec.Pattern));
  }

  static std::vector<std::string> names(const YAML::Node &N) {
    std::vector<std::string> Out;
    if (!N)
      return Out;
    if (N.IsScalar())
      Out.push_back(N.Scalar());
    else if (N.IsSequence())
      for (const YAML::Node &Item : N)
        if (Item.IsScalar())
          Out.push_back(Item.Scalar());
    return Out;
  }

  void validateEntry(const YAML::Node &Node, const std::string &Family) {
    if (!Node.IsMap()) {
      error(Node, "an entry must be a mapping with at least 'id', 'kind', 'match' and 'reason'");
      return;
    }
    size_t ErrorsBefore = Loader.Errors.size();
    const KindSpec *Kind = nullptr;
    if (YAML::Node K = Node["kind"]; K && K.IsScalar())
      Kind = Schema.kind(K.Scalar());
    std::string Id = Node["id"] && Node["id"].IsScalar() ? Node["id"].Scalar() : "";
    std::string Context = Id.empty() ? "entry" : "entry " + quote(Id);
    checkKeys(Node, Schema.Entry, Context, Kind ? &Kind->Keys : nullptr);

    if (!Id.empty()) {
      auto [It, Inserted] = Loader.SeenIds.insert({Id, pos(Node["id"])});
      if (!Inserted) {
        const SourcePos &First = It->second;
        error(Node["id"], "duplicate id " + quote(Id) + "; first defined at " + First.File + ":" +
                              std::to_string(First.Line) + ":" + std::to_string(First.Column));
      }
    }
    YAML::Node MatchNode = Node["match"];
    if (Kind && MatchNode) {
      if (!MatchNode.IsMap())
        error(MatchNode, "key 'match' must be a mapping");
      else
        checkMatch(MatchNode, *Schema.form(Kind->Match), Context);
    }
    if (Loader.Errors.size() != ErrorsBefore || !Kind)
      return;
    Loader.Result.addEntry(build(Node, *Kind, Family));
  }

  void checkMatch(const YAML::Node &Match, const MatchForm &Form, const std::string &Context) {
    checkKeys(Match, Form.Keys, "'match' of " + Context);
    unsigned Present = 0;
    for (const std::string &Alt : Form.OneOf)
      Present += Match[Alt] ? 1 : 0;
    if (Present != 1)
      error(Match, "'match' of " + Context + " needs exactly one of " + joinQuoted(Form.OneOf));
  }

  /// Each scalar of a name or list of names, with where it is written.
  void spell(const YAML::Node &N, const char *Key, std::vector<Entry::SpelledName> &Out) const {
    if (N && N.IsScalar())
      Out.push_back({N.Scalar(), Key, pos(N)});
    else if (N && N.IsSequence())
      for (const YAML::Node &Item : N)
        if (Item.IsScalar())
          Out.push_back({Item.Scalar(), Key, pos(Item)});
  }

  Entry build(const YAML::Node &Node, const KindSpec &Kind, const std::string &Family) {
    Entry E;
    E.Id = Node["id"].Scalar();
    E.Kind = Kind.Name;
    E.Family = Family;
    E.Reason = Node["reason"].Scalar();
    if (Node["replacement"])
      E.Replacement = Node["replacement"].Scalar();
    E.Where = pos(Node);
    const YAML::Node &M = Node["match"];
    for (const char *NameKey : {"function", "type"})
      for (const std::string &N : names(M[NameKey]))
        E.Names.push_back(N);
    for (const char *PatternKey : {"function-regex", "type-regex"})
      if (M[PatternKey]) {
        E.NamePatternText = M[PatternKey].Scalar();
        // Anchored: an entry's pattern describes the whole name.
        E.NamePattern = std::make_shared<llvm::Regex>("^(" + E.NamePatternText + ")$");
      }
    if (M["marker"])
      E.Marker = M["marker"].Scalar();
    E.Receivers = names(M["receiver"]);
    E.Objects = names(M["object"]);
    for (const char *Key : {"function", "type", "receiver", "object", "marker"})
      spell(M[Key], Key, E.Spelled);
    if (M["min-args"])
      E.MinArgs = std::stoul(M["min-args"].Scalar());
    for (const KeySpec &Spec : Kind.Keys.Keys)
      if (Node[Spec.Name])
        E.Attributes[Spec.Name] = names(Node[Spec.Name]);
    return E;
  }
};

void CatalogueLoader::addBuiltin() {
  for (const EmbeddedFile &F : builtinCatalogueFiles())
    addText(std::string("<builtin>/") + F.Path, F.Text);
}

void CatalogueLoader::addFile(llvm::StringRef Path) {
  auto Buffer = Path == "-" ? llvm::MemoryBuffer::getSTDIN() : llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Errors.push_back(
        {{Path.str(), 0, 0}, "cannot read catalogue file: " + Buffer.getError().message()});
    return;
  }
  addText(Path == "-" ? "<stdin>" : Path, (*Buffer)->getBuffer());
}

void CatalogueLoader::addText(llvm::StringRef DisplayPath, llvm::StringRef Text) {
  Result.addFile({DisplayPath.str(), Text.str()});
  std::vector<YAML::Node> Documents;
  try {
    Documents = loadDocuments(Text.str());
  } catch (const YAML::ParserException &E) {
    Errors.push_back({{DisplayPath.str(), unsigned(E.mark.line + 1), unsigned(E.mark.column + 1)},
                      "invalid YAML: " + E.msg});
    return;
  }
  if (Documents.empty()) {
    Errors.push_back(
        {{DisplayPath.str(), 1, 1}, "empty catalogue file; expected keys 'family' and 'entries'"});
    return;
  }
  size_t FirstError = Errors.size();
  for (const YAML::Node &Doc : Documents) {
    try {
      DocumentValidator(*this, DisplayPath.str()).validate(Doc);
    } catch (const YAML::Exception &E) {
      // Defensive: validation only reads nodes it has type-checked, but a
      // yaml-cpp surprise must become a located error, never a crash.
      Errors.push_back({{DisplayPath.str(), unsigned(E.mark.line + 1), unsigned(E.mark.column + 1)},
                        "cannot read catalogue: " + E.msg});
    }
  }
  // In document order, as a reader goes through the file.
  std::stable_sort(Errors.begin() + FirstError, Errors.end(),
                   [](const CatalogueError &A, const CatalogueError &B) {
                     return std::tie(A.Pos.Line, A.Pos.Column) < std::tie(B.Pos.Line, B.Pos.Column);
                   });
}

std::shared_ptr<const Catalogue> CatalogueLoader::finish() {
  if (!Errors.empty())
    return nullptr;
  return std::make_shared<const Catalogue>(std::move(Result));
}

} // namespace async_tidy
