package io.eventlens.reference.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Collects the JVM's garbage-collection pauses while a phase runs, so a latency figure can be read
 * beside the pauses that shaped its tail. ZGC's cycles are concurrent: only its "Pauses" collector
 * reports stop-the-world time.
 */
final class GcPauses {

    private final List<Long> pausesMillis = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;

    GcPauses() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean.getName().contains("Cycles")) {
                continue; // ZGC: concurrent cycles, not pauses
            }
            ((NotificationEmitter) bean)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (recording
                                        && GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                                notification.getType())) {
                                    var info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    pausesMillis.add(info.getGcInfo().getDuration());
                                }
                            },
                            null,
                            null);
        }
    }

    void start() {
        pausesMillis.clear();
        recording = true;
    }

    String stop() {
        recording = false;
        List<Long> pauses;
        synchronized (pausesMillis) {
            pauses = new ArrayList<>(pausesMillis);
        }
        long total = pauses.stream().mapToLong(Long::longValue).sum();
        long longest = pauses.stream().mapToLong(Long::longValue).max().orElse(0);
        return pauses.size() + " GC pauses, " + total + " ms in all, longest " + longest + " ms";
    }
}
