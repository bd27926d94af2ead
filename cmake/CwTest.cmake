# The reference data the tests, benchmarks and generators read (see tests/data/README.md). It lives
# in the checkout so that a clone builds and tests on its own; test code sees it as CW_REFERENCE_DIR.
set(CW_TEST_DATA_DIR "${PROJECT_SOURCE_DIR}/tests/data")

# cw_scaled_timeout(<out-var> <seconds>): a test timeout as written for a normal build, times
# CW_TEST_TIMEOUT_FACTOR in sanitized and fuzz builds (cmake/CwSanitize.cmake), which run several
# times slower. Every test registered with add_test() directly takes its TIMEOUT from here too.
function(cw_scaled_timeout out seconds)
  if(CW_TEST_TIMEOUT_FACTOR)
    math(EXPR seconds "${seconds} * ${CW_TEST_TIMEOUT_FACTOR}")
  endif()
  set(${out} ${seconds} PARENT_SCOPE)
endfunction()

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
  cw_scaled_timeout(T_TIMEOUT ${T_TIMEOUT})
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false")
endfunction()
