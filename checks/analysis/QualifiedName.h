//===- QualifiedName.h - the names catalogue entries are written in -------===//
//
// Catalogue entries name things as users write them: `std::future::get`, not
// `std::__1::future<int>::get`. These helpers compute that spelling from the
// AST so that inline namespaces, template arguments, using-declarations and
// namespace aliases never get in the way of a match.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_QUALIFIEDNAME_H
#define ASYNC_TIDY_ANALYSIS_QUALIFIEDNAME_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include <string>
#include <vector>

namespace async_tidy {

/// `ns::Class::member` with inline and anonymous namespaces, extern "C"
/// blocks and template arguments left out.
std::string catalogueName(const clang::NamedDecl *D);

/// The class behind a type, looking through references, pointers, typedefs
/// and template specialisation sugar; null when it is not a class.
const clang::CXXRecordDecl *classOf(clang::QualType T);

/// True when `Record` or one of its (transitive) bases has one of `Names`.
bool isOrDerivesFrom(const clang::CXXRecordDecl *Record, const std::vector<std::string> &Names);

} // namespace async_tidy

#endif
