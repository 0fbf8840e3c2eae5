package dev.praxis.roadmap;

import dev.praxis.framework.PhaseKind;
import dev.praxis.graphql.relay.Identified;

public record Phase(long id, long programId, PhaseKind kind, int sequence, int plannedStartMonth,
                    Integer plannedEndMonth) implements Identified {
}
