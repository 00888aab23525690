// A real fix from the Seastar history, reduced: a continuation lambda that
// starts an asynchronous write and returns nothing, so the future of the
// write is dropped and the chain resolves before the write is done. The
// pre-fix shape is reported with the default options; the fixed shape, whose
// lambda returns the future (so .then() chains it), is silent.
// RUN: %clang_tidy_plugin %s -- %std_flags | FileCheck %s %nodiag
// RUN: not %async_tidy %s -- %std_flags | FileCheck %s %nodiag
#include <seastar/core/future.hh>
#include <seastar/core/iostream.hh>
#include <seastar/core/sstring.hh>
#include <utility>

// seastar@b47ec516735c: json::formatter wrote a map entry as
// `stream.write(key + ":")` followed by a .then() lambda that called the
// value's write without returning it, so the caller could flush or close the
// stream before the value was written, and a write error was lost. The fix
// returns the inner future. (The same commit also returns the write of the
// closing bracket, which had been dropped with `(void)`; such explicit
// discards are reported only with ReportExplicitDiscards, see
// seastar-unawaited-detached.cpp.)
namespace json {
seastar::sstring to_json(const seastar::sstring &s);
seastar::future<> write(seastar::output_stream<char> &stream, long value);

seastar::future<> write_entry_bad(seastar::output_stream<char> &stream, const std::pair<seastar::sstring, long> &p) {
  return stream.write(to_json(p.first) + ":").then([&p, &stream] { write(stream, p.second); });
  // CHECK: :[[@LINE-1]]:68: warning: task returned by 'json::write' is never awaited; its result and exceptions are lost [async-unawaited-task]
  // CHECK: :[[@LINE-2]]:68: note: a seastar::future carries the operation's result and exception, which are lost if it is dropped (catalogue entry 'seastar.future')
}

seastar::future<> write_entry_good(seastar::output_stream<char> &stream, const std::pair<seastar::sstring, long> &p) {
  return stream.write(to_json(p.first) + ":").then([&p, &stream] { return write(stream, p.second); });
}
} // namespace json
