package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where one old case comes from: alternative {@code index} of the {@code anyOf}/{@code oneOf} of the old
 * schema {@code split}; {@link #NONE} when the old schema had no alternatives left to split.
 *
 * @param split the old schema holding the alternatives, or {@code null} for {@link #NONE}
 * @param index the case's index among them, or -1 for {@link #NONE}
 */
record CaseOrigin(ObjectNode split, int index) {

    static final CaseOrigin NONE = new CaseOrigin(null, -1);

    /** Whether the old case is one alternative of an old {@code oneOf}. */
    boolean exclusive() {
        return split != null && "oneOf".equals(Alternatives.keywordOf(split));
    }
}
