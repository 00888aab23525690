//===- Catalogue.cpp ------------------------------------------------------===//
#include "catalogue/Catalogue.h"

namespace async_tidy {

llvm::StringRef Entry::attribute(llvm::StringRef Key) const {
  auto It = Attributes.find(Key.str());
  if (It == Attributes.end() || It->second.empty())
    return "";
  return It->second.front();
}

void Catalogue::addEntry(Entry E) {
  Entries.push_back(std::make_unique<Entry>(std::move(E)));
  const Entry *Added = Entries.back().get();
  for (const std::string &Name : Added->Names)
    ByName[Added->Kind][Name].push_back(Added);
  if (Added->NamePattern)
    ByPattern[Added->Kind].push_back(Added);
  if (!Added->Marker.empty())
    ByMarker[Added->Kind].push_back(Added);
}

const std::vector<const Entry *> &Catalogue::markerEntries(llvm::StringRef Kind) const {
  static const std::vector<const Entry *> None;
  auto It = ByMarker.find(Kind);
  return It == ByMarker.end() ? None : It->second;
}

std::vector<const Entry *> Catalogue::lookup(llvm::StringRef Kind,
                                             llvm::StringRef QualifiedName) const {
  std::vector<const Entry *> Result;
  auto KindIt = ByName.find(Kind);
  if (KindIt != ByName.end()) {
    auto NameIt = KindIt->second.find(QualifiedName);
    if (NameIt != KindIt->second.end())
      Result = NameIt->second;
  }
  auto PatternIt = ByPattern.find(Kind);
  if (PatternIt != ByPattern.end())
    for (const Entry *E : PatternIt->second)
      if (E->NamePattern->match(QualifiedName))
        Result.push_back(E);
  return Result;
}

std::string Catalogue::dump() const {
  std::string Out;
  for (const SourceFile &File : Files) {
    Out += "--- # source: " + File.Path + "\n";
    Out += File.Text;
    if (!File.Text.empty() && File.Text.back() != '\n')
      Out += '\n';
  }
  return Out;
}

} // namespace async_tidy
