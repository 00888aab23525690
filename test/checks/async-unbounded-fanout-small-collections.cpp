// Collections whose size is small and fixed although their type could hold
// more: filled by a loop with a constant trip count, in a function template
// or a generic lambda as in a plain function, built with an allocator,
// viewed through std::views::all; one worker per core, also through a
// container filled per core; a count that every caller of a file-local
// function passes as a constant. Real code bases
// start a handful of workers this way (issue 15). The same shapes over
// run-time data are still reported.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <memory>
#include <ranges>
#include <thread>
#include <vector>

void work(int item);

// --- Bad ------------------------------------------------------------------

void from_input(int n, const std::vector<int> &rows) {
  std::vector<int> items;
  for (int i = 0; i < n; ++i)
    items.push_back(i);
  for (int item : items)
    std::thread(work, item).detach();
  // CHECK: :[[@LINE-1]]:29: warning: 'std::thread::detach' starts one concurrent operation per loop iteration with no limit on how many run at once [async-unbounded-fanout]
  // CHECK: note: the loop runs once per element of 'items'
  // CHECK: note: {{.*}}(catalogue entry 'std.thread.detach')
  for (int row : std::views::all(rows))
    std::thread(work, row).detach();
  // CHECK: :[[@LINE-1]]:28: warning: 'std::thread::detach' starts
  // CHECK: note: the loop runs once per element of 'std::views::all(rows)'
  // CHECK: note: {{.*}}(catalogue entry 'std.thread.detach')
  for (unsigned i = 0; i < std::thread::hardware_concurrency() * n; ++i)
    std::thread(work, i).detach();
  // CHECK: :[[@LINE-1]]:26: warning: 'std::thread::detach' starts
  // CHECK: note: the loop runs while
  // CHECK: note: {{.*}}(catalogue entry 'std.thread.detach')
  std::vector<int> per_core_rows;
  for (unsigned i = 0; i < std::thread::hardware_concurrency(); ++i)
    for (int row : rows)
      per_core_rows.push_back(row);
  for (int item : per_core_rows)
    std::thread(work, item).detach();
  // CHECK: :[[@LINE-1]]:29: warning: 'std::thread::detach' starts
  // CHECK: note: the loop runs once per element of 'per_core_rows'
  // CHECK: note: {{.*}}(catalogue entry 'std.thread.detach')
}

namespace {
void start_per_row(unsigned n) {
  for (unsigned i = 0; i < n; ++i)
    std::thread(work, i).detach();
  // CHECK: :[[@LINE-1]]:26: warning: 'std::thread::detach' starts
  // CHECK: note: the loop runs while
  // CHECK: note: {{.*}}(catalogue entry 'std.thread.detach')
}
void start_some(unsigned parallelism = 1) {
  for (unsigned i = 0; i < parallelism; ++i)
    std::thread(work, i).detach();
}
} // namespace

void start_from(const std::vector<int> &rows) {
  start_per_row(rows.size());
  start_per_row(2);
  start_some();
  start_some(4);
}

// In a generic lambda, the instantiation is checked (once), not the pattern.
void generic_from_input(const std::vector<int> &rows) {
  auto start = [&rows](auto tag) {
    for (int row : rows)
      std::thread(work, row + tag).detach();
    // CHECK: :[[@LINE-1]]:36: warning: 'std::thread::detach' starts
    // CHECK: note: the loop runs once per element of 'rows'
    // CHECK: note: {{.*}}(catalogue entry 'std.thread.detach')
  };
  start(1);
}

// --- Good -----------------------------------------------------------------

void counted_fill() {
  std::vector<int> items;
  items.reserve(5); // capacity, not size
  for (int i = 0; i < 5; ++i)
    items.push_back(i);
  for (int item : items)
    std::thread(work, item).detach();
}

template <typename T> void counted_fill_template(T first) {
  std::vector<T> items;
  items.emplace_back(first);
  items.emplace_back(first + 1);
  for (T item : items)
    std::thread(work, item).detach();
}
template void counted_fill_template<int>(int);

void in_generic_lambda() {
  auto start = [](auto first) {
    std::vector<int> items;
    items.emplace_back(first);
    items.emplace_back(first + 1);
    for (int item : items)
      std::thread(work, item).detach();
  };
  start(1);
}

void with_allocator() {
  std::allocator<int> alloc;
  std::vector<int> items(alloc);
  items.push_back(1);
  items.push_back(2);
  for (int item : items)
    std::thread(work, item).detach();
}

void viewed() {
  std::vector<int> items;
  items.push_back(1);
  items.push_back(2);
  for (int item : std::views::all(items))
    std::thread(work, item).detach();
}

void per_core() {
  for (unsigned i = 0; i < std::thread::hardware_concurrency(); ++i)
    std::thread(work, i).detach();
  const unsigned cores = std::thread::hardware_concurrency();
  for (unsigned i = 0; i < cores; ++i)
    std::thread(work, i).detach();
  // A container grown once (or a constant number of times) per core.
  std::vector<unsigned> shards;
  for (unsigned i = 0; i < cores; ++i) {
    shards.push_back(i);
    shards.push_back(i + cores);
  }
  for (unsigned shard : shards)
    std::thread(work, shard).detach();
}
