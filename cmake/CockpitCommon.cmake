# One INTERFACE target carries the settings every target of the project shares: the C++ standard,
# warnings (as errors when COCKPIT_WERROR is on), strict Qt defines and the sanitizers.
add_library(cockpit_common INTERFACE)
target_compile_features(cockpit_common INTERFACE cxx_std_17)
target_compile_definitions(cockpit_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_compile_options(cockpit_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual
    # With optimisation GCC inlines Qt's QPointer/implicit sharing and std::optional and reports
    # "potential null pointer dereference" inside their headers where none is possible (39 of
    # them in a first ./scripts/run with GCC 12). The Debug build, which CI runs with -Werror,
    # keeps the check; an optimised GCC build leaves it out, so a first build prints nothing.
    $<$<OR:$<CONFIG:Debug>,$<NOT:$<CXX_COMPILER_ID:GNU>>>:-Wnull-dereference>
    -Wimplicit-fallthrough
    $<$<BOOL:${COCKPIT_WERROR}>:-Werror>
    # Clang (the fuzz build) counts Qt's own qCDebug(category) << ... as an empty variadic
    # macro argument under -Wpedantic.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)

if(COCKPIT_SANITIZE)
    target_compile_options(cockpit_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(cockpit_common INTERFACE -fsanitize=address,undefined)
endif()
if(COCKPIT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "COCKPIT_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    # Coverage for libFuzzer everywhere; only the fuzz targets link its main (-fsanitize=fuzzer).
    target_compile_options(cockpit_common INTERFACE -fsanitize=fuzzer-no-link)
    target_link_options(cockpit_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
