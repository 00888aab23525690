#include "task.h"
namespace legacy { void wait(); }
app::task<> poll() {
  legacy::wait();
  co_return;
}
