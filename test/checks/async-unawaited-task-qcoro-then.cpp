// QCoro's Task::then() consumes a task with a callback, without co_await:
// the documented way to use a coroutine from code that cannot await. The task
// then() returns may be dropped (catalogue kind 'discardable'). Real QCoro and
// Qt 5 headers (qcoro-qt5-dev, qtbase5-dev).
// RUN: %clang_tidy_plugin %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
#include <QCoro/QCoroTask>
#include <QtCore/QString>

QCoro::Task<int> fetch_count();
QCoro::Task<> refresh();

namespace app {
/// A look-alike: a task type of its own with a member named then().
struct job {
  struct promise_type {
    job get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
  template <typename F> job then(F f) { return {}; }
};
job start();
} // namespace app

/// Returns what then() gives: may be dropped too.
auto refresh_then_log() {
  return refresh().then([] {});
}
/// Returns a plain task: may not.
QCoro::Task<int> count_again() { return fetch_count(); }

// --- Bad ------------------------------------------------------------------

void from_plain_code() {
  fetch_count();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'fetch_count' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'qcoro.task')
  app::start().then([] {});
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'app::job::then' is never awaited; its result and exceptions are lost [async-unawaited-task]
  count_again();
  // CHECK: :[[@LINE-1]]:3: warning: task returned by 'count_again' is never awaited; its result and exceptions are lost [async-unawaited-task]
}

// --- Good -----------------------------------------------------------------

void with_then(QString *out) {
  // silenced by 'qcoro.task.then'
  fetch_count().then([out](int n) { *out = QString::number(n); });
  refresh().then([] {});
  QCoro::Task<int> pending = fetch_count();
  std::move(pending).then([](int) {});
  auto chained = refresh().then([] {});
  refresh_then_log();
}
