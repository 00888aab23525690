//===- QualifiedName.cpp --------------------------------------------------===//
#include "analysis/QualifiedName.h"
#include "analysis/ClassHierarchy.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Type.h"
#include <algorithm>

using namespace clang;

namespace async_tidy {

std::string catalogueName(const NamedDecl *D) {
  std::vector<std::string> Parts;
  Parts.push_back(D->getDeclName().getAsString());
  for (const DeclContext *DC = D->getDeclContext(); DC && !DC->isTranslationUnit();
       DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getNameAsString());
    } else if (const auto *Named = dyn_cast<NamedDecl>(DC)) {
      // Records (a specialisation has its template's name) and, for local
      // classes, the enclosing function.
      if (Named->getIdentifier())
        Parts.push_back(Named->getNameAsString());
    }
    // extern "C"/"C++" blocks and unnamed records contribute nothing.
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It)
    Out += (Out.empty() ? "" : "::") + *It;
  return Out;
}

const CXXRecordDecl *classOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const auto *Ptr = T->getAs<PointerType>())
    T = Ptr->getPointeeType();
  return T->getAsCXXRecordDecl();
}

bool isOrDerivesFrom(const CXXRecordDecl *Record, const std::vector<std::string> &Names) {
  return findInClassOrBases(
      Record, [&](const CXXRecordDecl *R) { return llvm::is_contained(Names, catalogueName(R)); });
}

} // namespace async_tidy
