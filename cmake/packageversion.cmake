# ovh_package_version(<var> <version> <revision.h>): the Debian version of the package, the
# programs' version plus the revision they were built from: 0.1.0+git1a2b3c4d5e[.dirty].
function(ovh_package_version var version revision_header)
    set(result "${version}")
    if(EXISTS "${revision_header}")
        file(STRINGS "${revision_header}" line REGEX "#define OVH_REVISION")
        string(REGEX REPLACE ".*\"(.*)\".*" "\\1" revision "${line}")
        if(revision)
            string(REPLACE "-dirty" ".dirty" revision "${revision}")
            set(result "${version}+git${revision}")
        endif()
    endif()
    set(${var} "${result}" PARENT_SCOPE)
endfunction()
