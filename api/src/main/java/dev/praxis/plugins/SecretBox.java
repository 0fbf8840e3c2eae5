package dev.praxis.plugins;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import static java.util.Objects.requireNonNull;

/**
 * Encrypts connection secrets at rest: AES-256-GCM with a random 96-bit nonce per value, the
 * organization and connection name bound in as associated data (a ciphertext copied to another
 * row does not decrypt). The key comes from configuration ({@code PRAXIS_SECRET_KEY}).
 */
public final class SecretBox {
    private static final System.Logger LOG = System.getLogger(SecretBox.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "v1:";

    private final SecretKeySpec key;

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * A base64 value of 32 bytes is used as the key; any other text of at least 16 characters is
     * hashed (SHA-256) into one. Without a key, a random one lives as long as the process: secrets
     * stored then cannot be read after a restart, which the log says.
     */
    public static SecretBox fromConfiguration(String configured) {
        if (configured == null || configured.isBlank()) {
            LOG.log(System.Logger.Level.WARNING, "PRAXIS_SECRET_KEY is not set: plugin secrets are encrypted with a key "
                    + "that is lost at restart. Set PRAXIS_SECRET_KEY (e.g. openssl rand -base64 32).");
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            return new SecretBox(random);
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(configured.strip());
            if (decoded.length == 32) {
                return new SecretBox(decoded);
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase then
        }
        if (configured.strip().length() < 16) {
            throw new IllegalArgumentException("PRAXIS_SECRET_KEY must be 32 bytes in base64 or a passphrase of at least 16 characters");
        }
        try {
            return new SecretBox(MessageDigest.getInstance("SHA-256").digest(configured.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String plaintext, String context) {
        requireNonNull(plaintext, "plaintext is null");
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** Throws {@link IllegalStateException} when the value was sealed with another key or for another row. */
    public String decrypt(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("not a sealed secret");
        }
        try {
            byte[] data = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, data, 0, 12));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(data, 12, data.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored secrets cannot be decrypted with the configured PRAXIS_SECRET_KEY; "
                    + "configure the connection's secrets again");
        }
    }
}
