// A real fix from the ScyllaDB history, reduced: a seastar coroutine checked a
// password with crypt_r on the reactor. The pre-fix shape is reported through
// the chain passwords::check -> crypt_r (catalogue entry 'posix.crypt'); the
// fixed shape, which hands the check to a worker thread, is silent. Scylla's
// own types are declared here in reduced form. As in Scylla, the hash is read
// out of the awaited row set: had the hash itself been the co_await's result,
// the helper would not be followed (a helper handed a value that a co_await
// produced is skipped as a wait on a ready value, whatever it blocks on).
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <crypt.h>
#include <functional>
#include <memory>
#include <optional>
#include <seastar/core/coroutine.hh>
#include <string>

namespace cql3 {
struct untyped_result_set_row {
  template <typename T> std::optional<T> get_opt(const std::string &column) const;
};
struct untyped_result_set {
  bool empty() const;
  const untyped_result_set_row &one() const;
};
} // namespace cql3

namespace utils {
/// Runs functions on a std::thread of its own and resolves the returned
/// future on the calling shard (Scylla builds it on seastar::alien::run_on;
/// it takes a seastar::noncopyable_function, a std::function here).
struct alien_worker {
  template <typename T> seastar::future<T> submit(std::function<T()> func);
};
} // namespace utils

namespace auth {
namespace passwords {
inline bool check(const std::string &pass, const std::string &salted_hash) {
  crypt_data tlcrypt{};
  const char *res = ::crypt_r(pass.c_str(), salted_hash.c_str(), &tlcrypt);
  return res && salted_hash == res;
}
} // namespace passwords

struct authentication_exception {};
seastar::future<std::shared_ptr<cql3::untyped_result_set>> query_salted_hash(const std::string &username);

// scylladb@9574513ec1b5: password_authenticator::authenticate hashed the
// password with crypt_r (milliseconds of CPU that cannot yield) inside the
// coroutine, stalling the shard under connection storms; the fix runs the
// check on a dedicated hashing thread and awaits its answer.
seastar::future<std::string> authenticate_bad(const std::string &username, const std::string &password) {
  const auto res = co_await query_salted_hash(username);
  auto salted_hash = std::optional<std::string>();
  if (!res->empty())
    salted_hash = res->one().get_opt<std::string>("salted_hash");
  if (!salted_hash || !passwords::check(password, *salted_hash))
    // CHECK: :[[@LINE-1]]:24: warning: call to 'auth::passwords::check' inside coroutine 'authenticate_bad' blocks: 'auth::passwords::check' -> 'crypt_r' [async-blocking-call]
    // CHECK: :[[@LINE-19]]:21: note: 'auth::passwords::check' calls blocking function 'crypt_r'
    // CHECK: :[[@LINE-20]]:21: note: password hashing is deliberately slow; one call keeps the CPU busy for tens to hundreds of milliseconds (catalogue entry 'posix.crypt')
    // CHECK: :[[@LINE-21]]:21: note: instead: hash on a thread pool (seastar::alien, a worker thread), or with a hashing routine that yields
    throw authentication_exception();
  co_return username;
}

seastar::future<std::string> authenticate_good(utils::alien_worker &hashing_worker, const std::string &username,
                                               const std::string &password) {
  const auto res = co_await query_salted_hash(username);
  auto salted_hash = std::optional<std::string>();
  if (!res->empty())
    salted_hash = res->one().get_opt<std::string>("salted_hash");
  if (!salted_hash)
    throw authentication_exception();
  const bool password_match =
      co_await hashing_worker.submit<bool>([&] { return passwords::check(password, *salted_hash); });
  if (!password_match)
    throw authentication_exception();
  co_return username;
}
} // namespace auth
