package dev.baton.channel.whatsapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The part of a WhatsApp webhook call Baton reads: {@code entry[].changes[].value} with the user's
 * {@code messages} (or {@code statuses} of what the business sent, which are only counted, never taken in).
 *
 * @param object {@code whatsapp_business_account}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WhatsappWebhook(String object, List<Entry> entry) {

    static final String OBJECT = "whatsapp_business_account";

    List<Entry> entries() {
        return entry == null ? List.of() : entry;
    }

    /** One business account's changes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, List<Change> changes) {
        List<Change> all() {
            return changes == null ? List.of() : changes;
        }
    }

    /** One change; {@code field} is {@code messages} for messages and statuses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(String field, Value value) {}

    /** What changed: messages from users, statuses of the business's messages, or errors. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Value(Metadata metadata, List<Message> messages, List<JsonNode> statuses) {
        List<Message> received() {
            return messages == null ? List.of() : messages;
        }
    }

    /** The business phone number the change concerns. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Metadata(@JsonProperty("phone_number_id") String phoneNumberId) {}

    /**
     * A user's message: {@code from} is the user's WhatsApp id (wa_id), {@code id} the message's (wamid).
     * {@code text} is set for {@code type: text}, {@code interactive} for a tapped reply button or list row,
     * {@code button} for a tapped quick-reply button of a template.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(
            String from, String id, String timestamp, String type, Text text, Interactive interactive, Button button) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Text(String body) {}

    /** {@code type} is {@code button_reply} or {@code list_reply} (others, such as Flows' {@code nfm_reply}, are not read). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Interactive(
            String type,
            @JsonProperty("button_reply") Reply buttonReply,
            @JsonProperty("list_reply") Reply listReply) {}

    /** The tapped button or row: the id Baton gave it and the title the user saw. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reply(String id, String title) {}

    /** A template's quick-reply button: its text as the user saw it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Button(String text, String payload) {}
}
