package io.eventlens.dlq.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.dlq.audit.AuditEntry;
import io.eventlens.dlq.audit.AuditLog;
import io.eventlens.dlq.discovery.Backend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same job-table behaviour on every database: H2 and PostgreSQL subclasses. */
abstract class JobStoreContract {

    abstract DataSource dataSource();

    /** A second connection pool to the same database: a second EventLens instance. */
    abstract DataSource secondInstance();

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_second_job_for_the_same_dlq_is_refused_also_from_another_instance_until_the_first_ends() {
        JobStore one = new JobStore(dataSource(), clock);
        JobStore two = new JobStore(secondInstance(), clock);
        ReplayJob first = one.create(job("orders-dlt"));

        assertThatThrownBy(() -> two.create(job("orders-dlt")))
                .isInstanceOf(JobConflictException.class)
                .hasMessage("DLQ orders-dlt already has a running replay job (" + first.id()
                        + "); wait for it to finish or cancel it first");
        assertThat(two.create(job("payments-dlt")).status()).isEqualTo(JobStatus.RUNNING);

        one.finish(first.id(), JobStatus.COMPLETED, "finished");
        assertThat(two.create(job("orders-dlt")).status()).isEqualTo(JobStatus.RUNNING);
        assertThat(one.get(first.id()).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void a_stale_job_is_taken_over_by_exactly_one_instance() {
        JobStore one = new JobStore(dataSource(), clock);
        ReplayJob job = one.create(job("stale-dlt"));
        Clock later = Clock.offset(clock, Duration.ofMinutes(5));

        List<ReplayJob> claimedByA = new JobStore(dataSource(), later).claimStale("instance-a", Duration.ofSeconds(30));
        List<ReplayJob> claimedByB =
                new JobStore(secondInstance(), later).claimStale("instance-b", Duration.ofSeconds(30));

        assertThat(claimedByA).extracting(ReplayJob::id).containsExactly(job.id());
        assertThat(claimedByA.get(0).owner()).isEqualTo("instance-a");
        assertThat(claimedByA.get(0).resumes()).isEqualTo(1);
        assertThat(claimedByB).isEmpty();
    }

    @Test
    void progress_cancel_and_the_selection_round_trip() {
        JobStore store = new JobStore(dataSource(), clock);
        ReplayJob job = store.create(job("cancel-dlt"));
        store.progress(job.id(), 7, 1, 2);

        assertThat(store.requestCancel(job.id())).isTrue();
        ReplayJob read = store.get(job.id()).orElseThrow();
        assertThat(read.status()).isEqualTo(JobStatus.CANCELLING);
        assertThat(read.done()).isEqualTo(10);
        assertThat(read.selection()).isEqualTo(Selection.matching(Map.of("errorGroup", "x: y")));
        store.finish(job.id(), JobStatus.CANCELLED, "cancelled");
        assertThat(store.requestCancel(job.id())).isFalse();
        assertThat(store.activeJob("cancel-dlt")).isEmpty();
    }

    @Test
    void the_audit_keeps_both_versions_of_a_fix_newest_first() {
        AuditLog audit = new AuditLog(dataSource(), clock);
        audit.record(
                "operator",
                AuditEntry.Action.REPLAY_STARTED,
                "a-dlt",
                "j1",
                "all records",
                null,
                3,
                "started",
                null,
                null);
        audit.record(
                "operator",
                AuditEntry.Action.FIX_REPLAYED,
                "a-dlt",
                "j2",
                "record 0-1",
                "a",
                1,
                "sent",
                "{\"x\":1",
                "{\"x\":1}");

        List<AuditEntry> recent = audit.recent(10);
        assertThat(recent)
                .extracting(AuditEntry::action)
                .startsWith(AuditEntry.Action.FIX_REPLAYED, AuditEntry.Action.REPLAY_STARTED);
        assertThat(recent.get(0).originalPayload()).isEqualTo("{\"x\":1");
        assertThat(recent.get(0).fixedPayload()).isEqualTo("{\"x\":1}");
        assertThat(audit.forJob("j1")).hasSize(1);
    }

    private ReplayJob job(String queue) {
        Instant now = clock.instant();
        return new ReplayJob(
                UUID.randomUUID().toString(),
                queue,
                Backend.KAFKA,
                JobStatus.RUNNING,
                Selection.matching(Map.of("errorGroup", "x: y")),
                null,
                0,
                "operator",
                now,
                now,
                "instance-a",
                10,
                0,
                0,
                0,
                0,
                "0:0:10",
                null);
    }
}
