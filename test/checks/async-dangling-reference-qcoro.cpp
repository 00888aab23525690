// QCoro with real headers (qcoro-qt5-dev, qtbase5-dev): QCoro::Task is eager,
// so what a coroutine reads before its first co_await it reads inside the
// call; what it reads later must outlive the task. A dropped task runs on in
// the background (QCoro's documented fire-and-forget use).
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
#include <QCoro/QCoroTask>
#include <QCoro/QCoroTimer>
#include <QtCore/QString>
#include <QtCore/QStringView>
#include <chrono>

using namespace std::chrono_literals;

QCoro::Task<> upload(const QString &path) {
  co_await QCoro::sleepFor(10ms);
  (void)path.size();
}
QCoro::Task<> upload_copy(const QString &path) {
  QString mine = path;
  co_await QCoro::sleepFor(10ms);
  (void)mine.size();
}
QCoro::Task<> show(QStringView title) {
  co_await QCoro::sleepFor(10ms);
  (void)title.size();
}

void on_clicked() {
  QString path = QStringLiteral("/tmp/upload");
  upload(path);
  // CHECK: :[[@LINE-1]]:10: warning: parameter 'path' of coroutine 'upload' refers to local 'path', which is destroyed before the task is done with it: the task runs on in the background after its first suspension [async-dangling-reference]
  // CHECK: :15:37: note: 'path' is a reference
  // CHECK: :[[@LINE+10]]:1: note: 'path' is destroyed at the end of this block
  upload(QStringLiteral("/tmp/other"));
  // CHECK: :[[@LINE-1]]:10: warning: parameter 'path' of coroutine 'upload' refers to a temporary, {{.*}} the task runs on in the background after its first suspension
  // CHECK: :15:37: note: 'path' is a reference
  // CHECK: :[[@LINE-3]]:38: note: the temporary is destroyed at the end of this full-expression
  upload_copy(path);
  show(path);
  // CHECK: :[[@LINE-1]]:8: warning: parameter 'title' of coroutine 'show' refers to local 'path', {{.*}} in the background
  // CHECK: :24:32: note: 'title' views data it does not own (catalogue entry 'qt.views')
  // CHECK: :[[@LINE+1]]:1: note: 'path' is destroyed at the end of this block
}

QCoro::Task<> awaited() {
  QString path = QStringLiteral("/tmp/awaited");
  co_await upload(path);
  co_await upload(QStringLiteral("/tmp/temporary"));
  co_await show(path);
}
