package dev.dynamodel.tests.rules;

import dev.dynamodel.Validator;

// tag::validator[]
/** An ISBN-13: thirteen digits (hyphens aside) whose weighted sum is a multiple of ten. */
public final class IsbnValidator implements Validator<CharSequence> {
    @Override
    public boolean isValid(CharSequence value) {
        String digits = value.toString().replace("-", "");
        if (!digits.matches("[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

    @Override
    public String message() {
        return "must be a valid ISBN-13";
    }
}
// end::validator[]
