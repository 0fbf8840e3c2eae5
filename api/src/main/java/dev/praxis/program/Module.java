package dev.praxis.program;

import dev.praxis.framework.ModuleFormat;
import dev.praxis.framework.Specialty;
import dev.praxis.graphql.relay.Identified;

/** A module of a program's track; {@code businessContext == null} means it is generic. */
public record Module(long id, long trackId, int sequence, String code, String title, String summary, double hours,
                     ModuleFormat format, Specialty specialty, String businessContext) implements Identified {
}
