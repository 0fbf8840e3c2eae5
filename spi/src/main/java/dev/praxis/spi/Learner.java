package dev.praxis.spi;

import java.util.Locale;

/**
 * Who a completion record is about, as the vendor knows them: an email, the vendor's (or the
 * organization's) external id, and/or an xAPI account. At least one must be given; the host matches
 * them to a person in that order of trust: external id, account, email.
 *
 * @param accountHomePage the xAPI account's home page (the system the name belongs to), or null
 * @param accountName     the xAPI account's name in that system, or null
 */
public record Learner(String email, String externalId, String accountHomePage, String accountName) {

    public Learner {
        email = blankToNull(email);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
        }
        externalId = blankToNull(externalId);
        accountHomePage = blankToNull(accountHomePage);
        accountName = blankToNull(accountName);
        if (email == null && externalId == null && accountName == null) {
            throw new IllegalArgumentException("a learner needs an email, an external id or an account name");
        }
    }

    public static Learner byEmail(String email) {
        return new Learner(email, null, null, null);
    }

    public static Learner byAccount(String homePage, String name) {
        return new Learner(null, null, homePage, name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
