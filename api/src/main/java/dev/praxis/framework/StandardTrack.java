package dev.praxis.framework;

import java.util.List;

/** A track of the standard framework with its modules. */
public record StandardTrack(Audience audience, String name, List<StandardModule> modules) {

    public double totalHours() {
        return TrackHours.total(modules.stream().map(StandardModule::hours).toList());
    }

    public double hoursPerParticipant() {
        return TrackHours.perParticipant(audience, modules.stream().map(StandardModule::hours).toList());
    }
}
