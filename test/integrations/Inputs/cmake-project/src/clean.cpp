#include "task.h"

app::task<int> fetch();

app::task<> relay() { co_await fetch(); }
