//===- FreshPipe.cpp ------------------------------------------------------===//
#include "analysis/FreshPipe.h"
#include "analysis/Ancestors.h"
#include "analysis/ExprFacts.h"
#include "analysis/QualifiedName.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <optional>

using namespace clang;

namespace async_tidy {
namespace {

/// POSIX's smallest PIPE_BUF: a write this small always fits in an empty
/// pipe.
constexpr uint64_t SmallestPipeBuf = 512;
/// pipe() puts the write end at index 1.
constexpr uint64_t WriteEnd = 1;
/// Bounds how many local lambdas the write end may pass through.
constexpr unsigned MaxLambdaHops = 4;

/// Whether `S` runs at most once each time the function it is written in
/// runs: no loop encloses it there.
bool outsideLoops(const Stmt &S, ASTContext &Ctx) {
  bool Looped = false;
  walkToFunction(DynTypedNode::create(S), Ctx,
                 [&](const DynTypedNode &Parent, const DynTypedNode &) {
                   Looped = Parent.get<ForStmt>() || Parent.get<WhileStmt>() ||
                            Parent.get<DoStmt>() || Parent.get<CXXForRangeStmt>();
                   return !Looped;
                 });
  return !Looped;
}

/// A byte count (a `size_t` parameter, not writev's count of buffers) that
/// is a constant no larger than SmallestPipeBuf.
bool smallConstantSize(const CallExpr &Call, const ASTContext &Ctx) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Call.getNumArgs() < 3 || Callee->getNumParams() < 3 ||
      !Callee->getParamDecl(2)->getType()->isUnsignedIntegerType())
    return false;
  std::optional<uint64_t> N = evaluateInt(Call.getArg(2), Ctx);
  return N && *N <= SmallestPipeBuf;
}

/// An element of a local array of descriptors: `fds[1]`, with `fds` a C
/// array or a std::array.
struct PipeEnd {
  const VarDecl *Pipe = nullptr;
  uint64_t Index = 0;
};

std::optional<PipeEnd> pipeEnd(const Expr *E, const ASTContext &Ctx) {
  E = E->IgnoreParenImpCasts();
  const Expr *Base = nullptr;
  const Expr *Index = nullptr;
  if (const auto *Element = dyn_cast<ArraySubscriptExpr>(E)) {
    Base = Element->getBase();
    Index = Element->getIdx();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2) {
    Base = Op->getArg(0);
    Index = Op->getArg(1);
  } else {
    return std::nullopt;
  }
  const auto *Ref = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  std::optional<uint64_t> I = evaluateInt(Index, Ctx);
  if (!Var || !Var->isLocalVarDecl() || !I)
    return std::nullopt;
  return PipeEnd{Var, *I};
}

/// The array a call fills: `fds` in `pipe(fds)` and `pipe(fds.data())`.
const DeclRefExpr *filledArray(const Expr *Arg) {
  Arg = Arg->IgnoreParenImpCasts();
  if (const auto *Data = dyn_cast<CXXMemberCallExpr>(Arg);
      Data && Data->getMethodDecl() && Data->getMethodDecl()->getIdentifier() &&
      Data->getMethodDecl()->getName() == "data")
    Arg = Data->getImplicitObjectArgument()->IgnoreParenImpCasts();
  return dyn_cast<DeclRefExpr>(Arg);
}

/// Accounts for every mention of a pipe array in the function that made it.
/// Allowed: the making call, anything on the read end, closing the write
/// end, and the one use of the write end being judged. Anything else (the
/// array handed away, another write) means the pipe may not be fresh.
class PipeUses : public RecursiveASTVisitor<PipeUses> {
public:
  PipeUses(const VarDecl &Pipe, const Expr &Use, const std::vector<std::string> &Makers,
           const ASTContext &Ctx)
      : Pipe(Pipe), Use(Use), Makers(Makers), Ctx(Ctx) {}

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (Ref->getDecl() == &Pipe)
      Mentions.push_back(Ref);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    std::string Name = catalogueName(Callee);
    bool Maker = llvm::is_contained(Makers, Name);
    for (const Expr *Arg : Call->arguments()) {
      if (const DeclRefExpr *Filled = filledArray(Arg);
          Maker && Filled && Filled->getDecl() == &Pipe) {
        Accounted.insert(Filled);
        MadeAt.push_back(Call->getBeginLoc());
      }
      // Closing the write end does not write to it.
      if (std::optional<PipeEnd> End = pipeEnd(Arg, Ctx);
          Name == "close" && End && End->Pipe == &Pipe)
        account(Arg);
    }
    return true;
  }
  bool VisitArraySubscriptExpr(ArraySubscriptExpr *E) { return element(E); }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *E) { return element(E); }

  /// Whether the pipe was made before `Use` and nothing else used its
  /// write end.
  bool fresh(const SourceManager &SM) const {
    bool MadeBefore = llvm::any_of(MadeAt, [&](SourceLocation L) {
      return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(L),
                                          SM.getExpansionLoc(Use.getBeginLoc()));
    });
    return MadeBefore &&
           llvm::all_of(Mentions, [&](const DeclRefExpr *R) { return Accounted.contains(R); });
  }

