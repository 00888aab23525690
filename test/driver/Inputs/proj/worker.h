#pragma once
#include "task.h"
#include <unistd.h>
inline app::task<> in_header() {
  ::sleep(1);
  co_return;
}
