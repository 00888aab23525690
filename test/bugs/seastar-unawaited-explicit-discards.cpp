// Real fixes from the ScyllaDB history, reduced: a seastar future thrown away
// with `(void)` (Scylla marks these "FIXME: discarded future"). The check does
// not report explicit discards by default; this file runs it with
// ReportExplicitDiscards: true, the option meant for such code bases. Each bug
// has the pre-fix shape (reported with the option) and the fixed shape
// (silent). Scylla's own types are declared here in reduced form.
// RUN: %clang_tidy_plugin --config="{CheckOptions: {async-unawaited-task.ReportExplicitDiscards: true}}" %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy --config="{CheckOptions: {async-unawaited-task.ReportExplicitDiscards: true}}" %s -- %std_flags | FileCheck %s %nodiag
#include <seastar/core/future.hh>
#include <seastar/core/smp.hh>

// scylladb@5b123758421f: main started the hints manager on every shard from
// an invoke_on_all lambda that discarded start_hints_manager's future, so
// requests could arrive before hints were ready and start failures were lost
// (#7598); the fix returns the future from the lambda.
// Reduced: Scylla calls sharded<storage_proxy>::invoke_on_all; the mocks have
// smp::invoke_on_all, and the proxy of the shard comes from a getter.
namespace service {
struct storage_proxy {
  seastar::future<> start_hints_manager();
};
struct storage_service {
  void register_subscriber(storage_proxy *proxy);
};
storage_proxy &get_local_storage_proxy();
storage_service &get_local_storage_service();
} // namespace service

void start_hints_bad() {
  seastar::smp::invoke_on_all([] {
    auto &local_proxy = service::get_local_storage_proxy();
    service::get_local_storage_service().register_subscriber(&local_proxy);
    (void)local_proxy.start_hints_manager();
    // CHECK: :[[@LINE-1]]:11: warning: task returned by 'service::storage_proxy::start_hints_manager' is never awaited; its result and exceptions are lost [async-unawaited-task]
    // CHECK: :[[@LINE-2]]:11: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
  }).get();
}

void start_hints_good() {
  seastar::smp::invoke_on_all([] {
    auto &local_proxy = service::get_local_storage_proxy();
    service::get_local_storage_service().register_subscriber(&local_proxy);
    return local_proxy.start_hints_manager();
  }).get();
}
