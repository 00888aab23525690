//===- CatalogueAuditMode.h - async-tidy --audit-catalogue ----------------===//
//
// Parses sources that include a library's real headers and reports, located
// in the YAML, every catalogue name they do not declare (CatalogueAudit.h).
// Run in CI, it turns a misspelt or outdated name, which would silently match
// nothing, into an error.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_CATALOGUEAUDITMODE_H
#define ASYNC_TIDY_DRIVER_CATALOGUEAUDITMODE_H

#include "catalogue/Catalogue.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/raw_ostream.h"

namespace async_tidy {

/// Audits `C` against the declarations of `Sources`, compiled with their
/// commands from `Database` and `Options`' extra arguments. Prints one error
/// per name declared nowhere, then a summary. Returns the exit status:
/// ExitFindings when a name is missing, ExitNotAnalysed when a source did
/// not compile (its names may be missing from the audit), else ExitClean.
int auditCatalogueMode(const Catalogue &C, const clang::tooling::CompilationDatabase &Database,
                       const std::vector<std::string> &Sources,
                       const clang::tidy::ClangTidyOptions &Options, llvm::raw_ostream &Out,
                       llvm::raw_ostream &Errs);

} // namespace async_tidy

#endif
