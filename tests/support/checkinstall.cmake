# Installs the build tree into a scratch prefix and checks the freedesktop layout:
#   cmake -DBUILD_DIR=<build> -DPREFIX=<scratch> -P checkinstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(path
        bin/ovh-explorer
        bin/ovh-explorer-cli
        share/applications/ovh-explorer.desktop
        share/icons/hicolor/scalable/apps/ovh-explorer.svg
        share/icons/hicolor/16x16/apps/ovh-explorer.png
        share/icons/hicolor/256x256/apps/ovh-explorer.png)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
file(STRINGS "${PREFIX}/share/applications/ovh-explorer.desktop" exec REGEX "^Exec=")
if(NOT exec STREQUAL "Exec=ovh-explorer")
    message(FATAL_ERROR "unexpected desktop entry line: ${exec}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
