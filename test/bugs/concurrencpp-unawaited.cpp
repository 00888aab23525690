// A real bug in concurrencpp's own example (David-Haim/concurrencpp@7a88f54,
// example/4_async_file_processing_version_2, present since v0.1.2 and not
// fixed there): the file-processing coroutine means to move to the
// background executor before it reads the file, but calls resume_on without
// co_await, so the awaiter is made and dropped, and the blocking read runs on
// the thread-pool executor meant for CPU work. Reduced, in our words; the
// fixed shape awaits the switch.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <concurrencpp/executors.h>
#include <memory>
#include <string>

std::string read_whole_file(const std::string &path);
void count_lines(const std::string &content);

concurrencpp::result<void> process_file_bad(std::shared_ptr<concurrencpp::thread_pool_executor> background,
                                            std::shared_ptr<concurrencpp::thread_pool_executor> workers,
                                            std::string path) {
  concurrencpp::resume_on(background);
  // CHECK: :[[@LINE-1]]:3: warning: awaitable returned by 'concurrencpp::resume_on' is never awaited; what it stands for does not happen [async-unawaited-task]
  std::string content = read_whole_file(path);
  co_await concurrencpp::resume_on(workers);
  count_lines(content);
}

concurrencpp::result<void> process_file_good(std::shared_ptr<concurrencpp::thread_pool_executor> background,
                                             std::shared_ptr<concurrencpp::thread_pool_executor> workers,
                                             std::string path) {
  co_await concurrencpp::resume_on(background);
  std::string content = read_whole_file(path);
  co_await concurrencpp::resume_on(workers);
  count_lines(content);
}
