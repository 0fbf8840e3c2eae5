package dev.praxis.roadmap;

import dev.praxis.graphql.relay.Identified;

import java.time.LocalDate;

/** An internal story of AI put to good use, to cite when the broad workforce starts. */
public record SuccessStory(long id, long programId, String title, String summary, LocalDate recordedOn) implements Identified {
}
