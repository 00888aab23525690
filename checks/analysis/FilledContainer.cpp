//===- FilledContainer.cpp ------------------------------------------------===//
#include "analysis/FilledContainer.h"
#include "analysis/Ancestors.h"
#include "analysis/CallMatcher.h"
#include "analysis/Discard.h"
#include "analysis/LoopBound.h"
#include "analysis/MainFile.h"
#include "analysis/QualifiedName.h"
#include "analysis/RangeSize.h"
#include "analysis/TypeMatcher.h"
#include "analysis/VariableUses.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace async_tidy {
namespace {

/// Methods that add one element per call.
bool addsOne(const CXXMethodDecl *M) {
  static constexpr llvm::StringLiteral Names[] = {"push_back", "emplace_back", "push_front",
                                                  "emplace_front"};
  return M->getIdentifier() && llvm::is_contained(Names, M->getName());
}

/// Methods that read the container or its elements without changing its size.
bool keepsSize(const CXXMethodDecl *M) {
  if (M->isConst() || M->getOverloadedOperator() == OO_Subscript)
    return true;
  static constexpr llvm::StringLiteral Names[] = {"begin", "end", "front",   "back",
                                                  "data",  "at",  "reserve", "shrink_to_fit"};
  return M->getIdentifier() && llvm::is_contained(Names, M->getName());
}

/// Adds up what the uses of a container (a local variable, or a field of a
/// class of the main file; found with VariableUses.h) can add to it.
class Counter {
public:
  /// `Var`: a local variable or a field. A field's uses may run any number
  /// of times (its class's methods are called from anywhere): any growth
  /// makes its size unknown.
  Counter(const ValueDecl *Var, const Expr *Reader, const Catalogue *Cat, ASTContext &Ctx)
      : Var(Var), Reader(Reader), Cat(Cat), Ctx(Ctx) {}

  /// One use; false once the size is unknown.
  bool count(const Expr *Use) {
    // A field named outside a member access: a pointer to member.
    if ((isa<DeclRefExpr>(Use) && isa<FieldDecl>(Var)) || !classify(Use))
      Unknown = true;
    return !Unknown;
  }
  UseVisitor visitor() {
    return UseVisitor(Var, [this](const Expr *Use) { return count(Use); });
  }

  uint64_t Added = 0;
  bool PerCore = false;
  bool Unknown = false;

private:
  /// Whether this use keeps the size bounded; counts the elements it adds.
  bool classify(const Expr *Ref) {
    if (Reader->getSourceRange().fullyContains(Ref->getSourceRange()))
      return true;
    DynTypedNodeList Parents = Ctx.getParents(*Ref);
    const Expr *Arg = Ref;
    const Expr *Up = Parents.empty() ? nullptr : Parents[0].get<Expr>();
    while (Up && isa<ImplicitCastExpr, ParenExpr>(Up)) {
      Arg = Up;
      Parents = Ctx.getParents(*Up);
      Up = Parents.empty() ? nullptr : Parents[0].get<Expr>();
    }
    if (Up && readOnlyArgument(Up, Arg))
      return true;
    // `std::move(c)` into a new object (a by-value parameter): the
    // container is handed over, not grown.
    if (const auto *Move = dyn_cast_or_null<CallExpr>(Up); Move && Move->isCallToStdMove()) {
      Parents = Ctx.getParents(*Move);
      const Expr *Into = Parents.empty() ? nullptr : Parents[0].get<Expr>();
      if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Into))
        return Construct->getConstructor()->isMoveConstructor();
    }
    const auto *Member = dyn_cast_or_null<MemberExpr>(Up);
    if (!Member)
      return false;
    Parents = Ctx.getParents(*Member);
    const auto *Call = Parents.empty() ? nullptr : Parents[0].get<CXXMemberCallExpr>();
    const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
    if (!Method)
      return false;
    if (keepsSize(Method))
      return true;
    if (!addsOne(Method) || isa<FieldDecl>(Var))
      return false;
    std::optional<uint64_t> Times = timesRun(Call);
    if (!Times)
      return false;
    Added += *Times;
    return true;
  }

  /// Whether `Call` only reads its argument `Arg`: a fan-out API iterating
  /// it, or a parameter that is a const reference or a copy.
  bool readOnlyArgument(const Expr *Call, const Expr *Arg) const {
    if (!isa<CallExpr, CXXConstructExpr>(Call))
      return false;
    if (Cat && matchCall(*Cat, kinds::Fanout, Call))
      return true;
    llvm::ArrayRef<const Expr *> Args = callArguments(Call);
    for (unsigned I = 0; I < Args.size(); ++I) {
      if (Args[I] != Arg)
        continue;
      const ParmVarDecl *P = parameterOf(Call, I);
      if (!P)
        return false;
      QualType T = P->getType();
      return !T->isReferenceType() || T.getNonReferenceType().isConstQualified();
    }
    return false;
  }

  /// How many times `S` runs per run of the variable's scope: the product of
  /// the constant trip counts of the loops around it that do not also
  /// contain the declaration (a container declared in a loop body starts
  /// empty every iteration); a loop per core multiplies by the core count,
  /// which sets PerCore. None when one of them depends on data.
  std::optional<uint64_t> timesRun(const Stmt *S) {
    uint64_t Times = 1;
    bool Known = true;
    walkToFunction(DynTypedNode::create(*S), Ctx,
                   [&](const DynTypedNode &Parent, const DynTypedNode &) {
                     const Stmt *P = Parent.get<Stmt>();
                     if (!P || !isLoop(P))
                       return true;
                     if (P->getSourceRange().fullyContains(Var->getSourceRange()))
                       return false;
                     LoopBound Bound = boundOf(P, Ctx, Cat);
                     if (Bound.How == LoopBound::Machine) {
                       PerCore = true;
                       return true;
                     }
                     if (Bound.How != LoopBound::Constant || Bound.Trips > (uint64_t(1) << 20)) {
                       Known = false;
                       return false;
                     }
                     Times *= Bound.Trips;
                     return true;
                   });
    if (!Known)
      return std::nullopt;
    return Times;
  }

  const ValueDecl *Var;
  const Expr *Reader;
  const Catalogue *Cat;
  ASTContext &Ctx;
};

