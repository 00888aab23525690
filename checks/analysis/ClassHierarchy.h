//===- ClassHierarchy.h - a class and its bases, walked once --------------===//
//
// Many questions about a class are also asked of its bases: does it declare
// a member, an operator, a catalogued name or marker; does it derive from a
// named class. The walk is written here once, with one depth bound.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_CLASSHIERARCHY_H
#define ASYNC_TIDY_ANALYSIS_CLASSHIERARCHY_H

#include "analysis/QualifiedName.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace async_tidy {

/// How far below the class a walk goes: real hierarchies are far shallower,
/// and a bound keeps pathological template recursion finite.
inline constexpr unsigned MaxBaseDepth = 16;

/// Where the bases of a class are read: its definition; or, for a class
/// template specialisation never instantiated, its template's definition
/// (TypeMatcher.h's definitionOrPattern).
enum class BasesOf { Definition, DefinitionOrPattern };

/// Asks `Found` of `Record`, then of its bases, depth first in declaration
/// order, until it answers true; returns whether it did. A class without a
/// definition is asked, but has no bases to walk. Bases are read as `Where`
/// says.
bool findInClassOrBases(const clang::CXXRecordDecl *Record,
                        llvm::function_ref<bool(const clang::CXXRecordDecl *)> Found,
                        BasesOf Where = BasesOf::Definition);

} // namespace async_tidy

#endif
