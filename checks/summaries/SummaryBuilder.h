//===- SummaryBuilder.h - function summaries from one translation unit ----===//
//
// Summarises functions defined in this translation unit outside system
// headers. Library internals are described by the catalogue, not followed:
// a call into a system header is summarised as a call only when it is
// catalogued, and a callable handed to a free library function (a lambda, a
// function) is assumed to be called by it unless the catalogue says it
// offloads, spawns or keeps it. Library members and constructors are assumed
// to store callables, not call them.
// Calls through function pointers, and virtual calls whose target is not
// known from the type of the object, are not followed.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_SUMMARIES_SUMMARYBUILDER_H
#define ASYNC_TIDY_SUMMARIES_SUMMARYBUILDER_H

#include "analysis/BlockingModel.h"
#include "summaries/CallSummary.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"

namespace async_tidy {

class SummaryBuilder {
public:
  SummaryBuilder(clang::ASTContext &Ctx, const BlockingModel &Model) : Ctx(Ctx), Model(Model) {}

  /// Summarises `F` and every function it reaches through definitions in
  /// this translation unit. Returns the index of F's summary.
  /// Null when F is not summarised (defined in a system header).
  std::optional<size_t> addReachable(const clang::FunctionDecl *F);
  /// Summarises every function defined outside system headers, so that
  /// other translation units can link to them.
  void addAllDefinitions();

  SummarySet &summaries() { return Set; }

private:
  std::optional<size_t> enqueue(const clang::FunctionDecl *F);
  void drain();
  void summarise(const clang::FunctionDecl *F, FunctionSummary &S);
  void visitCall(const clang::Expr *Call, FunctionSummary &S, const FunctionFacts &Ready);
  void addEdge(FunctionSummary &S, const clang::FunctionDecl *Target, clang::SourceLocation At,
               std::string Via);
  /// Whether values of type `T` are results a catalogued wait can be asked
  /// about (they have a `ready-after` method: `status`, `available`).
  bool isResultObject(clang::QualType T) const;
  const std::string &usr(const clang::FunctionDecl *F);
  std::string computeUsr(const clang::FunctionDecl *F);
  std::string name(const clang::FunctionDecl *F);
  SiteLocation location(clang::SourceLocation Loc);
  bool inSystemHeader(const clang::FunctionDecl *F) const;

  clang::ASTContext &Ctx;
  const BlockingModel &Model;
  SummarySet Set;
  llvm::DenseMap<const clang::FunctionDecl *, size_t> Known; // canonical -> index
  std::vector<std::pair<const clang::FunctionDecl *, size_t>> Pending;
  // Computed once: a function is called from many places, a file holds many.
  llvm::DenseMap<const clang::FunctionDecl *, std::string> Usrs;
  llvm::DenseMap<clang::FileID, std::string> FilePaths;
};

} // namespace async_tidy

#endif
