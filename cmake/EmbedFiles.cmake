# Turns data files (the shipped catalogue and its schema) into a generated C++
# source so that the plugin and the driver carry them: neither depends on
# where the source tree is at run time.
#
# embed_files(OUTPUT <file.inc> BASE <dir> FILES <f>...) writes one
#   {"<path relative to BASE>", R"...(<contents>)..."},
# initializer per file, in the order given.
function(embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;BASE" "FILES" ${ARGN})
  # '|' separates the files: a ';' would split the command line.
  string(REPLACE ";" "|" files "${ARG_FILES}")
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DBASE=${ARG_BASE}
            -DFILES=${files} -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    VERBATIM
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding ${ARG_OUTPUT}")
endfunction()
