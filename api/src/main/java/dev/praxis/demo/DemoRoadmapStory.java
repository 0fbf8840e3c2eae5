package dev.praxis.demo;

import dev.praxis.framework.Audience;
import dev.praxis.framework.PhaseKind;
import dev.praxis.program.ProgramRepository;
import dev.praxis.program.Track;
import dev.praxis.providers.Provider;
import dev.praxis.providers.ProviderCategory;
import dev.praxis.providers.ProviderRepository;
import dev.praxis.roadmap.CapabilityActivityKind;
import dev.praxis.roadmap.GateEvidenceRepository;
import dev.praxis.roadmap.Phase;
import dev.praxis.roadmap.PhaseRepository;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.COHORT;
import static java.util.Objects.requireNonNull;

/**
 * The roadmap half of the demo story, told on top of the generated program:
 * <ul>
 *   <li>FOUNDATION is done and PRACTITIONER is under way: the practitioners' ML sandbox went live
 *       the day the first deep track started, so that gate is OPEN;</li>
 *   <li>BROAD_WORKFORCE is BLOCKED: the AI assistant is deployed and a success story exists, but
 *       the two people managers who stopped halfway are not trained before their teams start,
 *       and nobody has attested that the AI use policy was communicated;</li>
 *   <li>the diagnostics find generic modules, the untrained managers and the 20% change-management
 *       share; a community of practice keeps the program from being a one-time event;</li>
 *   <li>providers deliver the tracks, one of them a platform on a track with generic modules.</li>
 * </ul>
 * All team waves start on the first wave's Monday, five to six weeks after their managers
 * finished, so the 28-42 day rule singles out exactly the two managers who did not finish.
 */
public final class DemoRoadmapStory {
    static final String MANAGER_COHORT = "People managers";

    private final LocalDate asOf;

    public DemoRoadmapStory(LocalDate asOf) {
        this.asOf = requireNonNull(asOf, "asOf is null");
    }

    public void tell(DSLContext dsl, long org, long programId) {
        LocalDateTime now = asOf.atStartOfDay();
        Map<PhaseKind, Phase> phases = new EnumMap<>(PhaseKind.class);
        new PhaseRepository().phasesByProgram(dsl, org, List.of(programId)).get(programId).forEach(p -> phases.put(p.kind(), p));
        Map<Audience, Track> tracks = new EnumMap<>(Audience.class);
        new ProgramRepository().tracksByProgram(dsl, org, List.of(programId)).get(programId).forEach(t -> tracks.put(t.audience(), t));

        LocalDate firstDeepTrack = firstStart(dsl, org, phases.get(PhaseKind.PRACTITIONER).id(), null);
        LocalDate managersStart = firstStart(dsl, org, phases.get(PhaseKind.BROAD_WORKFORCE).id(), MANAGER_COHORT);
        alignTeamWaves(dsl, org, phases.get(PhaseKind.BROAD_WORKFORCE).id());

        GateEvidenceRepository evidence = new GateEvidenceRepository();
        evidence.deployTool(dsl, org, programId, "Northwind ML sandbox", List.of(Audience.PRACTITIONER), firstDeepTrack, now);
        evidence.deployTool(dsl, org, programId, "Northwind AI assistant", List.of(Audience.BUSINESS_LEADER, Audience.PROFESSIONAL),
                managersStart.minusWeeks(1), now);
        evidence.recordSuccessStory(dsl, org, programId, "Supplier invoice exceptions cut by a third",
                "After deep track B, two engineers and a procurement lead built an assistant that pre-matches supplier invoices; "
                        + "the exception queue fell from about 900 to 600 a month within six weeks.",
                asOf.minusWeeks(3), now);
        evidence.recordActivity(dsl, org, programId, CapabilityActivityKind.COMMUNITY_OF_PRACTICE_SESSION, asOf.minusWeeks(2),
                "Monthly practitioners' guild: evaluating retrieval quality on our own product catalogue.", now);
        evidence.recordActivity(dsl, org, programId, CapabilityActivityKind.USE_CASE_LIBRARY_UPDATE, asOf.minusWeeks(5),
                "Added the invoice pre-matching case and two finance close cases to the use-case library.", now);

        ProviderRepository providers = new ProviderRepository();
        Provider platform = providers.create(dsl, org, "Coursera", ProviderCategory.PLATFORM, now);
        Provider cloud = providers.create(dsl, org, "AWS Skill Builder", ProviderCategory.CLOUD_ACADEMY, now);
        Provider internal = providers.create(dsl, org, "Northwind Academy", ProviderCategory.INTERNAL, now);
        providers.create(dsl, org, "DeepLearning.AI", ProviderCategory.SPECIALIST, now);
        providers.setTrackProvider(dsl, org, tracks.get(Audience.PROFESSIONAL).id(), platform.id());
        providers.setTrackProvider(dsl, org, tracks.get(Audience.PRACTITIONER).id(), cloud.id());
        providers.setTrackProvider(dsl, org, tracks.get(Audience.EXECUTIVE).id(), internal.id());
        providers.setTrackProvider(dsl, org, tracks.get(Audience.BUSINESS_LEADER).id(), internal.id());
    }

    /** The earliest start among a phase's cohorts (only the named one, when a name is given). */
    private static LocalDate firstStart(DSLContext dsl, long org, long phaseId, String name) {
        var condition = COHORT.ORGANIZATION_ID.eq(org).and(COHORT.PHASE_ID.eq(phaseId));
        if (name != null) {
            condition = condition.and(COHORT.NAME.eq(name));
        }
        return dsl.select(COHORT.STARTS_ON).from(COHORT).where(condition).fetch(COHORT.STARTS_ON).stream()
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    /** Moves every team wave of the broad workforce to the first wave's dates. */
    private static void alignTeamWaves(DSLContext dsl, long org, long phaseId) {
        var teams = COHORT.ORGANIZATION_ID.eq(org).and(COHORT.PHASE_ID.eq(phaseId)).and(COHORT.NAME.ne(MANAGER_COHORT));
        var first = dsl.select(COHORT.STARTS_ON, COHORT.ENDS_ON).from(COHORT).where(teams)
                .orderBy(COHORT.STARTS_ON, COHORT.ID).limit(1).fetchOne();
        if (first != null) {
            dsl.update(COHORT).set(COHORT.STARTS_ON, first.value1()).set(COHORT.ENDS_ON, first.value2()).where(teams).execute();
        }
    }
}
