// Mock of cppcoro's Linux message queue (cppcoro is not in Debian), shaped as
// in andreasbuhr/cppcoro (include/cppcoro/detail/linux.hpp): a class in
// cppcoro::detail::linux whose members are defined in lib/linux.cpp, which
// creates its pipe with pipe2(..., O_NONBLOCK).
#pragma once
namespace cppcoro::detail::linux {
enum message_type { CALLBACK_TYPE, RESUME_TYPE };
class message_queue {
public:
  message_queue();
  ~message_queue();
  bool enqueue_message(void *message, message_type type);
  bool dequeue_message(void *&message, message_type &type, bool wait);
};
} // namespace cppcoro::detail::linux
