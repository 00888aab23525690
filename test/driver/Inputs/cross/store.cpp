#include "store.h"
#include <unistd.h>

void flush_journal();
int store_sync() { return fsync(3); }
int commit() {
  flush_journal();
  return 0;
}
app::task<> fetch_async() { co_return; }
