#include "task.h"
app::task<> clean() { co_return; }
