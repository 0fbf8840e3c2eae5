package dev.praxis.measurement;

/** How often behaviour-check answers cite a module: concretely, and in any class. */
public record ModuleTransfer(long moduleId, int citedConcretely, int cited) {
}
