# Runs async-tidy's checks on every C++ file a CMake target compiles, through
# CMake's own clang-tidy support (the CXX_CLANG_TIDY target property) and
# the async-tidy plugin, so findings appear in the build log, file by file.
#
#   list(APPEND CMAKE_MODULE_PATH <async-tidy>/integrations/cmake)
#   include(AsyncTidy)
#   async_tidy_enable(TARGETS server worker        # existing targets; default: every target made after the call
#                     [PLUGIN <AsyncTidyModule.so>] # default: $ASYNC_TIDY_PLUGIN
#                     [CLANG_TIDY <clang-tidy>]     # default: clang-tidy-<LLVM major of the plugin>
#                     [CHECKS <globs>]              # default: -*,async-*
#                     [WARNINGS_AS_ERRORS])         # a finding fails the build
#
# The plugin must come from a build against the same LLVM major version as the
# clang-tidy that loads it (the plugin refuses to load otherwise, naming both).
# Without this module, the equivalent is one cache variable:
#   cmake -DCMAKE_CXX_CLANG_TIDY="clang-tidy-19;--load=<plugin>;--checks=-*,async-*" ...
include_guard(GLOBAL)

function(async_tidy_enable)
  cmake_parse_arguments(ARG "WARNINGS_AS_ERRORS" "PLUGIN;CLANG_TIDY;CHECKS" "TARGETS" ${ARGN})
  if(NOT ARG_PLUGIN)
    set(ARG_PLUGIN "$ENV{ASYNC_TIDY_PLUGIN}")
  endif()
  if(NOT ARG_PLUGIN OR NOT EXISTS "${ARG_PLUGIN}")
    message(FATAL_ERROR "async_tidy_enable: no plugin at '${ARG_PLUGIN}'; pass PLUGIN <path to "
                        "AsyncTidyModule.so> or set the environment variable ASYNC_TIDY_PLUGIN")
  endif()
  if(NOT ARG_CLANG_TIDY)
    find_program(ASYNC_TIDY_CLANG_TIDY NAMES clang-tidy-19 clang-tidy-22 clang-tidy)
    set(ARG_CLANG_TIDY "${ASYNC_TIDY_CLANG_TIDY}")
  endif()
  if(NOT ARG_CLANG_TIDY)
    message(FATAL_ERROR "async_tidy_enable: no clang-tidy found; pass CLANG_TIDY <path>")
  endif()
  if(NOT ARG_CHECKS)
    set(ARG_CHECKS "-*,async-*")
  endif()
  set(command "${ARG_CLANG_TIDY}" "--load=${ARG_PLUGIN}" "--checks=${ARG_CHECKS}" "--quiet")
  if(ARG_WARNINGS_AS_ERRORS)
    list(APPEND command "--warnings-as-errors=async-*")
  endif()
  if(ARG_TARGETS)
    set_target_properties(${ARG_TARGETS} PROPERTIES CXX_CLANG_TIDY "${command}")
  else()
    set(CMAKE_CXX_CLANG_TIDY "${command}" PARENT_SCOPE)
  endif()
endfunction()
