package dev.baton.knowledge;

/**
 * A version about to be published.
 *
 * @param card    the model card as JSON
 * @param gate    the quality gate's report as JSON (null for a version that was not checked: the shipped one)
 * @param changes the changes against the version before it, as JSON
 */
public record NewVersion(
        String author,
        String note,
        CorpusFiles files,
        String corpusHash,
        byte[] model,
        String card,
        String gate,
        String changes) {}
