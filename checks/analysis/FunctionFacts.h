//===- FunctionFacts.h - what a function shows about the calls it makes --===//
//
// Facts about one function's body that tell a blocking call from one that
// returns at once, each named by a key of the call's `blocking` entry:
// - `ready-after`: `r.get()` blocks until `r` is ready, unless the code made
//   sure it is: it awaited it (`co_await r`, `co_await r.resolve()`) or asked
//   it (`r.status()`) earlier in the function, or it holds what a co_await
//   gave (`auto f = co_await as_future(...)`). Test suites do this to check
//   a finished result (concurrencpp's check status() before get()), and
//   seastar::repeat gets a future only once it is available().
//   A lambda sees the facts of the functions it is written in about the
//   variables it captures (`co_await r; check([&r] { r.get(); })`).
// - `ready-from`: what `make_ready_future(v)` returns is ready.
// - `nonblocking-if-made-with`: `write(fd, ...)` on a descriptor the same
//   function created with a non-blocking flag (`socketpair(AF_UNIX,
//   SOCK_STREAM | SOCK_NONBLOCK, 0, sv)`, `int fd = socket(..., SOCK_NONBLOCK
//   ...)`) returns at once.
// - `nonblocking-if-fresh-pipe-from`: one small write to the write end of a
//   pipe that `pipe()` just made (FreshPipe.h).
// - `nonblocking-if-tests`: `connect(fd, ...)` on a socket opened
//   non-blocking returns at once; a function that tests errno for EAGAIN,
//   EWOULDBLOCK or EINPROGRESS is written for such a descriptor (libcoro's
//   own client does this, then awaits poll).
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_READYVALUE_H
#define ASYNC_TIDY_ANALYSIS_READYVALUE_H

#include "catalogue/Catalogue.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"

namespace async_tidy {

/// The variable or field a member call is made on (`r` in `r.get()`,
/// `std::move(r).get()`), or null.
const clang::ValueDecl *calledOn(const clang::Expr *Call);

/// The variable or field an expression names (`r`, `std::move(r)`,
/// `this->r`), or null.
const clang::ValueDecl *namedValue(const clang::Expr *E);

/// The facts of one function's body, gathered in one walk, then queried.
class FunctionFacts {
public:
  /// `Questions`: method names (no class) of every `ready-after` key.
  FunctionFacts(const clang::FunctionDecl *F, const llvm::StringSet<> &Questions);

  /// Whether `Object` is known ready where `At` begins: awaited, or asked
  /// any of the questions.
  bool readyAt(const clang::ValueDecl *Object, const clang::Expr *At) const;

  /// For a blocking entry's match: whether the facts say `Call` returns at
  /// once (a wait on a value known ready; a descriptor the function treats
  /// as non-blocking).
  bool returnsAtOnce(const clang::Expr *Call, const Entry &E) const;

  /// One sign that an object is ready: where (an expansion location), and
  /// the question asked (empty: awaited, or given by a co_await).
  struct Evidence {
    clang::SourceLocation Loc;
    llvm::StringRef Question;
  };

private:
  /// Whether the descriptor `Call` acts on was created earlier in the
  /// function with one of `Flags`.
  bool madeNonBlocking(const clang::Expr *Call, const std::vector<std::string> &Flags) const;

  /// Whether `Object` is known ready where `At` begins by evidence that
  /// `Counts` accepts.
  bool readyAt(const clang::ValueDecl *Object, const clang::Expr *At,
               llvm::function_ref<bool(const Evidence &)> Counts) const;

  clang::ASTContext *Ctx = nullptr;
  const clang::SourceManager *SM = nullptr;
  /// The evidence of readiness, per object.
  llvm::DenseMap<const clang::ValueDecl *, llvm::SmallVector<Evidence, 2>> Ready;
  /// Descriptor variables (or arrays of them) and where they were created,
  /// with each macro the creating call passed (`SOCK_NONBLOCK`), as Evidence
  /// whose Question is the macro's name.
  llvm::DenseMap<const clang::ValueDecl *, llvm::SmallVector<Evidence, 2>> MadeWith;
  /// The macros the body expands to constants (`EAGAIN`), by name.
  llvm::StringSet<> ConstantMacros;
};

} // namespace async_tidy

#endif
