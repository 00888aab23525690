#include "task.h"
#include <thread>
app::task<> old_code() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
