package io.eventlens.reference.fault;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Faults switched on at runtime (admin endpoints) or at start (configuration). Read by the services
 * on every event, so a change takes effect at once. Rates are fractions in [0, 1].
 */
public final class Faults {

    private volatile double paymentDeclineRate;
    private volatile double outOfStockRate;
    private volatile double shipmentFailureRate;
    private volatile double duplicateDeliveryRate;
    private volatile Duration emailDelay = Duration.ofSeconds(3);
    private volatile boolean warehouseDown;

    public double paymentDeclineRate() {
        return paymentDeclineRate;
    }

    public Faults paymentDeclineRate(double rate) {
        this.paymentDeclineRate = rate("paymentDeclineRate", rate);
        return this;
    }

    public double outOfStockRate() {
        return outOfStockRate;
    }

    public Faults outOfStockRate(double rate) {
        this.outOfStockRate = rate("outOfStockRate", rate);
        return this;
    }

    public double shipmentFailureRate() {
        return shipmentFailureRate;
    }

    public Faults shipmentFailureRate(double rate) {
        this.shipmentFailureRate = rate("shipmentFailureRate", rate);
        return this;
    }

    /** Chance that the outbox relay publishes an event again (1 to 4 extra copies). */
    public double duplicateDeliveryRate() {
        return duplicateDeliveryRate;
    }

    public Faults duplicateDeliveryRate(double rate) {
        this.duplicateDeliveryRate = rate("duplicateDeliveryRate", rate);
        return this;
    }

    public Duration emailDelay() {
        return emailDelay;
    }

    public Faults emailDelay(Duration delay) {
        if (delay == null || delay.isNegative() || delay.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("emailDelay " + delay + " is out of range: allowed 0 to PT1M");
        }
        this.emailDelay = delay;
        return this;
    }

    public boolean warehouseDown() {
        return warehouseDown;
    }

    public Faults warehouseDown(boolean down) {
        this.warehouseDown = down;
        return this;
    }

    /** True with probability {@code rate}. */
    public static boolean roll(double rate) {
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    private static double rate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " " + rate + " is out of range: allowed 0.0 to 1.0");
        }
        return rate;
    }
}
