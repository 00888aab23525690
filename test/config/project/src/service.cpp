// A user catalogue named in .clang-tidy by a path relative to that file.
// RUN: cd %S/.. && %clang_tidy_plugin --checks=async-* src/service.cpp -- %std_flags | FileCheck %s %nodiag
// RUN: cd / && %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: cd / && not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <thread>
namespace rpc {
struct Client {
  int call(const char *method);
  app::task<int> async_call(const char *method);
};
} // namespace rpc

app::task<> handler(rpc::Client &c) {
  c.call("ping");
  // CHECK: :[[@LINE-1]]:5: warning: call to blocking function 'rpc::Client::call' inside coroutine 'handler' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:5: note: the rpc client waits for the reply on the calling thread (catalogue entry 'team.rpc.call')
  // CHECK: :[[@LINE-3]]:5: note: instead: 'co_await client.async_call(...)'
  co_await c.async_call("ping");
  std::this_thread::yield(); // not blocking
  std::this_thread::sleep_for(std::chrono::seconds(1)); // the shipped catalogue is still there
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for'
}
