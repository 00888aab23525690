//===- ClassHierarchy.cpp -------------------------------------------------===//
#include "analysis/ClassHierarchy.h"
#include "analysis/TypeMatcher.h"

using namespace clang;

namespace async_tidy {
namespace {

bool walk(const CXXRecordDecl *Record, llvm::function_ref<bool(const CXXRecordDecl *)> Found,
          BasesOf Where, unsigned Depth) {
  if (!Record || Depth > MaxBaseDepth)
    return false;
  if (Found(Record))
    return true;
  const CXXRecordDecl *Def =
      Where == BasesOf::DefinitionOrPattern ? definitionOrPattern(Record) : Record->getDefinition();
  if (!Def)
    return false;
  for (const CXXBaseSpecifier &Base : Def->bases())
    if (walk(classOf(Base.getType()), Found, Where, Depth + 1))
      return true;
  return false;
}

} // namespace

bool findInClassOrBases(const CXXRecordDecl *Record,
                        llvm::function_ref<bool(const CXXRecordDecl *)> Found, BasesOf Where) {
  return walk(Record, Found, Where, 0);
}

} // namespace async_tidy