/// A constructor that takes only the container's allocator
/// (`std::vector<T> v(alloc)`): it starts empty.
bool takesOnlyAllocator(const CXXConstructExpr *Construct) {
  const CXXRecordDecl *Container = Construct->getConstructor()->getParent();
  const auto *Alloc =
      dyn_cast_or_null<TypedefNameDecl>(declaredMember(Container, "allocator_type"));
  if (!Alloc || Construct->getNumArgs() == 0)
    return false;
  QualType Wanted = Alloc->getUnderlyingType().getCanonicalType();
  for (const ParmVarDecl *P : Construct->getConstructor()->parameters())
    if (P->getType().getNonReferenceType().getUnqualifiedType().getCanonicalType() != Wanted)
      return false;
  return true;
}

/// A call of `boost::copy_range<C>(r)`: the range copied.
const Expr *copiedRange(const Expr *Init) {
  const auto *Call = dyn_cast<CallExpr>(Init);
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  if (F && Call->getNumArgs() == 1 && catalogueName(F) == "boost::copy_range")
    return Call->getArg(0);
  return nullptr;
}

std::optional<ContainerSize> sizeOf(const DeclRefExpr *Use, const Expr *Reader,
                                    const Catalogue *Cat, ASTContext &Ctx, unsigned Depth);

/// Elements the variable starts with: none, a braced list's or a constant
/// count; as many as the range or the local container it is copied from.
std::optional<ContainerSize> initialSize(const VarDecl *Var, const Catalogue *Cat, ASTContext &Ctx,
                                         unsigned Depth) {
  if (!Var->getInit())
    return std::nullopt;
  const Expr *Init = Var->getInit()->IgnoreImplicit()->IgnoreParens();
  if (const Expr *Copied = copiedRange(stripCopies(Init))) {
    if (std::optional<uint64_t> N = knownElementCount(Copied, Ctx, Cat))
      return ContainerSize{*N, false};
    return std::nullopt;
  }
  const auto *Construct = dyn_cast<CXXConstructExpr>(Init);
  if (!Construct)
    return std::nullopt;
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  if (Ctor->isDefaultConstructor() || takesOnlyAllocator(Construct))
    return ContainerSize{};
  // A copy of (or a move from) another local container: its size.
  if (Ctor->isCopyOrMoveConstructor())
    if (const auto *From = dyn_cast<DeclRefExpr>(stripCopies(Construct->getArg(0))))
      return sizeOf(From, Construct, Cat, Ctx, Depth + 1);
  // Built from an iterator pair over one range: at most that range's size.
  if (Construct->getNumArgs() >= 2)
    if (const Expr *Range = rangeOfIterator(Construct->getArg(0));
        Range && rangeOfIterator(Construct->getArg(1)) &&
        sameObject(Range, rangeOfIterator(Construct->getArg(1)))) {
      if (std::optional<uint64_t> N = knownElementCount(Range, Ctx, Cat))
        return ContainerSize{*N, false};
      return std::nullopt;
    }
  if (std::optional<uint64_t> N = constantElementCount(Construct))
    return ContainerSize{*N, false};
  return std::nullopt;
}

std::optional<ContainerSize> sizeOf(const DeclRefExpr *Use, const Expr *Reader,
                                    const Catalogue *Cat, ASTContext &Ctx, unsigned Depth) {
  const auto *Var = dyn_cast<VarDecl>(Use->getDecl());
  if (Depth > 4 || !Var || !Var->isLocalVarDecl() || Var->isStaticLocal() ||
      Var->getType()->isReferenceType())
    return std::nullopt;
  std::optional<ContainerSize> Start = initialSize(Var, Cat, Ctx, Depth);
  // The body `Var` is declared in (for a lambda's init-capture: the lambda's).
  const Stmt *Body = walkToFunction(DynTypedNode::create(*Var), Ctx).body();
  if (!Start || !Body)
    return std::nullopt;
  Counter Count(Var, Reader, Cat, Ctx);
  Count.visitor().TraverseStmt(const_cast<Stmt *>(Body));
  if (Count.Unknown)
    return std::nullopt;
  return ContainerSize{Start->Elements + Count.Added, Start->PerCore || Count.PerCore};
}

