package io.eventlens.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventNamesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "OrderPlaced",
                "PaymentCharged",
                "InventoryReservationFailed",
                "order.shipped",
                "invoice_sent",
                "PaymentPaid",
                "user-signed-up-confirmed",
                "ShipmentCreated",
                "KeyRebuilt"
            })
    void pastTenseNamesPass(String name) {
        assertThat(EventNames.verdict(name)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PlaceOrder|'PlaceOrder' starts with the imperative 'Place', so it reads as a "
                        + "command; an event names what happened, e.g. OrderPlaced",
                "ShipParcel|'ShipParcel' starts with the imperative 'Ship', so it reads as a "
                        + "command; an event names what happened, e.g. ParcelShipped",
                "SendInvoice|'SendInvoice' starts with the imperative 'Send', so it reads as a "
                        + "command; an event names what happened, e.g. InvoiceSent",
                "OrderUpdate|'OrderUpdate' ends in 'Update', an action rather than a fact; "
                        + "name what happened in the past tense, e.g. OrderUpdated",
                "user_delete|'user_delete' ends in 'delete', an action rather than a fact; "
                        + "name what happened in the past tense, e.g. UserDeleted",
                "ProductFeed|the last word of 'ProductFeed' ('Feed') is not a past participle "
                        + "(-ed or an irregular form such as Sent, Paid); an event names what "
                        + "happened, e.g. OrderPlaced"
            })
    void otherNamesAreExplained(String name, String verdict) {
        assertThat(EventNames.verdict(name)).isEqualTo(verdict);
    }

    @Test
    void aNameWithoutWordsIsExplained() {
        assertThat(EventNames.verdict("--"))
                .isEqualTo("the name '--' has no words to judge; name the fact that happened, e.g. OrderPlaced");
    }

    @Test
    void wordsSplitOnCaseChangesAcronymsAndSeparators() {
        assertThat(EventNames.words("HTTPRequestSent")).containsExactly("HTTP", "Request", "Sent");
        assertThat(EventNames.words("order.line_added-v2")).containsExactly("order", "line", "added", "v2");
    }
}
