# lit configuration for async-tidy. Every check test runs through both front
# ends: %clang_tidy_plugin (stock clang-tidy + our plugin) and %async_tidy
# (our driver), each piped to FileCheck with -implicit-check-not so that an
# unexpected warning fails the test.
import os
import lit.formats

config.name = "async-tidy (LLVM %s)" % config.llvm_version
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["Inputs", "fuzz", "broken-rules.yaml", ".clang-tidy", "lit.cfg.py", "lit.site.cfg.py.in", "CMakeLists.txt"]

tools = os.path.join(config.llvm_root, "bin")

# A sanitized build (scripts/test-sanitizers.sh): our binaries carry ASan and
# UBSan; a stock clang-tidy that loads the plugin needs the shared ASan
# runtime preloaded, so it is run through a small wrapper. Leak checking is
# off: LLVM's tools deliberately leave memory to the OS at exit. Manual
# poisoning is off: LLVM's BumpPtrAllocator poisons its slabs in code built
# with ASan (ours) but not in Debian's uninstrumented libraries, and the two
# share inline allocator code, so ASan would report clangd's own allocations.
if config.sanitizer_runtime:
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:allow_user_poisoning=0"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    config.available_features.add("sanitized")

    def preloaded(tool):
        wrapper = os.path.join(config.test_exec_root, "asan-" + os.path.basename(os.path.dirname(os.path.dirname(tool))) + "-" + os.path.basename(tool))
        with open(wrapper, "w") as f:
            f.write('#!/bin/sh\nLD_PRELOAD="%s" exec "%s" "$@"\n' % (config.sanitizer_runtime, tool))
        os.chmod(wrapper, 0o755)
        return wrapper

    config.clang_tidy = preloaded(config.clang_tidy)
config.environment["PATH"] = os.pathsep.join([tools, config.environment.get("PATH", "")])

inputs = os.path.join(config.test_source_root, "Inputs")
# Real libstdc++ and Boost headers; mock headers (real qualified names) only
# for libraries Debian does not package.
std_flags = "-std=c++20 -isystem %s -I %s" % (os.path.join(inputs, "mock"), inputs)
qt = "/usr/include/x86_64-linux-gnu/qt5"
qt_flags = " ".join("-isystem " + os.path.join(qt, d) for d in ["", "QtCore", "QtDBus"]) + " -fPIC"

config.substitutions.append(("%clang_tidy_plugin",
    "%s --quiet --load=%s --checks=-*,async-*" % (config.clang_tidy, config.plugin)))
# Stock clang-tidy without the plugin, for comparing with the upstream checks.
config.substitutions.append(("%stock_clang_tidy", "%s --quiet" % config.clang_tidy))
config.substitutions.append(("%clang_tidy_bin", config.clang_tidy))
config.substitutions.append(("%llvm_root", config.llvm_root))
config.substitutions.append(("%async_tidy", "%s --quiet -j1" % config.driver))
# The driver's result cache: one folder for the whole run, emptied at the start,
# so that every test also goes through the cache (a second run of the same
# file must print the same). test/driver/cache.test uses folders of its own.
import shutil
cache_dir = os.path.join(config.test_exec_root, "result-cache")
shutil.rmtree(cache_dir, ignore_errors=True)
config.environment["ASYNC_TIDY_CACHE_DIR"] = cache_dir
config.substitutions.append(("%driver_bin", config.driver))
config.substitutions.append(("%async_clangd", config.clangd))
config.substitutions.append(("%std_flags", std_flags))
config.substitutions.append(("%qt_flags", qt_flags))
config.substitutions.append(("%python", config.python))
# lit's shell has no $?: `%expect_exit N cmd...` runs cmd and succeeds only
# when it exits with status N (the driver's statuses are documented).
config.substitutions.append(("%expect_exit",
    "%s %s" % (config.python, os.path.join(inputs, "expect_exit.py"))))
config.substitutions.append(("%source_root", config.source_root))
config.substitutions.append(("%build_root", config.build_root))
# SARIF validation with Microsoft's SARIF Multitool from npm (installed by
# scripts/install-deps.sh); a missing validator fails the tests that use it.
multitool = os.path.join(inputs, "sarif-validator", "node_modules", "@microsoft",
                         "sarif-multitool-linux", "Sarif.Multitool")
config.substitutions.append(("%validate_sarif", "%s %s %s" % (
    config.python, os.path.join(inputs, "validate_sarif.py"), multitool)))
config.substitutions.append(("%FileCheck", config.filecheck))
# Diagnostics are what FileCheck must account for; notes follow their warning.
config.substitutions.append(("%nodiag", "'-implicit-check-not={{warning|error}}:'"))

# The plugin refuses to register in a clang-tidy of another LLVM version; the
# test needs that other clang-tidy (scripts/test.sh installs 19 and 22).
other = "22" if config.llvm_version == "19" else "19"
other_clang_tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % other
if os.path.exists(other_clang_tidy):
    if config.sanitizer_runtime:
        other_clang_tidy = preloaded(other_clang_tidy)
    config.available_features.add("other-clang-tidy")
    config.substitutions.append(("%other_clang_tidy", other_clang_tidy))
    config.substitutions.append(("%other_llvm", other))
config.substitutions.append(("%llvm_version", config.llvm_version))
config.substitutions.append(("%plugin", config.plugin))
