#include "task.h"
#include <thread>

app::task<int> fetch();

app::task<> handle() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_await fetch();
}
