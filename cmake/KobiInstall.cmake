# Install rules: the kobi libraries and their public headers (<prefix>/include/kobi/<module>/),
# the exported CMake package (find_package(kobi) → kobi::core … kobi::corpora), kobi.pc and the
# `kobi` binary.
#
#   cmake --install build --prefix /opt/kobi
#   # consumer: find_package(kobi REQUIRED) / pkg-config --cflags --libs kobi
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

get_property(kobi_modules GLOBAL PROPERTY kobi_modules)
set(kobi_library_targets "")
foreach(module IN LISTS kobi_modules)
  list(APPEND kobi_library_targets kobi_${module})
endforeach()

install(TARGETS ${kobi_library_targets}
  EXPORT kobiTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# Installed shared libraries find each other ($ORIGIN) and the CLI finds them (../lib).
if(BUILD_SHARED_LIBS)
  file(RELATIVE_PATH kobi_bin_to_lib ${CMAKE_INSTALL_FULL_BINDIR} ${CMAKE_INSTALL_FULL_LIBDIR})
  set_target_properties(kobi PROPERTIES INSTALL_RPATH "$ORIGIN/${kobi_bin_to_lib}")
  set_target_properties(${kobi_library_targets} PROPERTIES INSTALL_RPATH "$ORIGIN")
endif()
install(TARGETS kobi RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(kobi_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/kobi)
install(EXPORT kobiTargets NAMESPACE kobi:: DESTINATION ${kobi_cmake_dir})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/kobiConfig.cmake.in
  ${PROJECT_BINARY_DIR}/kobiConfig.cmake INSTALL_DESTINATION ${kobi_cmake_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kobiConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kobiConfig.cmake ${PROJECT_BINARY_DIR}/kobiConfigVersion.cmake
  DESTINATION ${kobi_cmake_dir})

# kobi.pc: static libraries need their dependencies at link time, so they are listed in
# Requires/Libs; a shared build lists them as private.
file(RELATIVE_PATH KOBI_PC_PREFIX_REL /kobi/${CMAKE_INSTALL_LIBDIR}/pkgconfig /kobi)
set(KOBI_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
set(KOBI_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
if(BUILD_SHARED_LIBS)
  set(KOBI_PC_REQUIRES_SUFFIX ".private")
  set(KOBI_PC_LIBS_STATIC "")
  set(KOBI_PC_LIBS_PRIVATE "-lboost_locale -lbz2 -pthread")
else()
  set(KOBI_PC_REQUIRES_SUFFIX "")
  set(KOBI_PC_LIBS_STATIC "-lboost_locale -lbz2 -pthread")
  set(KOBI_PC_LIBS_PRIVATE "")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/kobi.pc.in ${PROJECT_BINARY_DIR}/kobi.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/kobi.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
