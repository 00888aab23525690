// Boost.Cobalt: a cobalt::task is lazy, a cobalt::promise and a coroutine
// returning cobalt::detached run at once and on after their first suspension.
// A task handed to cobalt::spawn, and a promise detached (detach(), unary +),
// run with nothing that waits for them; a wait_group waits for what was
// pushed into it (co_await on the group, wait()), and cobalt::run runs its task
// to completion before it returns.
// RUN: %clang_tidy_plugin --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --checks=-*,async-dangling-reference %s -- %std_flags | FileCheck %s %nodiag
#include <boost/asio/detached.hpp>
#include <boost/cobalt/detached.hpp>
#include <boost/cobalt/promise.hpp>
#include <boost/cobalt/run.hpp>
#include <boost/cobalt/spawn.hpp>
#include <boost/cobalt/task.hpp>
#include <boost/cobalt/wait_group.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cobalt = boost::cobalt;
struct io_context_like {
  int get_executor();
};

cobalt::task<void> flush();
cobalt::task<void> send_frame(const std::string &frame) {
  co_await flush();
  (void)frame.size();
}
cobalt::promise<void> announce(std::string_view channel) {
  co_await flush();
  (void)channel.size();
}
cobalt::detached audit(const std::string &entry) {
  co_await flush();
  (void)entry.size();
}

void start_sender(io_context_like &ctx) {
  cobalt::spawn(ctx, send_frame(std::string("hello")), boost::asio::detached);
  // CHECK: :[[@LINE-1]]:33: warning: parameter 'frame' of coroutine 'send_frame' refers to a temporary, which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :[[@LINE-16]]:50: note: 'frame' is a reference
  // CHECK: :[[@LINE-3]]:3: note: {{.*}} (catalogue entry 'cobalt.spawn')
  // CHECK: :[[@LINE-4]]:77: note: the temporary is destroyed at the end of this full-expression
  std::string greeting = "hi";
  cobalt::run(send_frame(greeting)); // runs to completion before 'greeting' dies
}

cobalt::task<void> session(cobalt::wait_group &group) {
  co_await send_frame(std::string("awaited in the same statement"));
  auto pending = announce(std::string("news"));
  // CHECK: :[[@LINE-1]]:27: warning: parameter 'channel' of coroutine 'announce' refers to a temporary, which is destroyed before the task is done with it: the task is stored in 'pending' and runs later [async-dangling-reference]
  // CHECK: :[[@LINE-23]]:49: note: 'channel' views data it does not own (catalogue entry 'std.views')
  // CHECK: :[[@LINE-3]]:46: note: the temporary is destroyed at the end of this full-expression
  co_await pending;
  std::string room = "lobby";
  announce(room).detach();
  // CHECK: :[[@LINE-1]]:12: warning: parameter 'channel' of coroutine 'announce' refers to local 'room', which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :[[@LINE-29]]:49: note: 'channel' views data
  // CHECK: :[[@LINE-3]]:3: note: {{.*}} (catalogue entry 'cobalt.promise.detach')
  // CHECK: :[[@LINE+16]]:1: note: 'room' is destroyed at the end of this block
  +announce(room);
  // CHECK: :[[@LINE-1]]:13: warning: parameter 'channel' of coroutine 'announce' refers to local 'room', {{.*}}: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :[[@LINE-34]]:49: note: 'channel' views data
  // CHECK: :[[@LINE-3]]:3: note: {{.*}} (catalogue entry 'cobalt.promise.detach')
  // CHECK: :[[@LINE+11]]:1: note: 'room' is destroyed at the end of this block
  group.push_back(announce(room)); // the group is awaited before 'room' dies
  co_await group;
  audit(std::string("login"));
  // CHECK: :[[@LINE-1]]:9: warning: parameter 'entry' of coroutine 'audit' refers to a temporary, which is destroyed before the task is done with it: the task runs on in the background after its first suspension [async-dangling-reference]
  // CHECK: :[[@LINE-37]]:43: note: 'entry' is a reference
  // CHECK: :[[@LINE-3]]:29: note: the temporary is destroyed at the end of this full-expression
  static const std::string service = "auth";
  audit(service); // static storage outlives the coroutine
  co_await announce(std::string("an eager promise awaited in its own statement"));
  co_return;
}

cobalt::task<void> joined_by_wait(cobalt::wait_group &group) {
  std::string topic = "joined";
  group.push_back(announce(topic));
  co_await group.wait();
}

void start_watching(cobalt::wait_group &group) {
  std::string feed = "prices";
  group.push_back(announce(feed)); // the group is waited for elsewhere, after 'feed' died
  // CHECK: :[[@LINE-1]]:28: warning: parameter 'channel' of coroutine 'announce' refers to local 'feed', which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
  // CHECK: :30:49: note: 'channel' views data
  // CHECK: :[[@LINE-3]]:3: note: {{.*}} (catalogue entry 'cobalt.wait_group.push_back')
  // CHECK: :[[@LINE+1]]:1: note: 'feed' is destroyed at the end of this block
}

// The reference variable of a range-for loop names an element of the
// container, which dies with it.
struct watcher {
  cobalt::wait_group group;
  void watch_all(const std::vector<std::string> &names) {
    std::vector<std::string> feeds(names.begin(), names.end());
    for (const auto &feed : feeds)
      group.push_back(announce(feed));
    // CHECK: :[[@LINE-1]]:32: warning: parameter 'channel' of coroutine 'announce' refers to local 'feeds', which is destroyed before the task is done with it: the task is spawned and runs on its own [async-dangling-reference]
    // CHECK: :30:49: note: 'channel' views data
    // CHECK: :[[@LINE-3]]:7: note: {{.*}} (catalogue entry 'cobalt.wait_group.push_back')
    // CHECK: :[[@LINE+1]]:3: note: 'feeds' is destroyed at the end of this block
  }
  cobalt::task<void> watch_and_wait(const std::vector<std::string> &names) {
    std::vector<std::string> feeds(names.begin(), names.end());
    for (const auto &feed : feeds)
      group.push_back(announce(feed));
    co_await group; // waited for before 'feeds' dies
  }
};
