# CW_SANITIZE=<list> (e.g. "address,undefined") builds every target with those sanitizers, for
# tools/test --sanitize (build tree ./build-asan). Empty (the default) changes nothing.
# -O1 keeps the sanitized suite fast enough to run in CI while leaving stack traces readable;
# -g1 (CW_SANITIZE_DEBUG: line tables and function names, no variable or type info) is all a
# sanitizer report needs for file:line frames and makes the build and link cheaper than -g;
# -fno-sanitize-recover=undefined makes every UBSan finding fail the test that hit it, rather
# than printing a line nobody reads. The benchmarks (tests/bench) are not built in a sanitized
# tree: their timings would measure the instrumentation, and nothing runs them there.
set(CW_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined (empty: none)")
set(CW_SANITIZE_DEBUG -g1 CACHE STRING "Debug info of a sanitized build (-g for a debugger session)")

if(CW_SANITIZE)
  set(_cw_san_flags -fsanitize=${CW_SANITIZE} -fno-omit-frame-pointer)
  if(CW_SANITIZE MATCHES "undefined")
    list(APPEND _cw_san_flags -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(${_cw_san_flags} -O1 ${CW_SANITIZE_DEBUG})
  add_link_options(-fsanitize=${CW_SANITIZE})
  # Read by cw_add_test (cmake/CwTest.cmake): sanitized binaries run a few times slower.
  set(CW_TEST_TIMEOUT_FACTOR 3)
  message(STATUS "CW Desk: sanitizers ${CW_SANITIZE}; test timeouts x${CW_TEST_TIMEOUT_FACTOR}")
endif()

# CW_FUZZ=ON builds the libFuzzer targets in tests/fuzz (build tree ./build-fuzz, see
# tests/fuzz/README.md). libFuzzer ships with clang only. Everything is instrumented for coverage
# (fuzzer-no-link) and checked by ASan+UBSan; only the fuzz targets link libFuzzer's main().
if(CW_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CW_FUZZ needs clang (CC=clang CXX=clang++), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  if(CW_SANITIZE)
    message(FATAL_ERROR "CW_FUZZ brings its own sanitizers; leave CW_SANITIZE empty")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined -O1 -g)
  add_link_options(-fsanitize=address,undefined)
  set(CW_TEST_TIMEOUT_FACTOR 3)
endif()

# cw_skip_when_sanitized(<reason> <tests...>): in a sanitized tree, the tests are registered but
# DISABLED (CTest lists them as "Not Run (Disabled)"), and "<test>: <reason>" joins
# sanitize-skipped.txt in the build tree, which tools/test --sanitize prints before it runs the
# suite (no ";" in a reason: CMake would split it). For tests that run no CW Desk code a sanitizer
# could check; never to hide a finding.
# cw_sanitize_skipped_note(<line>): a line for the same file (something not even built there).
function(cw_sanitize_skipped_note line)
  if(CW_SANITIZE)
    set_property(GLOBAL APPEND PROPERTY CW_SANITIZE_SKIPPED "${line}")
  endif()
endfunction()

function(cw_skip_when_sanitized reason)
  if(NOT CW_SANITIZE)
    return()
  endif()
  set_tests_properties(${ARGN} PROPERTIES DISABLED ON)
  foreach(_t IN LISTS ARGN)
    cw_sanitize_skipped_note("${_t}: ${reason}")
  endforeach()
endfunction()

# Writes sanitize-skipped.txt (called once, after every test is registered).
function(cw_write_sanitize_skipped)
  if(NOT CW_SANITIZE)
    return()
  endif()
  get_property(_lines GLOBAL PROPERTY CW_SANITIZE_SKIPPED)
  list(JOIN _lines "\n" _text)
  file(WRITE "${CMAKE_BINARY_DIR}/sanitize-skipped.txt" "${_text}\n")
endfunction()
