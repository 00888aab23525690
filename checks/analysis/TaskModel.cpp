//===- TaskModel.cpp ------------------------------------------------------===//
#include "analysis/TaskModel.h"
#include "analysis/Awaitable.h"
#include "analysis/CallMatcher.h"
#include "analysis/ClassHierarchy.h"
#include "analysis/Coroutine.h"
#include "analysis/QualifiedName.h"
#include "analysis/TypeMatcher.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {
namespace {

/// The class a member type names (`promise_type` as a nested class or
/// alias), found as the compiler finds it in std::coroutine_traits: in the
/// class or in its bases (async_simple's Lazy takes it from LazyBase).
const CXXRecordDecl *memberClass(const CXXRecordDecl *Record, llvm::StringRef Name) {
  const CXXRecordDecl *Result = nullptr;
  findInClassOrBases(Record, [&](const CXXRecordDecl *R) {
    const NamedDecl *Member = declaredMember(R, Name);
    if (const auto *Alias = dyn_cast_or_null<TypedefNameDecl>(Member))
      Result = classOf(Alias->getUnderlyingType());
    else
      Result = dyn_cast_or_null<CXXRecordDecl>(Member);
    return Result != nullptr;
  });
  return Result;
}

/// `std::coroutine_traits`, found in namespace std or in one of its inline
/// namespaces (libc++'s `std::__1`); null when the translation unit has none.
const ClassTemplateDecl *coroutineTraits(ASTContext &Ctx) {
  auto InStd = [&](const DeclContext *Std) -> const ClassTemplateDecl * {
    for (const NamedDecl *D : Std->lookup(&Ctx.Idents.get("coroutine_traits")))
      if (const auto *T = dyn_cast<ClassTemplateDecl>(D))
        return T;
    return nullptr;
  };
  for (const NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get("std"))) {
    const auto *Std = dyn_cast<NamespaceDecl>(D);
    if (!Std)
      continue;
    if (const ClassTemplateDecl *T = InStd(Std))
      return T;
    for (const Decl *Member : Std->decls())
      if (const auto *Inline = dyn_cast<NamespaceDecl>(Member); Inline && Inline->isInline())
        if (const ClassTemplateDecl *T = InStd(Inline))
          return T;
  }
  return nullptr;
}

/// The specialisation of `std::coroutine_traits` that a library wrote for
/// `Record`'s class or class template (KJ's `coroutine_traits<kj::Promise<T>,
/// Args...>`): the compiler takes the promise type from it, so a function
/// declared to return `Record` is a coroutine when it is defined as one, and
/// its value is a task. Only partial and explicit specialisations are
/// looked at: the instantiations of the primary template use promise_type.
const CXXRecordDecl *traitsSpecialisationFor(const CXXRecordDecl *Record) {
  const ClassTemplateDecl *Traits = coroutineTraits(Record->getASTContext());
  if (!Traits)
    return nullptr;
  const CXXRecordDecl *Wanted = Record;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Record))
    Wanted = Spec->getSpecializedTemplate()->getTemplatedDecl();
  auto Names = [&](QualType T) {
    const CXXRecordDecl *First = nullptr;
    if (const auto *TST = T->getAs<TemplateSpecializationType>()) {
      if (const auto *Template =
              dyn_cast_or_null<ClassTemplateDecl>(TST->getTemplateName().getAsTemplateDecl()))
        First = Template->getTemplatedDecl();
    } else if (const auto *Spec =
                   dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl())) {
      First = Spec->getSpecializedTemplate()->getTemplatedDecl();
    } else {
      First = T->getAsCXXRecordDecl();
    }
    return First && First->getCanonicalDecl() == Wanted->getCanonicalDecl();
  };
  auto FirstArgument = [](const TemplateArgumentList &Args) -> QualType {
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return {};
    return Args[0].getAsType();
  };
  llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 4> Partials;
  const_cast<ClassTemplateDecl *>(Traits)->getPartialSpecializations(Partials);
  for (const ClassTemplatePartialSpecializationDecl *P : Partials)
    if (QualType First = FirstArgument(P->getTemplateArgs()); !First.isNull() && Names(First))
      return P;
  for (const ClassTemplateSpecializationDecl *S : Traits->specializations())
    if (S->isExplicitSpecialization())
      if (QualType First = FirstArgument(S->getTemplateArgs()); !First.isNull() && Names(First))
        return S;
  return nullptr;
}

/// The class a type names as written; in a pattern, a dependent one
/// (`promise_base<T>`, `value_promise<T>`) is read from its class template,
/// as written.
const CXXRecordDecl *writtenClassOf(QualType T) {
  if (const CXXRecordDecl *B = classOf(T))
    return B;
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const auto *Template =
            dyn_cast_or_null<ClassTemplateDecl>(TST->getTemplateName().getAsTemplateDecl()))
      return Template->getTemplatedDecl();
  return nullptr;
}

} // namespace

