#include "task.h"
#include <thread>
app::task<> old_code() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
app::task<> new_code() {
  std::this_thread::sleep_for(std::chrono::seconds(2));
  co_return;
}
// Good code added too: sleeping outside a coroutine.
void rest() { std::this_thread::sleep_for(std::chrono::seconds(3)); }
