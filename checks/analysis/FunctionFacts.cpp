//===- FunctionFacts.cpp --------------------------------------------------===//
#include "analysis/FunctionFacts.h"
#include "analysis/Discard.h"
#include "analysis/FreshPipe.h"
#include "analysis/QualifiedName.h"
#include "catalogue/CatalogueKinds.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace async_tidy {
namespace {} // namespace

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
  using EvidenceMap =
      llvm::DenseMap<const ValueDecl *, llvm::SmallVector<FunctionFacts::Evidence, 2>>;
  EvidenceCollector(const SourceManager &SM, const LangOptions &Lang,
                    const llvm::StringSet<> &Questions, EvidenceMap &Out, llvm::StringSet<> &Macros,
                    EvidenceMap *MadeWith = nullptr)
      : SM(SM), Lang(Lang), Questions(Questions), Out(Out), Macros(Macros), MadeWith(MadeWith) {}

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
    record(Object, Await->getBeginLoc(), "");
    return true;
  }
  /// What a co_await gives is ready: `auto f = co_await as_future(...)`,
  /// `auto [a, b] = co_await when_all(...)` (futures that have resolved).
  bool VisitVarDecl(VarDecl *Var) {
    const Expr *Init = Var->getInit();
    if (Init)
      if (const auto *Made = dyn_cast<CallExpr>(Init->IgnoreParenImpCasts()))
        madeBy(Var, Made); // int fd = socket(...)
    if (!Init || !isa<CoawaitExpr>(stripCopies(Init->IgnoreImplicit())))
      return true;
    record(Var, Var->getLocation(), "");
    if (const auto *Decomposed = dyn_cast<DecompositionDecl>(Var))
      for (const BindingDecl *B : Decomposed->bindings())
        record(B, Var->getLocation(), "");
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *M = Call->getMethodDecl();
    if (M && M->getIdentifier())
      if (auto It = Questions.find(M->getName()); It != Questions.end())
        record(calledOn(Call), Call->getBeginLoc(), It->getKey());
    return true;
  }

  /// `fd = socket(...)`.
  bool VisitBinaryOperator(BinaryOperator *Assign) {
    if (Assign->getOpcode() == BO_Assign)
      if (const auto *Made = dyn_cast<CallExpr>(Assign->getRHS()->IgnoreParenImpCasts()))
        madeBy(namedValue(Assign->getLHS()), Made);
    return true;
  }
  /// `socketpair(..., sv)`, `pipe2(fds.data(), O_NONBLOCK)`: the array the
  /// call fills.
  bool VisitCallExpr(CallExpr *Call) {
    if (!MadeWith)
      return true;
    for (const Expr *Arg : Call->arguments()) {
      const Expr *E = Arg->IgnoreParenImpCasts();
      if (const auto *Data = dyn_cast<CXXMemberCallExpr>(E);
          Data && Data->getMethodDecl() && Data->getMethodDecl()->getIdentifier() &&
          Data->getMethodDecl()->getName() == "data")
        E = Data->getImplicitObjectArgument()->IgnoreParenImpCasts();
      if (const auto *Ref = dyn_cast<DeclRefExpr>(E);
          Ref &&
          (Ref->getType()->isArrayType() || isa<CXXMemberCallExpr>(Arg->IgnoreParenImpCasts())))
        madeBy(Ref->getDecl(), Call);
    }
    return true;
  }

private:
  /// Records the macros `Made`'s arguments expand (the flags it was given)
  /// against the descriptor variable `Var` it creates.
  void madeBy(const ValueDecl *Var, const CallExpr *Made) {
    if (!MadeWith || !Var)
      return;
    class Flags : public RecursiveASTVisitor<Flags> {
    public:
      Flags(const SourceManager &SM, const LangOptions &Lang) : SM(SM), Lang(Lang) {}
      bool VisitExpr(Expr *E) {
        if (isa<IntegerLiteral, DeclRefExpr>(E) && E->getBeginLoc().isMacroID())
          Names.push_back(Lexer::getImmediateMacroName(E->getBeginLoc(), SM, Lang));
        return true;
      }
      llvm::SmallVector<llvm::StringRef, 2> Names;

    private:
      const SourceManager &SM;
      const LangOptions &Lang;
    } Found(SM, Lang);
    for (const Expr *Arg : Made->arguments())
      Found.TraverseStmt(const_cast<Expr *>(Arg));
    for (llvm::StringRef Name : Found.Names)
      (*MadeWith)[Var].push_back({SM.getExpansionLoc(Made->getBeginLoc()), Name});
  }

  void record(const ValueDecl *Object, SourceLocation L, llvm::StringRef Question) {
    if (!Object || L.isInvalid())
      return;
    Out[Object].push_back({SM.getExpansionLoc(L), Question});
  }

  const SourceManager &SM;
  const LangOptions &Lang;
  const llvm::StringSet<> &Questions;
  EvidenceMap &Out;
  llvm::StringSet<> &Macros;
  EvidenceMap *MadeWith;
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
  Ctx = &F->getASTContext();
  SM = &Ctx->getSourceManager();
  EvidenceCollector Collector(*SM, F->getASTContext().getLangOpts(), Questions, Ready,
                              ConstantMacros, &MadeWith);
  Collector.TraverseStmt(F->getBody());
  // A lambda's body runs after the code before it in the functions it is
  // written in (whose walks skip lambdas): what those showed about a
  // captured variable before the lambda still holds. Macros tested there
  // say nothing about the lambda's own descriptors, so only readiness is
  // taken.
  llvm::StringSet<> OuterMacros;
  EvidenceCollector Outer(*SM, F->getASTContext().getLangOpts(), Questions, Ready, OuterMacros);
  for (const auto *M = dyn_cast<CXXMethodDecl>(F); M && isLambdaCallOperator(M);) {
    const auto *Enclosing = dyn_cast<FunctionDecl>(M->getParent()->getDeclContext());
    if (!Enclosing || !Enclosing->getBody())
      break;
    Outer.TraverseStmt(Enclosing->getBody());
    M = dyn_cast<CXXMethodDecl>(Enclosing);
  }
}

