// Real fixes from the ScyllaDB history, reduced: coroutines that turned large
// mutations from one form into another with the plain, synchronous
// conversions and stalled the reactor; each fix awaits the `_gently` twin
// that yields between pieces (catalogue entry 'seastar.gently-twin').
//   scylladb@f60033db6370 get_group0_history: frozen_mutation::unfreeze
//   scylladb@574cb7d977f1 merge_topology_snapshot: canonical_mutation::to_mutation
//   scylladb@1a717f3014bc data_resolver::resolve: mutation_partition::apply
//   scylladb@3143f575e560 read_tablet_mutations: the canonical_mutation constructor
// Scylla's own types are declared here in reduced form, with the twins as
// Scylla declares them (free functions taking the object first).
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <vector>

using seastar::future;
struct schema {};
using schema_ptr = const schema *;
struct mutation {};
class mutation_partition {
public:
  void apply(const schema &s, const mutation_partition &p, const schema &p_schema);
};
class frozen_mutation {
public:
  mutation unfreeze(schema_ptr s) const;
};
class canonical_mutation {
public:
  canonical_mutation() = default;
  explicit canonical_mutation(const mutation &m);
  mutation to_mutation(schema_ptr s) const;
};
future<mutation> unfreeze_gently(const frozen_mutation &fm, schema_ptr s);
future<mutation> to_mutation_gently(const canonical_mutation &cm, schema_ptr s);
future<canonical_mutation> make_canonical_mutation_gently(const mutation &m);
future<> apply_gently(mutation_partition &target, const schema &s, const mutation_partition &p,
                      const schema &p_schema);

// --- Before the fixes -------------------------------------------------------
future<std::vector<mutation>> group0_history(std::vector<frozen_mutation> rows, schema_ptr s) {
  std::vector<mutation> out;
  for (const frozen_mutation &row : rows)
    out.push_back(row.unfreeze(s));
  // CHECK: :[[@LINE-1]]:23: warning: call to synchronous 'frozen_mutation::unfreeze' inside coroutine 'group0_history', which can await 'unfreeze_gently' instead [async-blocking-call]
  // CHECK: note: 'unfreeze_gently' does the same work awaitably
  // CHECK: :[[@LINE-3]]:23: note: {{.*}}(catalogue entry 'seastar.gently-twin')
  co_return out;
}

future<> merge_snapshot(std::vector<canonical_mutation> cdc, schema_ptr s) {
  for (const canonical_mutation &m : cdc) {
    mutation mut = m.to_mutation(s);
    // CHECK: :[[@LINE-1]]:22: warning: call to synchronous 'canonical_mutation::to_mutation' inside coroutine 'merge_snapshot', which can await 'to_mutation_gently' instead
    (void)mut;
  }
  co_return;
}

future<> resolve(mutation_partition &merged, std::vector<mutation_partition> versions, schema s) {
  for (const mutation_partition &v : versions)
    merged.apply(s, v, s);
  // CHECK: :[[@LINE-1]]:12: warning: call to synchronous 'mutation_partition::apply' inside coroutine 'resolve', which can await 'apply_gently' instead
  co_return;
}

future<std::vector<canonical_mutation>> tablet_mutations(std::vector<frozen_mutation> rows, schema_ptr s) {
  std::vector<canonical_mutation> out;
  for (const frozen_mutation &row : rows)
    out.emplace_back(canonical_mutation(co_await unfreeze_gently(row, s)));
  // CHECK: :[[@LINE-1]]:22: warning: call to synchronous 'canonical_mutation::canonical_mutation' inside coroutine 'tablet_mutations', which can await 'make_canonical_mutation_gently' instead
  co_return out;
}

// --- After the fixes ---------------------------------------------------------
future<std::vector<mutation>> group0_history_fixed(std::vector<frozen_mutation> rows, schema_ptr s) {
  std::vector<mutation> out;
  for (const frozen_mutation &row : rows)
    out.push_back(co_await unfreeze_gently(row, s));
  co_return out;
}

future<> merge_snapshot_fixed(std::vector<canonical_mutation> cdc, schema_ptr s) {
  for (const canonical_mutation &m : cdc) {
    mutation mut = co_await to_mutation_gently(m, s);
    (void)mut;
  }
}

future<> resolve_fixed(mutation_partition &merged, std::vector<mutation_partition> versions, schema s) {
  for (const mutation_partition &v : versions)
    co_await apply_gently(merged, s, v, s);
}

future<std::vector<canonical_mutation>> tablet_mutations_fixed(std::vector<frozen_mutation> rows,
                                                               schema_ptr s) {
  std::vector<canonical_mutation> out;
  for (const frozen_mutation &row : rows)
    out.emplace_back(co_await make_canonical_mutation_gently(co_await unfreeze_gently(row, s)));
  co_return out;
}
