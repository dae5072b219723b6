package dev.baton.safety;

import dev.baton.safety.DisguiseWriter.Voice;
import dev.baton.safety.WalletSecrets.Source;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The words around a disguised secret in {@link AdversarialSecrets}: what users and agents write before and
 * after it, how they name it, and how they introduce it in JSON or over several messages. The letters swapped
 * into the secret itself are in {@link DisguiseLetters}.
 *
 * <p>Sentences before a key never name a transaction, hash or signature: a hex key so announced would be a
 * look-alike, not a disguise.
 */
final class DisguiseWording {

    static final List<String> JSON_PHRASE = List.of(
            "{\"mnemonic\":\"%s\"}",
            "{\"seed\": \"%s\"}",
            "{\"phrase\":\"%s\",\"path\":\"m/44'/60'/0'/0/0\"}",
            "{\n  \"mnemonic\": \"%s\"\n}",
            "{\"wallet\":{\"name\":\"main\",\"mnemonic\":\"%s\"}}");

    private static final List<String> EN_PHRASE_LEADS = List.of(
            "help, wallet empty, my words are ",
            "is this right? ",
            "my recovery phrase is ",
            "here are my words: ",
            "the app says invalid, I typed ",
            "restored with this and the balance is zero: ",
            "can you check these? ",
            "my seed: ",
            "I wrote this down when I made the wallet:\n",
            "support told me to send the words, here: ",
            "why does this not import ",
            "backup from my notebook: ");
    private static final List<String> ZHS_PHRASE_LEADS = List.of(
            "我的助记词是 ",
            "帮我看看这个对不对：",
            "钱包被清空了，助记词是 ",
            "导入的时候提示无效：",
            "这是我的助记词\n",
            "客服让我发助记词，在这里：",
            "我抄下来的是这些：",
            "恢复钱包用的是 ");
    private static final List<String> ZHT_PHRASE_LEADS =
            List.of("我的助記詞是 ", "幫我看看這個對不對：", "錢包被清空了，助記詞是 ", "匯入的時候提示無效：", "這是我的助記詞\n", "我抄下來的是這些：", "客服要我提供助記詞：");
    private static final List<String> EN_PHRASE_TAILS = List.of(
            " is it valid?",
            " please help",
            "\nwhy does it not import?",
            " — what now?",
            "\nthanks",
            " (from my paper backup)",
            "\nthe balance shows 0");
    private static final List<String> ZHS_PHRASE_TAILS =
            List.of("，帮忙看一下", " 这个对吗？", "\n导入失败怎么办", " 谢谢", "，急！", "\n余额显示是0");
    private static final List<String> ZHT_PHRASE_TAILS = List.of("，請幫忙看一下", " 這個對嗎？", "\n匯入失敗怎麼辦", " 謝謝", "，急！");

    private static final List<String> EN_KEY_LEADS = List.of(
            "my private key is ",
            "here's my private key: ",
            "imported this key but the balance is 0: ",
            "is this key still good? ",
            "key from my old wallet:\n",
            "exported from metamask: ",
            "pk ");
    private static final List<String> ZHS_KEY_LEADS = List.of("私钥是 ", "这是我的私钥：", "导入私钥失败：", "我的私钥 ", "旧钱包导出的私钥：\n");
    private static final List<String> ZHT_KEY_LEADS = List.of("私鑰是 ", "這是我的私鑰：", "匯入私鑰失敗：", "舊錢包匯出的私鑰：\n");
    private static final List<String> EN_KEY_TAILS =
            List.of(" — why is my wallet empty?", " can you restore it?", "\nplease help", " is it still valid?");
    private static final List<String> ZHS_KEY_TAILS = List.of(" 帮我恢复一下", "，为什么余额是0", "\n怎么导入？");
    private static final List<String> ZHT_KEY_TAILS = List.of(" 幫我恢復一下", "，為什麼餘額是0", "\n怎麼匯入？");

