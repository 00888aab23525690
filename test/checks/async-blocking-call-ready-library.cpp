// A catalogued wait excused because its value is known ready is not
// followed into its body: a library whose get() calls wait() in its own
// header (seastar's future, seastar::repeat) would otherwise be blamed through
// the chain 'get' -> 'wait'. A get() of unknown state is reported once,
// directly.
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async.Catalogues: '%S/Inputs/ready-results.yaml'}}" %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --config="{CheckOptions: {async.Catalogues: '%S/Inputs/ready-results.yaml'}}" %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"

namespace app {
struct result {
  bool ready() const;
  void wait();
  int get() {
    wait();
    return value;
  }
  int value = 0;
};

/// A loop in the shape of seastar::repeat: get() only once it is ready.
template <typename Make> int repeat_until_ready(Make make) {
  for (;;) {
    result r = make();
    if (!r.ready())
      continue;
    return r.get();
  }
}
} // namespace app

app::result start();

// --- Bad ------------------------------------------------------------------

app::task<> unknown(app::result r) {
  int v = r.get();
  // CHECK: :[[@LINE-1]]:13: warning: call to blocking function 'app::result::get' inside coroutine 'unknown' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'project.result.wait')
  (void)v;
  co_return;
}

// --- Good -----------------------------------------------------------------

app::task<> known(app::result r) {
  if (r.ready())
    (void)r.get();
  (void)app::repeat_until_ready([] { return start(); });
  co_return;
}
