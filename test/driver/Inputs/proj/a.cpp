#include "task.h"
#include "worker.h"
#include <thread>
app::task<> a() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  co_return;
}
