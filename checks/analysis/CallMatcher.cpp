//===- CallMatcher.cpp ----------------------------------------------------===//
#include "analysis/CallMatcher.h"
#include "analysis/QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
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

/// Arguments the user wrote: defaulted ones do not count.
template <typename Range> unsigned writtenArgs(Range Args) {
  return llvm::count_if(Args, [](const Expr *Arg) { return !isa<CXXDefaultArgExpr>(Arg); });
}

unsigned argCount(const Expr *Call) {
  if (const auto *C = dyn_cast<CallExpr>(Call)) {
    // A member operator call lists the object as its first argument.
    if (isa<CXXOperatorCallExpr>(C) && isa_and_nonnull<CXXMethodDecl>(C->getDirectCallee()))
      return C->getNumArgs() - 1;
    return writtenArgs(C->arguments());
  }
  return writtenArgs(cast<CXXConstructExpr>(Call)->arguments());
}

/// The object a method is called on, or the first argument of a free
/// function, operator or constructor (`std::istreambuf_iterator<char>(file)`
/// reads the stream it is built from).
const Expr *receiverOf(const Expr *Call) {
  if (const auto *M = dyn_cast<CXXMemberCallExpr>(Call))
    return M->getImplicitObjectArgument();
  if (const auto *C = dyn_cast<CallExpr>(Call))
    return C->getNumArgs() ? C->getArg(0) : nullptr;
  if (const auto *C = dyn_cast<CXXConstructExpr>(Call))
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

/// The names a call is looked up under: the callee's own, and for a method
/// also the name through the class it is called on, so that an entry can say
/// `std::future::wait` although a library declares `wait` in a base class.
std::vector<std::string> lookupNames(const FunctionDecl *Callee, const Expr *Call) {
  std::vector<std::string> Names;
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (!Method || isa<CXXConstructorDecl>(Method) || !Callee->getIdentifier())
    return {catalogueName(Callee)};
  const Expr *Object = nullptr;
  if (const auto *M = dyn_cast<CXXMemberCallExpr>(Call))
    Object = M->getImplicitObjectArgument();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call); Op && Op->getNumArgs())
    Object = Op->getArg(0);
  // Past the derived-to-base cast to the type the user called it on.
  if (const CXXRecordDecl *Class =
          Object ? classOf(Object->IgnoreParenImpCasts()->getType()) : nullptr)
    if (Class->getCanonicalDecl() != Method->getParent()->getCanonicalDecl())
      Names.push_back(catalogueName(Class) + "::" + Callee->getNameAsString());
  // The class it is called on first: that is the name the user sees.
  Names.push_back(catalogueName(Callee));
  return Names;
}

/// A catalogue name without `::` denotes a C library function; a C++ function
/// of the same name in the global namespace (a project's own `sleep`
/// coroutine) is something else.
bool linkageMatches(llvm::StringRef EntryName, const FunctionDecl *Callee) {
  return EntryName.contains("::") || Callee->isExternC();
}

/// The qualified name of the function object a call goes through
/// (`stdexec::sync_wait` in `stdexec::sync_wait(s)`), or "".
std::string functionObjectName(const Expr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Op || Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return "";
  const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && !Var->isLocalVarDeclOrParm() ? catalogueName(Var) : "";
}

} // namespace

CallMatch matchCall(const Catalogue &C, llvm::StringRef Kind, const Expr *Call) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return {};
  for (const std::string &Name : lookupNames(Callee, Call))
    for (const Entry *E : C.lookup(Kind, Name))
      if ((E->NamePattern || linkageMatches(Name, Callee)) && argCount(Call) >= E->MinArgs &&
          receiverMatches(*E, Call)) {
        std::string Object = functionObjectName(Call);
        return {E, Name, Object.empty() ? Name : Object};
      }
  return {};
}

} // namespace async_tidy
