// Mock of sdbusplus' message (openbmc/sdbusplus db6db4bc,
// include/sdbusplus/message.hpp; not in Debian): the class is
// sdbusplus::message::message, message_t an alias of it. call() sends the
// message and waits for the reply; call_async() takes a callback.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>

namespace sdbusplus {
using SdBusDuration = std::chrono::duration<uint64_t, std::micro>;
struct bus_t;

namespace message {
class message {
public:
  template <typename... Args> void append(Args &&...) {}
  template <typename T> T unpack() { return T{}; }
  message call(std::optional<SdBusDuration> timeout = std::nullopt);
  template <typename Cb> void call_async(Cb &&, std::optional<SdBusDuration> = std::nullopt) {}
};
} // namespace message

using message_t = message::message;
} // namespace sdbusplus
