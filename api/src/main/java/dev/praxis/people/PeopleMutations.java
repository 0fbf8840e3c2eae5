package dev.praxis.people;

import dev.praxis.events.DomainEvent.GateFactsChanged;
import dev.praxis.events.DomainEvents;
import dev.praxis.cohort.CohortRepository;
import dev.praxis.framework.Audience;
import dev.praxis.framework.Specialty;
import dev.praxis.graphql.Inputs;
import dev.praxis.graphql.RequestContext;
import dev.praxis.graphql.UserError;
import dev.praxis.graphql.UserErrors;
import dev.praxis.plugins.LearnerRematch;
import dev.praxis.program.ProgramRepository;
import graphql.schema.DataFetchingEnvironment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.praxis.graphql.UserErrors.path;
import static java.util.Objects.requireNonNull;

/** upsertPeople and recordCompletions: bulk, validated as a whole, written all or nothing. */
public final class PeopleMutations {
    public record UpsertPeoplePayload(List<Person> people, int created, int updated, List<UserError> userErrors) {
    }

    public record RecordCompletionsPayload(int recorded, List<UserError> userErrors) {
    }

    public static final int MAX_BATCH = 5_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository people;
    private final ProgramRepository programs;
    private final CohortRepository cohorts;
    private final DomainEvents events;
    private final LearnerRematch learnerRematch = new LearnerRematch();

    public PeopleMutations(PersonRepository people, ProgramRepository programs, CohortRepository cohorts, DomainEvents events) {
        this.events = requireNonNull(events, "events is null");
        this.people = requireNonNull(people, "people is null");
        this.programs = requireNonNull(programs, "programs is null");
        this.cohorts = requireNonNull(cohorts, "cohorts is null");
    }

    /** Thrown inside the transaction when the new manager links would form a loop; rolls it back. */
    private static final class ManagerLoop extends RuntimeException {
        private final int index;

        ManagerLoop(int index) {
            super(null, null, false, false);
            this.index = index;
        }
    }

