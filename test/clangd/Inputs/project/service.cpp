#include "task.h"
#include <thread>

namespace ledger {
void flush();
}

app::task<int> fetch();

app::task<> handle() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  fetch();
  ledger::flush();
  int unused = 0;
  co_return;
}

// Good code: an awaited task, and blocking outside any coroutine.
app::task<> good() { co_await fetch(); }
void rest() {
  std::this_thread::sleep_for(std::chrono::seconds(1));
  ledger::flush();
}
