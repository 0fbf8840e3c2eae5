package dev.praxis.plugins;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {
    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes, base64

    @Test
    void sealsWithAFreshNonceAndOpensOnlyWithTheSameKeyAndRow() {
        SecretBox box = SecretBox.fromConfiguration(KEY);
        String sealed = box.encrypt("hunter2-client-secret", "1/LRS/clientSecret");
        assertThat(sealed).startsWith("v1:").doesNotContain("hunter2");
        assertThat(box.encrypt("hunter2-client-secret", "1/LRS/clientSecret")).isNotEqualTo(sealed);
        assertThat(box.decrypt(sealed, "1/LRS/clientSecret")).isEqualTo("hunter2-client-secret");
        assertThatThrownBy(() -> box.decrypt(sealed, "2/LRS/clientSecret")).hasMessageContaining("cannot be decrypted");
        assertThatThrownBy(() -> SecretBox.fromConfiguration("a passphrase of some length").decrypt(sealed, "1/LRS/clientSecret"))
                .hasMessageContaining("configure the connection's secrets again");
        assertThatThrownBy(() -> SecretBox.fromConfiguration("short")).hasMessageContaining("at least 16 characters");
    }
}
