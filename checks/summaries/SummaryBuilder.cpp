//===- SummaryBuilder.cpp -------------------------------------------------===//
#include "summaries/SummaryBuilder.h"
#include "analysis/Coroutine.h"
#include "analysis/QualifiedName.h"
#include "analysis/TypeMatcher.h"
#include "clang/AST/ASTLambda.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace async_tidy {

namespace {

bool isLambdaCallOperator(const FunctionDecl *F) {
  // Not its other members: a lambda's class also has constructors.
  return clang::isLambdaCallOperator(F);
}

/// The functions a callable argument denotes: a lambda's call operator (each
/// instantiation of a generic one), or a named function, possibly through a
/// local variable initialised with a lambda.
std::vector<const FunctionDecl *> callableTargets(const Expr *Arg, unsigned Depth = 0) {
  const Expr *E = Arg;
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() == 1 && C->getConstructor()->isCopyOrMoveConstructor())
      E = C->getArg(0);
    else if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr();
    else
      break;
  }
  if (const auto *L = dyn_cast<LambdaExpr>(E)) {
    if (!L->isGenericLambda())
      return {L->getCallOperator()};
    std::vector<const FunctionDecl *> Out;
    if (const FunctionTemplateDecl *T = L->getDependentCallOperator())
      for (const FunctionDecl *Spec : T->specializations())
        Out.push_back(Spec);
    return Out;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *F = dyn_cast<FunctionDecl>(Ref->getDecl()))
      return {F};
    if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl());
        V && V->getInit() && V->isLocalVarDecl() && Depth == 0)
      return callableTargets(V->getInit(), Depth + 1);
  }
  return {};
}

class DefinitionCollector : public RecursiveASTVisitor<DefinitionCollector> {
public:
  explicit DefinitionCollector(const SourceManager &SM) : SM(SM) {}
  bool shouldVisitTemplateInstantiations() const { return true; }

  bool TraverseDecl(Decl *D) {
    // Library code is described by the catalogue, not summarised.
    if (D && !isa<TranslationUnitDecl>(D) &&
        SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitFunctionDecl(FunctionDecl *F) {
    if (F->doesThisDeclarationHaveABody() && !F->isDependentContext() && !F->isInvalidDecl())
      Found.push_back(F);
    return true;
  }

  std::vector<const FunctionDecl *> Found;

private:
  const SourceManager &SM;
};

} // namespace

SiteLocation SummaryBuilder::location(SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  SiteLocation L;
  // Implicit declarations (the global allocation functions, builtins) have
  // no place in any file. FileID() is also the empty key of FilePaths, so it
  // must never reach the map.
  if (Loc.isInvalid())
    return L;
  SourceLocation FileLoc = SM.getFileLoc(Loc);
  FileID FID = SM.getFileID(FileLoc);
  if (FID.isInvalid())
    return L;
  L.RawLoc = FileLoc.getRawEncoding();
  auto [It, New] = FilePaths.try_emplace(FID);
  if (New)
    if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
      llvm::SmallString<256> Path(FE->getName());
      SM.getFileManager().makeAbsolutePath(Path);
      llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
      It->second = Path.str().str();
    }
  L.File = It->second;
  L.Line = SM.getSpellingLineNumber(FileLoc);
  L.Column = SM.getSpellingColumnNumber(FileLoc);
  L.Offset = SM.getFileOffset(FileLoc);
  return L;
}

const std::string &SummaryBuilder::usr(const FunctionDecl *F) {
  F = F->getCanonicalDecl();
  auto [It, New] = Usrs.try_emplace(F);
  if (New)
    It->second = computeUsr(F);
  return It->second;
}

std::string SummaryBuilder::computeUsr(const FunctionDecl *F) {
  // A lambda never crosses translation units, and a USR does not tell apart
  // two lambdas of one function reliably; where it is written does (inside a
  // macro, where it is spelled too).
  if (!isLambdaCallOperator(F)) {
    llvm::SmallString<128> Buf;
    if (!index::generateUSRForDecl(F, Buf))
      return Buf.str().str();
  }
  const SourceManager &SM = Ctx.getSourceManager();
  // A function without a location is implicit and declared once per
  // translation unit: its kind, name and type tell it apart.
  if (F->getLocation().isInvalid())
    return std::string(static_cast<const Decl *>(F)->getDeclKindName()) +
           "@implicit:" + catalogueName(F) + ":" + F->getType().getAsString();
  std::string Where = location(F->getLocation()).text();
  if (F->getLocation().isMacroID())
    Where += "@" + location(SM.getSpellingLoc(F->getLocation())).text();
  // Functions without a USR (the implicit members of a lambda's class) are
  // told apart from the call operator written at the same place by kind.
  if (isLambdaCallOperator(F))
    return "lambda@" + Where;
  return std::string(static_cast<const Decl *>(F)->getDeclKindName()) + "@" + Where;
}

std::string SummaryBuilder::name(const FunctionDecl *F) {
  return isLambdaCallOperator(F) ? "lambda" : catalogueName(F);
}

bool SummaryBuilder::inSystemHeader(const FunctionDecl *F) const {
  const FunctionDecl *D = F->getDefinition() ? F->getDefinition() : F;
  const SourceManager &SM = Ctx.getSourceManager();
  return SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
}

