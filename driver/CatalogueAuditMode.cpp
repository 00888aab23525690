//===- CatalogueAuditMode.cpp ---------------------------------------------===//
#include "CatalogueAuditMode.h"
#include "CatalogueAudit.h"
#include "ExitStatus.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/WithColor.h"

using namespace clang;

namespace async_tidy {
namespace {

class CollectNames : public ASTConsumer {
public:
  explicit CollectNames(DeclaredNames &Names) : Names(Names) {}
  void HandleTranslationUnit(ASTContext &Ctx) override { Names.add(Ctx); }

private:
  DeclaredNames &Names;
};

class CollectNamesAction : public ASTFrontendAction {
public:
  explicit CollectNamesAction(DeclaredNames &Names) : Names(Names) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &, StringRef) override {
    return std::make_unique<CollectNames>(Names);
  }

private:
  DeclaredNames &Names;
};

class CollectNamesFactory : public tooling::FrontendActionFactory {
public:
  explicit CollectNamesFactory(DeclaredNames &Names) : Names(Names) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<CollectNamesAction>(Names);
  }

private:
  DeclaredNames &Names;
};

std::string where(const SourcePos &P) {
  return P.File + ":" + std::to_string(P.Line) + ":" + std::to_string(P.Column);
}

} // namespace

int auditCatalogueMode(const Catalogue &C, const tooling::CompilationDatabase &Database,
                       const std::vector<std::string> &Sources,
                       const tidy::ClangTidyOptions &Options, llvm::raw_ostream &Out,
                       llvm::raw_ostream &Errs) {
  DeclaredNames Declared;
  tooling::ClangTool Tool(Database, Sources);
  // The same extra arguments as an analysis (the driver's -resource-dir
  // among them), so that the audit sees what the checks see.
  if (Options.ExtraArgsBefore)
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        *Options.ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  if (Options.ExtraArgs)
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        *Options.ExtraArgs, tooling::ArgumentInsertPosition::END));
  CollectNamesFactory Factory(Declared);
  bool Compiled = Tool.run(&Factory) == 0;

  AuditResult R = auditCatalogue(C, Declared);
  for (const AuditFinding &F : R.Missing) {
    Out << where(F.Name->Pos) << ": error: " << F.Name->Key << " '" << F.Name->Name
        << "' of entry '" << F.In->Id << "' is declared nowhere in the audited sources";
    if (!F.Nearest.empty())
      Out << "; did you mean '" << F.Nearest << "'?";
    Out << "\n";
  }
  Out << "catalogue audit: " << R.NamesChecked << " names, " << R.FamiliesAudited.size()
      << " families audited against " << Sources.size() << " source"
      << (Sources.size() == 1 ? "" : "s") << ": " << R.Missing.size() << " declared nowhere";
  if (R.NamesNotAudited)
    Out << " (" << R.NamesNotAudited << " not audited: their outermost namespace is not declared)";
  Out << "\n";
  if (!R.FamiliesAudited.empty()) {
    Out << "audited:";
    for (const std::string &F : R.FamiliesAudited)
      Out << " " << F;
    Out << "\n";
  }
  if (!R.FamiliesNotSeen.empty()) {
    Out << "not audited (none of their names is declared in these sources):";
    for (const auto &[Family, Names] : R.FamiliesNotSeen)
      Out << " " << Family << " (" << Names << ")";
    Out << "\n";
  }
  if (!Compiled) {
    llvm::WithColor::error(Errs, "async-tidy")
        << "a source did not compile; the names it declares after the "
           "error may be missing from the audit\n";
    return ExitNotAnalysed;
  }
  return R.Missing.empty() ? ExitClean : ExitFindings;
}

} // namespace async_tidy