    private static final List<String> EN_AGENT_PHRASE_LEADS = List.of(
            "To confirm, the words you sent were: ",
            "Copying your phrase here for the team: ",
            "For the record: ",
            "I can see you wrote ");
    private static final List<String> ZHS_AGENT_PHRASE_LEADS = List.of("您发来的助记词是：", "请确认一下是不是这些词：");
    private static final List<String> ZHT_AGENT_PHRASE_LEADS = List.of("您提供的助記詞是：", "請確認一下是不是這些詞：");
    private static final List<String> EN_AGENT_KEY_LEADS =
            List.of("The key you pasted was ", "Noting your key for the escalation: ");
    private static final List<String> ZHS_AGENT_KEY_LEADS = List.of("您发的私钥是 ", "您提供的私钥：");
    private static final List<String> ZHT_AGENT_KEY_LEADS = List.of("您提供的私鑰：", "您傳來的私鑰是 ");
    private static final List<String> EN_AGENT_TAILS =
            List.of(" — please never share this with anyone again.", "\nWe will never ask for it.");
    private static final List<String> ZHS_AGENT_TAILS = List.of("，请不要再发给任何人。", "\n我们永远不会向您索要。");
    private static final List<String> ZHT_AGENT_TAILS = List.of("，請不要再提供給任何人。");

    private static final List<String> EN_DECLARED_PHRASE = List.of(
            "my seed: ",
            "my recovery phrase is ",
            "mnemonic: ",
            "these are my recovery words ",
            "seed phrase → ",
            "my words, I think: ");
    private static final List<String> ZHS_DECLARED_PHRASE = List.of("这是我的助记词：", "助记词是 ", "我的助记词 ", "种子词：");
    private static final List<String> ZHT_DECLARED_PHRASE = List.of("這是我的助記詞：", "助記詞是 ", "我的助記詞 ");
    private static final List<String> EN_DECLARED_PHRASE_AFTER =
            List.of(" ← that's my seed phrase", " is my recovery phrase", "\n^ my seed words");
    private static final List<String> ZHS_DECLARED_PHRASE_AFTER = List.of(" 这是我的助记词", " ←助记词");
    private static final List<String> ZHT_DECLARED_PHRASE_AFTER = List.of(" 這是我的助記詞", " ←助記詞");
    private static final List<String> EN_DECLARED_KEY =
            List.of("here's my private key ", "my private key: ", "privkey: ", "secret key ");
    private static final List<String> ZHS_DECLARED_KEY = List.of("私钥是", "私钥：", "这是我的私钥 ");
    private static final List<String> ZHT_DECLARED_KEY = List.of("私鑰是", "私鑰：", "這是我的私鑰 ");
    private static final List<String> EN_DECLARED_KEY_AFTER = List.of(" is my private key", " <- private key");
    private static final List<String> ZH_DECLARED_KEY_AFTER = List.of(" 这是私钥", " 是我的私鑰");

    private static final List<String> EN_FIRST = List.of("first half: ", "part 1: ", "my words (1/{of}): ", "ok here ");
    private static final List<String> ZHS_FIRST = List.of("前半部分：", "第一部分 ", "先发前面的：");
    private static final List<String> ZHT_FIRST = List.of("前半部分：", "第一部分 ");
    private static final List<String> EN_LATER =
            List.of("part {n}: ", "continued ", "and ", "rest: ", "the last ones: ");
    private static final List<String> ZHS_LATER = List.of("还有后面的 ", "后面是：", "接着 ", "第{n}部分：");
    private static final List<String> ZHT_LATER = List.of("還有後面的 ", "後面是：", "第{n}部分：");
    private static final List<String> EN_KEY_FIRST = List.of("first half: ", "key part 1: ");
    private static final List<String> ZHS_KEY_FIRST = List.of("私钥前半段：", "前面一半 ");
    private static final List<String> ZHT_KEY_FIRST = List.of("私鑰前半段：");
    private static final List<String> EN_KEY_LATER = List.of("second half: ", "part {n}: ", "and the rest ");
    private static final List<String> ZHS_KEY_LATER = List.of("后半段：", "还有 ");
    private static final List<String> ZHT_KEY_LATER = List.of("後半段：", "還有 ");

    private static final List<String> SIMPLIFIED_RUN_INTROS = List.of("助记词是", "我的助记词是：", "助记词：");
    private static final List<String> TRADITIONAL_RUN_INTROS = List.of("助記詞是", "我的助記詞是：", "助記詞：");
    private static final List<String> SIMPLIFIED_AGENT_RUN_INTROS = List.of("您发来的助记词是", "您的助记词：");
    private static final List<String> TRADITIONAL_AGENT_RUN_INTROS = List.of("您提供的助記詞：", "您的助記詞是");

    private DisguiseWording() {}

