//===- RangeSize.cpp ------------------------------------------------------===//
#include "analysis/RangeSize.h"
#include "analysis/Ancestors.h"
#include "analysis/ClassHierarchy.h"
#include "analysis/Discard.h"
#include "analysis/ExprFacts.h"
#include "analysis/FilledContainer.h"
#include "analysis/MainFile.h"
#include "analysis/QualifiedName.h"
#include "analysis/TypeMatcher.h"
#include "analysis/VariableUses.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace async_tidy {

namespace {

/// The static extent of `std::array<T, N>` or `std::span<T, N>`.
std::optional<uint64_t> staticExtent(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(classOf(T.getNonReferenceType()));
  if (!Spec || Spec->getTemplateArgs().size() < 2)
    return std::nullopt;
  std::string Name = catalogueName(Spec);
  if (Name != "std::array" && Name != "std::span")
    return std::nullopt;
  const TemplateArgument &Extent = Spec->getTemplateArgs()[1];
  if (Extent.getKind() != TemplateArgument::Integral)
    return std::nullopt;
  llvm::APSInt N = Extent.getAsIntegral();
  // std::dynamic_extent is size_t(-1).
  if (N.isMaxValue())
    return std::nullopt;
  return N.getZExtValue();
}

/// Finds the calls of a function with internal linkage in the main file and
/// the largest constant they pass for one parameter.
class CallerArguments : public RecursiveASTVisitor<CallerArguments> {
public:
  CallerArguments(const FunctionDecl *F, unsigned Index, ASTContext &Ctx)
      : F(F->getCanonicalDecl()), Index(Index), Ctx(Ctx) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const auto *Callee = dyn_cast<FunctionDecl>(Ref->getDecl());
    if (!Callee || Callee->getCanonicalDecl() != F)
      return true;
    // Only direct calls: a function whose address is taken has callers
    // nobody here sees.
    DynTypedNodeList Parents = Ctx.getParents(*Ref);
    const auto *Decay = Parents.empty() ? nullptr : Parents[0].get<ImplicitCastExpr>();
    const CallExpr *Call = nullptr;
    if (Decay)
      if (DynTypedNodeList Up = Ctx.getParents(*Decay); !Up.empty())
        Call = Up[0].get<CallExpr>();
    if (!Call || Call->getCallee()->IgnoreImpCasts() != Ref || Index >= Call->getNumArgs()) {
      Unknown = true;
      return false;
    }
    std::optional<uint64_t> N = evaluateInt(Call->getArg(Index), Ctx);
    if (!N) {
      Unknown = true;
      return false;
    }
    Largest = std::max(Largest, *N);
    return true;
  }

  uint64_t Largest = 0;
  bool Unknown = false;

private:
  const FunctionDecl *F;
  unsigned Index;
  ASTContext &Ctx;
};

/// The largest value an integer parameter of a function only this file can
/// call (static, or in an anonymous namespace) receives, when every call
/// there passes a constant (`run(tio, 4)`, or the default) and the function
/// does not change it.
std::optional<uint64_t> callersBound(const ParmVarDecl *Parm, ASTContext &Ctx) {
  const auto *F = dyn_cast_or_null<FunctionDecl>(Parm->getDeclContext());
  if (!F || !F->getBody() || F->isExternallyVisible() || isa<CXXMethodDecl>(F) ||
      !Parm->getType()->isIntegerType() || !inMainFile(F, Ctx.getSourceManager()) ||
      !onlyRead(Parm, F, Ctx))
    return std::nullopt;
  CallerArguments Callers(F, Parm->getFunctionScopeIndex(), Ctx);
  traverseMainFile(Callers, Ctx, [&] { return Callers.Unknown; });
  if (Callers.Unknown)
    return std::nullopt;
  return Callers.Largest;
}

} // namespace

/// An upper bound: a constant, or a parameter that every caller passes a
/// constant.
std::optional<uint64_t> upperBound(const Expr *E, ASTContext &Ctx) {
  if (std::optional<uint64_t> N = evaluateInt(E, Ctx))
    return N;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *Parm = dyn_cast<ParmVarDecl>(Ref->getDecl()))
      return callersBound(Parm, Ctx);
  return std::nullopt;
}

