package io.eventlens.flow.trace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the spans an earlier version stored one row each ({@code trace_span}, V12) into blocks, oldest
 * first, {@value SpanStore#BLOCK_SPANS} a transaction: the rows are deleted in the transaction that
 * writes their block, so a move cut short resumes where it stopped, and two instances moving at once
 * never copy a row twice (the second finds the rows gone and rolls back). Each span keeps the time it
 * was received. Then the old link rows go: blocks hold links themselves.
 */
final class LegacySpans {

    private static final Logger LOG = LoggerFactory.getLogger(LegacySpans.class);

    private final BlockIndex index;

    LegacySpans(BlockIndex index) {
        this.index = index;
    }

    /** Returns the spans moved. */
    long migrate() {
        if (index.select("SELECT 1 FROM trace_span LIMIT 1", List.of(), row -> 1)
                .isEmpty()) {
            return 0;
        }
        long moved = 0;
        long skipped = 0;
        try (Connection connection = index.dataSource().getConnection()) {
            while (true) {
                connection.setAutoCommit(false);
                List<TraceSpan> spans = new ArrayList<>();
                List<Long> received = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT " + SpanRows.COLUMNS
                        + " FROM trace_span ORDER BY received_at, trace_id, span_id LIMIT " + SpanStore.BLOCK_SPANS)) {
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            spans.add(SpanRows.read(rows));
                            received.add(rows.getLong("received_at"));
                        }
                    }
                }
                if (spans.isEmpty()) {
                    connection.commit();
                    break;
                }
                int deleted = 0;
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM trace_span WHERE trace_id = ? AND span_id = ?")) {
                    for (TraceSpan span : spans) {
                        delete.setString(1, span.traceId());
                        delete.setString(2, span.spanId());
                        deleted += delete.executeUpdate();
                    }
                }
                if (deleted != spans.size()) {
                    connection.rollback();
                    continue;
                }
                List<TraceSpan> valid = new ArrayList<>();
                List<Long> validReceived = new ArrayList<>();
                for (int i = 0; i < spans.size(); i++) {
                    if (SpanStore.invalid(spans.get(i)).isEmpty()) {
                        valid.add(spans.get(i));
                        validReceived.add(received.get(i));
                    } else {
                        skipped++;
                    }
                }
                List<BlockIndex.BlockMeta> written = valid.isEmpty()
                        ? List.of()
                        : index.insert(
                                connection,
                                List.of(SpanBlock.encode(
                                        valid,
                                        validReceived.stream()
                                                .mapToLong(Long::longValue)
                                                .toArray())));
                connection.commit();
                index.known(written);
                moved += valid.size();
            }
            connection.setAutoCommit(true);
            try (PreparedStatement links = connection.prepareStatement("DELETE FROM trace_span_link")) {
                links.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SpanStoreException(
                    "cannot move the spans of trace_span into blocks (" + moved + " moved so far, the rest stays"
                            + " and is moved at the next start): " + e.getMessage(),
                    e);
        }
        LOG.info(
                "Moved {} span(s) of an earlier version's trace_span table into blocks{}",
                moved,
                skipped == 0 ? "" : "; " + skipped + " with ids that are not OTLP hex were dropped");
        return moved;
    }
}
