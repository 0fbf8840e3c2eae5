package dev.praxis.demo;

import dev.praxis.auth.ApiKeys;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDate;

import static dev.praxis.db.Tables.ORGANIZATION;
import static dev.praxis.db.Tables.PROGRAM;

/**
 * Loads the demo organization once and hands out a fresh API key for it on every call (keys are
 * stored hashed, so an old one cannot be shown again).
 */
public final class DemoOrganization {
    public static final String NAME = "Northwind Demo";
    public static final long SEED = 20261125L;

    private DemoOrganization() {
    }

    public record Result(String organizationName, boolean created, String apiKey) {
    }

    public static Result ensure(DSLContext dsl, int size, Clock clock) {
        boolean exists = dsl.fetchExists(PROGRAM.join(ORGANIZATION).on(ORGANIZATION.ID.eq(PROGRAM.ORGANIZATION_ID)),
                ORGANIZATION.NAME.eq(NAME));
        ApiKeys.MintedKey key = new ApiKeys(dsl, clock).create(NAME, "demo");
        if (!exists) {
            new DemoGenerator(SEED, size, LocalDate.now(clock)).generate(dsl, key.organizationId());
        }
        return new Result(NAME, !exists, key.key());
    }
}
