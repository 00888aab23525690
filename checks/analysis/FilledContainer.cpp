//===- FilledContainer.cpp ------------------------------------------------===//
#include "FilledContainer.h"
#include "LoopBound.h"
#include "TypeMatcher.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {
namespace {

bool isLoop(const Stmt *S) { return isa<ForStmt, CXXForRangeStmt, WhileStmt, DoStmt>(S); }

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
  static constexpr llvm::StringLiteral Names[] = {"begin", "end",     "front",         "back",
                                                  "data",  "at",      "reserve",       "shrink_to_fit"};
  return M->getIdentifier() && llvm::is_contained(Names, M->getName());
}

class Counter : public RecursiveASTVisitor<Counter> {
public:
  Counter(const VarDecl *Var, const Expr *Reader, ASTContext &Ctx)
      : Var(Var), Reader(Reader), Ctx(Ctx) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() != Var)
      return true;
    if (!classify(Ref))
      Unknown = true;
    return !Unknown;
  }

  uint64_t Added = 0;
  bool Unknown = false;

private:
  /// Whether this use keeps the size bounded; counts the elements it adds.
  bool classify(const DeclRefExpr *Ref) {
    if (Reader->getSourceRange().fullyContains(Ref->getSourceRange()))
      return true;
    DynTypedNodeList Parents = Ctx.getParents(*Ref);
    const Expr *Up = Parents.empty() ? nullptr : Parents[0].get<Expr>();
    while (Up && isa<ImplicitCastExpr, ParenExpr>(Up)) {
      Parents = Ctx.getParents(*Up);
      Up = Parents.empty() ? nullptr : Parents[0].get<Expr>();
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
    if (!addsOne(Method))
      return false;
    std::optional<uint64_t> Times = timesRun(Call);
    if (!Times)
      return false;
    Added += *Times;
    return true;
  }

  /// How many times `S` runs per run of the variable's scope: the product of
  /// the constant trip counts of the loops around it that do not also
  /// contain the declaration (a container declared in a loop body starts
  /// empty every iteration). None when one of them depends on data.
  std::optional<uint64_t> timesRun(const Stmt *S) {
    uint64_t Times = 1;
    DynTypedNode Node = DynTypedNode::create(*S);
    for (unsigned Depth = 0; Depth < 256; ++Depth) {
      DynTypedNodeList Parents = Ctx.getParents(Node);
      if (Parents.empty() || Parents[0].get<FunctionDecl>() || Parents[0].get<LambdaExpr>())
        return Times;
      const Stmt *P = Parents[0].get<Stmt>();
      if (P && isLoop(P)) {
        if (P->getSourceRange().fullyContains(Var->getSourceRange()))
          return Times;
        LoopBound Bound = boundOf(P, Ctx);
        if (Bound.How != LoopBound::Constant || Bound.Trips > (uint64_t(1) << 20))
          return std::nullopt;
        Times *= Bound.Trips;
      }
      Node = Parents[0];
    }
    return std::nullopt;
  }

  const VarDecl *Var;
  const Expr *Reader;
  ASTContext &Ctx;
};

/// The body of the function or lambda `S` is written in.
const Stmt *enclosingBody(const Stmt *S, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*S);
  for (unsigned Depth = 0; Depth < 512; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return nullptr;
    if (const auto *F = Parents[0].get<FunctionDecl>())
      return F->getBody();
    if (const auto *L = Parents[0].get<LambdaExpr>())
      return L->getBody();
    Node = Parents[0];
  }
  return nullptr;
}

/// A constructor that takes only the container's allocator
/// (`std::vector<T> v(alloc)`): it starts empty.
bool takesOnlyAllocator(const CXXConstructExpr *Construct) {
  const CXXRecordDecl *Container = Construct->getConstructor()->getParent();
  const auto *Alloc = dyn_cast_or_null<TypedefNameDecl>(declaredMember(Container, "allocator_type"));
  if (!Alloc || Construct->getNumArgs() == 0)
    return false;
  QualType Wanted = Alloc->getUnderlyingType().getCanonicalType();
  for (const ParmVarDecl *P : Construct->getConstructor()->parameters())
    if (P->getType().getNonReferenceType().getUnqualifiedType().getCanonicalType() != Wanted)
      return false;
  return true;
}

/// Elements the variable starts with: none, or a braced list's.
std::optional<uint64_t> initialSize(const VarDecl *Var) {
  const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Var->getInit());
  if (!Construct)
    return std::nullopt;
  if (Construct->getConstructor()->isDefaultConstructor() || takesOnlyAllocator(Construct))
    return 0;
  return constantElementCount(Construct);
}

} // namespace

std::optional<uint64_t> straightLineSize(const DeclRefExpr *Use, const Expr *Reader,
                                         ASTContext &Ctx) {
  const auto *Var = dyn_cast<VarDecl>(Use->getDecl());
  if (!Var || !Var->isLocalVarDecl() || Var->isStaticLocal() || Var->getType()->isReferenceType())
    return std::nullopt;
  std::optional<uint64_t> Start = initialSize(Var);
  const Stmt *Body = enclosingBody(Use, Ctx);
  if (!Start || !Body)
    return std::nullopt;
  Counter Count(Var, Reader, Ctx);
  Count.TraverseStmt(const_cast<Stmt *>(Body));
  if (Count.Unknown)
    return std::nullopt;
  return *Start + Count.Added;
}

} // namespace async_tidy
