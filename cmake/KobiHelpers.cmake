# kobi_add_library(), kobi_add_test(): per-target settings, no global flags.

# Warnings, sanitizers and unity batching for one target.
function(kobi_target_settings target)
  if(KOBI_UNITY_BUILD)
    # Sources compiled 8 to a batch: the standard library, nlohmann-json and CLI11 headers are
    # parsed and their inline code compiled once per batch instead of once per file.
    # Each file's anonymous namespace joins the batch's, so file-local names must not clash
    # (the sanitizer pass in scripts/test.sh builds without batching, so a file that compiles
    # only thanks to its batch neighbours' includes is caught there).
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      # GCC 12 warns of overlapping memcpy inside libstdc++'s std::string operator+/insert once
      # inlined at -O2/-O3 ("accessing 9223372036854775810 or more bytes"): a false positive,
      # GCC bugs 105329 and 105651 (GCC 12 regressions). Only -Wrestrict, only GCC before 13.
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(KOBI_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(KOBI_SANITIZE)
      target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                               -fno-sanitize-recover=undefined)
      target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(KOBI_LIBFUZZER)
      # Coverage for the libraries too, not only the harness (libFuzzer's main is linked into
      # the fuzz targets alone, fuzz/CMakeLists.txt). Use with KOBI_SANITIZE, whose runtime
      # provides the coverage hooks for the other executables.
      target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
  endif()
endfunction()

# kobi_add_library(<module> SOURCES ... HEADERS ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# Creates target kobi_<module> (static, or shared with BUILD_SHARED_LIBS) with alias and export
# name kobi::<module>; includes are rooted at the repository ("kobi/<module>/x.h"). Headers
# under internal/ go to a private file set: they are neither verified as public nor installed.
# kobi_modules (a global property) lists the modules in order, for the install rules.
function(kobi_add_library module)
  cmake_parse_arguments(ARG "" "" "SOURCES;HEADERS;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  set(target kobi_${module})
  add_library(${target} ${ARG_SOURCES})
  add_library(kobi::${module} ALIAS ${target})
  set(public_headers "")
  set(internal_headers "")
  foreach(header IN LISTS ARG_HEADERS)
    if(header MATCHES "(^|/)internal/")
      list(APPEND internal_headers ${header})
    else()
      list(APPEND public_headers ${header})
    endif()
  endforeach()
  target_sources(${target} PUBLIC FILE_SET HEADERS BASE_DIRS ${PROJECT_SOURCE_DIR}
                 FILES ${public_headers})
  if(internal_headers)
    target_sources(${target} PRIVATE FILE_SET internal_headers TYPE HEADERS
                   BASE_DIRS ${PROJECT_SOURCE_DIR} FILES ${internal_headers})
  endif()
  set_target_properties(${target} PROPERTIES VERIFY_INTERFACE_HEADER_SETS ON
                                             POSITION_INDEPENDENT_CODE ON
                                             EXPORT_NAME ${module}
                                             DEFINE_SYMBOL ""  # no export macros; same flags as static
                                             VERSION ${PROJECT_VERSION}
                                             SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
  set_property(GLOBAL APPEND PROPERTY kobi_modules ${module})
  target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>)
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  target_compile_features(${target} PUBLIC cxx_std_20)
  kobi_target_settings(${target})
endfunction()

# kobi_add_test(<name> SOURCES ... DEPS ...): one GoogleTest executable, discovered by CTest.
function(kobi_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE KOBI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  kobi_target_settings(${name})
  # Test files batched KOBI_TEST_UNITY_BATCH_SIZE to a batch (gtest and gmock headers parsed
  # once per batch). A helper several files of a module share lives in tests/<module>/
  # test_util.h; the file-local names left must differ between the files of one target.
  if(KOBI_UNITY_BUILD)
    set_target_properties(${name} PROPERTIES UNITY_BUILD_BATCH_SIZE ${KOBI_TEST_UNITY_BATCH_SIZE})
  endif()
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)
endfunction()
