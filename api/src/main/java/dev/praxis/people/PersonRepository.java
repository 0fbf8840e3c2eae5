package dev.praxis.people;

import dev.praxis.db.tables.records.CompletionRecord;
import dev.praxis.db.tables.records.PersonRecord;
import dev.praxis.framework.Audience;
import dev.praxis.framework.Specialty;
import dev.praxis.graphql.relay.KeysetPaging;
import dev.praxis.graphql.relay.Page;
import dev.praxis.graphql.relay.PageRequest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.db.Tables.COMPLETION;
import static dev.praxis.db.Tables.PERSON;

/** Reads and writes people and their completions, always within one organization. */
public final class PersonRepository {

    /** One person of an upsert, already validated; {@code email} is the key. */
    public record PersonUpsert(String email, String displayName, String title, String department, Audience audience,
                               Specialty specialty, String externalId) {
    }

    /** One completion to record, already validated. */
    public record CompletionUpsert(long personId, long moduleId, LocalDateTime completedAt, BigDecimal score) {
    }

    public Page<Person> page(DSLContext dsl, long organizationId, PersonFilter filter, PageRequest page) {
        return KeysetPaging.page(dsl, PERSON, PERSON.ID, PERSON.ORGANIZATION_ID.eq(organizationId).and(filter.condition()),
                page, PersonRepository::person);
    }

    public int count(DSLContext dsl, long organizationId, PersonFilter filter) {
        return dsl.fetchCount(PERSON, PERSON.ORGANIZATION_ID.eq(organizationId).and(filter.condition()));
    }

