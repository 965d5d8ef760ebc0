package io.eventlens.web.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts for a side-by-side view: the longest common subsequence of lines, then
 * rows pairing each side's line (or a gap). Texts beyond {@link #MAX_LINES} lines are compared as
 * wholly changed rather than spending quadratic time.
 */
final class LineDiff {

    static final int MAX_LINES = 3_000;

    enum Change {
        SAME,
        REMOVED,
        ADDED,
        CHANGED
    }

    /** One row of the side-by-side view; a side is null where it has no line. */
    record Row(String left, String right, Change change) {}

    private LineDiff() {}

    static List<Row> rows(String leftText, String rightText) {
        String[] left = leftText.split("\n", -1);
        String[] right = rightText.split("\n", -1);
        if (left.length > MAX_LINES || right.length > MAX_LINES) {
            return wholesale(left, right);
        }
        int[][] common = new int[left.length + 1][right.length + 1];
        for (int i = left.length - 1; i >= 0; i--) {
            for (int j = right.length - 1; j >= 0; j--) {
                common[i][j] = left[i].equals(right[j])
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.length || j < right.length) {
            if (i < left.length && j < right.length && left[i].equals(right[j])) {
                rows.add(new Row(left[i++], right[j++], Change.SAME));
            } else if (i < left.length && (j == right.length || common[i + 1][j] >= common[i][j + 1])) {
                rows.add(new Row(left[i++], null, Change.REMOVED)); // removals first, so a replacement pairs up
            } else {
                rows.add(new Row(null, right[j++], Change.ADDED));
            }
        }
        return pairChanges(rows);
    }

    /** A removal directly followed by an addition reads better as one changed row. */
    private static List<Row> pairChanges(List<Row> rows) {
        List<Row> paired = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get(k);
            Row next = k + 1 < rows.size() ? rows.get(k + 1) : null;
            if (row.change() == Change.REMOVED && next != null && next.change() == Change.ADDED) {
                paired.add(new Row(row.left(), next.right(), Change.CHANGED));
                k++;
            } else {
                paired.add(row);
            }
        }
        return paired;
    }

    private static List<Row> wholesale(String[] left, String[] right) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < Math.max(left.length, right.length); k++) {
            String l = k < left.length ? left[k] : null;
            String r = k < right.length ? right[k] : null;
            rows.add(new Row(l, r, l != null && l.equals(r) ? Change.SAME : Change.CHANGED));
        }
        return rows;
    }
}
