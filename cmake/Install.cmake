# `cmake --install <build> --prefix <prefix>`: the usual layout, relocatable
# (nothing the programs read at run time is found by an absolute path into
# the build or source tree; the catalogue and the check docs they need are
# embedded, the published docs are looked up beside the executable):
#
#   bin/async-tidy, bin/async-clangd         the driver, clangd with the checks
#   bin/async-tidy-hook, bin/async-tidy-ci   the pre-commit hook, the CI runner
#   lib/async-tidy/AsyncTidyModule.so        the plugin, for clang-tidy --load
#   share/async-tidy/rules/                  the shipped catalogue and its schema
#   share/async-tidy/integrations/           CI templates, the CMake module,
#                                            the annotations header, the example
#   share/doc/async-tidy/                    README and docs/ (checks/ for SARIF)
include(GNUInstallDirs)

# The executables find libclang-cpp and libLLVM of the LLVM they were built
# for in its own lib folder (as in the build tree): a system path, never the
# build folder.
set_target_properties(async-tidy async-clangd PROPERTIES
  INSTALL_RPATH "${ASYNC_TIDY_LLVM_ROOT}/lib")

install(TARGETS async-tidy async-clangd RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS AsyncTidyModule LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/async-tidy)
install(PROGRAMS integrations/pre-commit/async-tidy-hook integrations/ci/async-tidy-ci
        DESTINATION ${CMAKE_INSTALL_BINDIR})
install(PROGRAMS integrations/ci/merge-reports.py DESTINATION ${CMAKE_INSTALL_BINDIR}
        RENAME async-tidy-merge-reports)
install(DIRECTORY rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/async-tidy/rules
        FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY integrations/ DESTINATION ${CMAKE_INSTALL_DATADIR}/async-tidy/integrations
        PATTERN "async-tidy-hook" EXCLUDE PATTERN "async-tidy-ci" EXCLUDE
        PATTERN "merge-reports.py" EXCLUDE)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
