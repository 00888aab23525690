// The store's interface: server.cpp sees declarations only.
#pragma once
#include "task.h"
int store_sync();          // defined in store.cpp: calls fsync
int commit();              // store.cpp -> journal.cpp: calls usleep
void maybe_flush();        // journal.cpp, marked non-blocking there
app::task<> fetch_async(); // a coroutine in store.cpp
