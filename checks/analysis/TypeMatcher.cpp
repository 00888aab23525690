//===- TypeMatcher.cpp ----------------------------------------------------===//
#include "analysis/TypeMatcher.h"
#include "analysis/ClassHierarchy.h"
#include "analysis/QualifiedName.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace async_tidy {

const NamedDecl *declaredMember(const CXXRecordDecl *Record, llvm::StringRef Name) {
  const CXXRecordDecl *Def = Record ? Record->getDefinition() : nullptr;
  if (!Def)
    return nullptr;
  for (const Decl *D : Def->decls())
    if (const auto *Named = dyn_cast<NamedDecl>(D))
      if (Named->getIdentifier() && Named->getName() == Name)
        return Named;
  return nullptr;
}

const CXXRecordDecl *definitionOrPattern(const CXXRecordDecl *Record) {
  if (!Record)
    return nullptr;
  if (const CXXRecordDecl *Def = Record->getDefinition())
    return Def;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    return Spec->getSpecializedTemplate()->getTemplatedDecl()->getDefinition();
  return nullptr;
}

QualType elementType(QualType Range) {
  Range = Range.getNonReferenceType();
  if (const auto *Array = Range->getAsArrayTypeUnsafe())
    return Array->getElementType();
  const CXXRecordDecl *Record = definitionOrPattern(Range->getAsCXXRecordDecl());
  if (!Record)
    return {};
  for (const NamedDecl *D : Record->lookup(&Record->getASTContext().Idents.get("value_type")))
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(D))
      return Alias->getUnderlyingType();
  return {};
}

namespace {

/// Depth-first over `Record` and its bases; cycles cannot occur in a class
/// hierarchy, and each class is small, so no memo is needed.
const Entry *matchTypeOrBases(const Catalogue &C, llvm::StringRef Kind,
                              const CXXRecordDecl *Record) {
  const Entry *Result = nullptr;
  findInClassOrBases(Record, [&](const CXXRecordDecl *R) {
    auto Named = C.lookup(Kind, catalogueName(R));
    if (!Named.empty()) {
      Result = Named.front();
      return true;
    }
    if (const CXXRecordDecl *Def = R->getDefinition())
      for (const Entry *E : C.markerEntries(Kind))
        if (declaredMember(Def, E->Marker)) {
          Result = E;
          return true;
        }
    return false;
  });
  return Result;
}

} // namespace

bool hasMemberNamed(const CXXRecordDecl *Record, llvm::StringRef Name) {
  return findInClassOrBases(Record, [&](const CXXRecordDecl *R) {
    const CXXRecordDecl *Def = R->getDefinition();
    return Def && declaredMember(Def, Name);
  });
}

const Entry *matchType(const Catalogue &C, llvm::StringRef Kind, const CXXRecordDecl *Record) {
  return matchTypeOrBases(C, Kind, Record);
}

const Entry *matchType(const Catalogue &C, llvm::StringRef Kind, QualType T) {
  return matchType(C, Kind, classOf(T));
}

} // namespace async_tidy
