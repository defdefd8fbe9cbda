package de.agency.integration.testing;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Customer numbers (Kundennummern) for tests, e.g. {@code 123A456789}: three digits, a capital letter, six digits. */
public final class CustomerNumbers {

    /** The shape of every customer number, to search logs and bodies for any of them. */
    public static final Pattern ANY = Pattern.compile("\\b\\d{3}[A-Z]\\d{6}\\b");

    private CustomerNumbers() {
    }

    /** A random one, unlikely to meet another test's. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03d%c%06d", random.nextInt(1000), (char) ('A' + random.nextInt(26)),
                random.nextInt(1_000_000));
    }
}
