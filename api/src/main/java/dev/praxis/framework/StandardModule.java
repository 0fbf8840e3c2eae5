package dev.praxis.framework;

/** A module of the standard framework, as the reference tables hold it. */
public record StandardModule(Audience audience, int sequence, String code, String title, String summary,
                             double hours, ModuleFormat format, Specialty specialty) {
}
