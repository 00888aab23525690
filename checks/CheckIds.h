//===- CheckIds.h - the check ids, from CheckList.def ---------------------===//
//
// Code that names a check (the driver's cross-file chains, a check naming
// its own options) uses these constants; no check id is spelled out anywhere
// else. For `ASYNC_CHECK("async-blocking-call", BlockingCallCheck)` the
// constant is `checkids::BlockingCall`.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_CHECKIDS_H
#define ASYNC_TIDY_CHECKIDS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace async_tidy {

namespace checkids {
#define ASYNC_CHECK(Id, Class) inline constexpr llvm::StringLiteral Class = Id;
#include "CheckList.def"
} // namespace checkids

/// Every check, in CheckList.def order (the order catalogue errors are
/// reported in, and --list-checks prints).
inline constexpr llvm::StringLiteral AllCheckIds[] = {
#define ASYNC_CHECK(Id, Class) Id,
#include "CheckList.def"
};

} // namespace async_tidy

#endif
