// glibc's file-system, user-database, password-hashing and IPC calls, with
// the real headers: each waits for a disk, a directory server, the CPU or
// another thread. Inside a coroutine they stall every task of its thread
// (ScyllaDB moved stat/unlink/chown/getgrnam and crypt_r off the reactor
// for this reason). The same calls in plain functions that no coroutine
// calls, and helpers that run them on another thread, are not reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <crypt.h>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <semaphore.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <thread>
#include <unistd.h>

// --- Bad ------------------------------------------------------------------

app::task<bool> remove_if_stale(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'stat' inside coroutine 'remove_if_stale' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fs.metadata')
  // CHECK: note: instead:
    co_return false;
  unlink(path);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'unlink' inside coroutine 'remove_if_stale' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fs.metadata')
  // CHECK: note: instead:
  co_return true;
}

app::task<> hand_over_socket_file(const char *path, const char *group_name) {
  struct group *g = getgrnam(group_name);
  // CHECK: :[[@LINE-1]]:21: warning: call to blocking function 'getgrnam' inside coroutine 'hand_over_socket_file' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.nss')
  // CHECK: note: instead:
  if (g)
    chown(path, -1, g->gr_gid);
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'chown' inside coroutine 'hand_over_socket_file' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fs.metadata')
  // CHECK: note: instead:
  co_return;
}

app::task<bool> check_password(const char *given, const char *stored) {
  struct crypt_data data {};
  const char *hashed = crypt_r(given, stored, &data);
  // CHECK: :[[@LINE-1]]:24: warning: call to blocking function 'crypt_r' inside coroutine 'check_password' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.crypt')
  // CHECK: note: instead:
  co_return hashed != nullptr;
}

app::task<int> count_entries(const char *dir) {
  int n = 0;
  if (DIR *d = opendir(dir)) {
  // CHECK: :[[@LINE-1]]:16: warning: call to blocking function 'opendir' inside coroutine 'count_entries' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.fs.directory')
  // CHECK: note: instead:
    (void)d;
    ++n;
  }
  co_return n;
}

app::task<> wait_for_peer(sem_t *ready, pthread_t worker) {
  sem_wait(ready);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'sem_wait' inside coroutine 'wait_for_peer' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.ipc.wait')
  // CHECK: note: instead:
  pthread_join(worker, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'pthread_join' inside coroutine 'wait_for_peer' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'posix.ipc.wait')
  // CHECK: note: instead:
  co_return;
}

// --- Good -----------------------------------------------------------------

// Not a coroutine, and no coroutine calls it.
long disk_free(const char *path) {
  struct statfs fs;
  if (statfs(path, &fs) != 0 || access(path, R_OK) != 0)
    return -1;
  return long(fs.f_bavail);
}

// The work runs on a thread of its own; the coroutine only starts it.
app::task<> hash_on_a_thread(const char *given, const char *stored) {
  std::thread worker([=] {
    struct crypt_data data {};
    (void)crypt_r(given, stored, &data);
  });
  worker.detach();
  co_return;
}

// Look-alike names in a namespace are not glibc's.
namespace store {
int stat(const char *table);
int open(const char *table);
}
app::task<int> table_stats(const char *t) { co_return store::stat(t) + store::open(t); }
