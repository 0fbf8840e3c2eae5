package dev.praxis.program;

import dev.praxis.graphql.relay.Identified;

import java.time.LocalDate;

public record Program(long id, String name, ProgramStatus status, LocalDate startsOn) implements Identified {
}
