// Mock of stdexec's sync_wait, spawn and spawn_future (NVIDIA/stdexec e92245d5,
// include/stdexec/__detail/__sync_wait.hpp, __spawn.hpp, __spawn_future.hpp;
// not in Debian): customisation-point objects; a call goes through the
// object's operator().
#pragma once
#include <optional>
#include <tuple>
namespace stdexec {
struct sync_wait_t {
  template <class _CvSender> auto operator()(_CvSender &&__sndr) const -> std::optional<std::tuple<int>> {
    return {};
  }
};
inline constexpr sync_wait_t sync_wait{};

struct spawn_t {
  template <class _Sender, class _Token> void operator()(_Sender &&__sndr, _Token &&__tkn) const {}
};
inline constexpr spawn_t spawn{};

struct just_t {
  struct __sender {};
  __sender operator()(int) const { return {}; }
};
inline constexpr just_t just{};
} // namespace stdexec
