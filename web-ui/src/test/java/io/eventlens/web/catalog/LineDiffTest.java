package io.eventlens.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equal_texts_give_only_same_rows() {
        assertThat(LineDiff.rows("a\nb", "a\nb"))
                .extracting(LineDiff.Row::change)
                .containsExactly(LineDiff.Change.SAME, LineDiff.Change.SAME);
    }

    @Test
    void an_inserted_line_is_added_on_the_right_only() {
        List<LineDiff.Row> rows = LineDiff.rows("a\nc", "a\nb\nc");

        assertThat(rows)
                .containsExactly(
                        new LineDiff.Row("a", "a", LineDiff.Change.SAME),
                        new LineDiff.Row(null, "b", LineDiff.Change.ADDED),
                        new LineDiff.Row("c", "c", LineDiff.Change.SAME));
    }

    @Test
    void a_replaced_line_is_one_changed_row() {
        assertThat(LineDiff.rows("a\nold\nc", "a\nnew\nc"))
                .containsExactly(
                        new LineDiff.Row("a", "a", LineDiff.Change.SAME),
                        new LineDiff.Row("old", "new", LineDiff.Change.CHANGED),
                        new LineDiff.Row("c", "c", LineDiff.Change.SAME));
    }

    @Test
    void a_removed_line_is_removed_on_the_left_only() {
        assertThat(LineDiff.rows("a\nb\nc", "a\nc"))
                .extracting(LineDiff.Row::change)
                .containsExactly(LineDiff.Change.SAME, LineDiff.Change.REMOVED, LineDiff.Change.SAME);
    }

    @Test
    void huge_texts_are_compared_line_by_line_without_quadratic_work() {
        String big = "x\n".repeat(LineDiff.MAX_LINES + 10);
        List<LineDiff.Row> rows = LineDiff.rows(big, big + "y");

        assertThat(rows).hasSize(LineDiff.MAX_LINES + 11);
        assertThat(rows.get(rows.size() - 1)).isEqualTo(new LineDiff.Row("", "y", LineDiff.Change.CHANGED));
    }
}
