// Real fixes from the fooyin music player (fooyin/fooyin), reduced: a
// QCoro::Task dropped without co_await. A QCoro::Task is eager: it runs up to
// its first suspension and returns, so a caller that drops it goes on while
// the task is still suspended, and nothing sees when it ends or whether it
// threw. Each bug has the pre-fix shape (reported) and the fixed shape
// (silent). fooyin's own types are declared here in reduced form (it builds
// with Qt 6 and QCoro 0.10+; the real Debian QCoro 0.8 and Qt 5 headers are
// used, where QCoro::Task has the same shape).
// RUN: %clang_tidy_plugin %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags %qt_flags -isystem /usr/include/qcoro5 -isystem /usr/include/qcoro5/qcoro | FileCheck %s %nodiag
#include <QCoro/QCoroTask>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace Fooyin {
struct Track {
  int id = 0;
};
using TrackList = std::vector<Track>;
struct ScanResult {
  TrackList addedTracks;
  TrackList updatedTracks;
};

class UnifiedMusicLibrary : public QObject {
  Q_OBJECT
Q_SIGNALS:
  void tracksLoaded(const TrackList &tracks);
};

QCoro::Task<TrackList> sortTracks(QString sort, TrackList tracks);

// fooyin@8ef0b40ad216: loadTracks started addTracks and dropped its task, so
// tracksLoaded was emitted while the tracks were still being sorted and had
// not been added yet.
struct LibraryPrivateLoad {
  UnifiedMusicLibrary *self;
  TrackList tracks;

  QCoro::Task<void> addTracks(TrackList newTracks, bool notify = true) {
    const TrackList sorted = co_await sortTracks(QString(), std::move(newTracks));
    tracks.insert(tracks.end(), sorted.begin(), sorted.end());
  }

  void loadTracks_bad(const TrackList &tracksToLoad) {
    addTracks(tracksToLoad);
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'Fooyin::LibraryPrivateLoad::addTracks' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:5: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
    emit self->tracksLoaded(tracksToLoad);
  }

  QCoro::Task<void> loadTracks_good(TrackList tracksToLoad) {
    co_await addTracks(tracksToLoad, false);
    emit self->tracksLoaded(tracksToLoad);
  }
};

// fooyin@6c9b71969508: handleScanResult, a plain function, started addTracks
// and updateTracks and dropped both tasks, so the two could mutate the
// library's tracks at the same time; the fix makes it a coroutine that awaits
// one after the other.
struct LibraryPrivateScan {
  TrackList tracks;
  QCoro::Task<void> addTracks(TrackList newTracks);
  QCoro::Task<void> updateTracks(TrackList tracksToUpdate);

  void handleScanResult_bad(const ScanResult &result) {
    if (!result.addedTracks.empty()) {
      addTracks(result.addedTracks);
      // CHECK: :[[@LINE-1]]:7: warning: task returned by 'Fooyin::LibraryPrivateScan::addTracks' is never awaited; its result and exceptions are lost [async-unawaited-task]
      // CHECK: :[[@LINE-2]]:7: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
    }
    if (!result.updatedTracks.empty()) {
      updateTracks(result.updatedTracks);
      // CHECK: :[[@LINE-1]]:7: warning: task returned by 'Fooyin::LibraryPrivateScan::updateTracks' is never awaited; its result and exceptions are lost [async-unawaited-task]
      // CHECK: :[[@LINE-2]]:7: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
    }
  }

  QCoro::Task<void> handleScanResult_good(const ScanResult &result) {
    if (!result.addedTracks.empty())
      co_await addTracks(result.addedTracks);
    if (!result.updatedTracks.empty())
      co_await updateTracks(result.updatedTracks);
  }
};
} // namespace Fooyin

namespace Fooyin::Discord {
struct DiscordIPCClient {
  bool m_handshakeCompleted = false;
  bool m_socketValid = false;
  QString m_clientId;
  QCoro::Task<bool> connectToDiscord();
  QCoro::Task<> disconnectFromDiscord();
  QCoro::Task<bool> updateActivity(const QString &data);
  QCoro::Task<bool> clearActivity();

  QCoro::Task<> changeClientId_bad(const QString clientId);
  QCoro::Task<> changeClientId_good(const QString clientId);
};

// fooyin@ec25221ffea1: changeClientId reconnected with a dropped
// connectToDiscord() task, which could overlap the next reconnect and run two
// handshakes on one socket.
QCoro::Task<> DiscordIPCClient::changeClientId_bad(const QString clientId) {
  m_clientId = clientId;
  if (m_socketValid || m_handshakeCompleted) {
    co_await disconnectFromDiscord();
    connectToDiscord();
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'Fooyin::Discord::DiscordIPCClient::connectToDiscord' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:5: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
  }
}

QCoro::Task<> DiscordIPCClient::changeClientId_good(const QString clientId) {
  m_clientId = clientId;
  if (m_socketValid || m_handshakeCompleted) {
    co_await disconnectFromDiscord();
    co_await connectToDiscord();
  }
}

// fooyin@a2a4e13927a1: the Discord plugin started its client's tasks and
// dropped them, so nothing owned or cancelled them before teardown; the fix
// keeps each in a std::optional<QCoro::Task<>> member (through then() where
// the result matters) and resets them on shutdown.
struct DiscordPlugin_bad {
  DiscordIPCClient *m_discordClient;
  bool m_stopped = false;

