//===- YamlDocuments.cpp --------------------------------------------------===//
#include "catalogue/YamlDocuments.h"
#include <sstream>
#include <yaml-cpp/eventhandler.h>

namespace async_tidy {
namespace {

/// Counts documents and remembers where the last one started; builds nothing.
class DocumentCounter : public YAML::EventHandler {
public:
  size_t Documents = 0;
  YAML::Mark LastStart;
  void OnDocumentStart(const YAML::Mark &Mark) override {
    ++Documents;
    LastStart = Mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                const std::string &) override {}
  void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

} // namespace

std::vector<YAML::Node> loadDocuments(const std::string &Text) {
  // First pass: the same parser, with a bound on the number of documents.
  // The parser is deterministic, so once this pass ends, LoadAll ends too.
  std::istringstream Stream(Text);
  YAML::Parser Parser(Stream);
  DocumentCounter Counter;
  while (Parser.HandleNextDocument(Counter))
    if (Counter.Documents > Text.size() + 1)
      throw YAML::ParserException(Counter.LastStart,
                                  "the YAML parser stops advancing here (malformed stream)");
  return YAML::LoadAll(Text);
}

} // namespace async_tidy
