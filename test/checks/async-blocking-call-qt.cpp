// Qt 5 with its real headers (qtbase5-dev), as called from QCoro-style coroutines.
// RUN: %clang_tidy_plugin %s -- %std_flags %qt_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags %qt_flags | FileCheck %s %nodiag
#include "task.h"
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtDBus/QDBusInterface>
#include <QtGui/QPixmap>

app::task<> qt_code(QProcess &proc, QDBusInterface &iface, QThread &worker) {
  QThread::msleep(100);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'QThread::msleep' inside coroutine 'qt_code' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'qt.thread.sleep')
  QEventLoop loop;
  loop.exec();
  // CHECK: :[[@LINE-1]]:8: warning: call to blocking function 'QEventLoop::exec'
  // CHECK: :[[@LINE-2]]:8: note: {{.*}}(catalogue entry 'qt.event_loop.exec')
  QPixmap cover;
  cover.load(QStringLiteral("cover.jpg"));
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'QPixmap::load'
  // CHECK: :[[@LINE-2]]:9: note: {{.*}}(catalogue entry 'qt.pixmap.load')
  QDir dir(QStringLiteral("/music"));
  const QStringList names = dir.entryList(QDir::Files);
  // CHECK: :[[@LINE-1]]:33: warning: call to blocking function 'QDir::entryList'
  // CHECK: :[[@LINE-2]]:33: note: {{.*}}(catalogue entry 'qt.dir.list')
  cover.loadFromData(QByteArray("not a file")); // fine: decodes bytes in memory
  iface.call("Ping");
  // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'QDBusAbstractInterface::call'
  // CHECK: :[[@LINE-2]]:9: note: {{.*}}(catalogue entry 'qt.dbus.call')
  proc.waitForFinished();
  // CHECK: :[[@LINE-1]]:8: warning: call to blocking function 'QProcess::waitForFinished'
  // CHECK: :[[@LINE-2]]:8: note: {{.*}}(catalogue entry 'qt.wait_for')
  proc.waitForReadyRead(100);
  // CHECK: :[[@LINE-1]]:8: warning: call to blocking function 'QProcess::waitForReadyRead'
  worker.wait();
  // CHECK: :[[@LINE-1]]:10: warning: call to blocking function 'QThread::wait'
  // CHECK: :[[@LINE-2]]:10: note: {{.*}}(catalogue entry 'qt.thread.wait')
  iface.asyncCall("Ping"); // asynchronous: fine
  proc.start("true", QStringList{}); // starts, does not wait
  co_return;
}

void ordinary(QProcess &proc) { proc.waitForFinished(); }
