//===- CatalogueKinds.h - the catalogue's names, as C++ constants ---------===//
//
// Made from CatalogueKinds.def, the one list of the kinds, keys and enum
// values of rules/schema/catalogue.schema.yaml that code may read:
//   kinds::Task is "task",
//   keys::task::Evaluation is "evaluation",
//   values::task::Eager is "eager".
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CATALOGUE_CATALOGUEKINDS_H
#define ASYNC_TIDY_CATALOGUE_CATALOGUEKINDS_H

#include "llvm/ADT/StringRef.h"

namespace async_tidy {

namespace kinds {
#define ASYNC_KIND(Constant, Name) inline constexpr llvm::StringLiteral Constant = Name;
#include "catalogue/CatalogueKinds.def"
} // namespace kinds

namespace keys {
#define ASYNC_KEY(Kind, Constant, Name)                                                            \
  namespace Kind {                                                                                 \
  inline constexpr llvm::StringLiteral Constant = Name;                                            \
  }
#include "catalogue/CatalogueKinds.def"
} // namespace keys

namespace values {
#define ASYNC_VALUE(Kind, Constant, Name)                                                          \
  namespace Kind {                                                                                 \
  inline constexpr llvm::StringLiteral Constant = Name;                                            \
  }
#include "catalogue/CatalogueKinds.def"
} // namespace values

} // namespace async_tidy

#endif
