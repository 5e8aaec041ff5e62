# How the test suite registers its tests, for tests/ and for the fuzz build (which builds
# tests/support alone): the suite's environment and failure output, cockpit_add_test,
# cockpit_add_test_variant and cockpit_add_gateway_variant. Included by the top-level CMakeLists.
# The recorded Scaleway traffic lives beside the project root; tests skip clearly without it.
set(COCKPIT_CASSETTES_DIR "${PROJECT_SOURCE_DIR}/../shared/cassettes" CACHE PATH
    "Folder of the recorded go-vcr cassettes")

set(COCKPIT_TEST_ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen"
    "COCKPIT_CASSETTES_DIR=${COCKPIT_CASSETTES_DIR}"
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

# Output that fails a test whatever its exit code: Qt reporting a network reply errored or aborted
# twice (a bug in how we drive replies), and a confirmation whose default or escape button
# destroys something (ConfirmationWatch).
set(COCKPIT_TEST_FAILURE_OUTPUT
    "Internal problem, this method must only be called once"
    "UNSAFE CONFIRMATION")

# cockpit_add_test(<name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>] [X11])
# X11: on a real X server of its own (xvfb-run, the xcb platform), for what only X shows: the
# clipboard and the PRIMARY selection as other X clients see them.
function(cockpit_add_test name)
    cmake_parse_arguments(ARG "X11" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test cockpit_common ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        COCKPIT_CASSETTES_DIR="${COCKPIT_CASSETTES_DIR}"
        COCKPIT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set(environment "${COCKPIT_TEST_ENVIRONMENT}")
    if(ARG_X11)
        add_test(NAME ${name}
            COMMAND xvfb-run -a -s "-screen 0 1280x800x24" $<TARGET_FILE:${name}>)
        list(TRANSFORM environment REPLACE "^QT_QPA_PLATFORM=.*" "QT_QPA_PLATFORM=xcb")
        # On xcb, Qt's accessibility bridge and platform theme talk D-Bus: libdbus-1 keeps its
        # caches to the end (tests/leaks/lsan.supp says why; it lists no code of ours).
        list(APPEND environment
            "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/leaks/lsan.supp")
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${environment}"
        LABELS "${ARG_LABELS}"
        FAIL_REGULAR_EXPRESSION "${COCKPIT_TEST_FAILURE_OUTPUT}"
        TIMEOUT 300)
endfunction()

# cockpit_add_test_variant(<name> COMMAND <command...> [ENVIRONMENT <VAR=value...>]
#     [LABELS <labels...>] [TIMEOUT <seconds>] [WORKING_DIRECTORY <dir>]
#     [FIXTURES_SETUP <fixture>] [FIXTURES_REQUIRED <fixture>] [RUN_SERIAL])
# Every other test: a test program run again another way (another transport, a real or locked
# keychain, no bus, another language) and the checks that are scripts (packages, leaks, the JS SDK,
# translations, structure). Each gets the suite's environment and, always, the suite's failure
# output; the suite_rules test fails on any test registered without it.
function(cockpit_add_test_variant name)
    cmake_parse_arguments(ARG "RUN_SERIAL"
        "TIMEOUT;WORKING_DIRECTORY;FIXTURES_SETUP;FIXTURES_REQUIRED"
        "COMMAND;ENVIRONMENT;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(extra)
    if(ARG_WORKING_DIRECTORY)
        set(extra WORKING_DIRECTORY ${ARG_WORKING_DIRECTORY})
    endif()
    add_test(NAME ${name} COMMAND ${ARG_COMMAND} ${extra})
    set(environment ${COCKPIT_TEST_ENVIRONMENT} ${ARG_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${environment}"
        LABELS "${ARG_LABELS}"
        FAIL_REGULAR_EXPRESSION "${COCKPIT_TEST_FAILURE_OUTPUT}"
        TIMEOUT ${ARG_TIMEOUT})
    foreach(property FIXTURES_SETUP FIXTURES_REQUIRED)
        if(ARG_${property})
            set_tests_properties(${name} PROPERTIES ${property} "${ARG_${property}}")
        endif()
    endforeach()
    if(ARG_RUN_SERIAL)
        set_tests_properties(${name} PROPERTIES RUN_SERIAL ON)
    endif()
endfunction()

# cockpit_add_gateway_variant(<test>): the same test executable again as <test>_gateway, through
# the TLS + HTTP/2 gateway (nginx) instead of plain HTTP (see tests/support/TestTransport.h).
function(cockpit_add_gateway_variant name)
    get_test_property(${name} LABELS labels)
    cockpit_add_test_variant(${name}_gateway COMMAND ${name}
        ENVIRONMENT COCKPIT_TEST_TRANSPORT=gateway LABELS ${labels} gateway)
endfunction()