TaskInfo::Evaluation TaskModel::startOf(const CXXRecordDecl *Promise) const {
  // The promise says when the body starts: at once when initial_suspend
  // returns an awaitable that never suspends, else when first awaited.
  // Inherited: a library's promises often share a base that declares it.
  const NamedDecl *Initial = nullptr;
  // A promise nested in a class template's specialisation that nothing has
  // instantiated yet has no definition: read its pattern, as written.
  if (Promise && !Promise->getDefinition())
    if (const CXXRecordDecl *Pattern = Promise->getTemplateInstantiationPattern())
      Promise = Pattern;
  for (const CXXRecordDecl *R = Promise ? Promise->getDefinition() : nullptr; R && !Initial;) {
    Initial = declaredMember(R, "initial_suspend");
    const CXXRecordDecl *Next = nullptr;
    if (!Initial)
      for (const CXXBaseSpecifier &Base : R->bases())
        if (const CXXRecordDecl *B = writtenClassOf(Base.getType());
            B && hasMemberNamed(B, "initial_suspend"))
          Next = B->getDefinition();
    R = Next;
  }
  const auto *M = dyn_cast_or_null<FunctionDecl>(Initial);
  if (const auto *T = dyn_cast_or_null<FunctionTemplateDecl>(Initial))
    M = T->getTemplatedDecl();
  if (!M)
    return TaskInfo::Unknown;
  return matchType(C, kinds::NeverSuspends, M->getReturnType()) ? TaskInfo::Eager : TaskInfo::Lazy;
}

TaskInfo::Evaluation TaskModel::startOfDefinition(const FunctionDecl *Callee) const {
  const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(Def ? Def->getBody() : nullptr);
  const VarDecl *Promise = Body ? Body->getPromiseDecl() : nullptr;
  return Promise ? startOf(Promise->getType()->getAsCXXRecordDecl()) : TaskInfo::Unknown;
}

std::optional<TaskInfo> TaskModel::taskType(QualType T) const {
  if (T.isNull() || T->isReferenceType() || T->isPointerType())
    return std::nullopt;
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (!Record)
    return std::nullopt;
  TaskInfo Info;
  if (const Entry *E = matchType(C, kinds::Task, Record)) {
    Info.Source = E;
    Info.How = E->attribute(keys::task::Evaluation) == values::task::Eager ? TaskInfo::Eager
                                                                           : TaskInfo::Lazy;
    return Info;
  }
  const CXXRecordDecl *Def = Record->getDefinition();
  if (!Def)
    return std::nullopt;
  const CXXRecordDecl *Promise = memberClass(Def, "promise_type");
  if (!Promise && !Def->hasAttr<CoroReturnTypeAttr>()) {
    const CXXRecordDecl *Traits = traitsSpecialisationFor(Def);
    if (!Traits)
      return std::nullopt;
    // The specialisation's promise_type; when it depends on the
    // specialisation's parameters, the pattern of the class template it names.
    const CXXRecordDecl *TraitsPromise = memberClass(Traits, "promise_type");
    if (const auto *Alias =
            dyn_cast_or_null<TypedefNameDecl>(declaredMember(Traits, "promise_type"));
        !TraitsPromise && Alias)
      TraitsPromise = writtenClassOf(Alias->getUnderlyingType());
    if (TraitsPromise)
      Info.How = startOf(TraitsPromise);
    Info.Awaitable = isAwaitable(Def);
    return Info;
  }
  if (Promise)
    Info.How = startOf(Promise);
  // The attribute says the type is a task; a promise alone does not.
  Info.Awaitable = Def->hasAttr<CoroReturnTypeAttr>() || isAwaitable(Def);
  return Info;
}

std::optional<TaskInfo> TaskModel::taskOf(const Expr *Call) const {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee || isa<CXXConstructExpr>(Call))
    return std::nullopt;
  // The function's own entry says more than its return type's.
  if (CallMatch M = matchCall(C, kinds::MustAwait, Call)) {
    TaskInfo Info;
    Info.How = TaskInfo::Eager;
    Info.Source = M.Matched;
    return Info;
  }
  // The declared return type: a call returning a reference to a task
  // (`future.wait()` returning `*this`) creates none.
  if (Callee->getReturnType()->isReferenceType())
    return std::nullopt;
  if (std::optional<TaskInfo> Info = taskType(Call->getType())) {
    // The type's promise, read from its pattern, may hide its start in a
    // dependent base; the promise the body was given does not.
    if (Info->How == TaskInfo::Unknown)
      Info->How = startOfDefinition(Callee);
    return Info;
  }
  // A coroutine of this translation unit whose return type is made a
  // coroutine type through std::coroutine_traits.
  if (const FunctionDecl *Def = Callee->getDefinition(); Def && isCoroutine(Def)) {
    TaskInfo Info;
    Info.How = startOfDefinition(Callee);
    Info.Awaitable = isAwaitable(Call->getType()->getAsCXXRecordDecl());
    return Info;
  }
  return std::nullopt;
}

} // namespace async_tidy
