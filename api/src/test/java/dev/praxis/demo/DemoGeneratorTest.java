package dev.praxis.demo;

import dev.praxis.auth.ApiKeys;
import dev.praxis.server.Database;
import dev.praxis.testing.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dev.praxis.db.Tables.COHORT;
import static dev.praxis.db.Tables.COMPLETION;
import static dev.praxis.db.Tables.ENROLLMENT;
import static dev.praxis.db.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

class DemoGeneratorTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    @Test
    void sameSeedSameData() {
        try (Database first = TestDatabase.fresh(); Database second = TestDatabase.fresh()) {
            long a = generate(first.dsl(), 300);
            long b = generate(second.dsl(), 300);
            assertThat(snapshot(first.dsl(), a)).isEqualTo(snapshot(second.dsl(), b));
        }
    }

    @Test
    void sizeParameterScalesTheOrganizationAndEveryoneButTheCeoHasAManager() {
        try (Database database = TestDatabase.fresh()) {
            long org = generate(database.dsl(), 2_000);
            DSLContext dsl = database.dsl();
            assertThat(dsl.fetchCount(PERSON, PERSON.ORGANIZATION_ID.eq(org))).isEqualTo(2_000);
            assertThat(dsl.fetchCount(PERSON, PERSON.ORGANIZATION_ID.eq(org).and(PERSON.MANAGER_ID.isNull()))).isEqualTo(1);
            assertThat(dsl.selectDistinct(PERSON.AUDIENCE).from(PERSON).where(PERSON.ORGANIZATION_ID.eq(org)).fetch(PERSON.AUDIENCE))
                    .containsExactlyInAnyOrder("EXECUTIVE", "BUSINESS_LEADER", "PROFESSIONAL", "PRACTITIONER");
            assertThat(dsl.fetchCount(COHORT, COHORT.ORGANIZATION_ID.eq(org))).isGreaterThanOrEqualTo(10);
            assertThat(dsl.fetchCount(ENROLLMENT, ENROLLMENT.ORGANIZATION_ID.eq(org).and(ENROLLMENT.STATUS.eq("COMPLETED")))).isPositive();
            assertThat(dsl.fetchCount(COMPLETION, COMPLETION.ORGANIZATION_ID.eq(org))).isPositive();
        }
    }

    @Test
    void ensureLoadsOnceAndMintsAKeyEachTime() {
        try (Database database = TestDatabase.fresh()) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
            DemoOrganization.Result first = DemoOrganization.ensure(database.dsl(), 200, clock);
            DemoOrganization.Result second = DemoOrganization.ensure(database.dsl(), 200, clock);
            assertThat(first.created()).isTrue();
            assertThat(second.created()).isFalse();
            assertThat(second.apiKey()).isNotEqualTo(first.apiKey());
            assertThat(new ApiKeys(database.dsl(), clock).authenticate(first.apiKey())).isPresent();
            assertThat(database.dsl().fetchCount(PERSON)).isEqualTo(200);
        }
    }

    private static long generate(DSLContext dsl, int size) {
        long org = new ApiKeys(dsl, Clock.systemUTC()).create("Demo " + size, "test").organizationId();
        new DemoGenerator(DemoOrganization.SEED, size, AS_OF).generate(dsl, org);
        return org;
    }

    private static List<String> snapshot(DSLContext dsl, long org) {
        List<String> rows = new java.util.ArrayList<>(dsl.select(PERSON.EMAIL, PERSON.TITLE, PERSON.AUDIENCE, PERSON.SPECIALTY)
                .from(PERSON).where(PERSON.ORGANIZATION_ID.eq(org)).orderBy(PERSON.ID).fetch(Object::toString));
        rows.addAll(dsl.select(COHORT.NAME, COHORT.STARTS_ON, COHORT.ENDS_ON).from(COHORT).where(COHORT.ORGANIZATION_ID.eq(org))
                .orderBy(COHORT.ID).fetch(Object::toString));
        rows.add("completions=" + dsl.fetchCount(COMPLETION, COMPLETION.ORGANIZATION_ID.eq(org)));
        return rows;
    }
}
