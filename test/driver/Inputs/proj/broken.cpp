#include "task.h"
#include "does-not-exist.h"
app::task<> broken() { co_return; }
