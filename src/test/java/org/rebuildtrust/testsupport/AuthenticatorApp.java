package org.rebuildtrust.testsupport;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.time.Instant;

/** What a person's authenticator app shows for a two-factor secret: the six-digit code of a 30-second step. */
public final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    /** The code at {@code at}, moved by whole steps ({@code stepsFromThen}: 1 is the next code, -1 the one before). */
    public static String code(String secret, Instant at, int stepsFromThen) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, at.getEpochSecond() / 30 + stepsFromThen);
        } catch (CodeGenerationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
