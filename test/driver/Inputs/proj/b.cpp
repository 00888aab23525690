#include "task.h"
#include <unistd.h>
app::task<> b(int fd) {
  char c;
  read(fd, &c, 1);
  co_return;
}
