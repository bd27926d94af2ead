# The reference data the tests, benchmarks and generators read (see tests/data/README.md). It lives
# in the checkout so that a clone builds and tests on its own; test code sees it as CW_REFERENCE_DIR.
set(CW_TEST_DATA_DIR "${PROJECT_SOURCE_DIR}/tests/data")

# cw_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <s>])
# One QtTest executable registered with CTest. Tests run offscreen; the suite-level
# environment (D-Bus session, keychain) is provided by tools/test.
function(cw_add_test name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    CW_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CW_REFERENCE_DIR="${CW_TEST_DATA_DIR}"
    CW_SANDBOX_EXE="$<TARGET_FILE:cwdesk-sandbox>")
  add_test(NAME ${name} COMMAND ${name} ${T_ARGS})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  # Sanitized builds (cmake/CwSanitize.cmake) run several times slower; normal builds keep the
  # timeouts as written.
  if(CW_TEST_TIMEOUT_FACTOR)
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * ${CW_TEST_TIMEOUT_FACTOR}")
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false")
endfunction()
