//===- CatalogueLoaderFuzzer.cpp - libFuzzer target for catalogue files ---===//
//
// Feeds arbitrary bytes to the catalogue loader as a user catalogue file, the
// way --validate-catalogue and every check read one. The loader must answer
// every input with a catalogue or located errors: never crash, hang, leak or
// read out of bounds (the build adds AddressSanitizer and UBSan).
//
// Built by scripts/fuzz.sh; every crash it finds becomes a file in
// test/catalogue/Inputs/fuzz-regressions/, which a lit test loads.
//
//===----------------------------------------------------------------------===//
#include "catalogue/CatalogueLoader.h"
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // ASYNC_TIDY_FUZZ_LAST=<file>: keep the input being run, for failures that
  // leave no artifact (an out-of-memory can stop libFuzzer before it writes one).
  static const char *Last = std::getenv("ASYNC_TIDY_FUZZ_LAST");
  if (Last)
    if (FILE *F = std::fopen(Last, "wb")) {
      std::fwrite(Data, 1, Size, F);
      std::fclose(F);
    }
  async_tidy::CatalogueLoader Loader;
  Loader.addText("fuzz.yaml", llvm::StringRef(reinterpret_cast<const char *>(Data), Size));
  auto Loaded = Loader.finish();
  // Either outcome is fine; each error must say where it is.
  for (const async_tidy::CatalogueError &E : Loader.errors())
    if (E.str().empty())
      __builtin_trap();
  (void)Loaded;
  return 0;
}
