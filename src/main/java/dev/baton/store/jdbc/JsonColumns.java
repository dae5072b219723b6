package dev.baton.store.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.baton.conversation.DecisionTrail;
import dev.baton.conversation.DialogueMemory;
import dev.baton.decision.QuickReply;
import dev.baton.details.Details;
import java.util.List;

/**
 * The JSON columns: records to text and back. Null fields are left out and read back as null; an empty
 * quick-reply list is stored as SQL NULL. Unknown fields are ignored, so rows written by a newer Baton
 * still read.
 */
final class JsonColumns {

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final ObjectReader memoryReader = mapper.readerFor(DialogueMemory.class);
    private final ObjectReader detailsReader = mapper.readerFor(Details.class);
    private final ObjectReader decisionReader = mapper.readerFor(DecisionTrail.class);
    private final ObjectReader quickRepliesReader = mapper.readerFor(new TypeReference<List<QuickReply>>() {});

    String memory(DialogueMemory memory) {
        return write(memory);
    }

    DialogueMemory memory(String json) {
        return read(memoryReader, json);
    }

    String details(Details details) {
        return write(details);
    }

    Details details(String json) {
        return read(detailsReader, json);
    }

    /** Null for no decision. */
    String decision(DecisionTrail decision) {
        return decision == null ? null : write(decision);
    }

    DecisionTrail decision(String json) {
        return json == null ? null : read(decisionReader, json);
    }

    /** Null for no quick replies. */
    String quickReplies(List<QuickReply> quickReplies) {
        return quickReplies.isEmpty() ? null : write(quickReplies);
    }

    List<QuickReply> quickReplies(String json) {
        return json == null ? List.of() : read(quickRepliesReader, json);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(ObjectReader reader, String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read as " + reader.getValueType(), e);
        }
    }
}