/// The number of cores or shards: `std::thread::hardware_concurrency()`,
/// seastar's `smp::count` and `this_smp_shard_count()`.
bool isCoreCount(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return catalogueName(Ref->getDecl()) == "seastar::smp::count";
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
  if (!F)
    return false;
  std::string Name = catalogueName(F);
  return Name == "std::thread::hardware_concurrency" ||
         Name == "std::jthread::hardware_concurrency" || Name == "seastar::this_smp_shard_count";
}

/// The bounds of a counting range: `boost::irange(a, b)`,
/// `std::views::iota(a, b)`, `std::ranges::iota_view(a, b)`.
std::optional<std::pair<const Expr *, const Expr *>> countingRangeBounds(const Expr *Range) {
  const Expr *E = stripCopies(Range);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getNumArgs() == 2 &&
        catalogueName(Construct->getConstructor()->getParent()) == "std::ranges::iota_view")
      return std::make_pair(Construct->getArg(0), Construct->getArg(1));
    return std::nullopt;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return std::nullopt;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
    const auto *Object = Op->getNumArgs() == 3
                             ? dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts())
                             : nullptr;
    std::string Name = Object ? catalogueName(Object->getDecl()) : "";
    if (Op->getOperator() == OO_Call &&
        (Name == "std::ranges::views::iota" || Name == "std::views::iota"))
      return std::make_pair(Op->getArg(1), Op->getArg(2));
    return std::nullopt;
  }
  const FunctionDecl *F = Call->getDirectCallee();
  if (F && Call->getNumArgs() >= 2 && catalogueName(F) == "boost::irange")
    return std::make_pair(Call->getArg(0), Call->getArg(1));
  return std::nullopt;
}

namespace {

/// `std::vector<T> v(2)`: a container constructed with a constant count of
/// elements (its `size_type` first, then a value or an allocator).
std::optional<uint64_t> countConstructed(const CXXConstructExpr *Construct) {
  const CXXConstructorDecl *Ctor = Construct->getConstructor();
  const auto *Size =
      dyn_cast_or_null<TypedefNameDecl>(declaredMember(Ctor->getParent(), "size_type"));
  if (!Size || Construct->getNumArgs() == 0 || Ctor->getNumParams() == 0 ||
      Ctor->getParamDecl(0)->getType().getCanonicalType().getUnqualifiedType() !=
          Size->getUnderlyingType().getCanonicalType())
    return std::nullopt;
  return evaluateInt(Construct->getArg(0), Ctor->getASTContext());
}

} // namespace

std::optional<uint64_t> constantElementCount(const Expr *Range) {
  if (!Range)
    return std::nullopt;
  const Expr *E = Range->IgnoreImplicit()->IgnoreParens();
  if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
    E = Cast->getSubExpr()->IgnoreImplicit();
  if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(E))
    E = List->getSubExpr()->IgnoreImplicit();
  if (const auto *Init = dyn_cast<InitListExpr>(E); Init && !Init->getType()->isRecordType())
    return Init->getNumInits();
  // A container constructed empty (`std::vector<int>()`), or with a
  // constant count (`std::vector<T>(2)`).
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    if (Construct->getConstructor()->isDefaultConstructor() &&
        hasMemberNamed(Construct->getConstructor()->getParent(), "begin"))
      return 0;
    if (std::optional<uint64_t> N = countConstructed(Construct))
      return N;
  }
  // A container built from a braced list holds exactly that many elements
  // (`std::vector<int>{1, 2, 3}`), as long as nothing else is passed.
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
      Construct && Construct->getNumArgs() >= 1) {
    const Expr *First = Construct->getArg(0)->IgnoreImplicit();
    bool OnlyList = isa<CXXStdInitializerListExpr>(First);
    for (unsigned I = 1; I < Construct->getNumArgs(); ++I)
      OnlyList &= isa<CXXDefaultArgExpr>(Construct->getArg(I));
    if (OnlyList)
      return constantElementCount(First);
  }
  QualType T = E->getType().getNonReferenceType();
  if (const auto *Array = dyn_cast_or_null<ConstantArrayType>(T->getAsArrayTypeUnsafe()))
    return Array->getSize().getZExtValue();
  return staticExtent(T);
}

