// FISCO-BCOS's bcos::task: a Task is lazy; task::wait starts it at once on the
// calling thread and lets it run on alone after its first suspension (a
// spawner that starts in the call); task::syncWait blocks until it is done.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include <bcos-task/Task.h>
#include <bcos-task/Wait.h>
#include <memory>
#include <string>
#include <vector>

namespace task = bcos::task;
task::Task<void> flush();

struct Session {
  task::Task<int> send(const std::vector<unsigned char> &payload) {
    co_await flush();
    co_return int(payload.size());
  }
  task::Task<int> send_size(const std::vector<unsigned char> &payload) {
    int size = int(payload.size()); // read before the first suspension
    co_await flush();
    co_return size;
  }
};

void heartbeat(std::shared_ptr<Session> session, unsigned char height) {
  task::wait(session->send(std::vector<unsigned char>(8, height)));
  // CHECK: :[[@LINE-1]]:28: warning: parameter 'payload' of coroutine 'send' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :[[@LINE-14]]:58: note: 'payload' is a reference
  // CHECK: :[[@LINE-3]]:3: note: {{.*}} (catalogue entry 'bcos.task.wait')
  // CHECK: :[[@LINE-4]]:66: note: the temporary is destroyed at the end of this full-expression
  task::wait(session->send_size(std::vector<unsigned char>(8, height))); // read in the call
  std::vector<unsigned char> kept(8, height);
  auto size = task::syncWait(session->send(kept)); // done before 'kept' dies
  (void)size;
}

void on_message(std::shared_ptr<Session> session, const std::string &id) {
  task::wait([session, id]() -> task::Task<void> {
    // CHECK: :[[@LINE-1]]:14: warning: the captured state of coroutine 'lambda' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
    // CHECK: :[[@LINE+6]]:5: note: the lambda is called here
    // CHECK: :[[@LINE-3]]:15: note: 'session' is captured into the lambda's closure
    // CHECK: :[[@LINE-4]]:3: note: {{.*}} (catalogue entry 'bcos.task.wait')
    // CHECK: :[[@LINE+3]]:6: note: the temporary is destroyed at the end of this full-expression
    co_await flush();
    co_await session->send(std::vector<unsigned char>(id.begin(), id.end()));
  }());
  task::wait([](std::shared_ptr<Session> s, std::string copy) -> task::Task<void> {
    co_await flush(); // the parameters live in the coroutine frame
    co_await s->send(std::vector<unsigned char>(copy.begin(), copy.end()));
  }(session, id));
}
