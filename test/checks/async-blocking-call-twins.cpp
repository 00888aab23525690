// A synchronous call inside a coroutine whose awaitable twin is declared
// (catalogue kind awaitable-twin): ScyllaDB's `_gently` forms, which yield to
// the reactor between pieces, named after the plain ones, as members or as
// free functions taking the object. A twin that is not a task, or that takes
// another object, does not count.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include "task.h"
#include <vector>

struct schema {};
struct mutation {};
class frozen_mutation {
public:
  mutation unfreeze(const schema &s) const;
  int representation_size() const;
};
class canonical_mutation {
public:
  canonical_mutation() = default;
  explicit canonical_mutation(const mutation &m);
  mutation to_mutation(const schema &s) const;
  app::task<mutation> to_mutation_gently(const schema &s) const;
};
class mutation_partition {
public:
  void apply(const schema &s, const mutation_partition &p);
};

app::task<mutation> unfreeze_gently(const frozen_mutation &fm, const schema &s);
app::task<canonical_mutation> make_canonical_mutation_gently(const mutation &m);
// Not a twin of mutation_partition::apply: it takes another object first, and
// returns no task.
void apply_gently(mutation &target, const mutation_partition &p);
int representation_size_gently(const frozen_mutation &fm); // not a task

// --- Bad ------------------------------------------------------------------
app::task<std::vector<canonical_mutation>> history(std::vector<frozen_mutation> parts, schema s) {
  std::vector<canonical_mutation> out;
  for (const frozen_mutation &fm : parts) {
    mutation m = fm.unfreeze(s);
    // CHECK: :[[@LINE-1]]:21: warning: call to synchronous 'frozen_mutation::unfreeze' inside coroutine 'history', which can await 'unfreeze_gently' instead [async-blocking-call]
    // CHECK: :30:21: note: 'unfreeze_gently' does the same work awaitably
    // CHECK: :[[@LINE-3]]:21: note: {{.*}}(catalogue entry 'seastar.gently-twin')
    out.emplace_back(canonical_mutation(m));
    // CHECK: :[[@LINE-1]]:22: warning: call to synchronous 'canonical_mutation::canonical_mutation' inside coroutine 'history', which can await 'make_canonical_mutation_gently' instead
    // CHECK: :31:31: note: 'make_canonical_mutation_gently' does the same work awaitably
  }
  mutation back = out.front().to_mutation(s);
  // CHECK: :[[@LINE-1]]:31: warning: call to synchronous 'canonical_mutation::to_mutation' inside coroutine 'history', which can await 'canonical_mutation::to_mutation_gently' instead
  (void)back;
  co_return out;
}

// --- Good -----------------------------------------------------------------
app::task<> gentle(std::vector<frozen_mutation> parts, schema s, mutation_partition &target,
                   const mutation_partition &p) {
  for (const frozen_mutation &fm : parts) {
    mutation m = co_await unfreeze_gently(fm, s);
    canonical_mutation cm = co_await make_canonical_mutation_gently(m);
    mutation again = co_await cm.to_mutation_gently(s);
    (void)again;
    (void)fm.representation_size(); // its twin is no task
  }
  target.apply(s, p); // apply_gently takes a mutation, not a mutation_partition
}

// Outside coroutines the plain forms are what there is.
mutation plain(const frozen_mutation &fm, const schema &s) { return fm.unfreeze(s); }
