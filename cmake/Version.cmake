# The version every program reports (checks/support/Version.h): the project's
# version, the git revision it was built from, and the LLVM it was built against.
#
# async_tidy_revision(<target> <output.inc>) adds a target, run at every
# build, that keeps <output.inc> at the source tree's current revision.
set(ASYNC_TIDY_GIT_REVISION "" CACHE STRING
    "Git revision to report when building outside a git checkout (a source package)")

function(async_tidy_revision target output)
  add_custom_target(${target}
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${PROJECT_SOURCE_DIR} -DOUTPUT=${output}
            -DREVISION=${ASYNC_TIDY_GIT_REVISION}
            -P ${PROJECT_SOURCE_DIR}/cmake/RevisionScript.cmake
    BYPRODUCTS ${output}
    COMMENT "Reading the git revision"
    VERBATIM)
endfunction()
