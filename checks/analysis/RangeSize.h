//===- RangeSize.h - how many elements a range holds, when that is known --===//
//
// Range-size reasoning shared by the loop bounds (LoopBound.h), the
// containers filled by straight-line code (FilledContainer.h) and the fan-out
// APIs' range arguments (async-unbounded-fanout). Only compile-time facts
// count: constants, fixed extents, braced lists, counting ranges with constant
// bounds. The three files recurse into each other on purpose, through their
// functions and not their headers: a container filled in a loop over another
// filled container is bounded by both.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_RANGESIZE_H
#define ASYNC_TIDY_ANALYSIS_RANGESIZE_H

#include "analysis/ExprFacts.h"
#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include <cstdint>
#include <optional>

namespace async_tidy {

/// An upper bound of an integer: a constant, or a parameter of a function
/// only this file can call (static, or in an anonymous namespace) that every
/// call there passes a constant and the function does not change.
std::optional<uint64_t> upperBound(const clang::Expr *E, clang::ASTContext &Ctx);

/// The number of elements of range `Range` when it is fixed at compile time:
/// a built-in array, `std::array`, a `std::span` of static extent, a braced
/// list, or a container constructed from one (`std::vector<int>{1, 2, 3}`).
/// A view of the whole of a range (`std::views::all(r)`) has r's count.
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

/// The number of cores or shards: `std::thread::hardware_concurrency()`,
/// seastar's `smp::count` and `this_smp_shard_count()`.
bool isCoreCount(const clang::Expr *E);

/// The bounds of a counting range: `boost::irange(a, b)`,
/// `std::views::iota(a, b)`, `std::ranges::iota_view(a, b)`.
std::optional<std::pair<const clang::Expr *, const clang::Expr *>>
countingRangeBounds(const clang::Expr *Range);

/// An iterator: a pointer to an object, or a class with `operator++` and
/// `operator*` (declared in it or a base).
bool isIterator(clang::QualType T);

/// A range: a built-in array, or a class with a `begin` member that is not
/// itself an iterator.
bool isRange(clang::QualType T);

} // namespace async_tidy

#endif
