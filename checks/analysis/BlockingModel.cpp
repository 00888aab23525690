//===- BlockingModel.cpp --------------------------------------------------===//
#include "analysis/BlockingModel.h"
#include "analysis/Coroutine.h"
#include "analysis/Discard.h"
#include "analysis/LockModel.h"
#include "analysis/QualifiedName.h"
#include "analysis/TaskModel.h"
#include "analysis/TypeMatcher.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/Attr.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace async_tidy {

namespace {

bool isAcquire(const Entry &E) {
  llvm::StringRef Action = E.attribute(keys::lock_method::Action);
  return Action == values::lock_method::Acquire || Action == values::lock_method::TryAcquire;
}

} // namespace

BlockingModel::BlockingModel(const Catalogue &C, bool ReportMutexLocks)
    : Cat(C), ReportMutexLocks(ReportMutexLocks) {
  for (const auto &E : Cat.entries())
    if (auto It = E->Attributes.find(keys::blocking::ReadyAfter.str()); It != E->Attributes.end())
      for (const std::string &Method : It->second)
        ReadyQuestions.insert(Method);
}

CallMatch BlockingModel::directBlocking(const Expr *Call, const FunctionFacts *Facts) const {
  if (CallMatch M = matchCall(Cat, kinds::Blocking, Call)) {
    if ((Facts && Facts->returnsAtOnce(Call, *M.Matched)) || waitsOnFinishedTask(Call))
      return {};
    return M;
  }
  if (!ReportMutexLocks)
    return {};
  // Taking a mutex blocks only while another thread holds it; such short
  // critical sections are reported only on request.
  if (CallMatch M = matchCall(Cat, kinds::LockMethod, Call); M && isAcquire(*M.Matched))
    return M;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    const Entry *Guard = matchType(Cat, kinds::LockGuard, Ctor->getParent());
    if (!Guard || Ctor->isCopyOrMoveConstructor())
      return {};
    // Only a constructor that locks blocks: not std::defer_lock, std::adopt_lock
    // or std::try_to_lock, and not a guard of a coroutine-aware mutex.
    LockModel Model(Cat);
    GuardInit Init = Model.guardInit(Construct);
    if (Model.blockingGuard(Construct->getType()) && Init.Start == GuardInit::Held && !Init.Adopts)
      return {Guard, catalogueName(Ctor)};
  }
  return {};
}

bool BlockingModel::catalogued(const Expr *Call) const {
  return static_cast<bool>(matchCall(Cat, kinds::Blocking, Call));
}

bool BlockingModel::waitsOnFinishedTask(const Expr *Call) const {
  const auto *C = dyn_cast<CallExpr>(Call);
  if (!C)
    return false;
  // The task waited for: an argument (`sync_wait(f())`), or the object a
  // wait is called on (`f().get()`).
  llvm::SmallVector<const Expr *, 4> Waited(C->arguments());
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(C))
    Waited.push_back(Member->getImplicitObjectArgument());
  for (const Expr *Arg : Waited) {
    const Expr *Started = stripCopies(Arg);
    if (!isa<CallExpr>(Started))
      continue;
    const FunctionDecl *Callee = calleeOf(Started);
    const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
    if (!Def || !isCoroutine(Def) || !neverSuspendsInBody(Def))
      continue;
    if (std::optional<TaskInfo> Task = TaskModel(Cat).taskOf(Started);
        Task && Task->How == TaskInfo::Eager)
      return true;
  }
  return false;
}

const Entry *BlockingModel::stopsPropagation(const Expr *Call) const {
  for (llvm::StringRef Kind : {kinds::Offload, kinds::Spawner, kinds::NonBlocking})
    if (CallMatch M = matchCall(Cat, Kind, Call))
      return M.Matched;
  return nullptr;
}

FunctionSummary::Marking BlockingModel::annotation(const FunctionDecl *F) {
  // A template's specialisations carry no attributes of their own.
  if (const FunctionDecl *Pattern = F->getTemplateInstantiationPattern())
    F = Pattern;
  for (const FunctionDecl *D : F->redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
      if (A->getAnnotation() == BlockingAnnotation)
        return FunctionSummary::Marking::Blocking;
      if (A->getAnnotation() == NonBlockingAnnotation)
        return FunctionSummary::Marking::NonBlocking;
    }
  return FunctionSummary::Marking::None;
}

} // namespace async_tidy
