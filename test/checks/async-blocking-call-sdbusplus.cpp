// sdbusplus (openbmc's D-Bus bindings): a synchronous method call inside an
// sdbusplus::async::task blocks the whole async context until the peer
// replies, also when a helper makes the call. call_async and the async
// clients are fine. Mocks mirror openbmc/sdbusplus' real declarations.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <sdbusplus/async/task.hpp>
#include <sdbusplus/bus.hpp>
#include <string>
#include <vector>

namespace mapper {
// A helper that asks the object mapper synchronously.
inline std::vector<std::string> subtree_paths(sdbusplus::bus_t &bus, const char *iface) {
  auto m = bus.new_method_call("xyz.openbmc_project.ObjectMapper", "/xyz/openbmc_project/object_mapper",
                               "xyz.openbmc_project.ObjectMapper", "GetSubTreePaths");
  m.append("/", 0, iface);
  return bus.call(m).unpack<std::vector<std::string>>();
}
} // namespace mapper

// --- Bad ------------------------------------------------------------------
sdbusplus::async::task<> startup(sdbusplus::bus_t &bus) {
  auto paths = mapper::subtree_paths(bus, "xyz.openbmc_project.Inventory.Item.Bmc");
  // CHECK: :[[@LINE-1]]:16: warning: call to 'mapper::subtree_paths' inside coroutine 'startup' blocks: 'mapper::subtree_paths' -> 'sdbusplus::bus_t::call' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'sdbusplus.bus.call')
  auto m = bus.new_method_call("org.freedesktop.systemd1", "/org/freedesktop/systemd1",
                               "org.freedesktop.systemd1.Manager", "Reload");
  bus.call_noreply(m);
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'sdbusplus::bus_t::call_noreply' inside coroutine 'startup' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:7: note: {{.*}}(catalogue entry 'sdbusplus.bus.call')
  auto reply = m.call();
  // CHECK: :[[@LINE-1]]:18: warning: call to blocking function 'sdbusplus::message::message::call'
  bus.wait();
  // CHECK: :[[@LINE-1]]:7: warning: call to blocking function 'sdbusplus::bus_t::wait'
  (void)paths;
  (void)reply;
  co_return;
}

// --- Good -----------------------------------------------------------------
sdbusplus::async::task<> startup_async(sdbusplus::bus_t &bus) {
  auto m = bus.new_method_call("org.freedesktop.systemd1", "/org/freedesktop/systemd1",
                               "org.freedesktop.systemd1.Manager", "Reload");
  m.call_async([](sdbusplus::message_t &) {}); // the reply comes to a callback
  auto name = bus.get_unique_name();
  (void)name;
  co_return;
}

// Outside a coroutine the synchronous call is the normal form.
std::vector<std::string> at_start(sdbusplus::bus_t &bus) {
  return mapper::subtree_paths(bus, "xyz.openbmc_project.Inventory.Item.Bmc");
}
