// A real bug mined from a user of stdexec's exec::task, reduced in our own
// words. OpenBMC's sdbusplus names its coroutine type
// sdbusplus::async::task<T>, an alias of exec::task<T>; its timer is a
// sender from sdbusplus::async::sleep_for(context&, duration). Both are
// declared here in reduced form with their real names.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <chrono>
#include <cstdint>
#include <exec/task.hpp>
#include <thread>
#include <vector>

namespace sdbusplus::async {
template <typename T = void> using task = exec::task<T>;
class context;
struct timer_sender {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};
template <typename Rep, typename Period>
timer_sender sleep_for(context &ctx, std::chrono::duration<Rep, Period> time);
} // namespace sdbusplus::async

struct i2c_bus {
  bool sendReceive(const std::vector<std::uint8_t> &request, std::vector<std::uint8_t> &reply);
};
sdbusplus::async::task<bool> wait_until_ready(std::chrono::milliseconds timeout);

// openbmc/phosphor-bmc-code-mgmt@d308f812d8a8: the Lattice CPLD updater slept
// the thread for a millisecond between page reads inside its coroutine,
// stalling the one event-loop thread that runs every D-Bus coroutine of the
// daemon; the fix awaits the event loop's timer instead.
sdbusplus::async::task<bool> read_page_bad(i2c_bus &bus, std::vector<std::uint8_t> &out) {
  std::vector<std::uint8_t> request{0x46};
  if (!bus.sendReceive(request, out))
    co_return false;
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'std::this_thread::sleep_for' inside coroutine 'read_page_bad' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'std.this_thread.sleep')
  // CHECK: :[[@LINE-3]]:3: note: instead:
  co_return co_await wait_until_ready(std::chrono::milliseconds(100));
}

sdbusplus::async::task<bool> read_page_fixed(sdbusplus::async::context &ctx, i2c_bus &bus,
                                             std::vector<std::uint8_t> &out) {
  std::vector<std::uint8_t> request{0x46};
  if (!bus.sendReceive(request, out))
    co_return false;
  co_await sdbusplus::async::sleep_for(ctx, std::chrono::milliseconds(1));
  co_return co_await wait_until_ready(std::chrono::milliseconds(100));
}
