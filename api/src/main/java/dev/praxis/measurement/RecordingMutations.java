package dev.praxis.measurement;

import dev.praxis.cohort.Cohort;
import dev.praxis.framework.Audience;
import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import dev.praxis.people.Person;
import dev.praxis.people.PersonRepository;
import dev.praxis.program.ProgramRepository;
import graphql.schema.DataFetchingEnvironment;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/**
 * The recording mutations of the four levels. Each validates the whole batch first (ranges, IDs,
 * enrollment, dates) and writes it in one transaction only when nothing is wrong.
 */
public final class RecordingMutations {
    public record RecordedPayload(int recorded, List<UserError> userErrors) {
        static RecordedPayload failed(UserErrors errors) {
            return new RecordedPayload(0, errors.list());
        }
    }

    public record RecordManagerObservationPayload(ManagerObservation observation, List<UserError> userErrors) {
    }

    public static final int MAX_BATCH = 5_000;

    private final MeasurementStore store;
    private final PersonRepository people;
    private final ProgramRepository programs;

    public RecordingMutations(MeasurementStore store, PersonRepository people, ProgramRepository programs) {
        this.store = requireNonNull(store, "store is null");
        this.people = requireNonNull(people, "people is null");
        this.programs = requireNonNull(programs, "programs is null");
    }

