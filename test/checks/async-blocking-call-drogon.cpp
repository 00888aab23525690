// drogon's synchronous calls inside drogon coroutines: DbClient::execSqlSync
// waits for the database, drogon::sync_wait for a whole coroutine. Their
// coroutine forms (execSqlCoro, co_await) are fine.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <memory>

drogon::Task<int> count_rows();

// --- Bad ------------------------------------------------------------------

drogon::Task<> handler(std::shared_ptr<drogon::orm::DbClient> db) {
  auto rows = db->execSqlSync("select 1");
  // CHECK: :[[@LINE-1]]:19: warning: call to blocking function 'drogon::orm::DbClient::execSqlSync' inside coroutine 'handler' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'drogon.orm.exec_sql_sync')
  // CHECK: note: instead: 'co_await db->execSqlCoro(...)'
  int n = drogon::sync_wait(count_rows());
  // CHECK: :[[@LINE-1]]:11: warning: call to blocking function 'drogon::sync_wait' inside coroutine 'handler' [async-blocking-call]
  // CHECK: note: {{.*}}(catalogue entry 'drogon.sync_wait')
  // CHECK: note: instead:
  (void)rows, (void)n;
  co_return;
}

// --- Good -----------------------------------------------------------------

drogon::Task<> coroutine_forms(std::shared_ptr<drogon::orm::DbClient> db) {
  auto rows = co_await db->execSqlCoro("select 1");
  int n = co_await count_rows();
  (void)rows, (void)n;
}

int main() { return drogon::sync_wait(count_rows()); }
