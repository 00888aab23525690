//===- Referent.cpp -------------------------------------------------------===//
#include "analysis/Referent.h"
#include "analysis/Discard.h"
#include "analysis/TypeMatcher.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace async_tidy {

std::string Referent::describe() const {
  switch (What) {
  case Temporary:
    return "a temporary";
  case DefaultArgument:
    return "a temporary made by its default argument";
  case Local:
    return (isa<ParmVarDecl>(Var) ? "parameter '" : "local '") + Var->getNameAsString() + "'";
  }
  return "";
}

SourceLocation Referent::diesAt() const { return Scope->getEndLoc(); }

const Entry *borrowingEntry(QualType T, const Catalogue &C) {
  if (T->isReferenceType() || T->isPointerType())
    return nullptr;
  return matchType(C, kinds::BorrowingType, T);
}

bool isReferenceLike(QualType T, const Catalogue &C) {
  if (const auto *Ref = T->getAs<ReferenceType>())
    return !Ref->getPointeeType()->isFunctionType();
  return borrowingEntry(T, C) != nullptr;
}

const Expr *fullExpressionOf(const Expr *E, ASTContext &Ctx) {
  // Each step moves to a parent; expressions are finitely deep.
  for (unsigned Steps = 0; Steps < 128; ++Steps) {
    DynTypedNodeList Parents = Ctx.getParents(*E);
    const auto *P = Parents.empty() ? nullptr : Parents[0].get<Expr>();
    // A lambda's body is not part of the expression the lambda is written in.
    if (!P || isa<LambdaExpr>(P))
      return E;
    E = P;
  }
  return E;
}

namespace {

/// The block a local variable is declared in, or the statement whose
/// initialiser declares it (`for (T x : ...)`, `if (T x = ...; ...)`).
const Stmt *scopeOfLocal(const VarDecl *Var, ASTContext &Ctx) {
  if (const auto *Parm = dyn_cast<ParmVarDecl>(Var)) {
    const auto *F = dyn_cast<FunctionDecl>(Parm->getDeclContext());
    const Stmt *Body = F ? F->getBody() : nullptr;
    if (const auto *Coro = dyn_cast_or_null<CoroutineBodyStmt>(Body))
      Body = Coro->getBody();
    return Body;
  }
  DynTypedNodeList Parents = Ctx.getParents(*Var);
  const auto *Decl = Parents.empty() ? nullptr : Parents[0].get<DeclStmt>();
  if (!Decl)
    return nullptr;
  DynTypedNodeList Up = Ctx.getParents(*Decl);
  return Up.empty() ? nullptr : Up[0].get<Stmt>();
}

/// The variable an lvalue names, through member accesses on it (`req.body`
/// is part of `req`); null for anything reached through a pointer or `this`.
const DeclRefExpr *namedObject(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  while (const auto *Member = dyn_cast<MemberExpr>(E)) {
    if (Member->isArrow())
      return nullptr;
    E = Member->getBase()->IgnoreParenImpCasts();
  }
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E);
      Subscript && Subscript->getBase()->IgnoreParenImpCasts()->getType()->isArrayType())
    return namedObject(Subscript->getBase());
  return dyn_cast<DeclRefExpr>(E);
}

/// The object an expression bound to a reference stands for: a reference
/// bound to `std::move(x)` refers to `x`.
const Expr *withoutMoves(const Expr *Object) {
  const Expr *E = Object->IgnoreParens();
  for (unsigned Steps = 0; Steps < 8; ++Steps) {
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
      E = Cast->getSubExpr()->IgnoreParens();
    else if (const auto *Move = dyn_cast<CallExpr>(E); Move && isStdMoveOrForward(Move))
      E = Move->getArg(0)->IgnoreParens();
    else
      break;
  }
  return E;
}

/// For the reference variable of a range-for loop over a local container
/// (`for (auto &n : nodes)`): the container, whose element it names and
/// with which it dies. Null otherwise.
const VarDecl *ownerOfElement(const VarDecl *Var, ASTContext &Ctx) {
  if (!Var->getType()->isReferenceType() || Ctx.getParents(*Var).empty())
    return nullptr;
  const auto *Decl = Ctx.getParents(*Var)[0].get<DeclStmt>();
  DynTypedNodeList Up = Decl ? Ctx.getParents(*Decl) : DynTypedNodeList(DynTypedNode());
  const auto *Loop = Up.empty() ? nullptr : Up[0].get<CXXForRangeStmt>();
  if (!Loop || Loop->getLoopVariable() != Var)
    return nullptr;
  const DeclRefExpr *Range = namedObject(Loop->getRangeInit());
  const auto *Container = Range ? dyn_cast<VarDecl>(Range->getDecl()) : nullptr;
  return Container && !Container->getType()->isReferenceType() ? Container : nullptr;
}

