//===- AwaitableTwin.cpp --------------------------------------------------===//
#include "analysis/AwaitableTwin.h"
#include "analysis/CallMatcher.h"
#include "analysis/ClassHierarchy.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {
namespace {

const FunctionDecl *asFunction(const NamedDecl *D) {
  if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
    return T->getTemplatedDecl();
  return dyn_cast<FunctionDecl>(D);
}

/// Whether `Twin`'s result fits the rule: a task, or for `any`, whatever a
/// completion token makes of it.
bool resultFits(const FunctionDecl *Twin, const Entry &Rule, const Catalogue &C) {
  if (Rule.attribute(keys::awaitable_twin::TwinResult) == values::awaitable_twin::Any)
    return true;
  QualType Result = Twin->getReturnType();
  if (Result->isUndeducedAutoType() || Result->isDependentType())
    return false;
  return TaskModel(C).taskType(Result).has_value();
}

/// Whether `F`'s first parameter is `Class` (by value, reference or pointer).
bool takesFirst(const FunctionDecl *F, const CXXRecordDecl *Class) {
  if (F->getNumParams() == 0)
    return false;
  const CXXRecordDecl *First = classOf(F->getParamDecl(0)->getType());
  return First && Class && First->getCanonicalDecl() == Class->getCanonicalDecl();
}

/// Looks `Name` up in `Context` alone; the first declaration `Accept` takes.
template <typename Pred>
const NamedDecl *lookupIn(const DeclContext *Context, IdentifierInfo *Name, Pred Accept) {
  for (const NamedDecl *D : Context->lookup(Name))
    if (const FunctionDecl *F = asFunction(D); F && Accept(F))
      return D;
  return nullptr;
}

/// Members of `Class` and of its bases named `Name`.
template <typename Pred>
const NamedDecl *lookupMember(const CXXRecordDecl *Class, IdentifierInfo *Name, Pred Accept) {
  const NamedDecl *Result = nullptr;
  findInClassOrBases(Class, [&](const CXXRecordDecl *R) {
    const CXXRecordDecl *Def = R->getDefinition();
    return Def && (Result = lookupIn(Def, Name, Accept));
  });
  return Result;
}

} // namespace

TwinMatch awaitableTwin(const Catalogue &C, const Expr *Call) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return {};
  CallMatch M = matchCall(C, kinds::AwaitableTwin, Call);
  if (!M)
    return {};
  // Already awaitable: nothing to twin.
  if (TaskModel(C).taskType(Callee->getReturnType()))
    return {};
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const CXXRecordDecl *Class = Method ? Method->getParent() : nullptr;
  std::string Name;
  if (isa<CXXConstructorDecl>(Callee))
    Name = Class && Class->getIdentifier() ? Class->getName().str() : "";
  else if (Callee->getIdentifier())
    Name = Callee->getName().str();
  if (Name.empty())
    return {};
  ASTContext &Ctx = Callee->getASTContext();
  const Entry &Rule = *M.Matched;
  auto Fits = [&](const FunctionDecl *F) { return F != Callee && resultFits(F, Rule, C); };
  auto It = Rule.Attributes.find(keys::awaitable_twin::Twins.str());
  if (It == Rule.Attributes.end())
    return {};
  for (const std::string &Pattern : It->second) {
    std::string Spelled = Pattern;
    if (size_t At = Spelled.find("{name}"); At != std::string::npos)
      Spelled.replace(At, 6, Name);
    // A name nothing declares has no identifier yet: no lookup needed.
    auto Known = Ctx.Idents.find(Spelled);
    if (Known == Ctx.Idents.end())
      continue;
    IdentifierInfo *Id = Known->getValue();
    const NamedDecl *Twin = nullptr;
    if (Method && !isa<CXXConstructorDecl>(Method))
      Twin = lookupMember(Class, Id, Fits);
    // A free twin: in the callee's namespace for a function; for a method or
    // constructor, in an enclosing namespace of its class, taking the object
    // (a constructor's twin makes one: any parameters).
    const DeclContext *Scope = Class ? Class->getDeclContext() : Callee->getDeclContext();
    for (; !Twin && Scope; Scope = Scope->getParent()) {
      if (!Scope->isFileContext())
        continue;
      Twin = lookupIn(Scope, Id, [&](const FunctionDecl *F) {
        return Fits(F) && (!Method || isa<CXXConstructorDecl>(Method) || takesFirst(F, Class));
      });
      if (!Class) // a free function's twin sits beside it
        break;
    }
    if (Twin)
      return {Callee, Twin, &Rule};
  }
  return {};
}

} // namespace async_tidy
