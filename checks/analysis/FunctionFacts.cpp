//===- FunctionFacts.cpp --------------------------------------------------===//
#include "FunctionFacts.h"
#include "Discard.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {
namespace {

} // namespace

const ValueDecl *namedValue(const Expr *E) {
  E = stripCopies(E);
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(E);
      Member && isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
    return Member->getMemberDecl();
  return nullptr;
}

namespace {

/// Records each await of an expression naming an object (`co_await r`,
/// `co_await r.resolve()`) and each ready question asked of one.
class EvidenceCollector : public RecursiveASTVisitor<EvidenceCollector> {
public:
  EvidenceCollector(const SourceManager &SM, const LangOptions &Lang,
                    const llvm::StringSet<> &Questions,
                    llvm::DenseMap<const ValueDecl *, SourceLocation> &Out,
                    llvm::StringSet<> &Macros)
      : SM(SM), Lang(Lang), Questions(Questions), Out(Out), Macros(Macros) {}

  bool VisitIntegerLiteral(IntegerLiteral *Literal) {
    SourceLocation L = Literal->getBeginLoc();
    if (L.isMacroID())
      Macros.insert(Lexer::getImmediateMacroName(L, SM, Lang));
    return true;
  }

  bool TraverseLambdaExpr(LambdaExpr *) { return true; } // runs at another time

  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    const Expr *E = stripCopies(Await->getOperand()->IgnoreImplicit());
    const ValueDecl *Object = namedValue(E);
    if (!Object)
      if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E))
        Object = calledOn(Call);
    record(Object, Await->getBeginLoc());
    return true;
  }
  /// What a co_await gives is ready: `auto f = co_await as_future(...)`,
  /// `auto [a, b] = co_await when_all(...)` (futures that have resolved).
  bool VisitVarDecl(VarDecl *Var) {
    const Expr *Init = Var->getInit();
    if (!Init || !isa<CoawaitExpr>(stripCopies(Init->IgnoreImplicit())))
      return true;
    record(Var, Var->getLocation());
    if (const auto *Decomposed = dyn_cast<DecompositionDecl>(Var))
      for (const BindingDecl *B : Decomposed->bindings())
        record(B, Var->getLocation());
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *M = Call->getMethodDecl();
    if (M && M->getIdentifier() && Questions.contains(M->getName()))
      record(calledOn(Call), Call->getBeginLoc());
    return true;
  }

private:
  void record(const ValueDecl *Object, SourceLocation L) {
    if (!Object || L.isInvalid())
      return;
    L = SM.getExpansionLoc(L);
    auto [It, New] = Out.try_emplace(Object, L);
    if (!New && SM.isBeforeInTranslationUnit(L, It->second))
      It->second = L;
  }

  const SourceManager &SM;
  const LangOptions &Lang;
  const llvm::StringSet<> &Questions;
  llvm::DenseMap<const ValueDecl *, SourceLocation> &Out;
  llvm::StringSet<> &Macros;
};

} // namespace

const ValueDecl *calledOn(const Expr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return namedValue(Member->getImplicitObjectArgument());
  return nullptr;
}

FunctionFacts::FunctionFacts(const FunctionDecl *F, const llvm::StringSet<> &Questions) {
  if (!F || !F->getBody())
    return;
  SM = &F->getASTContext().getSourceManager();
  EvidenceCollector Collector(*SM, F->getASTContext().getLangOpts(), Questions, FirstReady,
                              ConstantMacros);
  Collector.TraverseStmt(F->getBody());
}

bool FunctionFacts::readyAt(const ValueDecl *Object, const Expr *At) const {
  if (!Object || !SM)
    return false;
  auto It = FirstReady.find(Object);
  return It != FirstReady.end() &&
         SM->isBeforeInTranslationUnit(It->second, SM->getExpansionLoc(At->getBeginLoc()));
}

bool FunctionFacts::returnsAtOnce(const Expr *Call, const Entry &E) const {
  if (E.Attributes.count(ReadyAfterKey.str()) && readyAt(calledOn(Call), Call))
    return true;
  if (auto Tests = E.Attributes.find(NonBlockingIfTestsKey.str()); Tests != E.Attributes.end())
    for (const std::string &Macro : Tests->second)
      if (ConstantMacros.contains(Macro))
        return true;
  return false;
}

} // namespace async_tidy