std::optional<size_t> SummaryBuilder::enqueue(const FunctionDecl *F) {
  const FunctionDecl *Key = F->getCanonicalDecl();
  if (auto It = Known.find(Key); It != Known.end())
    return It->second;
  const FunctionDecl *Def = F->getDefinition();
  FunctionSummary::Marking Marked = BlockingModel::annotation(F);
  if ((!Def && Marked == FunctionSummary::Marking::None) || inSystemHeader(F))
    return std::nullopt;
  FunctionSummary S;
  S.Usr = usr(F);
  S.Name = name(F);
  S.Definition = location((Def ? Def : F)->getLocation());
  S.Coroutine = isCoroutine(Def);
  S.Marked = Marked;
  if (Marked != FunctionSummary::Marking::None)
    S.MarkedBy = "annotation";
  if (Marked == FunctionSummary::Marking::Blocking)
    S.Direct = BlockingCause{S.Name, "", "marked with [[clang::annotate(\"async::blocking\")]]", "",
                             S.Definition};
  size_t Index = Set.Functions.size();
  Set.Functions.push_back(std::move(S));
  Known[Key] = Index;
  // A marked function's body does not matter: the marking decides.
  if (Def && Marked == FunctionSummary::Marking::None)
    Pending.push_back({Def, Index});
  return Index;
}

void SummaryBuilder::drain() {
  // First in, first out: summaries come out in the order calls were met, the
  // same on every run.
  for (size_t I = 0; I < Pending.size(); ++I) {
    auto [Def, Index] = Pending[I];
    FunctionSummary S;
    S.Coroutine = Set.Functions[Index].Coroutine;
    summarise(Def, S);
    Set.Functions[Index].Direct = std::move(S.Direct);
    Set.Functions[Index].Calls = std::move(S.Calls);
    Set.Functions[Index].NotFollowed = std::move(S.NotFollowed);
  }
  Pending.clear();
}

void SummaryBuilder::summarise(const FunctionDecl *F, FunctionSummary &S) {
  FunctionFacts Ready(F, Model.readyQuestions());
  forEachCallInBody(F, [&](const Expr *Call) { visitCall(Call, S, Ready); });
}

void SummaryBuilder::visitCall(const Expr *Call, FunctionSummary &S, const FunctionFacts &Ready) {
  // Past its first blocking call, nothing else a function does matters.
  if (S.Direct && !S.Coroutine)
    return;
  SourceLocation Loc = Call->getExprLoc();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    Loc = Construct->getLocation();
  if (CallMatch M = Model.directBlocking(Call, &Ready)) {
    // In a coroutine, the check reports it directly.
    if (!S.Coroutine)
      S.Direct = BlockingCause{M.Name, M.Matched->Id, M.Matched->Reason, M.Matched->Replacement,
                               location(Loc)};
    return;
  }
  // A catalogued wait that the facts excuse (on a value known ready) is
  // described by the catalogue: its body (seastar's get() calls wait()) is
  // not followed.
  if (Model.catalogued(Call))
    return;
  // Waiting for a task that already finished returns at once.
  if (Model.waitsOnFinishedTask(Call))
    return;
  if (const Entry *Stop = Model.stopsPropagation(Call)) {
    S.NotFollowed.push_back({Stop->Id, location(Loc)});
    return;
  }
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return; // through a function pointer: unknown
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    if (const CXXMethodDecl *Method = Member->getMethodDecl(); Method && Method->isVirtual()) {
      // Followed only where the object's type says which override runs.
      Callee = Method->getDevirtualizedMethod(Member->getImplicitObjectArgument(),
                                              /*IsAppleKext=*/false);
      if (!Callee)
        return;
    }
  // A result known ready, handed to a helper (a test's 'check_ready(r)'
  // after 'r.status()'): what the helper waits for has arrived. Only a
  // result object counts, one that can be asked whether it is ready: a
  // plain value a co_await gave (a row, a hash) says nothing about the
  // helper's other calls.
  if (const auto *C = dyn_cast<CallExpr>(Call))
    for (const Expr *Arg : C->arguments())
      if (isResultObject(Arg->getType()) && Ready.readyAt(namedValue(Arg), Call))
        return;
  if (inSystemHeader(Callee)) {
    // A free library function is assumed to call what it is handed before
    // it returns (std::invoke, std::for_each, std::call_once), unless the
    // catalogue says it runs it elsewhere or keeps it for later (checked
    // above). Members and constructors are not: containers, std::function
    // and signal connections store callables rather than call them.
    if (isa<CXXMethodDecl>(Callee))
      return;
    if (const auto *C = dyn_cast<CallExpr>(Call))
      for (const Expr *Arg : C->arguments())
        for (const FunctionDecl *Target : callableTargets(Arg))
          addEdge(S, Target, Loc, name(Callee));
    return;
  }
  addEdge(S, Callee, Loc, "");
}

bool SummaryBuilder::isResultObject(QualType T) const {
  const CXXRecordDecl *Record = classOf(T);
  return Record && llvm::any_of(Model.readyQuestions(), [&](const auto &Question) {
           return hasMemberNamed(Record, Question.getKey());
         });
}

void SummaryBuilder::addEdge(FunctionSummary &S, const FunctionDecl *Target, SourceLocation At,
                             std::string Via) {
  if (std::optional<size_t> Index = enqueue(Target); Index && Set.Functions[*Index].Coroutine)
    return; // a coroutine's body is checked as a coroutine
  if (inSystemHeader(Target))
    return;
  S.Calls.push_back(CallEdge{usr(Target), name(Target), std::move(Via), location(At)});
}

std::optional<size_t> SummaryBuilder::addReachable(const FunctionDecl *F) {
  std::optional<size_t> Index = enqueue(F);
  drain();
  return Index;
}

void SummaryBuilder::addAllDefinitions() {
  DefinitionCollector Collector(Ctx.getSourceManager());
  // Every top-level declaration, whatever the AST's traversal scope (the
  // checks may have narrowed it: support/ShownFilesScope.h); this
  // file's definitions in its own headers are summarised too.
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    Collector.TraverseDecl(D);
  for (const FunctionDecl *F : Collector.Found)
    enqueue(F);
  drain();
}

} // namespace async_tidy
