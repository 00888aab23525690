//===- Ancestors.h - walking up from a node to its function ---------------===//
//
// Several models ask what surrounds a statement: the loops around it, the
// body it is written in, whether that body is a template's pattern. They all
// walk the AST's parents up to the nearest function or lambda, which is done
// here once.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_ANCESTORS_H
#define ASYNC_TIDY_ANALYSIS_ANCESTORS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace async_tidy {

/// Whether `S` is a loop statement (for, range-for, while, do).
inline bool isLoop(const clang::Stmt *S) {
  return clang::isa<clang::ForStmt, clang::CXXForRangeStmt, clang::WhileStmt, clang::DoStmt>(S);
}

/// Walks from `Node` up its first parents, at most `MaxSteps` of them:
/// calls `Visit(Parents, Child)` with the parents of each node on the way,
/// while it returns true. Stops, returning false, at a node with no parent.
/// Returns true when `Visit` ended the walk. The bound is the caller's: how
/// far above the node the answer can still be (a few wrappers, an
/// initialiser's variable).
bool walkUpParents(clang::DynTypedNode Node, clang::ASTContext &Ctx, unsigned MaxSteps,
                   llvm::function_ref<bool(const clang::DynTypedNodeList &Parents,
                                           const clang::DynTypedNode &Child)>
                       Visit);

/// The function or lambda a node is written in.
struct EnclosingFunction {
  const clang::FunctionDecl *Function = nullptr; // when not a lambda
  const clang::LambdaExpr *Lambda = nullptr;
  /// Its body, or null when the node is outside any function.
  const clang::Stmt *body() const;
  /// Whether it is the pattern of a template (a function template, or a
  /// generic lambda's call operator as written): its instantiations are
  /// what runs, with their types resolved.
  bool isTemplatePattern() const;
};

/// Walks from `Node` up its first parents to the nearest function or lambda
/// (or a block), calling `Visit(Parent, Child)` for each parent below it,
/// innermost first, while `Visit` returns true. Returns that function.
EnclosingFunction walkToFunction(
    clang::DynTypedNode Node, clang::ASTContext &Ctx,
    llvm::function_ref<bool(const clang::DynTypedNode &Parent, const clang::DynTypedNode &Child)>
        Visit = nullptr);

inline EnclosingFunction enclosingFunction(const clang::Stmt &S, clang::ASTContext &Ctx) {
  return walkToFunction(clang::DynTypedNode::create(S), Ctx);
}

/// The lambdas among a call's arguments (through temporaries and moves).
llvm::SmallVector<const clang::LambdaExpr *, 2> lambdasHandedTo(const clang::CallExpr *Call);

/// The call a lambda is an argument of, up through the conversions that hand
/// it over (a temporary, a std::function); null when it is not an argument.
const clang::CallExpr *callTakingLambda(const clang::LambdaExpr &Lambda, clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
