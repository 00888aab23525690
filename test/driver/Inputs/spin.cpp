#include "task.h"
#include <thread>
void spin_wait(int);
app::task<> f() {
  spin_wait(3);
  std::this_thread::sleep_for(std::chrono::seconds(1)); // the shipped catalogue is off
  co_return;
}
