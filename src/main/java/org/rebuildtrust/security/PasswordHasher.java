package org.rebuildtrust.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP's 2023 figure); the container's default is far lower.
 * Uses the container's Pbkdf2PasswordHash so the stored format is the standard one.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** Verified against when the login name is unknown, so a wrong name costs as long as a wrong password. */
    private String decoyHash;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    protected PasswordHasher() {
        // for CDI
    }

    public PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        init();
    }

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoyHash = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check, then fails. */
    public boolean matchNothing(String password) {
        pbkdf2.verify(password.toCharArray(), decoyHash);
        return false;
    }
}
