package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.sql.DataSource;

/**
 * The {@code trace_block} table as the span store sees it (ADR 0017): every block's filter and counts
 * held in memory and kept up to date with what any instance writes and deletes; the blocks a set of
 * filter values may be in; their spans read and inflated through a cache; blocks inserted and deleted.
 * {@link SpanStore} answers the questions; this class knows nothing of what is asked.
 */
final class BlockIndex {

    /** Blocks written by another instance may commit out of id order: ids this far below the newest are read again. */
    private static final int REFRESH_WINDOW = 64;

    private static final int IN_CHUNK = 200;
    private static final long CACHE_BYTES = 32L * 1024 * 1024;

    private final DataSource dataSource;
    private final ConcurrentSkipListMap<Long, BlockMeta> blocks = new ConcurrentSkipListMap<>();
    private final BlockCache cache = new BlockCache(CACHE_BYTES);
    private final Object refreshLock = new Object();
    private boolean loaded;

    BlockIndex(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
    }

    /** What the store holds in memory of one block. */
    record BlockMeta(
            long id, long receivedMin, long receivedMax, int spans, int failed, int messaging, BlockFilter filter) {}

    /** Inserts blocks on a connection whose transaction the caller ends. */
    List<BlockMeta> insert(Connection connection, List<SpanBlock.Encoded> encoded) throws SQLException {
        List<BlockMeta> written = new ArrayList<>();
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('trace_block_ids')");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO trace_block (block_id,"
                        + " received_min, received_max, span_count, failed_spans, messaging_spans, raw_bytes,"
                        + " filter, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SpanBlock.Encoded block : encoded) {
                long id;
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
                insert.setLong(1, id);
                insert.setLong(2, block.receivedMin());
                insert.setLong(3, block.receivedMax());
                insert.setInt(4, block.spanCount());
                insert.setInt(5, block.failedSpans());
                insert.setInt(6, block.messagingSpans());
                insert.setInt(7, block.rawBytes());
                insert.setBytes(8, block.filter().toBytes());
                insert.setBytes(9, block.deflated());
                insert.executeUpdate();
                written.add(new BlockMeta(
                        id,
                        block.receivedMin(),
                        block.receivedMax(),
                        block.spanCount(),
                        block.failedSpans(),
                        block.messagingSpans(),
                        block.filter()));
            }
        }
        return written;
    }

    /** Blocks that may hold any of these filter values, newest first. */
    List<BlockMeta> candidates(List<Long> hashes) {
        refresh();
        List<BlockMeta> found = new ArrayList<>();
        for (BlockMeta block : blocks.descendingMap().values()) {
            for (long hash : hashes) {
                if (block.filter().mightContain(hash)) {
                    found.add(block);
                    break;
                }
            }
        }
        return found;
    }

    /** A block's inflated spans. */
    record Block(BlockMeta meta, byte[] raw) {
        BlockCursor cursor() {
            return new BlockCursor(raw, meta.receivedMin(), meta.id());
        }
    }

    /** These blocks' spans, in the order given; a block deleted meanwhile (retention) is skipped and forgotten. */
    List<Block> read(List<BlockMeta> wanted) {
        Map<Long, byte[]> raw = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (BlockMeta block : wanted) {
            byte[] cached = cache.get(block.id());
            if (cached != null) {
                raw.put(block.id(), cached);
            } else {
                missing.add(block.id());
            }
        }
        for (List<Long> chunk : chunks(missing, 16)) {
            List<Object[]> rows = select(
                    "SELECT block_id, raw_bytes, spans FROM trace_block WHERE block_id IN (" + marks(chunk.size())
                            + ")",
                    chunk,
                    row -> new Object[] {row.getLong(1), row.getInt(2), row.getBytes(3)});
            for (Object[] row : rows) {
                long id = (Long) row[0];
                byte[] inflated = BlockCursor.inflate((byte[]) row[2], (Integer) row[1], id);
                cache.put(id, inflated);
                raw.put(id, inflated);
            }
        }
        List<Block> result = new ArrayList<>();
        for (BlockMeta block : wanted) {
            byte[] bytes = raw.get(block.id());
            if (bytes == null) {
                blocks.remove(block.id());
            } else {
                result.add(new Block(block, bytes));
            }
        }
        return result;
    }

    /**
     * Brings the in-memory filters up to date: at first use every block (after moving an earlier
     * version's span rows into blocks), later the blocks written since by any instance, and forgets
     * blocks deleted by any instance's retention.
     */
    void refresh() {
        synchronized (refreshLock) {
            if (!loaded) {
                new LegacySpans(this).migrate();
                load(select("SELECT block_id FROM trace_block", List.of(), row -> row.getLong(1)));
                loaded = true;
                return;
            }
            long after = blocks.isEmpty() ? 0 : blocks.lastKey() - REFRESH_WINDOW;
            List<Long> ids = select(
                    "SELECT block_id FROM trace_block WHERE block_id > ?", List.of(after), row -> row.getLong(1));
            load(ids.stream().filter(id -> !blocks.containsKey(id)).toList());
            List<Long> oldest = select("SELECT MIN(block_id) FROM trace_block", List.of(), row -> row.getLong(1));
            long min = oldest.isEmpty() ? 0 : oldest.get(0);
            if (min == 0) {
                blocks.clear();
            } else {
                blocks.headMap(min).clear();
            }
        }
    }

    private void load(List<Long> ids) {
        for (List<Long> chunk : chunks(ids, IN_CHUNK)) {
            for (BlockMeta meta : select(
                    "SELECT block_id, received_min, received_max, span_count, failed_spans, messaging_spans, filter"
                            + " FROM trace_block WHERE block_id IN (" + marks(chunk.size()) + ")",
                    chunk,
                    row -> new BlockMeta(
                            row.getLong(1),
                            row.getLong(2),
                            row.getLong(3),
                            row.getInt(4),
                            row.getInt(5),
                            row.getInt(6),
                            BlockFilter.fromBytes(row.getBytes(7))))) {
                blocks.put(meta.id(), meta);
            }
        }
    }

    /** Adds blocks this instance wrote (a store call, the legacy move). */
    void known(List<BlockMeta> written) {
        written.forEach(meta -> blocks.put(meta.id(), meta));
    }

    /** Every known block, newest (highest id) first, after a refresh. */
    Collection<BlockMeta> newestFirst() {
        refresh();
        return blocks.descendingMap().values();
    }

    /** Deletes these blocks in one transaction and forgets them. */
    void delete(List<Long> doomed) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (List<Long> chunk : chunks(doomed, IN_CHUNK)) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM trace_block WHERE block_id IN (" + marks(chunk.size()) + ")")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            delete.setLong(i + 1, chunk.get(i));
                        }
                        delete.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SpanStoreException("cannot apply span retention: " + e.getMessage(), e);
        }
        doomed.forEach(id -> {
            blocks.remove(id);
            cache.remove(id);
        });
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs a query with these parameters (text or integers), one row mapper. */
    <T> List<T> select(String sql, List<?> parameters, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new SpanStoreException("cannot read spans: " + e.getMessage(), e);
        }
    }

    /** Maps one row. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
