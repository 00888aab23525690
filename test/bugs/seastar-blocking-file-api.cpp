// A real fix from the ScyllaDB history, reduced: a seastar coroutine made
// file-system and group-database calls (stat, unlink, getgrnam, chown)
// directly on the reactor thread. The pre-fix shape is reported at each call
// (catalogue entries 'posix.fs.metadata' and 'posix.nss'); the fixed shape,
// which awaits seastar's own wrappers (they run the calls on the syscall
// thread), is silent. Scylla's own types are declared here in reduced form.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <grp.h>
#include <optional>
#include <seastar/core/coroutine.hh>
#include <seastar/core/file.hh>
#include <seastar/core/seastar.hh>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

// scylladb@1204d54c5c5f: controller::start_listening_on_maintenance_socket
// checked, removed and re-owned the maintenance socket with ::stat, ::unlink,
// ::getgrnam and ::chown inside the coroutine; a slow disk or a slow NSS
// backend (LDAP) stalled the shard. The fix awaits seastar::file_exists,
// file_stat, remove_file, getgrnam and chown instead.
namespace transport {
struct controller {
  std::string _socket_path;
  std::optional<std::string> _socket_group;
  seastar::future<> listen_on_socket(const std::string &path);

  seastar::future<> start_listening_on_maintenance_socket_bad() {
    struct stat statbuf;
    if (::stat(_socket_path.c_str(), &statbuf) == 0) {
      // CHECK: :[[@LINE-1]]:9: warning: call to blocking function 'stat' inside coroutine 'start_listening_on_maintenance_socket_bad' [async-blocking-call]
      // CHECK: :[[@LINE-2]]:9: note: path lookups, metadata and file creation go to the file system and wait for the disk, or for the server of a network or FUSE file system (catalogue entry 'posix.fs.metadata')
      // CHECK: :[[@LINE-3]]:9: note: instead: the coroutine library's asynchronous file API (seastar::file_stat, seastar::remove_file, open_file_dma), io_uring, or a thread pool
      if (!S_ISSOCK(statbuf.st_mode))
        throw std::runtime_error("something else is at the maintenance socket path");
    }
    ::unlink(_socket_path.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'unlink' inside coroutine 'start_listening_on_maintenance_socket_bad' [async-blocking-call]
    // CHECK: :[[@LINE-2]]:5: note: path lookups, metadata and file creation go to the file system and wait for the disk, or for the server of a network or FUSE file system (catalogue entry 'posix.fs.metadata')
    // CHECK: :[[@LINE-3]]:5: note: instead: the coroutine library's asynchronous file API (seastar::file_stat, seastar::remove_file, open_file_dma), io_uring, or a thread pool
    co_await listen_on_socket(_socket_path);
    if (_socket_group) {
      struct group *grp = ::getgrnam(_socket_group->c_str());
      // CHECK: :[[@LINE-1]]:27: warning: call to blocking function 'getgrnam' inside coroutine 'start_listening_on_maintenance_socket_bad' [async-blocking-call]
      // CHECK: :[[@LINE-2]]:27: note: the user and group databases go through NSS, which may ask LDAP, SSSD or NIS over the network (catalogue entry 'posix.nss')
      // CHECK: :[[@LINE-3]]:27: note: instead: look the names up once at start-up, or on a thread pool
      if (!grp)
        throw std::runtime_error("maintenance socket group not found");
      if (::chown(_socket_path.c_str(), ::geteuid(), grp->gr_gid) < 0)
        // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'chown' inside coroutine 'start_listening_on_maintenance_socket_bad' [async-blocking-call]
        // CHECK: :[[@LINE-2]]:11: note: path lookups, metadata and file creation go to the file system and wait for the disk, or for the server of a network or FUSE file system (catalogue entry 'posix.fs.metadata')
        // CHECK: :[[@LINE-3]]:11: note: instead: the coroutine library's asynchronous file API (seastar::file_stat, seastar::remove_file, open_file_dma), io_uring, or a thread pool
        throw std::runtime_error("cannot change the group of the maintenance socket");
    }
  }

  seastar::future<> start_listening_on_maintenance_socket_good() {
    if (co_await seastar::file_exists(_socket_path)) {
      auto st = co_await seastar::file_stat(_socket_path);
      if (!S_ISSOCK(st.mode))
        throw std::runtime_error("something else is at the maintenance socket path");
      co_await seastar::remove_file(_socket_path);
    }
    co_await listen_on_socket(_socket_path);
    if (_socket_group) {
      std::optional<seastar::group_details> grp = co_await seastar::getgrnam(*_socket_group);
      if (!grp)
        throw std::runtime_error("maintenance socket group not found");
      co_await seastar::chown(_socket_path, ::geteuid(), grp->group_id);
    }
  }
};
} // namespace transport