    UpsertPeoplePayload upsertPeople(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        List<Inputs> inputs = Inputs.of(env).list("people");
        UserErrors errors = new UserErrors();
        if (inputs.size() > MAX_BATCH) {
            errors.add(path("input", "people"), UserErrors.TOO_MANY, "at most " + MAX_BATCH + " people at once, got " + inputs.size());
            return new UpsertPeoplePayload(List.of(), 0, 0, errors.list());
        }
        List<PersonRepository.PersonUpsert> rows = new ArrayList<>();
        Map<String, Integer> indexByEmail = new HashMap<>();
        Map<String, Integer> indexByExternalId = new HashMap<>();
        Map<Integer, String> managerEmailByIndex = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Inputs person = inputs.get(i);
            String email = email(errors, path("input", "people", i, "email"), person.get("email"));
            if (email != null && indexByEmail.putIfAbsent(email, i) != null) {
                errors.add(path("input", "people", i, "email"), UserErrors.DUPLICATE,
                        "appears twice in this batch (first at " + indexByEmail.get(email) + ")");
            }
            String displayName = errors.requiredText(path("input", "people", i, "displayName"), person.get("displayName"), 200);
            String title = errors.optionalText(path("input", "people", i, "title"), person.get("title"), 200);
            String department = errors.optionalText(path("input", "people", i, "department"), person.get("department"), 200);
            Audience audience = person.enumValue("audience", Audience.class);
            Specialty specialty = person.enumValue("specialty", Specialty.class);
            if (specialty != null && audience != Audience.PRACTITIONER) {
                errors.add(path("input", "people", i, "specialty"), UserErrors.INVALID, "only practitioners have a specialty");
            }
            String externalId = errors.optionalText(path("input", "people", i, "externalId"), person.get("externalId"), 200);
            if (externalId != null && indexByExternalId.putIfAbsent(externalId, i) != null) {
                errors.add(path("input", "people", i, "externalId"), UserErrors.DUPLICATE, "appears twice in this batch");
            }
            if (person.has("managerEmail")) {
                String managerEmail = person.get("managerEmail") == null ? null
                        : email(errors, path("input", "people", i, "managerEmail"), person.get("managerEmail"));
                if (managerEmail != null && managerEmail.equals(email)) {
                    errors.add(path("input", "people", i, "managerEmail"), UserErrors.INVALID, "a person cannot be their own manager");
                }
                managerEmailByIndex.put(i, managerEmail);
            }
            rows.add(new PersonRepository.PersonUpsert(email, displayName, title, department, audience, specialty, externalId));
        }
        if (!errors.isEmpty()) {
            return new UpsertPeoplePayload(List.of(), 0, 0, errors.list());
        }
        Set<String> allEmails = new HashSet<>(indexByEmail.keySet());
        managerEmailByIndex.values().stream().filter(java.util.Objects::nonNull).forEach(allEmails::add);
        Map<String, Long> existing = people.idsByEmail(context.dsl(), org, allEmails);
        managerEmailByIndex.forEach((index, managerEmail) -> {
            if (managerEmail != null && !indexByEmail.containsKey(managerEmail) && !existing.containsKey(managerEmail)) {
                errors.add(path("input", "people", index, "managerEmail"), UserErrors.NOT_FOUND,
                        "no person with this email, in this batch or before");
            }
        });
        if (!indexByExternalId.isEmpty()) {
            people.emailsByExternalId(context.dsl(), org, indexByExternalId.keySet()).forEach((externalId, owner) -> {
                int index = indexByExternalId.get(externalId);
                if (!owner.equals(rows.get(index).email())) {
                    errors.add(path("input", "people", index, "externalId"), UserErrors.DUPLICATE, "already belongs to " + owner);
                }
            });
        }
        if (!errors.isEmpty()) {
            return new UpsertPeoplePayload(List.of(), 0, 0, errors.list());
        }
        int updated = (int) indexByEmail.keySet().stream().filter(existing::containsKey).count();
        try {
            Map<String, Long> ids = context.dsl().transactionResult(tx -> {
                people.upsert(tx.dsl(), org, rows, context.now());
                Map<String, Long> idsByEmail = people.idsByEmail(tx.dsl(), org, allEmails);
                Map<Long, Long> managers = new HashMap<>();
                managerEmailByIndex.forEach((index, managerEmail) -> managers.put(idsByEmail.get(rows.get(index).email()),
                        managerEmail == null ? null : idsByEmail.get(managerEmail)));
                people.setManagers(tx.dsl(), org, managers);
                if (!managers.isEmpty()) {
                    checkNoLoops(people.managerLinks(tx.dsl(), org), managerEmailByIndex, rows, idsByEmail);
                }
                // Plugin records that waited for these people are matched now, in the same transaction.
                learnerRematch.afterPeopleChanged(tx.dsl(), org, idsByEmail.values(), context.now());
                return idsByEmail;
            });
            if (!managerEmailByIndex.isEmpty()) {
                // Manager links feed every program's manager-readiness condition.
                events.publish(GateFactsChanged.ofOrganization(org));
            }
            Map<Long, Person> saved = people.byIds(context.dsl(), org, indexByEmail.keySet().stream().map(ids::get).toList());
            List<Person> result = rows.stream().map(row -> saved.get(ids.get(row.email()))).toList();
            return new UpsertPeoplePayload(result, rows.size() - updated, updated, List.of());
        } catch (ManagerLoop loop) {
            errors.add(path("input", "people", loop.index, "managerEmail"), UserErrors.CONFLICT,
                    "this manager link would make a loop in the reporting line");
            return new UpsertPeoplePayload(List.of(), 0, 0, errors.list());
        }
    }

    RecordCompletionsPayload recordCompletions(DataFetchingEnvironment env) {
        RequestContext context = RequestContext.of(env);
        long org = context.organizationId();
        List<Inputs> inputs = Inputs.of(env).list("completions");
        UserErrors errors = new UserErrors();
        if (inputs.size() > MAX_BATCH) {
            errors.add(path("input", "completions"), UserErrors.TOO_MANY, "at most " + MAX_BATCH + " completions at once, got " + inputs.size());
            return new RecordCompletionsPayload(0, errors.list());
        }
        OffsetDateTime latestAccepted = OffsetDateTime.now(context.clock()).plusDays(1);
        List<Long> personIds = new ArrayList<>();
        List<Long> moduleIds = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Inputs completion = inputs.get(i);
            personIds.add(errors.id(path("input", "completions", i, "personId"), completion.get("personId"), "Person"));
            moduleIds.add(errors.id(path("input", "completions", i, "moduleId"), completion.get("moduleId"), "Module"));
            OffsetDateTime completedAt = completion.get("completedAt");
            if (completedAt.isAfter(latestAccepted)) {
                errors.add(path("input", "completions", i, "completedAt"), UserErrors.OUT_OF_RANGE, "is in the future");
            }
            Double score = completion.get("score");
            if (score != null && (score < 0 || score > 100)) {
                errors.add(path("input", "completions", i, "score"), UserErrors.OUT_OF_RANGE, "must be between 0 and 100");
            }
        }
        Set<Long> knownPeople = people.byIds(context.dsl(), org, personIds.stream().filter(java.util.Objects::nonNull).toList()).keySet();
        Set<Long> knownModules = programs.modulesById(context.dsl(), org, moduleIds.stream().filter(java.util.Objects::nonNull).toList()).keySet();
        List<PersonRepository.CompletionUpsert> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Long personId = personIds.get(i);
            Long moduleId = moduleIds.get(i);
            if (personId != null && !knownPeople.contains(personId)) {
                errors.add(path("input", "completions", i, "personId"), UserErrors.NOT_FOUND, "no such person");
            }
            if (moduleId != null && !knownModules.contains(moduleId)) {
                errors.add(path("input", "completions", i, "moduleId"), UserErrors.NOT_FOUND, "no such module");
            }
            if (errors.isEmpty()) {
                Double score = inputs.get(i).get("score");
                OffsetDateTime completedAt = inputs.get(i).get("completedAt");
                rows.add(new PersonRepository.CompletionUpsert(personId, moduleId,
                        completedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(),
                        score == null ? null : BigDecimal.valueOf(score)));
            }
        }
        if (!errors.isEmpty()) {
            return new RecordCompletionsPayload(0, errors.list());
        }
        Set<Long> affected = new LinkedHashSet<>(personIds);
        context.dsl().transaction(tx -> {
            if (!rows.isEmpty()) {
                people.recordCompletions(tx.dsl(), org, rows, "api", context.now());
            }
            cohorts.refreshProgress(tx.dsl(), org, affected);
        });
        // Completions of participants and of their managers feed the gates of every program.
        events.publish(GateFactsChanged.ofOrganization(org));
        return new RecordCompletionsPayload(rows.size(), List.of());
    }

    /** Walks up from each changed person; reaching them again means the links form a loop. */
    private static void checkNoLoops(Map<Long, Long> managerOf, Map<Integer, String> changed,
                                     List<PersonRepository.PersonUpsert> rows, Map<String, Long> ids) {
        for (Integer index : changed.keySet()) {
            long start = ids.get(rows.get(index).email());
            Set<Long> seen = new HashSet<>();
            Long current = managerOf.get(start);
            while (current != null) {
                if (current == start || !seen.add(current)) {
                    throw new ManagerLoop(index);
                }
                current = managerOf.get(current);
            }
        }
    }

    private static String email(UserErrors errors, List<String> field, String value) {
        String email = errors.requiredText(field, value, 320);
        if (email == null) {
            return null;
        }
        email = email.toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            errors.add(field, UserErrors.INVALID, "is not an email address");
            return null;
        }
        return email;
    }
}
