#include "task.h"
#include <thread>

app::task<int> fetch();

app::task<> run() {
  /* café */ std::this_thread::sleep_for(std::chrono::seconds(1));
  fetch();
  co_return;
}

// Good code: awaited, and sleeping outside a coroutine.
app::task<> good() { co_await fetch(); }
void rest() { std::this_thread::sleep_for(std::chrono::seconds(1)); }
