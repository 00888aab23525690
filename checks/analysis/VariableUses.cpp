//===- VariableUses.cpp ---------------------------------------------------===//
#include "analysis/VariableUses.h"
#include "analysis/QualifiedName.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace async_tidy {

bool onlyRead(const VarDecl *Parm, const FunctionDecl *F, ASTContext &Ctx) {
  class Reads : public RecursiveASTVisitor<Reads> {
  public:
    Reads(const VarDecl *Parm, ASTContext &Ctx) : Parm(Parm), Ctx(Ctx) {}
    bool VisitDeclRefExpr(DeclRefExpr *Ref) {
      if (Ref->getDecl() != Parm)
        return true;
      DynTypedNodeList Parents = Ctx.getParents(*Ref);
      if (Parents.empty())
        return true;
      if (const auto *Cast = Parents[0].get<ImplicitCastExpr>();
          Cast && Cast->getCastKind() == CK_LValueToRValue)
        return true;
      Written |= !byStdReference(Parents[0].get<CallExpr>());
      return !Written;
    }

    /// A standard library function handed the parameter by reference
    /// (`std::views::iota(0u, n)` takes forwarding references) reads it,
    /// except those that exist to change their arguments.
    static bool byStdReference(const CallExpr *Call) {
      const FunctionDecl *F = Call ? Call->getDirectCallee() : nullptr;
      if (!F || !llvm::StringRef(catalogueName(F)).starts_with("std::"))
        return false;
      if (F->getOverloadedOperator() == OO_GreaterGreater)
        return false;
      return !F->getIdentifier() ||
             !llvm::is_contained({llvm::StringRef("swap"), llvm::StringRef("exchange")},
                                 F->getName());
    }
    bool Written = false;

  private:
    const VarDecl *Parm;
    ASTContext &Ctx;
  } Visitor(Parm, Ctx);
  Visitor.TraverseStmt(F->getBody());
  return !Visitor.Written;
}

} // namespace async_tidy
