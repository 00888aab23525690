//===- Referent.h - what a reference into a coroutine refers to -----------===//
//
// async-dangling-reference asks, at a call that makes a task, what each
// reference the coroutine keeps refers to, and when that object dies: a
// temporary at the end of its full-expression, a local at the end of its
// block, a by-value parameter when its function returns. Objects with static
// storage, members reached through `this` or a pointer, and what a reference
// parameter of the calling function refers to are the caller's business and
// have no referent here: the check stays silent about them.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_REFERENT_H
#define ASYNC_TIDY_ANALYSIS_REFERENT_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace async_tidy {

struct Referent {
  enum Kind {
    Temporary,       // dies at the end of the full-expression `Scope`
    DefaultArgument, // a temporary made by a default argument, likewise
    Local,           // variable `Var` dies at the end of block `Scope`
  } What = Temporary;
  /// The temporary, or the expression that names the local.
  const clang::Expr *Source = nullptr;
  const clang::VarDecl *Var = nullptr;
  /// The full-expression (temporaries) or the block or function body
  /// (locals) at whose end the object dies.
  const clang::Stmt *Scope = nullptr;

  /// How messages name it: "a temporary", "local 's'", "parameter 's'".
  std::string describe() const;
  /// Where it dies, for the note.
  clang::SourceLocation diesAt() const;
};

/// The catalogue entry (kind `borrowing-type`) that makes values of type `T`
/// views of data they do not own (`std::string_view`), or null.
const Entry *borrowingEntry(clang::QualType T, const Catalogue &C);

/// Whether a parameter of type `T` keeps a reference to its argument: a
/// reference type, or a catalogued borrowing type taken by value.
bool isReferenceLike(clang::QualType T, const Catalogue &C);

/// What the argument `Arg`, bound to a parameter of type `Param` (reference
/// or borrowing), makes the parameter refer to, when it is a temporary or an
/// automatic variable of the calling function.
std::optional<Referent> referentOfArgument(const clang::Expr *Arg, clang::QualType Param,
                                           const Catalogue &C, clang::ASTContext &Ctx);

/// The variable named by the argument `Arg`, bound to a parameter of type
/// `Param` (reference or borrowing): the object itself or the one a view is
/// made from, through member accesses and `std::move`, as written where the
/// call is (inside a lambda, a capture's name). Null for temporaries and for
/// anything reached through a pointer or `this`.
const clang::DeclRefExpr *boundVariableOf(const clang::Expr *Arg, clang::QualType Param,
                                          const Catalogue &C);

/// The object `Object` (a member coroutine's `*this`, a lambda's closure),
/// when it is a temporary or an automatic variable of the calling function.
std::optional<Referent> referentOfObject(const clang::Expr *Object, clang::ASTContext &Ctx);

/// Automatic variable `Var` of the calling function (not a reference, not a
/// static): where it dies. A by-value parameter dies when its function ends.
std::optional<Referent> referentOfVariable(const clang::VarDecl *Var, const clang::Expr *Named,
                                           clang::ASTContext &Ctx);

/// The outermost expression around `E`: the full-expression whose end
/// destroys the temporaries made in `E`.
const clang::Expr *fullExpressionOf(const clang::Expr *E, clang::ASTContext &Ctx);

} // namespace async_tidy

#endif
