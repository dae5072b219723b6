package dev.baton.nlu;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sentence vectors from two small quantized models that ship inside their Maven artifacts and run on ONNX
 * Runtime in-process, with nothing downloaded at run time: BGE-small-zh v1.5 (512 dimensions) for text
 * with Chinese characters, all-MiniLM-L6-v2 (384 dimensions) for the rest. Routing by script was measured
 * on the corpus's dev lines: nearest-example intent accuracy 0.92 (zh 0.92, en 0.91), against 0.87 for BGE
 * alone (weak on English, 0.82) and 0.67 for MiniLM alone (0.43 on Chinese).
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    public static final String HAN = "han";
    public static final String LATIN = "latin";
    public static final String NAME = "bge-small-zh-v15-q+all-minilm-l6-v2-q";

    private final EmbeddingModel han;
    private final EmbeddingModel latin;

    private OnnxSentenceEncoder(EmbeddingModel han, EmbeddingModel latin) {
        this.han = han;
        this.latin = latin;
    }

    /** Loads both models, side by side (about 1.5 s each on one core). */
    public static OnnxSentenceEncoder load() {
        CompletableFuture<EmbeddingModel> han = CompletableFuture.supplyAsync(BgeSmallZhV15QuantizedEmbeddingModel::new);
        EmbeddingModel latin = new AllMiniLmL6V2QuantizedEmbeddingModel();
        return new OnnxSentenceEncoder(han.join(), latin);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> spaces() {
        return List.of(HAN, LATIN);
    }

    @Override
    public String spaceOf(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return HAN;
            }
            i += Character.charCount(c);
        }
        return LATIN;
    }

    @Override
    public float[] encode(String text, String space) {
        EmbeddingModel model = switch (space) {
            case HAN -> han;
            case LATIN -> latin;
            default -> throw new IllegalArgumentException("unknown space: " + space);
        };
        return unit(model.embed(text.isBlank() ? "?" : text).content().vector());
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
