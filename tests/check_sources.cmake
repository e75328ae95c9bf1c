# The source rules that reviews kept finding broken, as a test (ctest: tst_source_rules).
#   cmake -DSOURCE_DIR=<repo> -P tests/check_sources.cmake
# - layers: models/ includes nothing from app/, ui/ or the simulator, and no Qt GUI class;
#   ui/ includes nothing from app/ or the simulator;
# - JSON: nlohmann is the one JSON library (Qt's QJson* classes are not used in product code),
#   and no header outside models/json/*_p.h includes it;
# - size: no product source file over 450 lines.
cmake_minimum_required(VERSION 3.25)
set(problems "")

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/models/*.cpp
    ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp
    ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
    ${SOURCE_DIR}/simulator/*.h ${SOURCE_DIR}/simulator/*.cpp)

# Include prefixes that name another layer: app/ and ui/ are included by their subfolders
# ("controller/…", "timeline/…"), the simulator by its file names.
function(subdirs_of dir out)
    file(GLOB children LIST_DIRECTORIES true RELATIVE ${SOURCE_DIR}/${dir} ${SOURCE_DIR}/${dir}/*)
    set(result "")
    foreach(c ${children})
        if(IS_DIRECTORY ${SOURCE_DIR}/${dir}/${c})
            list(APPEND result "${c}/")
        endif()
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()
subdirs_of(app app_dirs)
subdirs_of(ui ui_dirs)
file(GLOB sim_headers RELATIVE ${SOURCE_DIR}/simulator ${SOURCE_DIR}/simulator/*.h)
set(gui_classes QBrush QColor QFont QFontMetrics QIcon QPixmap QImage QPainter QPalette QUndoStack
    QUndoCommand QGuiApplication QAction QKeySequence QStandardItemModel)

foreach(f ${sources})
    file(STRINGS ${SOURCE_DIR}/${f} includes REGEX "^#include [<\"]")
    set(forbidden "")
    set(forbidden_system "")
    if(f MATCHES "^models/")
        set(forbidden ${app_dirs} ${ui_dirs} ${sim_headers})
        set(forbidden_system ${gui_classes} QtGui QtWidgets)
    elseif(f MATCHES "^ui/")
        set(forbidden ${app_dirs} ${sim_headers})
    endif()
    foreach(line ${includes})
        string(REGEX REPLACE "^#include [<\"]([^>\"]+)[>\"].*" "\\1" inc "${line}")
        # A path that names a file of the layer itself ("planning/…" exists in models/ and ui/)
        # is its own.
        get_filename_component(layer_dir ${f} DIRECTORY)
        string(REGEX REPLACE "/.*" "" layer "${f}")
        set(own FALSE)
        if(EXISTS ${SOURCE_DIR}/${layer}/${inc} OR EXISTS ${SOURCE_DIR}/${layer_dir}/${inc})
            set(own TRUE)
        endif()
        if(layer STREQUAL "ui" AND EXISTS ${SOURCE_DIR}/models/${inc})
            set(own TRUE)
        endif()
        foreach(prefix ${forbidden})
            string(FIND "${inc}" "${prefix}" at)
            if(at EQUAL 0 AND NOT own)
                list(APPEND problems "${f}: includes ${inc} from a layer above it")
            endif()
        endforeach()
        if(line MATCHES "^#include <" AND "${inc}" IN_LIST forbidden_system)
            list(APPEND problems "${f}: includes <${inc}> but slipway_core is Qt Core only")
        endif()
        if(inc MATCHES "^QJson")
            list(APPEND problems "${f}: includes <${inc}> but JSON goes through nlohmann (docs/decisions.md)")
        endif()
        if(inc MATCHES "^nlohmann/" AND f MATCHES "\\.h$" AND NOT f MATCHES "^models/json/.*_p\\.h$")
            list(APPEND problems "${f}: a header includes nlohmann (keep it in .cpp files)")
        endif()
    endforeach()
    file(STRINGS ${SOURCE_DIR}/${f} lines)
    list(LENGTH lines count)
    if(count GREATER 450)
        list(APPEND problems "${f}: ${count} lines (over 450: split it by responsibility)")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Source rules broken:\n  ${text}")
endif()
list(LENGTH sources n)
message(STATUS "source rules hold over ${n} files")
