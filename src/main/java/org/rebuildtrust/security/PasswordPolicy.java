package org.rebuildtrust.security;

import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Lengths;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B): 12 to 128 characters, no composition rules, and not one of the
 * passwords people pick most. The list is the 30,000 most common passwords that ships with zxcvbn4j, compared
 * without regard to case; entries shorter than the minimum are refused by length anyway.
 */
public final class PasswordPolicy {

    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, naming the form field {@code field}. */
    public static void check(String password, String field) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < Lengths.PASSWORD_MIN || length > Lengths.PASSWORD_MAX) {
            throw new BusinessRuleException("account.passwordLength", field);
        }
        if (isCommon(password)) {
            throw new BusinessRuleException("account.passwordCommon", field);
        }
    }

    /** Whether the password is on the bundled list of common passwords. */
    public static boolean isCommon(String password) {
        return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many common passwords are known (the list is read once, on first use). */
    public static int commonPasswordCount() {
        return CommonPasswords.LIST.size();
    }

    private static final class CommonPasswords {
        static final Set<String> LIST = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException("The common-password list is missing from the class path");
                }
                Set<String> list = new HashSet<>();
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(line -> !line.isEmpty())
                        .forEach(line -> list.add(line.toLowerCase(Locale.ROOT)));
                return Set.copyOf(list);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
