# `cpack -G DEB` from the build folder (or ./dev.sh package): a Debian package of both programs
# and everything `cmake --install` puts in place. Depends comes from the binaries (shlibdeps);
# the version is the one --version prints (cpackconfig.cmake adds the git revision).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ovh-api-explorer)
set(CPACK_PACKAGE_VENDOR "The OVH API Explorer authors")
set(CPACK_PACKAGE_CONTACT "OVH API Explorer authors <authors@ovh-api-explorer.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop explorer and command line for the OVHcloud API")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "\
Loads the OVHcloud API schema of a region (ovh-eu, ovh-ca, ovh-us, kimsufi,
soyoustart or any base URL), caches it and works offline. Shows every product,
path and operation with a typed form, sends signed calls, and writes the same
call as a PHP, Python, Node.js, Go or shell script. ovh-explorer-cli does the
same from a terminal.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The window needs a platform plugin (xcb, wayland) and the history the SQLite driver plugin,
# which no binary links to.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# Keys live in the desktop's keychain (Secret Service); without one they stay in memory only.
# Qt's own French (qtbase_fr: file dialogs, standard buttons) for the window in French.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_BINARY_DIR}/cpackconfig.cmake")
configure_file("${CMAKE_CURRENT_LIST_DIR}/cpackconfig.cmake.in" "${CMAKE_BINARY_DIR}/cpackconfig.cmake"
    @ONLY)

install(FILES "${PROJECT_SOURCE_DIR}/packaging/copyright"
    DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(CODE "
    set(OVH_SOURCE_DIR \"${PROJECT_SOURCE_DIR}\")
    set(OVH_BINARY_DIR \"${PROJECT_BINARY_DIR}\")
    set(OVH_VERSION \"${PROJECT_VERSION}\")
    set(OVH_DOCDIR \"${CMAKE_INSTALL_DOCDIR}\")
    set(OVH_MAINTAINER \"${CPACK_PACKAGE_CONTACT}\")
    include(\"${CMAKE_CURRENT_LIST_DIR}/debchangelog.cmake\")")
include(CPack)
