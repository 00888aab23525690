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
#include <QtCore/QTimer>
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
  // CHECK: :16:37: note: 'path' is a reference
  // CHECK: :[[@LINE+10]]:1: note: 'path' is destroyed at the end of this block
  upload(QStringLiteral("/tmp/other"));
  // CHECK: :[[@LINE-1]]:10: warning: parameter 'path' of coroutine 'upload' refers to a temporary, {{.*}} the task runs on in the background after its first suspension
  // CHECK: :16:37: note: 'path' is a reference
  // CHECK: :[[@LINE-3]]:38: note: the temporary is destroyed at the end of this full-expression
  upload_copy(path);
  show(path);
  // CHECK: :[[@LINE-1]]:8: warning: parameter 'title' of coroutine 'show' refers to local 'path', {{.*}} in the background
  // CHECK: :25:32: note: 'title' views data it does not own (catalogue entry 'qt.views')
  // CHECK: :[[@LINE+1]]:1: note: 'path' is destroyed at the end of this block
}

QCoro::Task<> awaited() {
  QString path = QStringLiteral("/tmp/awaited");
  co_await upload(path);
  co_await upload(QStringLiteral("/tmp/temporary"));
  co_await show(path);
}

class Uploader : public QObject {
public:
  void start() {
    QString path = QStringLiteral("/tmp/connected");
    QCoro::connect(upload(path), this, [] {});
    // CHECK: :[[@LINE-1]]:27: warning: parameter 'path' of coroutine 'upload' refers to local 'path', {{.*}} the task is spawned and runs on its own
    // CHECK: :16:37: note: 'path' is a reference
    // CHECK: :[[@LINE-3]]:5: note: connect chains a callback onto the running task and returns; {{.*}} (catalogue entry 'qcoro.connect')
    // CHECK: :[[@LINE+1]]:3: note: 'path' is destroyed at the end of this block
  }
};

int saved_blocking() {
  // silenced by 'qcoro.wait_for'
  QCoro::waitFor(upload(QStringLiteral("/tmp/waited")));
  upload(QStringLiteral("/tmp/not-waited"));
  // CHECK: :[[@LINE-1]]:10: warning: parameter 'path' of coroutine 'upload' refers to a temporary, {{.*}} in the background
  // CHECK: :16:37: note: 'path' is a reference
  // CHECK: :[[@LINE-3]]:43: note: the temporary is destroyed
  return 0;
}

class Poller : public QObject {
public:
  void poll() {
    QString table = QStringLiteral("test");
    QMetaObject::invokeMethod(this, [this, table]() -> QCoro::Task<> {
      // CHECK: :[[@LINE-1]]:37: warning: the captures of this coroutine lambda are destroyed when 'QMetaObject::invokeMethod' has called it, while the coroutine still uses them after its first suspension
      // CHECK: :[[@LINE-2]]:44: note: 'table' is captured into the lambda's closure
      // CHECK: :[[@LINE-3]]:5: note: the functor is invoked once and then destroyed, {{.*}} (catalogue entry 'qt.invoke_functor')
      // CHECK: :[[@LINE-4]]:37: note: instead: pass what the coroutine needs as parameters
      co_await QCoro::sleepFor(10ms);
      (void)table.size();
    });
    QTimer::singleShot(0, this, [this]() -> QCoro::Task<> {
      setObjectName(QStringLiteral("read before the first suspension"));
      co_await QCoro::sleepFor(10ms);
    });
  }
};

