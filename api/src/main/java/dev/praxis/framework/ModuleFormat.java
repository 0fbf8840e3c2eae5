package dev.praxis.framework;

/** How a module is taught. */
public enum ModuleFormat {
    WORKSHOP, CASE_STUDY, DISCUSSION, SIMULATION, HANDS_ON, ERROR_DETECTION, PROJECT_BASED, POLICY_SCENARIO
}
