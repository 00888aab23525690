//===- CatalogueAudit.cpp -------------------------------------------------===//
#include "CatalogueAudit.h"
#include "analysis/QualifiedName.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <map>

using namespace clang;

namespace async_tidy {
namespace {

/// How far a spelling may be from a declared name to be offered as "did
/// you mean": about a third of its length, at least 2.
unsigned typoBudget(llvm::StringRef Word) { return std::max<unsigned>(2, Word.size() / 3) + 1; }

std::pair<llvm::StringRef, llvm::StringRef> scopeAndLeaf(llvm::StringRef Qualified) {
  size_t Sep = Qualified.rfind("::");
  if (Sep == llvm::StringRef::npos)
    return {"", Qualified};
  return {Qualified.substr(0, Sep), Qualified.substr(Sep + 2)};
}

/// Collects the names of namespace-scope and class-scope declarations; the
/// statements of function bodies declare nothing the catalogue can name and
/// are skipped.
class Collector : public RecursiveASTVisitor<Collector> {
public:
  explicit Collector(llvm::function_ref<void(const NamedDecl *)> Add) : Add(Add) {}
  bool TraverseStmt(Stmt *) { return true; }
  bool VisitNamedDecl(NamedDecl *D) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(D);
        NS && (NS->isInline() || NS->isAnonymousNamespace()))
      return true;
    if (const auto *Var = dyn_cast<VarDecl>(D); Var && !Var->hasGlobalStorage())
      return true;
    if (isa<FunctionDecl, TagDecl, TypedefNameDecl, VarDecl, NamespaceDecl, TemplateDecl,
            EnumConstantDecl>(D) &&
        !D->getDeclName().isEmpty())
      Add(D);
    return true;
  }

private:
  llvm::function_ref<void(const NamedDecl *)> Add;
};

std::string closestIn(llvm::StringRef Word, const llvm::StringSet<> &Candidates) {
  std::string Best;
  unsigned BestDistance = typoBudget(Word);
  for (const auto &C : Candidates) {
    unsigned D = Word.edit_distance(C.getKey(), /*AllowReplacements=*/true, BestDistance);
    if (D < BestDistance) {
      BestDistance = D;
      Best = C.getKey().str();
    }
  }
  return Best;
}

} // namespace

void DeclaredNames::add(ASTContext &Ctx) {
  auto Add = [&](const NamedDecl *D) {
    if (isa<CXXMethodDecl>(D) && D->getIdentifier())
      Members.insert(D->getName());
    if (const auto *Record = dyn_cast<CXXRecordDecl>(D);
        Record && Record->hasDefinition() && Record == Record->getDefinition())
      for (const CXXBaseSpecifier &Base : Record->bases())
        if (const CXXRecordDecl *B = Base.getType()->getAsCXXRecordDecl())
          Bases[catalogueName(Record)].push_back(catalogueName(B));
        else if (const auto *T = Base.getType()->getAs<TemplateSpecializationType>())
          if (const TemplateDecl *TD = T->getTemplateName().getAsTemplateDecl())
            Bases[catalogueName(Record)].push_back(catalogueName(TD));
    std::string Name = catalogueName(D);
    // A class template's constructor is named with the template's
    // parameters (`parallel_for_each<Func>`); calls of its instantiations
    // match as `Class::Class`.
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D);
        Ctor && Ctor->getParent()->getIdentifier())
      Name = catalogueName(Ctor->getParent()) + "::" + Ctor->getParent()->getName().str();
    if (!Qualified.insert(Name).second)
      return;
    auto [Scope, Leaf] = scopeAndLeaf(Name);
    ByScope[Scope].insert(Leaf);
    ByLeaf[Leaf].push_back(Name);
  };
  Collector C(Add); // holds a reference to Add, which must outlive it
  C.TraverseDecl(Ctx.getTranslationUnitDecl());
}

