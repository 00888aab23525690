//===- YamlDocuments.h - the documents of a YAML stream, safely -----------===//
#ifndef ASYNC_TIDY_CATALOGUE_YAMLDOCUMENTS_H
#define ASYNC_TIDY_CATALOGUE_YAMLDOCUMENTS_H

#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace async_tidy {

/// Every document of a YAML stream, as YAML::LoadAll returns them, without
/// its endless loop: yaml-cpp 0.7 (Debian 12) returns an empty document
/// forever for some malformed streams (",C", found by test/fuzz), growing
/// memory until the process dies. A stream of N bytes holds at most N + 1
/// documents; a stream that seems to hold more is rejected with a
/// YAML::ParserException at the point where the parser stopped advancing.
/// Other errors are thrown as YAML::LoadAll throws them.
std::vector<YAML::Node> loadDocuments(const std::string &Text);

} // namespace async_tidy

#endif
