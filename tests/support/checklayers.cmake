# The include arrows between the folders of core/ (the layers of the README's Architecture):
#   cmake -DCORE_DIR=<dir holding the folders of core> -P checklayers.cmake
# Fails, naming the file, the line and the header, when a file includes a folder its own
# folder must not see. Folders not named below (session, settings…) may include any of these.
#   base      the ground floor (Endpoint, Credentials, JSON text): includes no other folder
#   schema    the schema model; text: terminal-safe text; both stand on base alone
#   call      building a call from values: knows nothing of the network or of accounts
#   net       sending and loading: knows nothing of accounts, snippets or sessions
#   snippets  code for a call: knows nothing of the network
#   sandbox   the local server: its own library, included by no other folder of core
cmake_minimum_required(VERSION 3.16)

set(_all base schema text call net auth snippets sandbox session settings)
set(_forbidden_base ${_all})
list(REMOVE_ITEM _forbidden_base base)
set(_forbidden_schema ${_forbidden_base})
list(REMOVE_ITEM _forbidden_schema schema)
set(_forbidden_text ${_forbidden_base})
list(REMOVE_ITEM _forbidden_text text)
set(_forbidden_call net auth snippets session settings sandbox)
set(_forbidden_net auth snippets session sandbox)
set(_forbidden_snippets net session sandbox)
set(_forbidden_auth snippets session sandbox)
set(_forbidden_session sandbox)
set(_forbidden_settings sandbox)

if(NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "CORE_DIR is not a folder: '${CORE_DIR}'")
endif()
file(GLOB_RECURSE _files RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
list(SORT _files)
set(_broken "")
set(_checked 0)
foreach(_file IN LISTS _files)
    string(REGEX MATCH "^[^/]+" _folder "${_file}")
    if(NOT DEFINED _forbidden_${_folder} OR _file STREQUAL _folder)
        continue()
    endif()
    math(EXPR _checked "${_checked} + 1")
    file(STRINGS "${CORE_DIR}/${_file}" _lines)
    set(_number 0)
    foreach(_line IN LISTS _lines)
        math(EXPR _number "${_number} + 1")
        if(NOT _line MATCHES "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">]")
            continue()
        endif()
        set(_header "${CMAKE_MATCH_1}")
        # "../net/x.h" and "x.h" next to the file: resolve them against the including folder.
        if(_header MATCHES "^\\.")
            get_filename_component(_dir "${CORE_DIR}/${_file}" DIRECTORY)
            get_filename_component(_resolved "${_dir}/${_header}" ABSOLUTE)
            file(RELATIVE_PATH _header "${CORE_DIR}" "${_resolved}")
        endif()
        string(REGEX MATCH "^[^/]+" _target "${_header}")
        if(_header MATCHES "/" AND _target IN_LIST _forbidden_${_folder})
            string(APPEND _broken "\n  core/${_file}:${_number} includes ${_header} "
                "(${_folder}/ must not see ${_target}/)")
        endif()
    endforeach()
endforeach()
if(_checked EQUAL 0)
    message(FATAL_ERROR "no source file found under ${CORE_DIR}")
endif()
if(_broken)
    message(FATAL_ERROR "include arrows broken:${_broken}")
endif()
message(STATUS "include arrows hold in ${_checked} files of ${CORE_DIR}")