bool DeclaredNames::declares(llvm::StringRef QualifiedName) const {
  if (Qualified.contains(QualifiedName))
    return true;
  auto [Scope, Leaf] = scopeAndLeaf(QualifiedName);
  // Through the bases of the class it is named in, breadth first; the
  // visited set guards against a malformed hierarchy.
  llvm::SmallVector<std::string, 8> Queue{Scope.str()};
  llvm::StringSet<> Seen;
  for (size_t I = 0; I < Queue.size() && I < 64; ++I) {
    auto It = Bases.find(Queue[I]);
    if (It == Bases.end())
      continue;
    for (const std::string &Base : It->second) {
      if (!Seen.insert(Base).second)
        continue;
      if (Qualified.contains(Base + "::" + Leaf.str()))
        return true;
      Queue.push_back(Base);
    }
  }
  return false;
}

bool DeclaredNames::declaresOutermost(llvm::StringRef QualifiedName) const {
  size_t Sep = QualifiedName.find("::");
  if (Sep == llvm::StringRef::npos)
    return true;
  auto Global = ByScope.find("");
  return Global != ByScope.end() && Global->second.contains(QualifiedName.substr(0, Sep));
}

std::string DeclaredNames::nearest(llvm::StringRef Missing) const {
  auto [Scope, Leaf] = scopeAndLeaf(Missing);
  // A typo in the last component: `coro::scheduler::spawn_detachd`.
  if (auto It = ByScope.find(Scope); It != ByScope.end())
    if (std::string Best = closestIn(Leaf, It->second); !Best.empty())
      return Scope.empty() ? Best : (Scope + "::" + Best).str();
  // Moved to another scope: the same last component elsewhere, the nearest
  // whole name first.
  if (auto It = ByLeaf.find(Leaf); It != ByLeaf.end()) {
    std::string Best;
    unsigned BestDistance = ~0u;
    for (const std::string &Candidate : It->second) {
      unsigned D = Missing.edit_distance(Candidate);
      if (D < BestDistance) {
        BestDistance = D;
        Best = Candidate;
      }
    }
    return Best;
  }
  // A typo in an enclosing scope: `coro::schedular::spawn`.
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Missing.split(Parts, "::");
  std::string Prefix;
  for (size_t I = 0; I + 1 < Parts.size(); ++I) {
    auto It = ByScope.find(Prefix);
    if (It == ByScope.end())
      return "";
    if (!It->second.contains(Parts[I])) {
      std::string Fixed = closestIn(Parts[I], It->second);
      if (Fixed.empty())
        return "";
      std::string Candidate = Prefix.empty() ? Fixed : Prefix + "::" + Fixed;
      for (size_t J = I + 1; J < Parts.size(); ++J)
        Candidate += "::" + Parts[J].str();
      return declares(Candidate) ? Candidate : "";
    }
    Prefix = Prefix.empty() ? Parts[I].str() : Prefix + "::" + Parts[I].str();
  }
  return "";
}

AuditResult auditCatalogue(const Catalogue &C, const DeclaredNames &Declared) {
  struct FamilyTally {
    unsigned Names = 0, Found = 0, Elsewhere = 0;
    std::vector<AuditFinding> Missing;
  };
  std::map<std::string, FamilyTally> Families;
  std::vector<std::string> Order; // families as the catalogue lists them
  AuditResult R;
  for (const auto &E : C.entries()) {
    auto [It, New] = Families.try_emplace(E->Family);
    if (New)
      Order.push_back(E->Family);
    FamilyTally &T = It->second;
    for (const Entry::SpelledName &N : E->Spelled) {
      ++R.NamesChecked;
      ++T.Names;
      bool Found = N.Key == "marker" ? Declared.hasMember(N.Name) : Declared.declares(N.Name);
      if (Found)
        ++T.Found;
      else if (N.Key != "marker" && !Declared.declaresOutermost(N.Name))
        ++T.Elsewhere;
      else
        T.Missing.push_back({E.get(), &N, N.Key == "marker" ? "" : Declared.nearest(N.Name)});
    }
  }
  for (const std::string &Family : Order) {
    FamilyTally &T = Families[Family];
    if (T.Names == 0) // matched by patterns only: nothing to look up
      continue;
    if (T.Found == 0) {
      R.FamiliesNotSeen.push_back({Family, T.Names});
      continue;
    }
    R.FamiliesAudited.push_back(Family);
    R.NamesNotAudited += T.Elsewhere;
    R.Missing.insert(R.Missing.end(), T.Missing.begin(), T.Missing.end());
  }
  return R;
}

} // namespace async_tidy
