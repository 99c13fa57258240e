# SPDX-License-Identifier: GPL-3.0-or-later
# The madbase-node Debian package: the pillar daemons, madbasectl, their systemd units and the
# function runtime, with Depends computed from the binaries by dpkg-shlibdeps.
# `scripts/dev package` builds it from the release preset (docs/hetzner.md, "Packages").
set(MB_NODE_DAEMONS madbase-system madbase-proxy madbase-worker madbase-state madbase-logstore)
install(TARGETS ${MB_NODE_DAEMONS} RUNTIME DESTINATION bin COMPONENT node)
install(TARGETS madbasectl RUNTIME DESTINATION bin COMPONENT node)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/systemd/" DESTINATION lib/systemd/system
        COMPONENT node FILES_MATCHING PATTERN "*.service")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/functions/" DESTINATION share/madbase/functions
        COMPONENT node PATTERN "package-lock.json" EXCLUDE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL node)
set(CPACK_PACKAGE_VENDOR "MadBase Studio contributors")
set(CPACK_PACKAGE_CONTACT "MadBase Studio contributors <maintainers@madbase.invalid>")
set(CPACK_DEBIAN_NODE_PACKAGE_NAME madbase-node)
set(CPACK_DEBIAN_NODE_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_NODE_PACKAGE_SECTION database)
set(CPACK_COMPONENT_NODE_DESCRIPTION
    "MadBase node daemons\nThe System, Proxy, Worker and State pillar daemons, the log store and madbasectl, with their systemd units.")
set(CPACK_DEBIAN_NODE_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_NODE_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/packaging/deb/postinst")
set(CPACK_DEBIAN_NODE_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
