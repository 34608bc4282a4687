# Installed as an install script: writes share/doc/<package>/changelog.gz, which Debian policy
# asks of every package, with the same version as the package (see packageversion.cmake).
include("${OVH_SOURCE_DIR}/cmake/packageversion.cmake")
ovh_package_version(version "${OVH_VERSION}" "${OVH_BINARY_DIR}/app/generated/revision.h")
string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(work "${OVH_BINARY_DIR}/packaging")
file(WRITE "${work}/changelog" "ovh-api-explorer (${version}) unstable; urgency=medium

  * Built from the project's sources; the git history has the changes.

 -- ${OVH_MAINTAINER}  ${date}
")
set(INPUT "${work}/changelog")
set(OUTPUT "${work}/changelog.gz")
include("${OVH_SOURCE_DIR}/cmake/gzipfile.cmake")
file(INSTALL "${work}/changelog.gz" DESTINATION "${CMAKE_INSTALL_PREFIX}/${OVH_DOCDIR}"
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