    public Map<Long, Person> byIds(DSLContext dsl, long organizationId, Collection<Long> ids) {
        return dsl.selectFrom(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.ID.in(ids)))
                .fetchMap(PERSON.ID, PersonRepository::person);
    }

    public Map<Long, Page<Person>> reportsPerManager(DSLContext dsl, long organizationId, Collection<Long> managerIds,
                                                     PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, PERSON, PERSON.ID, PERSON.MANAGER_ID, managerIds,
                PERSON.ORGANIZATION_ID.eq(organizationId), page, PersonRepository::person);
    }

    public Map<Long, Integer> reportCounts(DSLContext dsl, long organizationId, Collection<Long> managerIds) {
        return KeysetPaging.countPerParent(dsl, PERSON, PERSON.MANAGER_ID, managerIds, PERSON.ORGANIZATION_ID.eq(organizationId));
    }

    public Map<Long, Page<Completion>> completionsPerPerson(DSLContext dsl, long organizationId, Collection<Long> personIds,
                                                            PageRequest page) {
        return KeysetPaging.pagePerParent(dsl, COMPLETION, COMPLETION.ID, COMPLETION.PERSON_ID, personIds,
                COMPLETION.ORGANIZATION_ID.eq(organizationId), page, PersonRepository::completion);
    }

    public Map<Long, Integer> completionCounts(DSLContext dsl, long organizationId, Collection<Long> personIds) {
        return KeysetPaging.countPerParent(dsl, COMPLETION, COMPLETION.PERSON_ID, personIds,
                COMPLETION.ORGANIZATION_ID.eq(organizationId));
    }

    /** Ids by email (emails are stored lower-case) of the people that exist. */
    public Map<String, Long> idsByEmail(DSLContext dsl, long organizationId, Collection<String> emails) {
        return dsl.select(PERSON.EMAIL, PERSON.ID).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.EMAIL.in(emails)))
                .fetchMap(PERSON.EMAIL, PERSON.ID);
    }

    /** Owners of external ids, by external id. */
    public Map<String, String> emailsByExternalId(DSLContext dsl, long organizationId, Collection<String> externalIds) {
        return dsl.select(PERSON.EXTERNAL_ID, PERSON.EMAIL).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.EXTERNAL_ID.in(externalIds)))
                .fetchMap(PERSON.EXTERNAL_ID, PERSON.EMAIL);
    }

    /** Every person's manager, by person id: the hierarchy a new manager link must not turn into a loop. */
    public Map<Long, Long> managerLinks(DSLContext dsl, long organizationId) {
        Map<Long, Long> links = new HashMap<>();
        dsl.select(PERSON.ID, PERSON.MANAGER_ID).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId).and(PERSON.MANAGER_ID.isNotNull()))
                .forEach(row -> links.put(row.value1(), row.value2()));
        return links;
    }

    /** Inserts or updates people by email in one batch; manager links are set separately, once every id exists. */
    public void upsert(DSLContext tx, long organizationId, List<PersonUpsert> people, LocalDateTime now) {
        var batch = tx.batch(tx.insertInto(PERSON, PERSON.ORGANIZATION_ID, PERSON.EMAIL, PERSON.DISPLAY_NAME, PERSON.TITLE,
                        PERSON.DEPARTMENT, PERSON.AUDIENCE, PERSON.SPECIALTY, PERSON.EXTERNAL_ID, PERSON.CREATED_AT, PERSON.UPDATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null, null)
                .onDuplicateKeyUpdate()
                .set(PERSON.DISPLAY_NAME, DSL.excluded(PERSON.DISPLAY_NAME))
                .set(PERSON.TITLE, DSL.excluded(PERSON.TITLE))
                .set(PERSON.DEPARTMENT, DSL.excluded(PERSON.DEPARTMENT))
                .set(PERSON.AUDIENCE, DSL.excluded(PERSON.AUDIENCE))
                .set(PERSON.SPECIALTY, DSL.excluded(PERSON.SPECIALTY))
                .set(PERSON.EXTERNAL_ID, DSL.excluded(PERSON.EXTERNAL_ID))
                .set(PERSON.UPDATED_AT, DSL.excluded(PERSON.UPDATED_AT)));
        for (PersonUpsert person : people) {
            batch.bind(organizationId, person.email(), person.displayName(), person.title(), person.department(),
                    person.audience() == null ? null : person.audience().name(),
                    person.specialty() == null ? null : person.specialty().name(),
                    person.externalId(), now, now);
        }
        batch.execute();
    }

    /** Sets manager links (null clears one) for people by id. */
    public void setManagers(DSLContext tx, long organizationId, Map<Long, Long> managerByPerson) {
        if (managerByPerson.isEmpty()) {
            return;
        }
        var batch = tx.batch(tx.update(PERSON).set(PERSON.MANAGER_ID, (Long) null)
                .where(PERSON.ID.eq((Long) null).and(PERSON.ORGANIZATION_ID.eq(organizationId))));
        managerByPerson.forEach((person, manager) -> batch.bind(manager, person, organizationId));
        batch.execute();
    }

    /** Records completions; a repeated one keeps its earliest time and its score unless a new score is given. */
    public void recordCompletions(DSLContext tx, long organizationId, List<CompletionUpsert> completions, String source,
                                  LocalDateTime now) {
        var batch = tx.batch(tx.insertInto(COMPLETION, COMPLETION.ORGANIZATION_ID, COMPLETION.PERSON_ID, COMPLETION.MODULE_ID,
                        COMPLETION.COMPLETED_AT, COMPLETION.SCORE, COMPLETION.SOURCE, COMPLETION.RECORDED_AT)
                .values((Long) null, null, null, null, null, null, null)
                .onDuplicateKeyUpdate()
                .set(COMPLETION.COMPLETED_AT, DSL.least(COMPLETION.COMPLETED_AT, DSL.excluded(COMPLETION.COMPLETED_AT)))
                .set(COMPLETION.SCORE, DSL.coalesce(DSL.excluded(COMPLETION.SCORE), COMPLETION.SCORE)));
        for (CompletionUpsert completion : completions) {
            batch.bind(organizationId, completion.personId(), completion.moduleId(), completion.completedAt(),
                    completion.score(), source, now);
        }
        batch.execute();
    }

    static Person person(PersonRecord row) {
        return new Person(row.getId(), row.getEmail(), row.getDisplayName(), row.getTitle(), row.getDepartment(),
                row.getAudience() == null ? null : Audience.valueOf(row.getAudience()),
                row.getSpecialty() == null ? null : Specialty.valueOf(row.getSpecialty()),
                row.getManagerId(), row.getExternalId());
    }

    static Completion completion(CompletionRecord row) {
        return new Completion(row.getId(), row.getPersonId(), row.getModuleId(), row.getCompletedAt().atOffset(ZoneOffset.UTC),
                row.getScore() == null ? null : row.getScore().doubleValue(), row.getSource());
    }
}
