// A small made-up coroutine library, the way real ones lay out their names:
// a namespace, a scheduler class with members, a free function, a type that
// a generator is recognised by.
#pragma once
namespace acme {
inline namespace v2 {
namespace detail {
struct executor_base {
  void run();
};
} // namespace detail
struct scheduler : detail::executor_base {
  void spawn_detached(int work);
  void schedule();
};
void sync_wait(int awaitable);
namespace io {
int read_file(const char *path);
}
template <typename T> struct generator {
  struct promise_type {
    void yield_value(T);
  };
};
} // namespace v2
} // namespace acme
