package dev.praxis.measurement;

import dev.praxis.framework.Audience;
import dev.praxis.graphql.relay.Identified;

/** One of the 3-5 behaviours a program wants to see 90 days after training; moduleTrackId is the cited module's track. */
public record TargetBehavior(long id, long programId, int sequence, String description, String measure, Double target,
                             TargetMetric metric, Audience audience, Long moduleId, Long moduleTrackId)
        implements Identified {
}
