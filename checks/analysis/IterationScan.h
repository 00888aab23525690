//===- IterationScan.h - what else one loop iteration does ----------------===//
//
// Two facts about the code around started work decide whether a loop is a
// fan-out: whether it acquires a concurrency limiter (a semaphore, a bounded
// channel), and whether it waits for something external (an accept, a
// receive) so that it is paced by arrivals rather than by a collection.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_ITERATIONSCAN_H
#define ASYNC_TIDY_ANALYSIS_ITERATIONSCAN_H

#include "analysis/CallMatcher.h"
#include "clang/AST/Stmt.h"

namespace async_tidy {

/// The first call in `Code` that matches a `limiter` entry. Lambdas written in
/// `Code` and the bodies of coroutines it calls directly are searched too: a
/// semaphore taken by the started work itself bounds how much of it runs.
CallMatch findLimiter(const Catalogue &C, const clang::Stmt *Code);

/// The first co_await or co_yield in `Code`, or the first call to a catalogued
/// blocking function, outside lambdas; null when none. Arguments of a spawn
/// count: `co_spawn(ex, session(co_await accept()), detached)` waits for the
/// accept before it spawns.
const clang::Stmt *findWait(const Catalogue &C, const clang::Stmt *Code);

} // namespace async_tidy

#endif
