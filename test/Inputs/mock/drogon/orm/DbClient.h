// Mock of drogon's DbClient (drogon is not in Debian), shaped as in drogon
// 1.9.13 (orm_lib/inc/drogon/orm/DbClient.h): a class in drogon::orm whose
// synchronous execSqlSync is a member function template, next to the
// coroutine form execSqlCoro.
#pragma once
#include <drogon/utils/coroutine.h>
#include <string>
namespace drogon::orm {
class Result {};
class DbClient {
public:
  virtual ~DbClient() = default;
  template <typename... Arguments>
  Result execSqlSync(const std::string &sql, Arguments &&...args) noexcept(false);
  template <typename... Arguments>
  drogon::Task<Result> execSqlCoro(const std::string &sql, Arguments &&...args);
};
} // namespace drogon::orm