private:
  bool element(const Expr *E) {
    std::optional<PipeEnd> End = pipeEnd(E, Ctx);
    if (End && End->Pipe == &Pipe &&
        (End->Index != WriteEnd || E->IgnoreParenImpCasts() == Use.IgnoreParenImpCasts()))
      account(E);
    return true;
  }
  void account(const Expr *Element) {
    Element = Element->IgnoreParenImpCasts();
    const Expr *Base = isa<ArraySubscriptExpr>(Element)
                           ? cast<ArraySubscriptExpr>(Element)->getBase()
                           : cast<CXXOperatorCallExpr>(Element)->getArg(0);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Base->IgnoreParenImpCasts()))
      Accounted.insert(Ref);
  }

  const VarDecl &Pipe;
  const Expr &Use;
  const std::vector<std::string> &Makers;
  const ASTContext &Ctx;
  llvm::SmallVector<const DeclRefExpr *, 8> Mentions;
  llvm::SmallPtrSet<const DeclRefExpr *, 8> Accounted;
  llvm::SmallVector<SourceLocation, 1> MadeAt;
};

/// The local variable a lambda initialises (`auto writer = [](int fd) ...`).
const VarDecl *lambdaVariable(const LambdaExpr &L, ASTContext &Ctx) {
  const VarDecl *Found = nullptr;
  walkUpParents(
      DynTypedNode::create(L), Ctx, 4, [&](const DynTypedNodeList &Parents, const DynTypedNode &) {
        if (const auto *Var = Parents[0].get<VarDecl>()) {
          if (Var->isLocalVarDecl() && Var->getInit() && Var->getInit()->IgnoreImplicit() == &L)
            Found = Var;
          return false;
        }
        return Parents[0].get<Expr>() != nullptr;
      });
  return Found;
}

/// The lambda a function is the body of. A coroutine lambda's statements
/// have its call operator as their parent, not the lambda expression: go up
/// from the operator through the lambda's class.
const LambdaExpr *lambdaOf(const EnclosingFunction &In, ASTContext &Ctx) {
  if (In.Lambda)
    return In.Lambda;
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(In.Function);
  if (!Method || !Method->getParent()->isLambda())
    return nullptr;
  const LambdaExpr *Found = nullptr;
  walkUpParents(DynTypedNode::create(*Method), Ctx, 4,
                [&](const DynTypedNodeList &Parents, const DynTypedNode &) {
                  Found = Parents[0].get<LambdaExpr>();
                  return !Found;
                });
  return Found;
}

/// How many times `Body` names `D`.
unsigned mentions(const Stmt &Body, const ValueDecl &D) {
  class Counter : public RecursiveASTVisitor<Counter> {
  public:
    explicit Counter(const ValueDecl &D) : D(D) {}
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      N += Ref->getDecl() == &D;
      return true;
    }
    const ValueDecl &D;
    unsigned N = 0;
  } C(D);
  C.TraverseStmt(const_cast<Stmt *>(&Body));
  return C.N;
}

/// The one call of the lambda variable `Var` in `Body`, when the variable
/// is used for nothing else (named once, in that call).
const CXXOperatorCallExpr *onlyCall(const Stmt &Body, const VarDecl &Var) {
  class Calls : public RecursiveASTVisitor<Calls> {
  public:
    explicit Calls(const VarDecl &Var) : Var(Var) {}
    bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Op) {
      if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
        if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
            Ref && Ref->getDecl() == &Var)
          Found.push_back(Op);
      return true;
    }
    const VarDecl &Var;
    llvm::SmallVector<const CXXOperatorCallExpr *, 1> Found;
  } C(Var);
  C.TraverseStmt(const_cast<Stmt *>(&Body));
  return C.Found.size() == 1 && mentions(Body, Var) == 1 ? C.Found.front() : nullptr;
}

} // namespace

bool onlySmallWriteToFreshPipe(const CallExpr &Call, const std::vector<std::string> &Makers,
                               ASTContext &Ctx) {
  if (Call.getNumArgs() == 0 || !smallConstantSize(Call, Ctx) || !outsideLoops(Call, Ctx))
    return false;
  // Follow the descriptor back through the parameters of local lambdas,
  // each called once, to the function that names the pipe.
  const Expr *Descriptor = Call.getArg(0);
  const Stmt *At = &Call;
  for (unsigned Hop = 0; Hop <= MaxLambdaHops; ++Hop) {
    EnclosingFunction In = enclosingFunction(*At, Ctx);
    const Stmt *Body = In.body();
    if (!Body)
      return false;
    if (std::optional<PipeEnd> End = pipeEnd(Descriptor, Ctx)) {
      if (End->Index != WriteEnd)
        return false;
      PipeUses Uses(*End->Pipe, *Descriptor, Makers, Ctx);
      Uses.TraverseStmt(const_cast<Stmt *>(Body));
      return Uses.fresh(Ctx.getSourceManager());
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(Descriptor->IgnoreParenImpCasts());
    const auto *Parm = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
    const LambdaExpr *Written = lambdaOf(In, Ctx);
    if (!Written || !Parm || Parm->getDeclContext() != Written->getCallOperator() ||
        mentions(*Body, *Parm) != 1)
      return false;
    const VarDecl *Lambda = lambdaVariable(*Written, Ctx);
    const Stmt *Outer = Lambda ? enclosingFunction(*Written, Ctx).body() : nullptr;
    if (!Outer)
      return false;
    const CXXOperatorCallExpr *Started = onlyCall(*Outer, *Lambda);
    // The call operator's arguments follow the lambda object itself.
    unsigned Index = Parm->getFunctionScopeIndex() + 1;
    if (!Started || Index >= Started->getNumArgs() || !outsideLoops(*Started, Ctx))
      return false;
    Descriptor = Started->getArg(Index);
    At = Started;
  }
  return false;
}

} // namespace async_tidy
