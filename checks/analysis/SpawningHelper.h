//===- SpawningHelper.h - functions that start work and let it run on -----===//
//
// A loop that calls `start_session(s)` once per element fans out as much as a
// loop that writes `co_spawn(ex, run(s), detached)` itself, when every call of
// the helper starts work that outlives it. This finds that work in the bodies
// of functions defined in the translation unit, following helpers that call
// helpers a few levels deep.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_SPAWNINGHELPER_H
#define ASYNC_TIDY_ANALYSIS_SPAWNINGHELPER_H

#include "catalogue/Catalogue.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"

namespace async_tidy {

/// Where a helper starts work that it lets run on.
struct HelperSpawn {
  const clang::Expr *Spawn = nullptr;      // the spawn, or the dropped eager future
  const clang::FunctionDecl *In = nullptr; // the function it is written in
  const Entry *Spawner = nullptr;          // its catalogue entry, for a spawn
  explicit operator bool() const { return Spawn != nullptr; }
};

/// Finds, per function, the work it starts on every call and does not wait
/// for. Remembers its answers; one finder serves one translation unit.
class SpawningHelpers {
public:
  SpawningHelpers(const Catalogue &C, clang::ASTContext &Ctx) : C(C), Ctx(Ctx) {}

  /// The work `Callee` (a function defined in a file that is not a system
  /// header) starts and lets run on, on every call: a catalogued spawn whose
  /// handle it drops, an eager future it discards with `(void)` or
  /// `std::ignore =`, or such work in a helper it calls the same way. Not
  /// when the start is under a condition, a loop or after an early return
  /// (`if (running) return;` guards make one run at a time), or when the
  /// function takes a unit of a limiter.
  HelperSpawn spawnOf(const clang::FunctionDecl *Callee);

private:
  HelperSpawn compute(const clang::FunctionDecl *Definition, unsigned Depth);

  const Catalogue &C;
  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, HelperSpawn> Known;
};

} // namespace async_tidy

#endif
