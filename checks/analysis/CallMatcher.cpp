//===- CallMatcher.cpp ----------------------------------------------------===//
#include "CallMatcher.h"
#include "QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include <algorithm>

using namespace clang;

namespace async_tidy {

const FunctionDecl *calleeOf(const Expr *Call) {
  if (const auto *C = dyn_cast<CallExpr>(Call))
    return C->getDirectCallee();
  if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
    return C->getConstructor();
  return nullptr;
}

namespace {

unsigned argCount(const Expr *Call) {
  if (const auto *C = dyn_cast<CallExpr>(Call)) {
    // A member operator call lists the object as its first argument.
    if (isa<CXXOperatorCallExpr>(C) && isa_and_nonnull<CXXMethodDecl>(C->getDirectCallee()))
      return C->getNumArgs() - 1;
    // Defaulted arguments were not written by the user.
    unsigned N = 0;
    for (const Expr *Arg : C->arguments())
      N += isa<CXXDefaultArgExpr>(Arg) ? 0 : 1;
    return N;
  }
  unsigned N = 0;
  for (const Expr *Arg : cast<CXXConstructExpr>(Call)->arguments())
    N += isa<CXXDefaultArgExpr>(Arg) ? 0 : 1;
  return N;
}

/// The object a method is called on, or the first argument of a free
/// function or operator.
const Expr *receiverOf(const Expr *Call) {
  if (const auto *M = dyn_cast<CXXMemberCallExpr>(Call))
    return M->getImplicitObjectArgument();
  if (const auto *C = dyn_cast<CallExpr>(Call))
    return C->getNumArgs() ? C->getArg(0) : nullptr;
  return nullptr;
}

bool receiverMatches(const Entry &E, const Expr *Call) {
  if (E.Receivers.empty() && E.Objects.empty())
    return true;
  const Expr *Receiver = receiverOf(Call);
  if (!Receiver)
    return false;
  Receiver = Receiver->IgnoreParenImpCasts();
  if (!E.Receivers.empty() && !isOrDerivesFrom(classOf(Receiver->getType()), E.Receivers))
    return false;
  if (!E.Objects.empty()) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Receiver);
    if (!Ref || std::find(E.Objects.begin(), E.Objects.end(), catalogueName(Ref->getDecl())) ==
                    E.Objects.end())
      return false;
  }
  return true;
}

} // namespace

const Entry *matchCall(const Catalogue &C, llvm::StringRef Kind, const Expr *Call) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return nullptr;
  for (const Entry *E : C.lookup(Kind, catalogueName(Callee)))
    if (argCount(Call) >= E->MinArgs && receiverMatches(*E, Call))
      return E;
  return nullptr;
}

} // namespace async_tidy
