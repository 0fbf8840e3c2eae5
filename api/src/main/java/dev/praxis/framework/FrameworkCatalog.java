package dev.praxis.framework;

import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.praxis.db.Tables.FRAMEWORK_MODULE;
import static dev.praxis.db.Tables.FRAMEWORK_PHASE;
import static dev.praxis.db.Tables.FRAMEWORK_PHASE_AUDIENCE;
import static dev.praxis.db.Tables.FRAMEWORK_TRACK;

/**
 * The standard tracks, modules and phases, read once from the reference tables at start: they
 * only change with a migration, so no request needs to read them again.
 */
public final class FrameworkCatalog {
    private final List<StandardTrack> tracks;
    private final List<StandardPhase> phases;

    private FrameworkCatalog(List<StandardTrack> tracks, List<StandardPhase> phases) {
        this.tracks = List.copyOf(tracks);
        this.phases = List.copyOf(phases);
    }

    public static FrameworkCatalog load(DSLContext dsl) {
        Map<Audience, List<StandardModule>> modules = dsl.selectFrom(FRAMEWORK_MODULE)
                .orderBy(FRAMEWORK_MODULE.AUDIENCE, FRAMEWORK_MODULE.SEQUENCE)
                .fetch(row -> new StandardModule(Audience.valueOf(row.getAudience()), row.getSequence(), row.getCode(),
                        row.getTitle(), row.getSummary(), row.getHours().doubleValue(),
                        ModuleFormat.valueOf(row.getFormat()),
                        row.getSpecialty() == null ? null : Specialty.valueOf(row.getSpecialty())))
                .stream().collect(Collectors.groupingBy(StandardModule::audience));
        List<StandardTrack> tracks = dsl.selectFrom(FRAMEWORK_TRACK).orderBy(FRAMEWORK_TRACK.SEQUENCE)
                .fetch(row -> {
                    Audience audience = Audience.valueOf(row.getAudience());
                    return new StandardTrack(audience, row.getName(), modules.getOrDefault(audience, List.of()));
                });
        Map<String, List<Audience>> audiences = dsl.selectFrom(FRAMEWORK_PHASE_AUDIENCE)
                .fetch().stream()
                .collect(Collectors.groupingBy(row -> row.getPhaseKind(),
                        Collectors.mapping(row -> Audience.valueOf(row.getAudience()), Collectors.toList())));
        List<StandardPhase> phases = new ArrayList<>();
        dsl.selectFrom(FRAMEWORK_PHASE).orderBy(FRAMEWORK_PHASE.SEQUENCE).forEach(row -> phases.add(new StandardPhase(
                PhaseKind.valueOf(row.getKind()), row.getSequence(), row.getPlannedStartMonth(), row.getPlannedEndMonth(),
                audiences.getOrDefault(row.getKind(), List.of()).stream().sorted().toList(),
                FrameworkProfiles.GATE_CONDITIONS.getOrDefault(row.getKind(), List.of()))));
        return new FrameworkCatalog(tracks, phases);
    }

    public List<StandardTrack> tracks() {
        return tracks;
    }

    public List<StandardPhase> phases() {
        return phases;
    }

    public Optional<StandardPhase> phase(PhaseKind kind) {
        return phases.stream().filter(phase -> phase.kind() == kind).findFirst();
    }

    /** The phase that trains an audience first (CONTINUOUS trains everyone, so it comes last). */
    public Optional<PhaseKind> trainingPhaseOf(Audience audience) {
        return phases.stream()
                .filter(phase -> phase.kind() != PhaseKind.CONTINUOUS && phase.audiences().contains(audience))
                .map(StandardPhase::kind)
                .findFirst();
    }
}