/// The elements a field starts with, whatever constructor makes the object:
/// none, or a braced list's; the largest over the constructors.
std::optional<uint64_t> fieldInitialSize(const FieldDecl *Field) {
  auto SizeOf = [](const Expr *Init) -> std::optional<uint64_t> {
    const auto *Construct = dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit()->IgnoreParens());
    if (!Construct)
      return std::nullopt;
    if (Construct->getConstructor()->isDefaultConstructor() || takesOnlyAllocator(Construct))
      return 0;
    return constantElementCount(Construct);
  };
  std::optional<uint64_t> Default = 0; // default-initialised: empty
  if (const Expr *InClass = Field->getInClassInitializer())
    Default = SizeOf(InClass);
  uint64_t Largest = Default.value_or(0);
  const auto *Class = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Class)
    return std::nullopt;
  for (const CXXConstructorDecl *Ctor : Class->ctors()) {
    if (Ctor->isCopyOrMoveConstructor()) // copies an object made by another one
      continue;
    if (!Ctor->isImplicit() && !Ctor->hasBody())
      return std::nullopt; // defined elsewhere
    std::optional<uint64_t> N = Default;
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->getMember() == Field)
        N = Init->isWritten() ? SizeOf(Init->getInit()) : Default;
    if (!N)
      return std::nullopt;
    Largest = std::max(Largest, *N);
  }
  if (!Default)
    return std::nullopt;
  return Largest;
}

/// A field of a class defined in the main file, whose every use in that
/// file leaves its size as its constructors made it (a test fixture's
/// empty range): that size. Such a class is not seen by other files.
/// Whether every method and constructor the class declares is defined in
/// the translation unit: one defined elsewhere (`controller_backend::
/// bootstrap_ntp` in another .cc) may grow its fields out of sight.
bool methodsDefinedHere(const CXXRecordDecl *Class) {
  for (const CXXMethodDecl *M : Class->methods())
    if (!M->isImplicit() && !M->isDeleted() && !M->isDefaulted() && !M->isPureVirtual() &&
        !M->isDefined())
      return false;
  return true;
}

std::optional<uint64_t> fieldSize(const MemberExpr *Use, const Expr *Reader, const Catalogue *Cat,
                                  ASTContext &Ctx) {
  const auto *Field = dyn_cast<FieldDecl>(Use->getMemberDecl());
  if (!Field || Field->getType()->isReferenceType() || Field->getType()->isPointerType())
    return std::nullopt;
  const CXXRecordDecl *Class = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Class || isa<ClassTemplateSpecializationDecl>(Class) || Class->getDescribedClassTemplate() ||
      !inMainFile(Class, Ctx.getSourceManager()) || !methodsDefinedHere(Class))
    return std::nullopt;
  std::optional<uint64_t> Start = fieldInitialSize(Field);
  if (!Start)
    return std::nullopt;
  Counter Count(Field, Reader, Cat, Ctx);
  UseVisitor Uses = Count.visitor();
  traverseMainFile(Uses, Ctx, [&] { return Count.Unknown; });
  if (Count.Unknown)
    return std::nullopt;
  return *Start;
}

} // namespace

std::optional<ContainerSize> fieldContainerSize(const MemberExpr *Use, const Expr *Reader,
                                                ASTContext &Ctx, const Catalogue *Cat) {
  if (std::optional<uint64_t> N = fieldSize(Use, Reader, Cat, Ctx))
    return ContainerSize{*N, false};
  return std::nullopt;
}

std::optional<ContainerSize> straightLineSize(const DeclRefExpr *Use, const Expr *Reader,
                                              ASTContext &Ctx, const Catalogue *Cat) {
  return sizeOf(Use, Reader, Cat, Ctx, 0);
}

const CXXMemberCallExpr *growthInLoop(const DeclRefExpr *Use) {
  const auto *Var = dyn_cast<VarDecl>(Use->getDecl());
  if (!Var || !Var->isLocalVarDecl())
    return nullptr;
  const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
  const Stmt *Body = Function ? Function->getBody() : nullptr;
  if (!Body)
    return nullptr;
  struct Finder : RecursiveASTVisitor<Finder> {
    const VarDecl *Var;
    unsigned LoopDepth = 0;
    const CXXMemberCallExpr *Found = nullptr;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool TraverseStmt(Stmt *S) {
      if (!S || Found)
        return true;
      bool Loop = isLoop(S);
      LoopDepth += Loop;
      RecursiveASTVisitor<Finder>::TraverseStmt(S);
      LoopDepth -= Loop;
      return true;
    }
    bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
      const auto *Object =
          dyn_cast<DeclRefExpr>(Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
      if (LoopDepth && !Found && Object && Object->getDecl() == Var && Call->getMethodDecl() &&
          addsOne(Call->getMethodDecl()))
        Found = Call;
      return true;
    }
  } F;
  F.Var = Var;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

} // namespace async_tidy
