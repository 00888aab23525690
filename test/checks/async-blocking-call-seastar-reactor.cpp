// Seastar code that runs on the reactor without being a coroutine. The
// function handed to seastar::async runs in a seastar::thread: waiting on a
// future there is its purpose, but a blocking system call (or yaml-cpp's
// LoadFile, which reads the file synchronously), directly or through a
// helper, stalls the reactor (kind loop-thread). A continuation, a function
// run on another shard, or a function that returns a future runs as a task
// of the reactor: there, get() on a future a call has just returned is
// reported (outside-coroutines: fresh-futures); get() on a future that is
// ready (a then_wrapped argument, make_ready_future) is not.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <seastar/core/future.hh>
#include <seastar/core/sharded.hh>
#include <seastar/core/thread.hh>
#include <string>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

seastar::future<int> read_config_size();
seastar::future<std::string> read_config_text();
void apply(const YAML::Node &config);

void load_config(const std::string &path) { apply(YAML::LoadFile(path)); }
void load_config_fixed() { apply(YAML::Load(read_config_text().get())); }

// --- seastar::async ---------------------------------------------------------

seastar::future<> start(const std::string &path) {
  return seastar::async([path] {
    load_config(path);
    // CHECK: :[[@LINE-1]]:5: warning: call to 'load_config' inside the function handed to 'seastar::async' blocks: 'load_config' -> 'YAML::LoadFile' [async-blocking-call]
    // CHECK: :[[@LINE-9]]:51: note: 'load_config' calls blocking function 'YAML::LoadFile'
    // CHECK: :[[@LINE-10]]:51: note: {{.*}}(catalogue entry 'yaml-cpp.load_file')
    // CHECK: :[[@LINE-11]]:51: note: instead:
    fsync(3);
    // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'fsync' inside the function handed to 'seastar::async', which runs on the event loop [async-blocking-call]
    // CHECK: :[[@LINE-2]]:5: note: {{.*}}(catalogue entry 'posix.fsync')
    // CHECK: :[[@LINE-9]]:10: note: {{.*}}(catalogue entry 'seastar.async.thread')
    // CHECK: :[[@LINE-4]]:5: note: instead:

    // Fine: waiting on futures is what the thread is for, also in a helper.
    int size = read_config_size().get();
    (void)size;
    load_config_fixed();
  });
}

// --- tasks of the reactor ---------------------------------------------------

struct partition {
  seastar::future<long> replicate(int batches);
  long committed() const;
};

seastar::future<long> on_shard(seastar::sharded<partition> &partitions, unsigned shard) {
  return partitions.invoke_on(shard, [](partition &p) {
    p.replicate(5).get();
    // CHECK: :[[@LINE-1]]:20: warning: call to blocking function 'seastar::future::get' on a future just returned by 'partition::replicate', inside the function handed to 'seastar::sharded::invoke_on': it runs as a task of the event loop, not in a thread of it [async-blocking-call]
    // CHECK: :[[@LINE-2]]:20: note: {{.*}}(catalogue entry 'seastar.future.get')
    // CHECK: :[[@LINE-4]]:38: note: {{.*}}(catalogue entry 'seastar.loop_task')
    // CHECK: :[[@LINE-4]]:20: note: instead:
    return p.committed();
  });
}

seastar::future<int> doubled_size() {
  int size = read_config_size().get();
  // CHECK: :[[@LINE-1]]:33: warning: call to blocking function 'seastar::future::get' on a future just returned by 'read_config_size', inside 'doubled_size', which returns a future: it runs as a task of the event loop, not in a thread of it [async-blocking-call]
  // CHECK: :[[@LINE-2]]:33: note: {{.*}}(catalogue entry 'seastar.future.get')
  // CHECK: :[[@LINE-3]]:33: note: instead:
  return seastar::make_ready_future<int>(2 * size);
}

// Fine: the continuation's argument is ready; a ready future; a function
// that returns no future (it is called in a seastar::thread, or not at all).
seastar::future<int> doubled_size_fixed() {
  return read_config_size().then_wrapped([](seastar::future<int> size) {
    if (size.failed()) {
      size.ignore_ready_future();
      return -1;
    }
    return 2 * size.get();
  });
}

seastar::future<int> ready_value() { return seastar::make_ready_future<int>(seastar::make_ready_future<int>(1).get()); }

int size_in_thread() { return read_config_size().get(); }
