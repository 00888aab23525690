//===- TypeMatcher.h - which catalogue entry a class type is --------------===//
#ifndef ASYNC_TIDY_ANALYSIS_TYPEMATCHER_H
#define ASYNC_TIDY_ANALYSIS_TYPEMATCHER_H

#include "catalogue/Catalogue.h"
#include "clang/AST/DeclCXX.h"

namespace async_tidy {

/// The member (type, field or function) named `Name` that `Record`'s
/// definition itself declares, or null.
const clang::NamedDecl *declaredMember(const clang::CXXRecordDecl *Record, llvm::StringRef Name);

/// True when `Record` (its definition) or one of its bases declares a member
/// (type, field or function) named `Name`.
bool hasMemberNamed(const clang::CXXRecordDecl *Record, llvm::StringRef Name);

/// The class's definition; for a class template specialisation that was never
/// instantiated (a `const std::vector<int> &` parameter passed on), the
/// template's own definition, which declares the same members.
const clang::CXXRecordDecl *definitionOrPattern(const clang::CXXRecordDecl *Record);

/// The element type of a container (its `value_type`) or of an array; null
/// when neither.
clang::QualType elementType(clang::QualType Range);

/// The first entry of `Kind` (a kind with the `type` match form) that
/// recognises `Record`: by its name or a base class's name, by regex, or by a
/// marker member declared in it or a base. Null when none does.
const Entry *matchType(const Catalogue &C, llvm::StringRef Kind,
                       const clang::CXXRecordDecl *Record);

/// The same for the class behind a type (references and pointers looked
/// through); null for non-class types.
const Entry *matchType(const Catalogue &C, llvm::StringRef Kind, clang::QualType T);

} // namespace async_tidy

#endif
