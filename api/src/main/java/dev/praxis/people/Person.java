package dev.praxis.people;

import dev.praxis.framework.Audience;
import dev.praxis.framework.Specialty;
import dev.praxis.graphql.relay.Identified;

public record Person(long id, String email, String displayName, String title, String department, Audience audience,
                     Specialty specialty, Long managerId, String externalId) implements Identified {
}
