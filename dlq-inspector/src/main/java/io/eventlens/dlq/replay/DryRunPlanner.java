package io.eventlens.dlq.replay;

import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.browse.MessageFilter;
import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.jobs.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** Lists what a replay would do with each selected record, with the same rules the replayers apply. */
final class DryRunPlanner {

    private static final int SHOWN = 200;

    private final DlqBrowser browser;
    private final KafkaTargets targets;
    private final int maxReplays;
    private final UnifiedJedis redis;

    DryRunPlanner(DlqBrowser browser, KafkaTargets targets, int maxReplays, UnifiedJedis redis) {
        this.browser = browser;
        this.targets = targets;
        this.maxReplays = maxReplays;
        this.redis = redis;
    }

    DryRun plan(DeadLetterQueue queue, Selection selection, String target) {
        List<DlqMessage> selected = new ArrayList<>();
        if (!selection.ids().isEmpty()) {
            for (String id : selection.ids()) {
                browser.find(queue, id).ifPresent(selected::add);
            }
        } else {
            selected.addAll(browser.select(queue, MessageFilter.parse(selection.filter())));
        }
        List<DryRun.Planned> planned = new ArrayList<>();
        int[] counts = new int[3];
        for (DlqMessage message : selected) {
            DryRun.Planned plan = planOne(queue, message, target);
            counts[plan.outcome().equals("moved") ? 0 : plan.outcome().equals("failed") ? 1 : 2]++;
            if (planned.size() < SHOWN) {
                planned.add(plan);
            }
        }
        return new DryRun(planned, selected.size(), counts[0], counts[1], counts[2]);
    }

    private DryRun.Planned planOne(DeadLetterQueue queue, DlqMessage message, String target) {
        if (message.headers().replayCount() >= maxReplays) {
            return new DryRun.Planned(
                    message.id(),
                    message.replayId(),
                    "parked",
                    queue.name() + "-parked",
                    "replayed " + message.headers().replayCount() + " times already (limit " + maxReplays + ")");
        }
        String to = target != null ? target : message.headers().originalTopic();
        if (to == null) {
            return new DryRun.Planned(
                    message.id(),
                    message.replayId(),
                    "failed",
                    null,
                    "no original topic in its headers; pick a target");
        }
        Optional<String> refusal = queue.backend() == Backend.KAFKA
                ? targets.refusal(queue.name(), to)
                : "stream".equals(redis.type(to))
                        ? Optional.empty()
                        : Optional.of("target stream '" + to + "' does not exist");
        return refusal.map(r -> new DryRun.Planned(message.id(), message.replayId(), "failed", to, r))
                .orElseGet(() -> new DryRun.Planned(message.id(), message.replayId(), "moved", to, null));
    }
}
