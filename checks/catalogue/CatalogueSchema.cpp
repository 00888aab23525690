//===- CatalogueSchema.cpp ------------------------------------------------===//
#include "catalogue/CatalogueSchema.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"
#include <yaml-cpp/yaml.h>

namespace async_tidy {
namespace {

const EmbeddedFile SchemaFiles[] = {
#include "EmbeddedSchema.inc"
};

const EmbeddedFile RuleFiles[] = {
#include "EmbeddedRules.inc"
};

std::vector<std::string> scalars(const YAML::Node &N) {
  std::vector<std::string> Out;
  if (N && N.IsSequence())
    for (const YAML::Node &Item : N)
      Out.push_back(Item.as<std::string>());
  return Out;
}

KeySet parseKeys(const YAML::Node &Keys, const YAML::Node &KindsNode) {
  KeySet Set;
  if (!Keys)
    return Set;
  for (const auto &KV : Keys) {
    KeySpec Spec;
    Spec.Name = KV.first.as<std::string>();
    const YAML::Node &Body = KV.second;
    Spec.Type = Body["type"].as<std::string>();
    Spec.Required = Body["required"] && Body["required"].as<bool>();
    if (Body["pattern"])
      Spec.Pattern = Body["pattern"].as<std::string>();
    Spec.Values = scalars(Body["values"]);
    if (Body["values-from"] && Body["values-from"].as<std::string>() == "kinds")
      for (const auto &Kind : KindsNode)
        Spec.Values.push_back(Kind.first.as<std::string>());
    Set.Keys.push_back(std::move(Spec));
  }
  return Set;
}

CatalogueSchema parseSchema(llvm::StringRef Text) {
  CatalogueSchema Schema;
  try {
    YAML::Node Root = YAML::Load(Text.str());
    YAML::Node Kinds = Root["kinds"];
    Schema.File = parseKeys(Root["file"]["keys"], Kinds);
    Schema.Entry = parseKeys(Root["entry"]["keys"], Kinds);
    for (const auto &KV : Root["match-forms"]) {
      MatchForm Form;
      Form.Name = KV.first.as<std::string>();
      Form.Keys = parseKeys(KV.second["keys"], Kinds);
      Form.OneOf = scalars(KV.second["one-of"]);
      Schema.Forms.push_back(std::move(Form));
    }
    for (const auto &KV : Kinds) {
      KindSpec Kind;
      Kind.Name = KV.first.as<std::string>();
      Kind.Match = KV.second["match"].as<std::string>();
      Kind.Keys = parseKeys(KV.second["keys"], Kinds);
      Schema.Kinds.push_back(std::move(Kind));
    }
  } catch (const YAML::Exception &E) {
    // The schema ships inside the binary and is tested; a failure here is a
    // build defect, not bad user input.
    llvm::report_fatal_error(llvm::Twine("async-tidy: embedded catalogue schema is invalid: ") +
                             E.what());
  }
  return Schema;
}

} // namespace

const KeySpec *KeySet::find(llvm::StringRef Name) const {
  for (const KeySpec &K : Keys)
    if (K.Name == Name)
      return &K;
  return nullptr;
}

std::vector<std::string> KeySet::names() const {
  std::vector<std::string> Out;
  for (const KeySpec &K : Keys)
    Out.push_back(K.Name);
  return Out;
}

const KindSpec *CatalogueSchema::kind(llvm::StringRef Name) const {
  for (const KindSpec &K : Kinds)
    if (K.Name == Name)
      return &K;
  return nullptr;
}

const MatchForm *CatalogueSchema::form(llvm::StringRef Name) const {
  for (const MatchForm &F : Forms)
    if (F.Name == Name)
      return &F;
  return nullptr;
}

llvm::StringRef builtinSchemaText() { return SchemaFiles[0].Text; }

const CatalogueSchema &CatalogueSchema::builtin() {
  static const CatalogueSchema Schema = parseSchema(builtinSchemaText());
  return Schema;
}

const std::vector<EmbeddedFile> &builtinCatalogueFiles() {
  static const std::vector<EmbeddedFile> Files(std::begin(RuleFiles), std::end(RuleFiles));
  return Files;
}

} // namespace async_tidy
