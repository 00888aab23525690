// A real fix from cinatra (qicosmos/cinatra, an HTTP library built on
// async_simple), reduced: a Lazy coroutine called the client's synchronous
// get(), which runs async_get() under async_simple::coro::syncAwait and
// blocks the thread until the HTTP round trip ends. The pre-fix shape is
// reported through the chain get -> syncAwait; the fixed shape is silent.
// cinatra's own client is declared here in reduced form; its get() is, as in
// cinatra's header-only coro_http_client.hpp, a syncAwait of async_get().
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <string>
#include <unordered_map>

namespace cinatra {
struct resp_data {
  int status = 0;
  std::string resp_body;
};
class coro_http_client {
public:
  void add_header(std::string key, std::string val);
  async_simple::coro::Lazy<resp_data> async_get(std::string uri,
                                                std::unordered_map<std::string, std::string> headers = {});
  resp_data get(std::string uri, std::unordered_map<std::string, std::string> headers = {}) {
    return async_simple::coro::syncAwait(async_get(std::move(uri), std::move(headers)));
  }
};
} // namespace cinatra

// cinatra@49b951dbd046: the byte-ranges download example called the
// synchronous client.get() inside a Lazy coroutine, blocking the thread that
// runs it; the fix awaits client.async_get(). (The same coroutine keeps a
// std::this_thread::sleep_for after the fix; it is left out of both shapes.)
async_simple::coro::Lazy<void> byte_ranges_download_bad() {
  cinatra::coro_http_client client{};
  std::string uri = "http://127.0.0.1:8090/test_multiple_range.txt";
  client.add_header("Range", "bytes=1-10,20-30");
  auto result = client.get(uri);
  // CHECK: :[[@LINE-1]]:24: warning: call to 'cinatra::coro_http_client::get' inside coroutine 'byte_ranges_download_bad' blocks: 'cinatra::coro_http_client::get' -> 'async_simple::coro::syncAwait' [async-blocking-call]
  // CHECK: :[[@LINE-15]]:12: note: 'cinatra::coro_http_client::get' calls blocking function 'async_simple::coro::syncAwait'
  // CHECK: :[[@LINE-16]]:12: note: syncAwait starts the Lazy and blocks the thread on a condition until it finishes (catalogue entry 'async_simple.sync_await')
  // CHECK: :[[@LINE-17]]:12: note: instead: 'co_await' the Lazy inside a coroutine
  if (result.status != 206)
    co_return;
}

async_simple::coro::Lazy<void> byte_ranges_download_good() {
  cinatra::coro_http_client client{};
  std::string uri = "http://127.0.0.1:8090/test_multiple_range.txt";
  client.add_header("Range", "bytes=1-10,20-30");
  auto result = co_await client.async_get(uri);
  if (result.status != 206)
    co_return;
}
