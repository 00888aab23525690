//===- LockModel.cpp ------------------------------------------------------===//
#include "analysis/LockModel.h"
#include "analysis/CallMatcher.h"
#include "analysis/QualifiedName.h"
#include "analysis/TypeMatcher.h"
#include "catalogue/CatalogueKinds.h"
#include "catalogue/Evidence.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace async_tidy {
namespace {

std::string entryEvidence(const Entry &E) { return catalogueEntry(E.Id); }

std::optional<LockAction> parseAction(llvm::StringRef Action) {
  return llvm::StringSwitch<std::optional<LockAction>>(Action)
      .Case(values::lock_method::Acquire, LockAction::Acquire)
      .Case(values::lock_method::TryAcquire, LockAction::TryAcquire)
      .Case(values::lock_method::Release, LockAction::Release)
      .Case(values::lock_method::Disown, LockAction::Disown)
      .Default(std::nullopt);
}

/// Thread-safety annotations (`ACQUIRE()`, `TRY_ACQUIRE()`, `RELEASE()`) say
/// what a function does to a capability without any catalogue entry.
std::optional<LockOp> attributeOp(const FunctionDecl *Callee) {
  if (Callee->hasAttr<TryAcquireCapabilityAttr>())
    return LockOp{LockAction::TryAcquire, "annotated 'try_acquire_capability'"};
  if (Callee->hasAttr<AcquireCapabilityAttr>())
    return LockOp{LockAction::Acquire, "annotated 'acquire_capability'"};
  if (Callee->hasAttr<ReleaseCapabilityAttr>())
    return LockOp{LockAction::Release, "annotated 'release_capability'"};
  return std::nullopt;
}

/// A class one can lock: it has the Lockable members or is annotated as a
/// capability. Used to tell a guard's mutex arguments from its timeouts.
bool isLockable(const CXXRecordDecl *Record) {
  if (!Record || !Record->hasDefinition())
    return false;
  return Record->getDefinition()->hasAttr<CapabilityAttr>() || hasMemberNamed(Record, "lock") ||
         hasMemberNamed(Record, "lock_shared");
}

template <typename Fn> void forEachTypeArgument(const CXXRecordDecl *Record, Fn Visit) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Record);
  if (!Spec)
    return;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() == TemplateArgument::Type)
      Visit(Arg.getAsType());
    else if (Arg.getKind() == TemplateArgument::Pack)
      for (const TemplateArgument &Element : Arg.pack_elements())
        if (Element.getKind() == TemplateArgument::Type)
          Visit(Element.getAsType());
  }
}

} // namespace

const Expr *lockOperand(const CallExpr *Call) {
  const Expr *Operand = nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    Operand = Member->getImplicitObjectArgument();
  else if (Call->getNumArgs())
    Operand = Call->getArg(0);
  if (!Operand)
    return nullptr;
  Operand = Operand->IgnoreParenImpCasts();
  if (const auto *AddrOf = dyn_cast<UnaryOperator>(Operand);
      AddrOf && AddrOf->getOpcode() == UO_AddrOf)
    Operand = AddrOf->getSubExpr()->IgnoreParenImpCasts();
  return Operand;
}

bool LockModel::isCoroutineAware(QualType T) const {
  return matchType(C, kinds::CoroMutex, T) != nullptr;
}

bool LockModel::isGuardType(QualType T) const {
  const CXXRecordDecl *Record = classOf(T);
  return Record &&
         (matchType(C, kinds::LockGuard, Record) || Record->hasAttr<ScopedLockableAttr>());
}

std::optional<std::string> LockModel::blockingGuard(QualType T) const {
  if (T.isNull() || T->isReferenceType() || T->isPointerType())
    return std::nullopt;
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  if (!Record || isCoroutineAware(T))
    return std::nullopt;
  std::optional<std::string> Evidence;
  if (const Entry *E = matchType(C, kinds::LockGuard, Record))
    Evidence = entryEvidence(*E);
  else if (Record->hasAttr<ScopedLockableAttr>())
    Evidence = "annotated 'scoped_lockable'";
  if (!Evidence)
    return std::nullopt;
  // The guard's name says nothing about its mutex: std::unique_lock is also
  // how folly::coro::Mutex and cppcoro::async_mutex are held.
  bool AwareMutex = false;
  forEachTypeArgument(Record, [&](QualType Arg) { AwareMutex |= isCoroutineAware(Arg); });
  if (AwareMutex)
    return std::nullopt;
  return Evidence;
}

std::optional<LockOp> LockModel::lockOp(const CallExpr *Call) const {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return std::nullopt;
  if (CallMatch M = matchCall(C, kinds::LockMethod, Call))
    if (std::optional<LockAction> Action =
            parseAction(M.Matched->attribute(keys::lock_method::Action)))
      return LockOp{*Action, entryEvidence(*M.Matched)};
  return attributeOp(Callee);
}

GuardInit LockModel::guardInit(const CXXConstructExpr *Construct) const {
  GuardInit Init;
  if (Construct->getNumArgs() == 0 || isa<CXXDefaultArgExpr>(Construct->getArg(0)))
    return Init; // a default-constructed guard owns no mutex
  Init.Start = GuardInit::Held;
  for (const Expr *Arg : Construct->arguments()) {
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    QualType T = Arg->getType();
    if (const Entry *Tag = matchType(C, kinds::LockTag, T)) {
      llvm::StringRef Effect = Tag->attribute(keys::lock_tag::Effect);
      Init.Start = Effect == values::lock_tag::Defer ? GuardInit::NotHeld
                   : Effect == values::lock_tag::Try ? GuardInit::MaybeHeld
                                                     : GuardInit::Held;
      Init.Evidence = entryEvidence(*Tag);
      Init.Adopts = Effect == values::lock_tag::Adopt;
      continue;
    }
    if (isLockable(classOf(T)))
      Init.Mutexes.push_back(Arg->IgnoreParenImpCasts());
  }
  for (const Expr *Mutex : Init.Mutexes)
    if (isCoroutineAware(Mutex->getType()))
      Init.Start = GuardInit::NotHeld; // e.g. a scoped_lockable type over an async mutex
  return Init;
}

bool LockModel::neverSuspends(const CoroutineSuspendExpr *Suspend) const {
  for (const Expr *E : {Suspend->getOperand(), Suspend->getCommonExpr()})
    if (E && matchType(C, kinds::NeverSuspends, E->getType()))
      return true;
  return false;
}

} // namespace async_tidy