    RecordedPayload recordSurveyResponses(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        List<Inputs> inputs = Inputs.of(env).list("responses");
        UserErrors errors = new UserErrors();
        if (tooMany(errors, "responses", inputs.size())) {
            return RecordedPayload.failed(errors);
        }
        Refs refs = refs(errors, "responses", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            Inputs response = inputs.get(i);
            range(errors, path("input", "responses", i, "relevance"), response.get("relevance"), 1, 5);
            range(errors, path("input", "responses", i, "confidence"), response.get("confidence"), 1, 5);
            range(errors, path("input", "responses", i, "nps"), response.get("nps"), 0, 10);
            errors.optionalText(path("input", "responses", i, "missing"), response.get("missing"), 2_000);
            notInFuture(errors, context, path("input", "responses", i, "respondedOn"), response.get("respondedOn"));
        }
        Participation participation = refs.load(context);
        List<MeasurementStore.SurveyRow> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<String> at = path("input", "responses", i);
            Cohort cohort = participation.enrolledCohort(errors, at, refs.people.get(i), refs.cohorts.get(i));
            participation.checkModuleOfTrack(errors, at, refs.modules.get(i), cohort);
            if (errors.isEmpty()) {
                Inputs response = inputs.get(i);
                LocalDate respondedOn = response.get("respondedOn");
                rows.add(new MeasurementStore.SurveyRow(Participation.place(cohort), refs.modules.get(i), refs.people.get(i),
                        response.<Integer>get("relevance"), response.<Integer>get("confidence"), response.<Integer>get("nps"),
                        errors.optionalText(at, response.get("missing"), 2_000),
                        respondedOn == null ? context.today() : respondedOn));
            }
        }
        return writeAll(context, errors, rows, store::insertSurveys);
    }

    RecordedPayload recordAssessments(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        List<Inputs> inputs = Inputs.of(env).list("assessments");
        UserErrors errors = new UserErrors();
        if (tooMany(errors, "assessments", inputs.size())) {
            return RecordedPayload.failed(errors);
        }
        Refs refs = refs(errors, "assessments", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            Double score = inputs.get(i).get("score");
            if (score == null || !Double.isFinite(score) || score < 0 || score > 100) {
                errors.add(path("input", "assessments", i, "score"), UserErrors.OUT_OF_RANGE, "must be between 0 and 100");
            }
            notInFuture(errors, context, path("input", "assessments", i, "assessedOn"), inputs.get(i).get("assessedOn"));
        }
        Participation participation = refs.load(context);
        List<MeasurementStore.AssessmentRow> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<String> at = path("input", "assessments", i);
            Cohort cohort = participation.enrolledCohort(errors, at, refs.people.get(i), refs.cohorts.get(i));
            participation.checkModuleOfTrack(errors, at, refs.modules.get(i), cohort);
            if (errors.isEmpty()) {
                Inputs assessment = inputs.get(i);
                rows.add(new MeasurementStore.AssessmentRow(Participation.place(cohort), refs.modules.get(i), refs.people.get(i),
                        assessment.get("kind").toString(), BigDecimal.valueOf(assessment.<Double>get("score")).setScale(2, java.math.RoundingMode.HALF_UP),
                        assessment.get("assessedOn")));
            }
        }
        return writeAll(context, errors, rows, store::insertAssessments);
    }

    RecordedPayload recordBehaviorCheckResponses(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        List<Inputs> inputs = Inputs.of(env).list("responses");
        UserErrors errors = new UserErrors();
        if (tooMany(errors, "responses", inputs.size())) {
            return RecordedPayload.failed(errors);
        }
        Refs refs = refs(errors, "responses", inputs);
        Map<List<Long>, Integer> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Inputs response = inputs.get(i);
            int day = response.<Integer>get("day");
            if (!CheckDay.isValid(day)) {
                errors.add(path("input", "responses", i, "day"), UserErrors.OUT_OF_RANGE, "must be 30, 60 or 90");
            }
            errors.optionalText(path("input", "responses", i, "answer"), response.get("answer"), 4_000);
            notInFuture(errors, context, path("input", "responses", i, "answeredOn"), response.get("answeredOn"));
            if (refs.people.get(i) != null && refs.cohorts.get(i) != null) {
                Integer first = seen.putIfAbsent(List.of(refs.people.get(i), refs.cohorts.get(i), (long) day), i);
                if (first != null) {
                    errors.add(path("input", "responses", i), UserErrors.DUPLICATE,
                            "the same person, cohort and day as response " + first);
                }
            }
        }
        Participation participation = refs.load(context);
        List<MeasurementStore.CheckRow> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<String> at = path("input", "responses", i);
            Inputs response = inputs.get(i);
            Cohort cohort = participation.enrolledCohort(errors, at, refs.people.get(i), refs.cohorts.get(i));
            participation.checkModuleOfProgram(errors, at, refs.modules.get(i), cohort);
            int day = response.<Integer>get("day");
            LocalDate answeredOn = response.get("answeredOn");
            if (cohort != null && CheckDay.isValid(day)) {
                if (cohort.endsOn() == null) {
                    errors.add(path("input", "responses", i, "cohortId"), UserErrors.INVALID,
                            "the cohort has no end date, so its checks cannot be dated");
                } else if (answeredOn.isBefore(CheckDay.earliestAnswer(cohort.endsOn(), day))) {
                    errors.add(path("input", "responses", i, "answeredOn"), UserErrors.OUT_OF_RANGE,
                            "the " + day + "-day check opens on " + CheckDay.earliestAnswer(cohort.endsOn(), day)
                                    + " (the cohort ended on " + cohort.endsOn() + ")");
                }
            }
            if (errors.isEmpty()) {
                rows.add(new MeasurementStore.CheckRow(Participation.place(cohort), refs.people.get(i), day,
                        errors.optionalText(at, response.get("answer"), 4_000),
                        response.get("classification").toString(), refs.modules.get(i), answeredOn));
            }
        }
        return writeAll(context, errors, rows, store::upsertChecks);
    }

    RecordManagerObservationPayload recordManagerObservation(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        Inputs input = Inputs.of(env);
        UserErrors errors = new UserErrors();
        Long managerId = errors.id(path("input", "managerId"), input.get("managerId"), "Person");
        Long personId = errors.id(path("input", "personId"), input.get("personId"), "Person");
        String behavior = errors.requiredText(path("input", "behavior"), input.get("behavior"), 2_000);
        LocalDate observedOn = input.get("observedOn");
        notInFuture(errors, context, path("input", "observedOn"), observedOn);
        Map<Long, Person> found = people.byIds(context.dsl(), org, new HashSet<>(java.util.Arrays.asList(managerId, personId))
                .stream().filter(Objects::nonNull).toList());
        if (managerId != null && !found.containsKey(managerId)) {
            errors.add(path("input", "managerId"), UserErrors.NOT_FOUND, "no such person");
        }
        Person person = personId == null ? null : found.get(personId);
        if (personId != null && person == null) {
            errors.add(path("input", "personId"), UserErrors.NOT_FOUND, "no such person");
        }
        if (person != null && managerId != null && found.containsKey(managerId) && !managerId.equals(person.managerId())) {
            errors.add(path("input", "managerId"), UserErrors.INVALID, "is not this person's manager");
        }
        if (!errors.isEmpty()) {
            return new RecordManagerObservationPayload(null, errors.list());
        }
        ManagerObservation observation = context.dsl().transactionResult(tx ->
                store.insertObservation(tx.dsl(), org, managerId, personId, behavior, observedOn, context.now()));
        return new RecordManagerObservationPayload(observation, List.of());
    }

    RecordedPayload recordToolUsage(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        List<Inputs> inputs = Inputs.of(env).list("usage");
        UserErrors errors = new UserErrors();
        if (tooMany(errors, "usage", inputs.size())) {
            return RecordedPayload.failed(errors);
        }
        List<Long> personIds = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> tools = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Inputs usage = inputs.get(i);
            String personId = usage.get("personId");
            String email = usage.get("email");
            if ((personId == null) == (email == null || email.isBlank())) {
                errors.add(path("input", "usage", i, "personId"), UserErrors.INVALID, "give either personId or email, not both");
            }
            personIds.add(personId == null ? null : errors.id(path("input", "usage", i, "personId"), personId, "Person"));
            emails.add(email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT));
            tools.add(errors.requiredText(path("input", "usage", i, "tool"), usage.get("tool"), 200));
            notInFuture(errors, context, path("input", "usage", i, "usedOn"), usage.get("usedOn"));
            Integer minutes = usage.get("activeMinutes");
            if (minutes != null) {
                range(errors, path("input", "usage", i, "activeMinutes"), minutes, 0, 1_440);
            }
        }
        Set<Long> known = people.byIds(context.dsl(), org, personIds.stream().filter(Objects::nonNull).distinct().toList()).keySet();
        Map<String, Long> byEmail = people.idsByEmail(context.dsl(), org, emails.stream().filter(Objects::nonNull).distinct().toList());
        List<MeasurementStore.ToolUsageRow> rows = new ArrayList<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Long personId = personIds.get(i);
            if (personId != null && !known.contains(personId)) {
                errors.add(path("input", "usage", i, "personId"), UserErrors.NOT_FOUND, "no such person");
                personId = null;
            }
            if (emails.get(i) != null) {
                personId = byEmail.get(emails.get(i));
                if (personId == null) {
                    errors.add(path("input", "usage", i, "email"), UserErrors.NOT_FOUND, "no person with this email");
                }
            }
            LocalDate usedOn = inputs.get(i).get("usedOn");
            if (personId != null && tools.get(i) != null
                    && seen.putIfAbsent(List.of(personId, tools.get(i), usedOn), i) != null) {
                errors.add(path("input", "usage", i), UserErrors.DUPLICATE, "the same person, tool and day as usage "
                        + seen.get(List.of(personId, tools.get(i), usedOn)));
            }
            if (errors.isEmpty()) {
                rows.add(new MeasurementStore.ToolUsageRow(personId, tools.get(i), usedOn, inputs.get(i).get("activeMinutes")));
            }
        }
        return writeAll(context, errors, rows, store::upsertToolUsage);
    }

    RecordedPayload recordKpiMeasurements(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        List<Inputs> inputs = Inputs.of(env).list("measurements");
        UserErrors errors = new UserErrors();
        if (tooMany(errors, "measurements", inputs.size())) {
            return RecordedPayload.failed(errors);
        }
        List<Long> programIds = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Inputs measurement = inputs.get(i);
            programIds.add(errors.id(path("input", "measurements", i, "programId"), measurement.get("programId"), "Program"));
            String scope = errors.requiredText(path("input", "measurements", i, "scope"), measurement.get("scope"), 200);
            if (scope != null && "AUDIENCE".equals(String.valueOf((Object) measurement.get("scopeKind")))
                    && java.util.Arrays.stream(Audience.values()).noneMatch(a -> a.name().equals(scope))) {
                errors.add(path("input", "measurements", i, "scope"), UserErrors.INVALID,
                        "an AUDIENCE scope is one of EXECUTIVE, BUSINESS_LEADER, PROFESSIONAL, PRACTITIONER");
            }
            Double value = measurement.get("value");
            if (value == null || !Double.isFinite(value)) {
                errors.add(path("input", "measurements", i, "value"), UserErrors.INVALID, "must be a finite number");
            }
            notInFuture(errors, context, path("input", "measurements", i, "measuredOn"), measurement.get("measuredOn"));
        }
        Set<Long> known = programs.programsById(context.dsl(), org, programIds.stream().filter(Objects::nonNull).distinct().toList()).keySet();
        List<MeasurementStore.KpiRow> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Long programId = programIds.get(i);
            if (programId != null && !known.contains(programId)) {
                errors.add(path("input", "measurements", i, "programId"), UserErrors.NOT_FOUND, "no such program");
            }
            if (errors.isEmpty()) {
                Inputs measurement = inputs.get(i);
                rows.add(new MeasurementStore.KpiRow(programId, measurement.enumValue("kpi", Kpi.class),
                        String.valueOf((Object) measurement.get("scopeKind")), measurement.<String>get("scope").strip(),
                        String.valueOf((Object) measurement.get("population")), String.valueOf((Object) measurement.get("kind")),
                        measurement.<Double>get("value"), measurement.get("measuredOn")));
            }
        }
        return writeAll(context, errors, rows, store::insertKpis);
    }

    /** The decoded person, cohort and module IDs of a batch, index by index (null where absent or invalid). */
    private record Refs(List<Long> people, List<Long> cohorts, List<Long> modules) {
        Participation load(RequestContext context) {
            return Participation.load(context.dsl(), context.organizationId(), people, cohorts, modules);
        }
    }

    private static Refs refs(UserErrors errors, String list, List<Inputs> inputs) {
        List<Long> people = new ArrayList<>();
        List<Long> cohorts = new ArrayList<>();
        List<Long> modules = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Inputs item = inputs.get(i);
            people.add(errors.id(path("input", list, i, "personId"), item.get("personId"), "Person"));
            cohorts.add(errors.id(path("input", list, i, "cohortId"), item.get("cohortId"), "Cohort"));
            String moduleId = item.get("moduleId");
            modules.add(moduleId == null ? null : errors.id(path("input", list, i, "moduleId"), moduleId, "Module"));
        }
        return new Refs(people, cohorts, modules);
    }

    /** How a batch of validated rows is written: one statement per batch, inside the caller's transaction. */
    private interface BatchWrite<R> {
        void write(DSLContext tx, long organizationId, List<R> rows, LocalDateTime now);
    }

    /** All or nothing: the userErrors when there are any, otherwise every row written in one transaction. */
    private static <R> RecordedPayload writeAll(RequestContext context, UserErrors errors, List<R> rows, BatchWrite<R> batch) {
        if (!errors.isEmpty()) {
            return RecordedPayload.failed(errors);
        }
        context.dsl().transaction(tx -> batch.write(tx.dsl(), context.organizationId(), rows, context.now()));
        return new RecordedPayload(rows.size(), List.of());
    }

    private static boolean tooMany(UserErrors errors, String list, int size) {
        if (size > MAX_BATCH) {
            errors.add(path("input", list), UserErrors.TOO_MANY, "at most " + MAX_BATCH + " at once, got " + size);
            return true;
        }
        return false;
    }

    private static void range(UserErrors errors, List<String> field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            errors.add(field, UserErrors.OUT_OF_RANGE, "must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void notInFuture(UserErrors errors, RequestContext context, List<String> field, LocalDate date) {
        if (date != null && date.isAfter(context.today())) {
            errors.add(field, UserErrors.OUT_OF_RANGE, "is in the future");
        }
    }
}
