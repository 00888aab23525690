//===- LoopBound.h - how many times a loop runs, when that is known -------===//
//
// async-unbounded-fanout tells a loop that starts 8 workers from one that
// starts a task per row of a table. Only compile-time facts count: a constant
// counter bound, a built-in or std::array, a braced list. Everything else
// depends on run-time data.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_LOOPBOUND_H
#define ASYNC_TIDY_ANALYSIS_LOOPBOUND_H

#include "Catalogue.h"
#include "FilledContainer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include <cstdint>
#include <optional>

namespace async_tidy {

/// The number of elements of range `Range` when it is fixed at compile time:
/// a built-in array, `std::array`, a `std::span` of static extent, a braced
/// list, or a container constructed from one (`std::vector<int>{1, 2, 3}`).
/// A view of the whole of a range (`std::views::all(r)`) has r's count.
/// The value of a non-negative integer constant expression, or nullopt.
std::optional<uint64_t> evaluateInt(const clang::Expr *E, const clang::ASTContext &Ctx);

std::optional<uint64_t> constantElementCount(const clang::Expr *Range);

/// The same, and also a local container filled by straight-line code (see
/// FilledContainer.h), and a counting range with constant bounds
/// (`boost::irange(0, 5)`, `std::views::iota(0, 5)`).
/// `Cat`: see FilledContainer.h.
std::optional<uint64_t> knownElementCount(const clang::Expr *Range, clang::ASTContext &Ctx,
                                          const Catalogue *Cat = nullptr);

/// A counting range up to the number of cores or shards
/// (`boost::irange(0u, seastar::smp::count)`): one element per core; a
/// local container filled in a loop per core (see FilledContainer.h); with a
/// catalogue, a container of objects of a `bounded-resource` type.
bool machineSizedRange(const clang::Expr *Range, clang::ASTContext &Ctx,
                       const Catalogue *Cat = nullptr);

/// Whether a container of type `T` holds, or owns through its template
/// arguments (two levels: `std::map<dev_t, std::unique_ptr<io_queue>>`),
/// objects of a type the catalogue says a process has only a few of
/// (kind `bounded-resource`).
bool holdsBoundedResources(clang::QualType T, const Catalogue &Cat);

/// For an iterator pair whose end is the begin plus a constant
/// (`b, b + 10`, also through local variables holding them): that constant.
std::optional<uint64_t> iteratorDistance(const clang::Expr *Begin, const clang::Expr *End,
                                         clang::ASTContext &Ctx);

/// For the iterator `X.begin()`, `X.cbegin()` or `std::begin(X)` (and the end
/// forms): the range `X`. Null otherwise.
const clang::Expr *rangeOfIterator(const clang::Expr *Iterator);

/// For an end iterator moved back by a constant (`X.end() - 1`): the range
/// `X`, whose size bounds the pair's. Null otherwise.
const clang::Expr *rangeOfShortenedEnd(const clang::Expr *End, clang::ASTContext &Ctx);

/// Whether `A` and `B` name the same object the same way: `v` and `v`,
/// `this->rows_` and `rows_`, `p->items` and `p->items`.
bool sameObject(const clang::Expr *A, const clang::Expr *B);

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
LoopBound boundOf(const clang::Stmt *Loop, clang::ASTContext &Ctx,
                  const Catalogue *Cat = nullptr);

/// The body of a loop statement, or null when `S` is not a loop.
const clang::Stmt *loopBody(const clang::Stmt *S);

} // namespace async_tidy

#endif
