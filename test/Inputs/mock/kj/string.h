// Mock of KJ's strings (capnproto/capnproto, c++/src/kj/string.h and
// common.h): kj::String owns its characters; kj::StringPtr (a NUL-terminated
// kj::ArrayPtr<const char>) and kj::ArrayPtr<T> point into storage they do
// not own. kj::str concatenates its arguments into a new kj::String.
#pragma once
#include <cstddef>
#include <cstring>

namespace kj {
template <typename T> class ArrayPtr {
public:
  ArrayPtr() = default;
  ArrayPtr(T *begin, size_t size) : ptr(begin), count(size) {}
  size_t size() const { return count; }

private:
  T *ptr = nullptr;
  size_t count = 0;
};

class String;
class StringPtr {
public:
  StringPtr() : content("", 1) {}
  StringPtr(const char *value) : content(value, strlen(value) + 1) {}
  StringPtr(const String &value);
  size_t size() const { return content.size() - 1; }

private:
  ArrayPtr<const char> content;
};

class String {
public:
  String() = default;
  String(String &&) = default;
  ~String();
  StringPtr asPtr() const;
  size_t size() const;
};

template <typename... Params> String str(Params &&...params);
} // namespace kj
