// Libraries hide code from the static analyzer behind __clang_analyzer__
// (stdexec's exec/task.hpp hides its await_transform); with the macro
// defined, this file does not compile.
#include "task.h"
#include <unistd.h>
#ifdef __clang_analyzer__
#error "only the static analyzer sees this"
#endif
app::task<> drain(int fd) {
  char c;
  read(fd, &c, 1);
  co_return;
}
