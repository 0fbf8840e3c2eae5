package dev.praxis.auth;

import dev.praxis.server.Database;
import dev.praxis.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @Test
    void keysAreStoredHashedListedByPrefixAndRevocable() {
        try (Database database = TestDatabase.fresh()) {
            ApiKeys keys = new ApiKeys(database.dsl(), Clock.systemUTC());
            ApiKeys.MintedKey first = keys.create("Acme", "ci");
            ApiKeys.MintedKey second = keys.create("  Acme ", "laptop");
            assertThat(second.organizationId()).as("the same organization").isEqualTo(first.organizationId());
            assertThat(database.dsl().fetch("select secret_hash from api_key").toString()).doesNotContain(first.key().substring(17));

            var listed = keys.list("Acme");
            assertThat(listed).extracting(ApiKeys.KeyInfo::label).containsExactly("laptop", "ci");
            assertThat(first.key()).startsWith("prx_" + listed.get(1).prefix() + "_");

            assertThat(keys.authenticate(first.key())).isPresent();
            assertThat(keys.revoke(listed.get(1).prefix())).isTrue();
            assertThat(keys.authenticate(first.key())).isEmpty();
            assertThat(keys.authenticate(second.key())).isPresent();
            assertThat(keys.revoke(listed.get(1).prefix())).as("already revoked").isFalse();
            assertThat(keys.authenticate("prx_garbage")).isEmpty();
        }
    }
}
