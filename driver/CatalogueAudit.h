//===- CatalogueAudit.h - catalogue names against real declarations -------===//
//
// A catalogue name that is misspelt, or that a library has since renamed,
// matches nothing and silently turns its entry off. The audit compiles
// sources that include the libraries' real headers, gathers every name they
// declare (as the checks spell names: QualifiedName.h), and reports each
// catalogue name that names nothing there, where it is written in the YAML,
// with the nearest declared name.
//
// A family is audited only where at least one of its names is declared: a
// source that does not include seastar says nothing about the seastar
// family's names. Within a family, a name whose outermost namespace is not
// declared at all is not audited either: the Asio family spells each name
// for Boost.Asio (`boost::asio::post`) and for standalone Asio
// (`asio::post`), and a source includes one of them.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_DRIVER_CATALOGUEAUDIT_H
#define ASYNC_TIDY_DRIVER_CATALOGUEAUDIT_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace async_tidy {

/// Every name the translation units seen so far declare.
class DeclaredNames {
public:
  /// Adds the declarations of one translation unit (headers included).
  void add(clang::ASTContext &Ctx);

  /// Whether `QualifiedName` is declared, or names a member a class
  /// inherits (`std::future::wait` is `std::__basic_future::wait`), which is
  /// how calls match it.
  bool declares(llvm::StringRef QualifiedName) const;
  bool hasMember(llvm::StringRef Member) const { return Members.contains(Member); }
  /// Whether the outermost namespace or class of `QualifiedName` (`asio`
  /// in `asio::post`) is declared; always true for a global name.
  bool declaresOutermost(llvm::StringRef QualifiedName) const;
  /// The declared name nearest to a missing one, or "".
  std::string nearest(llvm::StringRef QualifiedName) const;

private:
  llvm::StringSet<> Qualified;
  /// Scope ("coro::scheduler", "" for the global one) -> names declared in it.
  llvm::StringMap<llvm::StringSet<>> ByScope;
  /// Last component -> the qualified names ending in it.
  llvm::StringMap<std::vector<std::string>> ByLeaf;
  /// Class -> the classes it derives from directly.
  llvm::StringMap<std::vector<std::string>> Bases;
  /// Method names, for `marker`.
  llvm::StringSet<> Members;
};

struct AuditFinding {
  const Entry *In = nullptr;
  const Entry::SpelledName *Name = nullptr;
  std::string Nearest; // may be empty
};

struct AuditResult {
  std::vector<AuditFinding> Missing; // in catalogue order
  unsigned NamesChecked = 0;
  /// Names of audited families whose outermost namespace is not declared.
  unsigned NamesNotAudited = 0;
  std::vector<std::string> FamiliesAudited;
  /// Families none of whose names is declared, with how many names each has.
  std::vector<std::pair<std::string, unsigned>> FamiliesNotSeen;
};

AuditResult auditCatalogue(const Catalogue &C, const DeclaredNames &Declared);

} // namespace async_tidy

#endif