    static List<String> leads(Voice voice, boolean key, boolean agent) {
        if (agent) {
            return switch (voice) {
                case EN -> key ? EN_AGENT_KEY_LEADS : EN_AGENT_PHRASE_LEADS;
                case ZHS -> key ? ZHS_AGENT_KEY_LEADS : ZHS_AGENT_PHRASE_LEADS;
                case ZHT -> key ? ZHT_AGENT_KEY_LEADS : ZHT_AGENT_PHRASE_LEADS;
            };
        }
        return switch (voice) {
            case EN -> key ? EN_KEY_LEADS : EN_PHRASE_LEADS;
            case ZHS -> key ? ZHS_KEY_LEADS : ZHS_PHRASE_LEADS;
            case ZHT -> key ? ZHT_KEY_LEADS : ZHT_PHRASE_LEADS;
        };
    }

    static List<String> tails(Voice voice, boolean key, boolean agent) {
        if (agent) {
            return switch (voice) {
                case EN -> EN_AGENT_TAILS;
                case ZHS -> ZHS_AGENT_TAILS;
                case ZHT -> ZHT_AGENT_TAILS;
            };
        }
        return switch (voice) {
            case EN -> key ? EN_KEY_TAILS : EN_PHRASE_TAILS;
            case ZHS -> key ? ZHS_KEY_TAILS : ZHS_PHRASE_TAILS;
            case ZHT -> key ? ZHT_KEY_TAILS : ZHT_PHRASE_TAILS;
        };
    }

    static List<String> declaredPhraseBefore(Voice voice) {
        return switch (voice) {
            case EN -> EN_DECLARED_PHRASE;
            case ZHS -> ZHS_DECLARED_PHRASE;
            case ZHT -> ZHT_DECLARED_PHRASE;
        };
    }

    static List<String> declaredPhraseAfter(Voice voice) {
        return switch (voice) {
            case EN -> EN_DECLARED_PHRASE_AFTER;
            case ZHS -> ZHS_DECLARED_PHRASE_AFTER;
            case ZHT -> ZHT_DECLARED_PHRASE_AFTER;
        };
    }

    static List<String> declaredKeyBefore(Voice voice) {
        return switch (voice) {
            case EN -> EN_DECLARED_KEY;
            case ZHS -> ZHS_DECLARED_KEY;
            case ZHT -> ZHT_DECLARED_KEY;
        };
    }

    static List<String> declaredKeyAfter(Voice voice) {
        return voice == Voice.EN ? EN_DECLARED_KEY_AFTER : ZH_DECLARED_KEY_AFTER;
    }

    /** Lead-ins for the first of several messages; "{of}" stands for how many there are. */
    static List<String> firstPart(Voice voice, boolean key) {
        return switch (voice) {
            case EN -> key ? EN_KEY_FIRST : EN_FIRST;
            case ZHS -> key ? ZHS_KEY_FIRST : ZHS_FIRST;
            case ZHT -> key ? ZHT_KEY_FIRST : ZHT_FIRST;
        };
    }

    /** Lead-ins for the second and third message; "{n}" stands for the message's number. */
    static List<String> laterPart(Voice voice, boolean key) {
        return switch (voice) {
            case EN -> key ? EN_KEY_LATER : EN_LATER;
            case ZHS -> key ? ZHS_KEY_LATER : ZHS_LATER;
            case ZHT -> key ? ZHT_KEY_LATER : ZHT_LATER;
        };
    }

    /** What introduces Chinese words written without separators; nobody writes them so otherwise. */
    static List<String> runIntro(Source source, boolean agent) {
        boolean traditional = source.name().equals("chinese_traditional");
        if (agent) {
            return traditional ? TRADITIONAL_AGENT_RUN_INTROS : SIMPLIFIED_AGENT_RUN_INTROS;
        }
        return traditional ? TRADITIONAL_RUN_INTROS : SIMPLIFIED_RUN_INTROS;
    }

    static String jsonForKey(String type, SplittableRandom rng) {
        List<String> options = switch (type) {
            case "wif" -> List.of("{\"wif\":\"%s\"}", "{\"privateKey\": \"%s\"}");
            case "xprv" -> List.of("{\"xprv\":\"%s\"}", "{\"rootKey\": \"%s\", \"network\": \"mainnet\"}");
            case "solana" -> List.of("{\"secretKey\":\"%s\"}", "{\"keypair\": \"%s\"}");
            default -> List.of("{\"privateKey\":\"%s\"}", "{\"private_key\": \"%s\"}", "{\n  \"key\": \"%s\"\n}");
        };
        return options.get(rng.nextInt(options.size()));
    }
}
