package de.agency.integration.errors;

import java.util.regex.Pattern;

/** Customer numbers (Kundennummern, e.g. 123A456789) where they must not be repeated: problems, logs, log entries. */
public final class CustomerNumbers {

    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("\\d{3}[A-Z]\\d{6}");

    private CustomerNumbers() {
    }

    /** The text with every customer number in it replaced by {@code _customer_}, e.g. a request path. */
    public static String masked(String text) {
        return CUSTOMER_NUMBER.matcher(text).replaceAll("_customer_");
    }
}
