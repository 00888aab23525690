#pragma once
#include <string>
namespace legacy {
// A synchronous client: every call waits for the server.
class Database {
public:
  void connect(const std::string &url);
  std::string query(const std::string &sql);
};
} // namespace legacy
