package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where one old case comes from: alternative {@code index} of the {@code anyOf}/{@code oneOf} of the old
 * schema {@code split}, or {@link #whole(ObjectNode)} when the old schema had no alternatives to split.
 *
 * @param split the old schema holding the alternatives, or {@code null} when there were none
 * @param index the case's index among them, or -1 when there were none
 * @param whole the old schema at this place before any split: what every old value there satisfies
 */
record CaseOrigin(ObjectNode split, int index, ObjectNode whole) {

    /** The old schema at this place had no alternatives: the case is all of it. */
    static CaseOrigin whole(ObjectNode whole) {
        return new CaseOrigin(null, -1, whole);
    }

    /** Whether the old case is one alternative of an old {@code oneOf}. */
    boolean exclusive() {
        return split != null && "oneOf".equals(Alternatives.keywordOf(split));
    }
}
