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
import java.util.regex.Pattern;

/**
 * What a new password must be (NIST SP 800-63B): 12 to 128 characters, no composition rules, not only spaces, not
 * the login name (with or without digits), and not one of the passwords people pick most. The list is the 30,000 most common passwords that ships with zxcvbn4j, compared
 * without regard to case; entries shorter than the minimum are refused by length anyway.
 */
public final class PasswordPolicy {

    private static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, naming the form field {@code field}. */
    public static void check(String password, String field) {
        check(password, field, null);
    }

    /**
     * Refuses a password that breaks the policy for the login {@code loginName} (null when there is none yet): also
     * nothing but spaces, and the login name itself with or without digits before or after it, whatever the case.
     */
    public static void check(String password, String field, String loginName) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < Lengths.PASSWORD_MIN || length > Lengths.PASSWORD_MAX) {
            throw new BusinessRuleException("account.passwordLength", field);
        }
        if (password.isBlank()) {
            throw new BusinessRuleException("account.passwordBlank", field);
        }
        if (isCommon(password)) {
            throw new BusinessRuleException("account.passwordCommon", field);
        }
        if (isLoginName(password, loginName)) {
            throw new BusinessRuleException("account.passwordIsLoginName", field);
        }
    }

    private static boolean isLoginName(String password, String loginName) {
        if (loginName == null || loginName.isBlank()) {
            return false;
        }
        String login = loginName.strip().toLowerCase(Locale.ROOT);
        return password.strip().toLowerCase(Locale.ROOT).matches("\\d*" + Pattern.quote(login) + "\\d*");
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
