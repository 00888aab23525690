//===- TaskModel.h - which values are coroutine tasks that must be awaited ===//
//
// A task is the result of calling a coroutine: any type with a promise_type,
// any type annotated [[clang::coro_return_type]], the return value of a
// coroutine defined in the translation unit, and catalogued task and future
// types (kind `task`). Calls to `must-await` functions (seastar's get_units)
// also produce one. Whether a task is lazy (nothing runs until it is awaited)
// or eager (it runs, and its result and exception must be observed) comes
// from the catalogue, or from the promise's initial_suspend.
//
//===----------------------------------------------------------------------===//
#ifndef ASYNC_TIDY_ANALYSIS_TASKMODEL_H
#define ASYNC_TIDY_ANALYSIS_TASKMODEL_H

#include "catalogue/Catalogue.h"
#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace async_tidy {

struct TaskInfo {
  enum Evaluation { Lazy, Eager, Unknown } How = Unknown;
  /// False for coroutine types that nothing can await (Awaitable.h): a
  /// generator, or an eager fire-and-forget type such as drogon::AsyncTask.
  /// Dropping one is its normal use, but it still starts work.
  bool Awaitable = true;
  /// The task type as users name it (`folly::coro::Task`, `app::task`).
  /// The catalogue entry that says so (task type or must-await function), or
  /// null when the language says so (promise_type, attribute, coroutine).
  const Entry *Source = nullptr;
};

class TaskModel {
public:
  explicit TaskModel(const Catalogue &C) : C(C) {}

  /// When the value of `Call` (a call expression) is a task, what kind.
  std::optional<TaskInfo> taskOf(const clang::Expr *Call) const;

  /// When values of type `T` are tasks.
  std::optional<TaskInfo> taskType(clang::QualType T) const;

  /// When a coroutine of this translation unit starts, from the promise its
  /// body was given (from the specialisation of std::coroutine_traits the
  /// compiler chose, instantiated), or Unknown. It can differ from its task
  /// type's: concurrencpp's `result` coroutines given an executor_tag
  /// suspend at once and resume on the executor.
  TaskInfo::Evaluation startOfDefinition(const clang::FunctionDecl *Callee) const;

private:
  /// When a coroutine with this promise starts running its body.
  TaskInfo::Evaluation startOf(const clang::CXXRecordDecl *Promise) const;

  const Catalogue &C;
};

} // namespace async_tidy

#endif
