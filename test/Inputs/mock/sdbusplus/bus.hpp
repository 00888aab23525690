// Mock of sdbusplus' bus (openbmc/sdbusplus db6db4bc, include/sdbusplus/bus.hpp;
// not in Debian): struct sdbusplus::bus_t with the synchronous call forms,
// each overloaded for a microsecond count and an optional duration.
#pragma once
#include <sdbusplus/message.hpp>
#include <string>

namespace sdbusplus {
struct bus_t {
  static bus_t new_default();
  message_t new_method_call(const char *service, const char *objpath, const char *interf,
                            const char *method);
  message_t call(message_t &m, uint64_t timeout_us);
  message_t call(message_t &m, std::optional<SdBusDuration> timeout = std::nullopt);
  void call_noreply(message_t &m, uint64_t timeout_us);
  void call_noreply(message_t &m, std::optional<SdBusDuration> timeout = std::nullopt);
  void call_noreply_noerror(message_t &m, uint64_t timeout_us);
  void call_noreply_noerror(message_t &m, std::optional<SdBusDuration> timeout = std::nullopt);
  int wait(uint64_t timeout_us);
  int wait(std::optional<SdBusDuration> timeout = std::nullopt);
  std::string get_unique_name();
};
} // namespace sdbusplus
