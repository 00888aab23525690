// C client libraries with their real Debian headers: libcurl, libpq, SQLite,
// MariaDB/MySQL, hiredis, systemd's sd-bus.
// RUN: %clang_tidy_plugin %s -- %std_flags -I/usr/include/postgresql -I/usr/include/mariadb | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags -I/usr/include/postgresql -I/usr/include/mariadb | FileCheck %s %nodiag
#include "task.h"
#include <curl/curl.h>
#include <hiredis/hiredis.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>
#include <systemd/sd-bus.h>

app::task<> clients(CURL *curl, PGconn *pg, sqlite3 *db, sqlite3_stmt *stmt, MYSQL *my, redisContext *redis,
                    sd_bus *bus, sd_bus_message *msg) {
  curl_easy_perform(curl);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'curl_easy_perform' inside coroutine 'clients' [async-blocking-call]
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'curl.easy_perform')
  PQexec(pg, "SELECT 1");
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'PQexec'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'libpq.sync')
  PQexecParams(pg, "SELECT $1", 0, nullptr, nullptr, nullptr, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'PQexecParams'
  PGconn *other = PQconnectdb("dbname=x");
  // CHECK: :[[@LINE-1]]:19: warning: call to blocking function 'PQconnectdb'
  PQsendQuery(pg, "SELECT 1"); // asynchronous API: fine
  sqlite3_step(stmt);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'sqlite3_step'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'sqlite.step')
  sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'sqlite3_exec'
  mysql_query(my, "SELECT 1");
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'mysql_query'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'mysql.sync')
  mysql_real_connect(my, "localhost", "u", "p", "db", 0, nullptr, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'mysql_real_connect'
  redisCommand(redis, "GET %s", "key");
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'redisCommand'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'hiredis.command')
  sd_bus_call(bus, msg, 0, nullptr, nullptr);
  // CHECK: :[[@LINE-1]]:3: warning: call to blocking function 'sd_bus_call'
  // CHECK: :[[@LINE-2]]:3: note: {{.*}}(catalogue entry 'sdbus.call')
  sd_bus_get_property_string(bus, "org.freedesktop.hostname1", "/org/freedesktop/hostname1",
                             "org.freedesktop.hostname1", "Hostname", nullptr, nullptr);
  // CHECK: :[[@LINE-2]]:3: warning: call to blocking function 'sd_bus_get_property_string'
  sd_bus_call_async(bus, nullptr, msg, nullptr, nullptr, 0); // the reply comes to a callback: fine
  (void)other;
  co_return;
}