/// What an object expression (bound to a reference, or viewed by a
/// borrowing type) is: a temporary, or a named automatic variable.
std::optional<Referent> objectReferent(const Expr *Object, const Expr *Arg, bool Default,
                                       ASTContext &Ctx) {
  const Expr *E = withoutMoves(Object);
  if (isa<MaterializeTemporaryExpr, CXXBindTemporaryExpr>(E) ||
      (E->isPRValue() && E->getType()->isRecordType())) {
    Referent R;
    R.What = Default ? Referent::DefaultArgument : Referent::Temporary;
    R.Source = Arg;
    R.Scope = fullExpressionOf(Arg, Ctx);
    return R;
  }
  if (const DeclRefExpr *Named = namedObject(E))
    if (const auto *Var = dyn_cast<VarDecl>(Named->getDecl())) {
      if (const VarDecl *Owner = ownerOfElement(Var, Ctx))
        return referentOfVariable(Owner, Arg, Ctx);
      return referentOfVariable(Var, Arg, Ctx);
    }
  return std::nullopt;
}

/// For a borrowing parameter: the object the view is made from (`s` in a
/// `std::string_view` made by `s.operator std::string_view()`, `v` in a
/// `std::span` constructed from `v`). Null when the argument is already a
/// view (a copy of one: what it views is not visible here) or a pointer.
const Expr *viewedObject(const Expr *Arg, const Catalogue &C) {
  const Expr *E = Arg;
  for (unsigned Steps = 0; Steps < 16; ++Steps) {
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<CastExpr>(E); Cast && !isa<ExplicitCastExpr>(E)) {
      E = Cast->getSubExpr();
    } else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = Temp->getSubExpr();
    } else if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = Bind->getSubExpr();
    } else if (const auto *Functional = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Functional->getSubExpr();
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      if (Construct->getNumArgs() == 0)
        return nullptr;
      const Expr *From = Construct->getArg(0);
      if (!Construct->getConstructor()->isCopyOrMoveConstructor())
        return borrowingEntry(From->getType(), C) || From->getType()->isPointerType() ||
                       From->IgnoreParenImpCasts()->getType()->isArrayType()
                   ? nullptr
                   : From;
      E = From;
    } else if (const auto *Convert = dyn_cast<CXXMemberCallExpr>(E);
               Convert && isa_and_nonnull<CXXConversionDecl>(Convert->getMethodDecl())) {
      return Convert->getImplicitObjectArgument();
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

} // namespace

std::optional<Referent> referentOfVariable(const VarDecl *Var, const Expr *Named, ASTContext &Ctx) {
  if (!Var->hasLocalStorage() || Var->getType()->isReferenceType())
    return std::nullopt;
  // Inside a lambda, a captured variable names the closure's copy (or, by
  // reference, the outer variable); the lambda's own referents are found
  // where the lambda is called.
  if (const auto *Ref =
          dyn_cast_or_null<DeclRefExpr>(Named ? Named->IgnoreParenImpCasts() : nullptr);
      Ref && Ref->refersToEnclosingVariableOrCapture())
    return std::nullopt;
  const Stmt *Scope = scopeOfLocal(Var, Ctx);
  if (!Scope)
    return std::nullopt;
  Referent R;
  R.What = Referent::Local;
  R.Source = Named;
  R.Var = Var;
  R.Scope = Scope;
  return R;
}

std::optional<Referent> referentOfArgument(const Expr *Arg, QualType Param, const Catalogue &C,
                                           ASTContext &Ctx) {
  const Expr *Bound = Arg;
  bool Default = false;
  if (const auto *D = dyn_cast<CXXDefaultArgExpr>(Arg->IgnoreParens())) {
    Bound = D->getExpr();
    Default = true;
  }
  if (Param->isReferenceType())
    return objectReferent(Bound, Arg, Default, Ctx);
  const Expr *Viewed = viewedObject(Bound, C);
  if (!Viewed)
    return std::nullopt;
  return objectReferent(Viewed, Arg, Default, Ctx);
}

const DeclRefExpr *boundVariableOf(const Expr *Arg, QualType Param, const Catalogue &C) {
  const Expr *Object = Param->isReferenceType() ? Arg : viewedObject(Arg, C);
  return Object ? namedObject(withoutMoves(Object)) : nullptr;
}

std::optional<Referent> referentOfObject(const Expr *Object, ASTContext &Ctx) {
  if (!Object || Object->getType()->isPointerType())
    return std::nullopt;
  return objectReferent(Object, Object, false, Ctx);
}

} // namespace async_tidy
