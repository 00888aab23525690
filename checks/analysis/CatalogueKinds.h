//===- CatalogueKinds.h - the catalogue kinds the C++ code reads ----------===//
//
// The names of the kinds in rules/schema/catalogue.schema.yaml, declared once
// for every check and model that queries the catalogue.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_CATALOGUEKINDS_H
#define ASYNC_TIDY_ANALYSIS_CATALOGUEKINDS_H

#include "llvm/ADT/StringRef.h"

namespace async_tidy::kinds {

inline constexpr llvm::StringLiteral Blocking = "blocking";
inline constexpr llvm::StringLiteral LockMethod = "lock-method";
inline constexpr llvm::StringLiteral LockGuard = "lock-guard";
inline constexpr llvm::StringLiteral LockTag = "lock-tag";
inline constexpr llvm::StringLiteral CoroMutex = "coro-mutex";
inline constexpr llvm::StringLiteral NeverSuspends = "never-suspends";
inline constexpr llvm::StringLiteral Task = "task";
inline constexpr llvm::StringLiteral MustAwait = "must-await";
inline constexpr llvm::StringLiteral Discardable = "discardable";
inline constexpr llvm::StringLiteral ExpectsThrow = "expects-throw";
inline constexpr llvm::StringLiteral Spawner = "spawner";
inline constexpr llvm::StringLiteral Fanout = "fanout";
inline constexpr llvm::StringLiteral Limiter = "limiter";
inline constexpr llvm::StringLiteral BoundedResource = "bounded-resource";
inline constexpr llvm::StringLiteral Offload = "offload";
inline constexpr llvm::StringLiteral NonBlocking = "nonblocking";
inline constexpr llvm::StringLiteral AwaitableTwin = "awaitable-twin";
inline constexpr llvm::StringLiteral LoopThread = "loop-thread";
inline constexpr llvm::StringLiteral LoopTask = "loop-task";

} // namespace async_tidy::kinds

#endif
