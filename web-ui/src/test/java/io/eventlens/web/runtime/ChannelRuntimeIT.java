package io.eventlens.web.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.reference.event.Topics;
import io.eventlens.web.ui.BrowserTestBase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The channel runtime panel on the demo world: the groups that read the orders topic with their lag,
 * linked to the lag page, and the dead-letter topics of those groups, which hold the poison records the
 * reference system sends at start.
 */
@TestPropertySource(properties = {"eventlens.lag.poll-interval=1s"})
class ChannelRuntimeIT extends BrowserTestBase {

    @Autowired
    private ChannelRuntime runtime;

    @Test
    void a_channel_shows_the_lag_of_its_consumer_groups_and_the_depth_of_its_dead_letter_queues() throws Exception {
        String channel = Topics.ORDERS;
        await().atMost(Duration.ofSeconds(90))
                .until(() -> !runtime.consumers(channel).isEmpty()
                        && runtime.deadLetters(channel).stream().anyMatch(q -> q.depth() > 0));
        List<ChannelRuntime.Consumer> consumers = runtime.consumers(channel);
        assertThat(consumers)
                .allSatisfy(c -> assertThat(c.group().partitions())
                        .anyMatch(p -> p.topic().equals(channel)));
        ChannelRuntime.DeadLetters queue = runtime.deadLetters(channel).stream()
                .filter(q -> q.depth() > 0)
                .findFirst()
                .orElseThrow();
        assertThat(queue.why()).startsWith("of consumer group ");
        assertThat(consumers)
                .extracting(c -> c.group().group())
                .contains(queue.why().substring("of consumer group ".length()));

        browser.open(base() + "test/channel-runtime?channel=" + channel).logIn("viewer", "viewer");

        List<WebElement> links = await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.driver().findElements(By.className("channel-consumer-link")), l -> !l.isEmpty());
        assertThat(links)
                .extracting(WebElement::getText)
                .contains(consumers.get(0).group().group());
        assertThat(links.get(0).getAttribute("href")).contains("/lag?group=");
        assertThat(browser.waitFor(By.className("channel-consumers")).getText()).contains(" behind");
        assertThat(browser.waitFor(By.className("channel-dlqs")).getText())
                .contains(queue.name())
                .contains(queue.depth() + (queue.depth() == 1 ? " record ·" : " records ·"));
        assertThat(browser.waitFor(By.className("channel-dlq-link")).getAttribute("href"))
                .endsWith("/dlq");
        browser.screenshot("channel-runtime-panel");

        links.get(0).click();
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> browser.waitFor(By.className("lag-detail")).getText(),
                        t -> t.contains(consumers.get(0).group().group()));
    }

    @Test
    void a_channel_nobody_reads_says_so() throws Exception {
        browser.open(base() + "test/channel-runtime?channel=no-such-channel").logIn("viewer", "viewer");

        assertThat(browser.waitFor(By.className("channel-consumers")).getText())
                .isEqualTo("No consumer group reads no-such-channel now.");
        assertThat(browser.waitFor(By.className("channel-dlqs")).getText())
                .isEqualTo("No dead-letter queue found for no-such-channel.");
    }
}
