# `cpack -G DEB` in the build folder: a Debian package of what cmake/Install.cmake
# installs, under /usr, named for the LLVM major it was built against
# (async-tidy-llvm19_0.1.0_amd64.deb): the plugin only loads into the
# clang-tidy of that major, so the package says which one it is for and
# depends on it. Packages for two majors provide the same commands
# (/usr/bin/async-tidy), so one replaces the other (Provides/Conflicts on the
# virtual package async-tidy).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "async-tidy-llvm${ASYNC_TIDY_LLVM_VERSION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "async-tidy")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "static analysis of C++20 coroutine code (clang-tidy checks, driver, clangd)")
set(CPACK_PACKAGE_DESCRIPTION
    "async-tidy finds async misuse in C++ coroutine code: blocking calls inside coroutines, \
tasks that are never awaited, unbounded fan-out, locks held across suspension and references \
that dangle into coroutines. This package holds the async-tidy driver, async-clangd, the \
plugin for clang-tidy-${ASYNC_TIDY_LLVM_VERSION} --load, the pre-commit hook and the CI helpers.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # <name>_<version>_<arch>.deb
set(ASYNC_TIDY_PACKAGE_MAINTAINER "async-tidy developers <async-tidy@localhost>" CACHE STRING
    "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ASYNC_TIDY_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# The shared libraries the programs link (libclang-cpp, yaml-cpp, libstdc++,
# gRPC for clangd, ...), with the versions dpkg-shlibdeps reads off them;
# libLLVM, which it leaves to libclang-cpp's dependencies, named as well since
# the programs call it directly; and what they use without linking: clang's
# builtin headers (the resource directory every parse needs), python3 for
# the CI helpers, and (recommended) the clang-tidy the plugin loads into.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libllvm${ASYNC_TIDY_LLVM_VERSION}, libclang-common-${ASYNC_TIDY_LLVM_VERSION}-dev, python3")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-tidy-${ASYNC_TIDY_LLVM_VERSION}, git")
set(CPACK_DEBIAN_PACKAGE_PROVIDES "async-tidy")
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "async-tidy")
set(CPACK_DEBIAN_PACKAGE_REPLACES "async-tidy")
include(CPack)