/// `std::views::all(r)` (a call of the range adaptor object, or of the
/// function in older libraries): r.
const Expr *wholeViewOf(const Expr *E) {
  E = stripCopies(E);
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call || Call->getNumArgs() == 0)
    return nullptr;
  const Expr *Arg = Call->getArg(Call->getNumArgs() - 1);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() == 2) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts())) {
      std::string Name = catalogueName(Ref->getDecl());
      if (Name == "std::ranges::views::all" || Name == "std::views::all")
        return Op->getArg(1);
    }
    return nullptr;
  }
  if (const FunctionDecl *F = Call->getDirectCallee();
      F && Call->getNumArgs() == 1 && catalogueName(F) == "std::ranges::views::all")
    return Arg;
  return nullptr;
}

/// What a local variable stands for when it is only a name for its
/// initialiser (`auto &&end = begin + 1;`); the expression itself otherwise.
const Expr *throughLocal(const Expr *E) {
  E = stripCopies(E);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->isLocalVarDecl() && Var->getInit())
      return stripCopies(Var->getInit());
  return E;
}

/// `Base + Offset` (or `Base - Offset`), built-in or overloaded (iterators):
/// its two operands.
static std::optional<std::pair<const Expr *, const Expr *>>
offsetOperands(const Expr *E, BinaryOperatorKind Kind) {
  if (const auto *Op = dyn_cast<BinaryOperator>(E); Op && Op->getOpcode() == Kind)
    return std::make_pair(Op->getLHS(), Op->getRHS());
  OverloadedOperatorKind Overloaded = Kind == BO_Add ? OO_Plus : OO_Minus;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == Overloaded && Op->getNumArgs() == 2)
    return std::make_pair(Op->getArg(0), Op->getArg(1));
  return std::nullopt;
}

/// The value of a counting iterator's start (`boost::make_counting_iterator(n)`):
/// a constant, or a local that its function only reads and initialises
/// with one (`long n = 10;`).
static std::optional<uint64_t> countingStart(const Expr *E, ASTContext &Ctx) {
  const auto *Make = dyn_cast<CallExpr>(stripCopies(E));
  const FunctionDecl *F = Make ? Make->getDirectCallee() : nullptr;
  // Boost declares it in boost::iterators and brings it into boost.
  if (!F || catalogueName(F) != "boost::iterators::make_counting_iterator" ||
      Make->getNumArgs() != 1)
    return std::nullopt;
  const Expr *Arg = Make->getArg(0)->IgnoreParenImpCasts();
  if (std::optional<uint64_t> N = evaluateInt(Arg, Ctx))
    return N;
  const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->isLocalVarDecl() || !Var->getInit())
    return std::nullopt;
  EnclosingFunction In = enclosingFunction(*Ref, Ctx);
  const FunctionDecl *Owner = In.Lambda ? In.Lambda->getCallOperator() : In.Function;
  if (!Owner || !onlyRead(Var, Owner, Ctx))
    return std::nullopt;
  return evaluateInt(Var->getInit()->IgnoreParenImpCasts(), Ctx);
}

std::optional<uint64_t> iteratorDistance(const Expr *Begin, const Expr *End, ASTContext &Ctx) {
  // Counting iterators from a to b: b - a elements.
  if (auto From = countingStart(Begin, Ctx))
    if (auto To = countingStart(End, Ctx))
      return *To >= *From ? *To - *From : 0;
  auto Sum = offsetOperands(throughLocal(End), BO_Add);
  if (!Sum)
    return std::nullopt;
  auto [Base, Offset] = *Sum;
  const Expr *B1 = stripCopies(Begin), *B2 = stripCopies(Base);
  auto SameIterator = [](const Expr *X, const Expr *Y) {
    const auto *CX = dyn_cast<CallExpr>(X);
    const auto *CY = dyn_cast<CallExpr>(Y);
    const Expr *RX = rangeOfIterator(X), *RY = rangeOfIterator(Y);
    return CX && CY && RX && RY && CX->getDirectCallee() == CY->getDirectCallee() &&
           sameObject(RX, RY);
  };
  bool Same = sameObject(B1, B2) || sameObject(throughLocal(B1), throughLocal(B2)) ||
              SameIterator(B1, B2) || SameIterator(throughLocal(B1), throughLocal(B2));
  if (!Same)
    return std::nullopt;
  return evaluateInt(Offset->IgnoreParenImpCasts(), Ctx);
}

bool machineSizedRange(const Expr *Range, ASTContext &Ctx, const Catalogue *Cat) {
  if (const Expr *Whole = wholeViewOf(Range))
    Range = Whole;
  if (auto Bounds = countingRangeBounds(Range))
    return isCoreCount(Bounds->second);
  if (Cat && holdsBoundedResources(Range->getType(), *Cat))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(stripCopies(Range))) {
    std::optional<ContainerSize> Size = straightLineSize(Ref, Range, Ctx, Cat);
    return Size && Size->PerCore;
  }
  return false;
}