  void initialise(const QString &clientId) {
    m_discordClient->connectToDiscord();
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'Fooyin::Discord::DiscordIPCClient::connectToDiscord' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:5: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
  }
  void shutdown() {
    m_discordClient->disconnectFromDiscord();
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'Fooyin::Discord::DiscordIPCClient::disconnectFromDiscord' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:5: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
  }
  void updateActivity(const QString &data) {
    if (m_stopped) {
      m_discordClient->clearActivity();
      // CHECK: :[[@LINE-1]]:7: warning: task returned by 'Fooyin::Discord::DiscordIPCClient::clearActivity' is never awaited; its result and exceptions are lost [async-unawaited-task]
      // CHECK: :[[@LINE-2]]:7: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
      return;
    }
    m_discordClient->updateActivity(data);
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'Fooyin::Discord::DiscordIPCClient::updateActivity' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:5: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
  }
};

struct DiscordPlugin_good {
  DiscordIPCClient *m_discordClient;
  bool m_stopped = false;
  std::optional<QCoro::Task<>> m_connectTask;
  std::optional<QCoro::Task<>> m_disconnectTask;
  std::optional<QCoro::Task<>> m_activityTask;

  void refresh();
  void initialise(const QString &clientId) {
    m_disconnectTask.reset();
    m_connectTask = m_discordClient->connectToDiscord().then([this](bool connected) {
      if (connected)
        refresh();
    });
  }
  void shutdown() {
    m_activityTask.reset();
    m_connectTask.reset();
    m_disconnectTask = m_discordClient->disconnectFromDiscord();
  }
  void updateActivity(const QString &data) {
    if (m_stopped) {
      m_activityTask = m_discordClient->clearActivity().then([](bool) {});
      return;
    }
    m_activityTask = m_discordClient->updateActivity(data).then([](bool) {});
  }
};
} // namespace Fooyin::Discord

// fooyin@88812598dd5f: signal handlers and the scan-result handler each
// started a library update and dropped its task, so updates interleaved at
// their co_await points while mutating the library's tracks; the fix queues
// each update as an operation and runs one at a time, keeping the running
// task in a member through then().
namespace Fooyin {
class LibraryThreadHandler : public QObject {
  Q_OBJECT
Q_SIGNALS:
  void tracksStatsUpdated(const TrackList &tracks);
  void tracksAvailabilityUpdated(const TrackList &tracks);
};

struct UnifiedMusicLibraryPrivate_bad {
  QCoro::Task<> updateTracks(TrackList tracksToUpdate);
  QCoro::Task<> applyScanResult(int id, ScanResult result);

  void handleScanResult(int id, const ScanResult &result) {
    applyScanResult(id, result);
    // CHECK: :[[@LINE-1]]:5: warning: task returned by 'Fooyin::UnifiedMusicLibraryPrivate_bad::applyScanResult' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:5: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
  }
};

void connect_bad(QObject *self, LibraryThreadHandler *handler, UnifiedMusicLibraryPrivate_bad *p) {
  QObject::connect(handler, &LibraryThreadHandler::tracksAvailabilityUpdated, self,
                   [p](const TrackList &tracks) { p->updateTracks(tracks); });
  // CHECK: :[[@LINE-1]]:51: warning: task returned by 'Fooyin::UnifiedMusicLibraryPrivate_bad::updateTracks' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:51: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
  QObject::connect(handler, &LibraryThreadHandler::tracksStatsUpdated, self,
                   [p](const TrackList &tracks) { p->updateTracks(tracks); });
  // CHECK: :[[@LINE-1]]:51: warning: task returned by 'Fooyin::UnifiedMusicLibraryPrivate_bad::updateTracks' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:51: note: a QCoro::Task starts at once; if nobody awaits it, its result and exception are lost (catalogue entry 'qcoro.task')
}

struct UnifiedMusicLibraryPrivate_good {
  using CommitOperation = std::function<QCoro::Task<>()>;
  std::deque<CommitOperation> m_commitQueue;
  std::optional<QCoro::Task<>> m_activeCommitTask;

  QCoro::Task<> commitUpdateTracks(TrackList tracksToUpdate);
  QCoro::Task<> commitApplyScanResult(int id, ScanResult result);

  void processNextCommit() {
    if (m_activeCommitTask || m_commitQueue.empty())
      return;
    auto operation = std::move(m_commitQueue.front());
    m_commitQueue.pop_front();
    m_activeCommitTask = operation().then([this]() {
      m_activeCommitTask.reset();
      processNextCommit();
    });
  }
  void enqueueCommit(CommitOperation operation) {
    m_commitQueue.push_back(std::move(operation));
    processNextCommit();
  }
  void updateTracks(TrackList tracksToUpdate) {
    enqueueCommit([this, tracksToUpdate = std::move(tracksToUpdate)]() mutable {
      return commitUpdateTracks(std::move(tracksToUpdate));
    });
  }
  void handleScanResult(int id, const ScanResult &result) {
    enqueueCommit([this, id, result]() mutable { return commitApplyScanResult(id, std::move(result)); });
  }
};

void connect_good(QObject *self, LibraryThreadHandler *handler, UnifiedMusicLibraryPrivate_good *p) {
  QObject::connect(handler, &LibraryThreadHandler::tracksAvailabilityUpdated, self,
                   [p](const TrackList &tracks) { p->updateTracks(tracks); });
  QObject::connect(handler, &LibraryThreadHandler::tracksStatsUpdated, self,
                   [p](const TrackList &tracks) { p->updateTracks(tracks); });
}
} // namespace Fooyin
