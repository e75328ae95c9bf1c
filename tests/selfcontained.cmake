# A clone must build and test with nothing beside it: no build or test file may reach outside the
# source tree (e.g. into ../shared). Run as: cmake -DSOURCE_DIR=<repo> -P tests/selfcontained.cmake
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/CMakeLists.txt" "${SOURCE_DIR}/*/CMakeLists.txt" "${SOURCE_DIR}/*.cmake"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/scripts/*"
     "${SOURCE_DIR}/test.sh" "${SOURCE_DIR}/.ci/*")
set(offenders "")
foreach(f IN LISTS files)
    if(f MATCHES "^build" OR f STREQUAL "tests/selfcontained.cmake")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${f}" hits REGEX "\\.\\./shared")
    if(hits)
        list(APPEND offenders "${f}: ${hits}")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "files that reach outside the clone:\n  ${text}")
endif()