bool FunctionFacts::readyAt(const ValueDecl *Object, const Expr *At,
                            llvm::function_ref<bool(const Evidence &)> Counts) const {
  if (!Object || !SM)
    return false;
  auto It = Ready.find(Object);
  if (It == Ready.end())
    return false;
  SourceLocation Where = SM->getExpansionLoc(At->getBeginLoc());
  return llvm::any_of(It->second, [&](const Evidence &E) {
    return Counts(E) && SM->isBeforeInTranslationUnit(E.Loc, Where);
  });
}

bool FunctionFacts::readyAt(const ValueDecl *Object, const Expr *At) const {
  return readyAt(Object, At, [](const Evidence &) { return true; });
}

/// Whether the object `Call` is made on was returned by one of `Makers`
/// (`make_ready_future<>().get()`, or `auto f = make_ready_future<>(); f.get()`).
static bool madeBy(const Expr *Call, const std::vector<std::string> &Makers) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  if (!Member)
    return false;
  const Expr *Object = stripCopies(Member->getImplicitObjectArgument());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
        Var && Var->isLocalVarDecl() && Var->getInit())
      Object = stripCopies(Var->getInit());
  const auto *Made = dyn_cast<CallExpr>(Object);
  const FunctionDecl *Maker = Made ? Made->getDirectCallee() : nullptr;
  return Maker && llvm::is_contained(Makers, catalogueName(Maker));
}

bool FunctionFacts::madeNonBlocking(const Expr *Call, const std::vector<std::string> &Flags) const {
  const auto *C = dyn_cast<CallExpr>(Call);
  if (!C || C->getNumArgs() == 0 || !SM)
    return false;
  // The descriptor: `fd`, or an element of an array of them (`sv[1]`).
  const Expr *Fd = C->getArg(0)->IgnoreParenImpCasts();
  if (const auto *Element = dyn_cast<ArraySubscriptExpr>(Fd))
    Fd = Element->getBase()->IgnoreParenImpCasts();
  else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Fd);
           Op && Op->getOperator() == OO_Subscript)
    Fd = Op->getArg(0)->IgnoreParenImpCasts();
  auto It = MadeWith.find(namedValue(Fd));
  if (It == MadeWith.end())
    return false;
  SourceLocation Where = SM->getExpansionLoc(Call->getBeginLoc());
  return llvm::any_of(It->second, [&](const Evidence &Made) {
    return llvm::is_contained(Flags, Made.Question) &&
           SM->isBeforeInTranslationUnit(Made.Loc, Where);
  });
}

bool FunctionFacts::returnsAtOnce(const Expr *Call, const Entry &E) const {
  if (auto Makers = E.Attributes.find(keys::blocking::ReadyFrom.str());
      Makers != E.Attributes.end() && madeBy(Call, Makers->second))
    return true;
  // Awaited, or asked one of this entry's own questions.
  if (auto Asked = E.Attributes.find(keys::blocking::ReadyAfter.str()); Asked != E.Attributes.end())
    if (readyAt(calledOn(Call), Call, [&](const Evidence &Ev) {
          return Ev.Question.empty() || llvm::is_contained(Asked->second, Ev.Question);
        }))
      return true;
  if (auto Flags = E.Attributes.find(keys::blocking::NonblockingIfMadeWith.str());
      Flags != E.Attributes.end() && madeNonBlocking(Call, Flags->second))
    return true;
  if (auto Makers = E.Attributes.find(keys::blocking::NonblockingIfFreshPipeFrom.str());
      Makers != E.Attributes.end() && Ctx)
    if (const auto *C = dyn_cast<CallExpr>(Call);
        C && onlySmallWriteToFreshPipe(*C, Makers->second, *Ctx))
      return true;
  if (auto Tests = E.Attributes.find(keys::blocking::NonblockingIfTests.str());
      Tests != E.Attributes.end())
    for (const std::string &Macro : Tests->second)
      if (ConstantMacros.contains(Macro))
        return true;
  return false;
}

} // namespace async_tidy
