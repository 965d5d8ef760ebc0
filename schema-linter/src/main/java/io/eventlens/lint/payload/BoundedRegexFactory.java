package io.eventlens.lint.payload;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;
import java.util.regex.Pattern;

/**
 * JDK regexes whose input checks a deadline on every character read, so a pattern that
 * backtracks catastrophically ({@code ^(a+)+$} on {@code aaaa...b}) stops with
 * {@link BudgetExceeded} instead of running for hours. The deadline belongs to the current
 * thread's validation ({@link #DEADLINE}, nanoTime).
 */
final class BoundedRegexFactory implements RegularExpressionFactory {

    static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] {Long.MAX_VALUE});

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(
                RegularExpressions.replaceLongformCharacterProperties(RegularExpressions.replaceDollarAnchors(regex)));
        return value -> pattern.matcher(new DeadlineText(value, regex, DEADLINE.get()[0]))
                .find();
    }

    /** The matched text; reading it past the deadline throws. */
    private record DeadlineText(String text, String regex, long deadline) implements CharSequence {

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (System.nanoTime() > deadline) {
                throw new BudgetExceeded(regex);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineText(text.substring(start, end), regex, deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
