package dev.baton.conversation;

import dev.baton.details.DetailExtractor;
import dev.baton.details.Details;
import dev.baton.details.Skip;
import java.util.Optional;

/** Reads details with the checking {@link DetailExtractor}. */
public final class ExtractorDetailReader implements DetailReader {

    private final DetailExtractor extractor;

    public ExtractorDetailReader(DetailExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Details extract(String text) {
        return extractor.extract(text);
    }

    @Override
    public Optional<String> accountId(String answer) {
        return extractor.accountId(answer);
    }

    @Override
    public boolean isSkip(String text) {
        return Skip.isSkip(text);
    }
}