std::optional<uint64_t> knownElementCount(const Expr *Range, ASTContext &Ctx,
                                          const Catalogue *Cat) {
  if (const Expr *Whole = wholeViewOf(Range))
    Range = Whole;
  if (std::optional<uint64_t> N = constantElementCount(Range))
    return N;
  if (auto Bounds = countingRangeBounds(Range)) {
    std::optional<uint64_t> From = evaluateInt(Bounds->first, Ctx);
    std::optional<uint64_t> To = upperBound(Bounds->second, Ctx);
    if (From && To)
      return *To > *From ? *To - *From : 0;
  }
  const Expr *E = stripCopies(Range);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (std::optional<ContainerSize> Size = straightLineSize(Ref, Range, Ctx, Cat);
        Size && !Size->PerCore)
      return Size->Elements;
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    if (std::optional<ContainerSize> Size = fieldContainerSize(Member, Range, Ctx, Cat))
      return Size->Elements;
  return std::nullopt;
}

const Expr *rangeOfIterator(const Expr *Iterator) {
  // Iterators passed by value arrive as a copy of the call's result.
  const Expr *E = stripCopies(Iterator);
  static constexpr llvm::StringLiteral Names[] = {"begin", "end", "cbegin", "cend"};
  auto IsIteratorName = [](const FunctionDecl *F) {
    return F && F->getIdentifier() && llvm::is_contained(Names, F->getName());
  };
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E);
      Member && IsIteratorName(Member->getMethodDecl()))
    return Member->getImplicitObjectArgument();
  if (const auto *Call = dyn_cast<CallExpr>(E); Call && Call->getNumArgs() == 1) {
    const FunctionDecl *F = Call->getDirectCallee();
    if (IsIteratorName(F) && F->isInStdNamespace())
      return Call->getArg(0);
  }
  return nullptr;
}

const Expr *rangeOfShortenedEnd(const Expr *End, ASTContext &Ctx) {
  auto Difference = offsetOperands(stripCopies(End), BO_Sub);
  if (!Difference || !Difference->second->getType()->isIntegerType() ||
      !evaluateInt(Difference->second, Ctx))
    return nullptr;
  return rangeOfIterator(Difference->first);
}

bool holdsBoundedResources(QualType T, const Catalogue &Cat) {
  // The range, then its elements, then what they own.
  llvm::SmallVector<std::pair<QualType, unsigned>, 8> Work{{T.getNonReferenceType(), 0}};
  while (!Work.empty()) {
    auto [Type, Depth] = Work.pop_back_val();
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(classOf(Type));
    if (!Spec)
      continue;
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
      if (Arg.getKind() != TemplateArgument::Type)
        continue;
      if (matchType(Cat, kinds::BoundedResource, Arg.getAsType()))
        return true;
      if (Depth < 2)
        Work.push_back({Arg.getAsType(), Depth + 1});
    }
  }
  return false;
}

namespace {

bool declaresOperator(const CXXRecordDecl *Record, OverloadedOperatorKind Op) {
  return findInClassOrBases(
      Record,
      [&](const CXXRecordDecl *R) {
        const CXXRecordDecl *Def = definitionOrPattern(R);
        if (!Def)
          return false;
        for (const Decl *D : Def->decls()) {
          if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
            D = Template->getTemplatedDecl();
          if (const auto *F = dyn_cast<FunctionDecl>(D); F && F->getOverloadedOperator() == Op)
            return true;
        }
        return false;
      },
      BasesOf::DefinitionOrPattern);
}

} // namespace

bool isIterator(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return !T->getPointeeType()->isFunctionType();
  const CXXRecordDecl *Record = T->getAsCXXRecordDecl();
  return Record && declaresOperator(Record, OO_PlusPlus) && declaresOperator(Record, OO_Star);
}

bool isRange(QualType T) {
  T = T.getNonReferenceType();
  if (T->isConstantArrayType())
    return true;
  const CXXRecordDecl *Record = definitionOrPattern(T->getAsCXXRecordDecl());
  return Record && hasMemberNamed(Record, "begin") && !isIterator(T);
}

} // namespace async_tidy
