package dev.praxis.roadmap;

import dev.praxis.framework.Audience;
import dev.praxis.graphql.relay.Identified;

import java.time.LocalDate;
import java.util.List;

/** An AI tool a program deploys: the system people practise on, who can reach it and since when. */
public record AiTool(long id, long programId, String name, List<Audience> audiences, LocalDate deployedOn) implements Identified {
    public AiTool {
        audiences = List.copyOf(audiences);
    }
}
