# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
#
# CMake 3.25's CPackRPM probes weak-dependency support with `${RPM_EXECUTABLE} --suggests` but never
# defines RPM_EXECUTABLE, so the probe always fails and it drops CPACK_RPM_PACKAGE_SUGGESTS with a
# warning, although rpmbuild 4.18 supports the tag. Defining the variable makes the probe real.
if(CPACK_GENERATOR STREQUAL "RPM" AND NOT RPM_EXECUTABLE)
    find_program(RPM_EXECUTABLE rpm)
endif()
