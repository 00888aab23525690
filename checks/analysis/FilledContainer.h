//===- FilledContainer.h - local containers filled by straight-line code --===//
//
// `std::vector<op> ops; ops.push_back(a); ops.push_back(b);` holds at most two
// elements, whatever its type says: every way it grows is written out, and
// none of them sits in a loop that depends on data. async-unbounded-fanout
// treats such a container like a braced list. One grown in a loop bounded by
// the core count (`for (i < hardware_concurrency())`) holds a few elements per
// core: as bounded as one worker per core.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_FILLEDCONTAINER_H
#define ASYNC_TIDY_ANALYSIS_FILLEDCONTAINER_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"
#include <cstdint>
#include <optional>

namespace async_tidy {

struct ContainerSize {
  uint64_t Elements = 0; // at most this many; per core when PerCore
  bool PerCore = false;  // grown in a loop that runs once per core (or per argument of main)
};

/// For `Use`, a reference to a local container variable: how many elements
/// it can hold at most, when it starts empty (or from a braced list, with a
/// constant count, or as a copy of a range or container of known size) and is
/// only grown by push_back/emplace_back-style calls outside loops or in loops
/// with a constant or per-core trip count, and its other uses cannot change
/// its size. `Reader` is the expression that reads it (the fan-out call's
/// argument), whose own use of the variable is allowed, as are arguments
/// bound to a const reference or a copy, and, with a catalogue `Cat`, those
/// of its fan-out APIs (which take the range by forwarding reference to
/// iterate it) and loops over its `bounded-resource` types (LoopBound.h).
std::optional<ContainerSize> straightLineSize(const clang::DeclRefExpr *Use,
                                              const clang::Expr *Reader, clang::ASTContext &Ctx,
                                              const Catalogue *Cat = nullptr);

/// For `Use`, a field of a class defined in the main file (a test fixture's
/// member): its size, when every constructor makes it empty (or from a braced
/// list) and no use in the main file can grow it.
std::optional<ContainerSize> fieldContainerSize(const clang::MemberExpr *Use,
                                                const clang::Expr *Reader, clang::ASTContext &Ctx,
                                                const Catalogue *Cat = nullptr);

/// For `Use`, a reference to a local container variable: the first call in
/// its function that adds an element to it inside a loop (`futs.push_back(
/// start(x))` in a range-for), or null. The fan-out over the container is
/// reported where it starts them all; this is where each one is made.
const clang::CXXMemberCallExpr *growthInLoop(const clang::DeclRefExpr *Use);

} // namespace async_tidy

#endif
