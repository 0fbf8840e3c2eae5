package dev.praxis.auth;

import org.jooq.DSLContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import static dev.praxis.db.Tables.API_KEY;
import static dev.praxis.db.Tables.ORGANIZATION;
import static java.util.Objects.requireNonNull;

/**
 * Mints and checks API keys. A key is {@code prx_<prefix>_<secret>}: the prefix names the key in
 * listings and logs, the 256-bit secret is shown once and stored only as a SHA-256 hash.
 */
public final class ApiKeys {
    private static final String SCHEME = "prx_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private final Clock clock;

    public ApiKeys(DSLContext dsl, Clock clock) {
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** A new key, plus the organization if it does not exist yet. The key is returned in full once. */
    public MintedKey create(String organizationName, String label) {
        requireNonNull(organizationName, "organizationName is null");
        String name = organizationName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("an organization name needs 1 to 200 characters");
        }
        return dsl.transactionResult(tx -> {
            DSLContext db = tx.dsl();
            LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
            db.insertInto(ORGANIZATION, ORGANIZATION.NAME, ORGANIZATION.CREATED_AT)
                    .values(name, now)
                    .onDuplicateKeyIgnore()
                    .execute();
            long organizationId = db.select(ORGANIZATION.ID).from(ORGANIZATION)
                    .where(ORGANIZATION.NAME.eq(name)).forUpdate().fetchSingle().value1();
            String prefix = randomToken(6);
            String key = SCHEME + prefix + "_" + randomToken(32);
            db.insertInto(API_KEY)
                    .set(API_KEY.ORGANIZATION_ID, organizationId)
                    .set(API_KEY.LABEL, label == null || label.isBlank() ? "default" : label.strip())
                    .set(API_KEY.PREFIX, prefix)
                    .set(API_KEY.SECRET_HASH, hash(key))
                    .set(API_KEY.CREATED_AT, now)
                    .execute();
            return new MintedKey(organizationId, name, key);
        });
    }

    /** The viewer a bearer token stands for, if it is a live key. */
    public Optional<Viewer> authenticate(String token) {
        if (token == null || !token.startsWith(SCHEME) || token.length() > 200) {
            return Optional.empty();
        }
        return dsl.select(API_KEY.ORGANIZATION_ID, ORGANIZATION.NAME, API_KEY.LABEL, API_KEY.PREFIX, API_KEY.CREATED_AT)
                .from(API_KEY).join(ORGANIZATION).on(ORGANIZATION.ID.eq(API_KEY.ORGANIZATION_ID))
                .where(API_KEY.SECRET_HASH.eq(hash(token)))
                .and(API_KEY.REVOKED_AT.isNull())
                .fetchOptional(row -> new Viewer(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5().atOffset(ZoneOffset.UTC)));
    }

    /** A key as listings show it: never the secret, only its public prefix. */
    public record KeyInfo(String prefix, String label, LocalDateTime createdAt, LocalDateTime revokedAt) {
    }

    /** The keys of an organization, newest first; empty when there is no such organization. */
    public java.util.List<KeyInfo> list(String organizationName) {
        return dsl.select(API_KEY.PREFIX, API_KEY.LABEL, API_KEY.CREATED_AT, API_KEY.REVOKED_AT)
                .from(API_KEY).join(ORGANIZATION).on(ORGANIZATION.ID.eq(API_KEY.ORGANIZATION_ID))
                .where(ORGANIZATION.NAME.eq(organizationName.strip()))
                .orderBy(API_KEY.ID.desc())
                .fetch(row -> new KeyInfo(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /** Revokes the live key with this prefix; false when there is none. Requests with it get 401 from now on. */
    public boolean revoke(String prefix) {
        return dsl.update(API_KEY)
                .set(API_KEY.REVOKED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(API_KEY.PREFIX.eq(prefix.strip()).and(API_KEY.REVOKED_AT.isNull()))
                .execute() > 0;
    }

    public record MintedKey(long organizationId, String organizationName, String key) {
        @Override
        public String toString() {
            return "MintedKey[organizationId=" + organizationId + ", organizationName=" + organizationName + ", key=***]";
        }
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

}
