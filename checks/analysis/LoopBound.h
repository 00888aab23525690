//===- LoopBound.h - how many times a loop runs, when that is known -------===//
//
// async-unbounded-fanout tells a loop that starts 8 workers from one that
// starts a task per row of a table. Only compile-time facts count: a constant
// counter bound, a built-in or std::array, a braced list. Everything else
// depends on run-time data. What a range holds is RangeSize.h's question.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_LOOPBOUND_H
#define ASYNC_TIDY_ANALYSIS_LOOPBOUND_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include <cstdint>
#include <optional>

namespace async_tidy {

struct LoopBound {
  enum Kind {
    Constant,    // a trip count known at compile time (`Trips`)
    Machine,     // as many as the machine or its operator has: main's argc, the cores,
                 // a bounded resource (seastar's scheduling groups)
    PerElement,  // once per element of `Driver` (range-for)
    Conditional, // while `Driver` holds (a counter bound by a variable, a queue)
    Endless,     // no condition, or a constant true one: until break or return
  } How = Endless;
  uint64_t Trips = 0;
  const clang::Expr *Driver = nullptr;
};

/// What bounds loop `Loop` (a for, range-for, while or do statement). With a
/// catalogue, a loop over a container of `bounded-resource` objects (also
/// `i < groups.size()`) is bounded by the machine.
LoopBound boundOf(const clang::Stmt *Loop, clang::ASTContext &Ctx, const Catalogue *Cat = nullptr);

/// The body of a loop statement, or null when `S` is not a loop.
const clang::Stmt *loopBody(const clang::Stmt *S);

} // namespace async_tidy

#endif
