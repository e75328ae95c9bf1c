# Writes a man page from a program's --help (so the page never drifts from the program).
#   cmake -DPROGRAM=path -DNAME=slipwayctl -DSUMMARY="…" -DVERSION=0.1.0 -DSEE_ALSO="a(1), b(1)"
#         -DOUTPUT=slipwayctl.1 -P manpage.cmake
cmake_minimum_required(VERSION 3.22)
execute_process(COMMAND ${PROGRAM} --help
    OUTPUT_VARIABLE help ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help failed (${rc}): ${errors}")
endif()
# QCommandLineParser prints argv[0]: the build's path.
string(REPLACE "${PROGRAM}" "${NAME}" help "${help}")
# troff: backslashes doubled, and a line may not start with a dot or an apostrophe.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(TIMESTAMP year "%Y" UTC)
string(TOUPPER "${NAME}" NAME_UPPER)
set(page ".TH ${NAME_UPPER} 1 \"${year}\" \"Slipway ${VERSION}\" \"User Commands\"
.SH NAME
${NAME} \\- ${SUMMARY}
.SH DESCRIPTION
The text below is what
.B ${NAME} \\-\\-help
prints.
.PP
.nf
${help}.fi
.SH SEE ALSO
${SEE_ALSO}
")
file(WRITE ${OUTPUT}.tmp "${page}")
file(ARCHIVE_CREATE OUTPUT ${OUTPUT}.gz PATHS ${OUTPUT}.tmp FORMAT raw COMPRESSION GZip)
file(REMOVE ${OUTPUT}.tmp)
