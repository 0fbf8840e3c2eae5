package dev.praxis.roadmap;

import dev.praxis.graphql.relay.Identified;

import java.time.LocalDate;

/** One recorded piece of continuous capability work (a community session, a showcase, a library update, a refresh). */
public record CapabilityActivity(long id, long programId, CapabilityActivityKind kind, LocalDate happenedOn, String note)
        implements Identified {
}
