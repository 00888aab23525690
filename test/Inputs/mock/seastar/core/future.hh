// Mock of seastar's future: the real qualified names and signatures the
// catalogue names; Debian does not package seastar.
#pragma once
namespace seastar {
template <typename T = void> class future {
public:
  T get();
  void wait() noexcept;
  T get0();
  bool available() const noexcept;
};
} // namespace seastar
