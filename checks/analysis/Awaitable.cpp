//===- Awaitable.cpp ------------------------------------------------------===//
#include "analysis/Awaitable.h"
#include "analysis/ClassHierarchy.h"
#include "analysis/QualifiedName.h"
#include "analysis/TypeMatcher.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"

using namespace clang;

namespace async_tidy {
namespace {

/// The class a class template specialisation was instantiated from, so
/// that members of a template that was only named are still seen.
const CXXRecordDecl *pattern(const CXXRecordDecl *Record) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    if (const ClassTemplateDecl *T = Spec->getSpecializedTemplate())
      return T->getTemplatedDecl();
  return nullptr;
}

bool declaresOperatorCoawait(const CXXRecordDecl *Record) {
  return findInClassOrBases(Record, [](const CXXRecordDecl *R) {
    const CXXRecordDecl *Def = R->getDefinition();
    if (!Def)
      return false;
    for (const Decl *D : Def->decls()) {
      // A hidden friend operator is found by argument-dependent lookup.
      if (const auto *Friend = dyn_cast<FriendDecl>(D))
        D = Friend->getFriendDecl();
      if (!D)
        continue;
      const auto *F = dyn_cast<FunctionDecl>(D);
      if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
        F = T->getTemplatedDecl();
      if (F && F->getOverloadedOperator() == OO_Coawait)
        return true;
    }
    return false;
  });
}

/// The operand type of a non-member operator co_await names `Record` (any
/// specialisation of its template), or is a template parameter.
bool takes(const FunctionDecl *Op, const CXXRecordDecl *Record) {
  if (Op->getNumParams() != 1)
    return false;
  QualType T = Op->getParamDecl(0)->getType().getNonReferenceType().getUnqualifiedType();
  if (T->isTemplateTypeParmType())
    return true;
  std::string Wanted = catalogueName(Record);
  if (const auto *Spec = T->getAs<TemplateSpecializationType>())
    if (const TemplateDecl *TD = Spec->getTemplateName().getAsTemplateDecl())
      return catalogueName(TD) == Wanted;
  const CXXRecordDecl *Operand = T->getAsCXXRecordDecl();
  return Operand && catalogueName(Operand) == Wanted;
}

bool nonMemberOperatorTakes(const DeclContext *Scope, const CXXRecordDecl *Record) {
  if (!Scope)
    return false;
  DeclarationName Name = Record->getASTContext().DeclarationNames.getCXXOperatorName(OO_Coawait);
  for (const NamedDecl *D : Scope->getPrimaryContext()->lookup(Name)) {
    const auto *F = dyn_cast<FunctionDecl>(D);
    if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
      F = T->getTemplatedDecl();
    if (F && takes(F, Record))
      return true;
  }
  return false;
}

} // namespace

bool declaresAwaiter(const CXXRecordDecl *Record) {
  if (!Record)
    return false;
  for (const CXXRecordDecl *R : {Record, pattern(Record)})
    if (R && (hasMemberNamed(R, "await_ready") || declaresOperatorCoawait(R)))
      return true;
  return false;
}

bool isAwaitable(const CXXRecordDecl *Record) {
  if (!Record)
    return false;
  if (declaresAwaiter(Record))
    return true;
  const DeclContext *Scope = Record->getEnclosingNamespaceContext();
  return nonMemberOperatorTakes(Scope, Record) ||
         nonMemberOperatorTakes(Record->getASTContext().getTranslationUnitDecl(), Record);
}

} // namespace async_tidy
