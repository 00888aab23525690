//===- VariableUses.h - where a function names one of its variables -------===//
//
// Several analyses ask what the code does with one variable: whether a task
// held in it is ever read, whether a container's uses can grow it, what
// becomes of a started operation's handle, whether a parameter is only read.
// They all find the variable's uses with the one visitor here.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_VARIABLEUSES_H
#define ASYNC_TIDY_ANALYSIS_VARIABLEUSES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <functional>

namespace async_tidy {

/// Hands each expression that names `Var` to `Visit`, in traversal order,
/// while `Visit` returns true: a DeclRefExpr, and for a field also a
/// MemberExpr. A RecursiveASTVisitor: traverse a body with it, or the main
/// file (MainFile.h's traverseMainFile).
class UseVisitor : public clang::RecursiveASTVisitor<UseVisitor> {
public:
  // Owned, not a function_ref: a visitor may outlive the expression that made it.
  using Callback = std::function<bool(const clang::Expr *Use)>;
  UseVisitor(const clang::ValueDecl *Var, Callback Visit) : Var(Var), Visit(std::move(Visit)) {}

  bool VisitDeclRefExpr(clang::DeclRefExpr *Ref) {
    return Ref->getDecl() != Var || (Going = Visit(Ref));
  }
  bool VisitMemberExpr(clang::MemberExpr *Ref) {
    return Ref->getMemberDecl() != Var || (Going = Visit(Ref));
  }
  /// Whether `Visit` ended the walk.
  bool stopped() const { return !Going; }

private:
  const clang::ValueDecl *Var;
  Callback Visit;
  bool Going = true;
};

/// The uses of `Var` in `Body`, handed to `Visit` while it returns true.
inline void forEachUse(const clang::ValueDecl *Var, const clang::Stmt *Body,
                       UseVisitor::Callback Visit) {
  UseVisitor V(Var, Visit);
  V.TraverseStmt(const_cast<clang::Stmt *>(Body));
}

/// Whether every use of `Var` (a parameter or a local) in `F` reads it: none
/// assigns it or binds it to a non-const reference. A standard library
/// function handed it by reference reads it, except those made to change
/// their arguments (`std::swap`, `std::exchange`, `operator>>`).
bool onlyRead(const clang::VarDecl *Var, const clang::FunctionDecl *F, clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
