package dev.praxis.cohort;

import dev.praxis.events.DomainEvent.GateFactsChanged;
import dev.praxis.events.DomainEvents;
import dev.praxis.framework.FrameworkCatalog;
import dev.praxis.framework.PhaseKind;
import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import dev.praxis.program.ProgramRepository;
import dev.praxis.program.Track;
import dev.praxis.roadmap.Gate;
import dev.praxis.roadmap.GateRepository;
import dev.praxis.roadmap.Phase;
import dev.praxis.roadmap.PhaseRepository;
import graphql.schema.DataFetchingEnvironment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.praxis.db.Tables.PERSON;
import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/** createCohort and enrollParticipants: validate everything first, then write in one transaction. */
public final class CohortMutations {
    public record CreateCohortPayload(Cohort cohort, List<UserError> userErrors) {
    }

    public record EnrollParticipantsPayload(Cohort cohort, int enrolled, int alreadyEnrolled, List<UserError> userErrors) {
    }

    public static final int MAX_BATCH = 5_000;

    private final CohortRepository cohorts;
    private final ProgramRepository programs;
    private final PhaseRepository phases;
    private final FrameworkCatalog catalog;
    private final GateRepository gates;
    private final DomainEvents events;

    public CohortMutations(CohortRepository cohorts, ProgramRepository programs, PhaseRepository phases, FrameworkCatalog catalog,
                           GateRepository gates, DomainEvents events) {
        this.events = requireNonNull(events, "events is null");
        this.cohorts = requireNonNull(cohorts, "cohorts is null");
        this.programs = requireNonNull(programs, "programs is null");
        this.phases = requireNonNull(phases, "phases is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.gates = requireNonNull(gates, "gates is null");
    }

    CreateCohortPayload createCohort(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Track track = errors.existing(path("input", "trackId"), input.get("trackId"), "Track",
                id -> programs.tracksById(context.dsl(), org, List.of(id)).get(id));
        String name = errors.requiredText(path("input", "name"), input.get("name"), 200);
        LocalDate startsOn = input.get("startsOn");
        LocalDate endsOn = input.get("endsOn");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(path("input", "endsOn"), UserErrors.INVALID, "must not be before startsOn");
        }
        Phase phase = track == null ? null : phaseFor(context, errors, track, input.get("phaseId"));
        if (!errors.isEmpty()) {
            return new CreateCohortPayload(null, errors.list());
        }
        // The phase's gate, judged for this cohort's own start; an override lets it through.
        Gate gate = gates.gateForNewCohort(context.dsl(), org, phase, new GateRepository.NewCohort(name, startsOn), context.today());
        if (!gate.allowsNewCohorts()) {
            errors.add(path("input", "phaseId"), UserErrors.GATE_BLOCKED, "the " + phase.kind() + " gate is blocked: "
                    + String.join("; ", gate.blockingReasons()));
            return new CreateCohortPayload(null, errors.list());
        }
        Cohort cohort = context.dsl().transactionResult(tx -> cohorts.create(tx.dsl(), org, track.programId(), track.id(),
                phase.id(), name, startsOn, endsOn, context.now()));
        events.publish(GateFactsChanged.ofProgram(org, track.programId()));
        return new CreateCohortPayload(cohort, List.of());
    }

    EnrollParticipantsPayload enrollParticipants(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Cohort cohort = errors.existing(path("input", "cohortId"), input.get("cohortId"), "Cohort",
                id -> cohorts.byIds(context.dsl(), org, List.of(id)).get(id));
        List<String> personIds = input.get("personIds");
        if (personIds.size() > MAX_BATCH) {
            errors.add(path("input", "personIds"), UserErrors.TOO_MANY, "at most " + MAX_BATCH + " people at once, got " + personIds.size());
            return new EnrollParticipantsPayload(null, 0, 0, errors.list());
        }
        Map<Integer, Long> idsByIndex = new java.util.LinkedHashMap<>();
        for (int i = 0; i < personIds.size(); i++) {
            Long id = errors.id(path("input", "personIds", i), personIds.get(i), "Person");
            if (id != null) {
                idsByIndex.put(i, id);
            }
        }
        Set<Long> known = new java.util.HashSet<>(context.dsl().select(PERSON.ID).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(org).and(PERSON.ID.in(idsByIndex.values())))
                .fetch(PERSON.ID));
        idsByIndex.forEach((index, id) -> {
            if (!known.contains(id)) {
                errors.add(path("input", "personIds", index), UserErrors.NOT_FOUND, "no such person");
            }
        });
        if (!errors.isEmpty()) {
            return new EnrollParticipantsPayload(null, 0, 0, errors.list());
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(idsByIndex.values()));
        int enrolled = context.dsl().transactionResult(tx -> {
            int added = distinct.isEmpty() ? 0 : cohorts.enroll(tx.dsl(), org, cohort.id(), distinct, context.now());
            cohorts.refreshProgress(tx.dsl(), org, distinct);
            return added;
        });
        // Enrolling changes the phase's planned participants, and progress feeds later gates.
        events.publish(GateFactsChanged.ofProgram(org, cohort.programId()));
        return new EnrollParticipantsPayload(cohort, enrolled, distinct.size() - enrolled, List.of());
    }

    /** The phase given (it must belong to the track's program), or the one that trains the track's audience. */
    private Phase phaseFor(RequestContext context, UserErrors errors, Track track, String phaseId) {
        List<Phase> programPhases = phases.phasesByProgram(context.dsl(), context.organizationId(), List.of(track.programId()))
                .getOrDefault(track.programId(), List.of());
        if (phaseId != null) {
            Long id = errors.id(path("input", "phaseId"), phaseId, "Phase");
            Phase phase = programPhases.stream().filter(p -> id != null && p.id() == id).findFirst().orElse(null);
            if (id != null && phase == null) {
                errors.add(path("input", "phaseId"), UserErrors.NOT_FOUND, "no such phase in the track's program");
            }
            return phase;
        }
        PhaseKind kind = catalog.trainingPhaseOf(track.audience()).orElse(PhaseKind.CONTINUOUS);
        Phase phase = programPhases.stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
        if (phase == null) {
            errors.add(path("input", "phaseId"), UserErrors.REQUIRED, "the program has no " + kind + " phase; name one");
        }
        return phase;
    }
}
