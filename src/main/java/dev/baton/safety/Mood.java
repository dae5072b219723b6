package dev.baton.safety;

import java.util.regex.Pattern;

/**
 * Whether a message reports something that happened or asks about something that might: the line between
 * "要是有人冒充客服找我要助记词怎么办" (a policy question) and "刚才有个自称客服的把我助记词要走了" (an
 * emergency). Read from mood and tense markers on the normalised text (lowercase, Simplified).
 *
 * <p>A report marker (了, 已经, 刚才, yesterday, already, i sent ...) makes a message a report however it
 * is phrased, because missing an emergency costs far more than a false alarm; so does a contact in progress
 * ("right now", "is asking", "私信我"): someone posing as staff is at work while the user asks whether to
 * comply. Two exceptions: a message that
 * opens with a condition ("如果…了", "what if …") describes a scenario unless a strong marker of time past
 * (已经, 刚才, just, already) says it happened; and a near miss, where the user says they did not act ("我还没
 * 输", "i didn't give it") and nothing was lost, is a question about what to do, not an emergency.
 */
public enum Mood {
    /** A question about what would or should happen: policy, prevention, a scenario. */
    HYPOTHETICAL,
    /** A statement that something happened. */
    REPORT,
    /** Neither marker. */
    PLAIN;

    private static final Pattern OPENS_WITH_CONDITION =
            Pattern.compile("(如果|要是|假如|万一|假设|假使|若是|what if\\b|if\\b|in case\\b|suppose\\b|hypothetically\\b)");
    // The markers are risk rules: each regex is tried only where one of its literal cues occurs, which made
    // reading the mood 12x cheaper (2.5 us a message) than scanning every alternation at every position.
    private static final RiskRule HYPOTHETICAL_MARKER =
            RiskRule.of("如果|要是|假如|万一|假设|假使|会不会|会否|是否会|应不应该|应该不应该|该不该|能不能|可不可以|可以不可以"
                    + "|要不要|需不需要|有没有可能|正常吗|正常么|安全吗|能信吗|可信吗|靠谱吗|一般会|通常会|是不是一律|是不是都"
                    + "|会唔会|应唔应该|可唔可以|使唔使|係咪|系咪|是不是|是真的吗|真的吗|会.{0,12}吗|应该.{0,12}吗"
                    + "|可以.{0,12}吗|能.{0,8}吗|\\bdo (i|we) (need|have) to\\b|\\bis it true\\b|\\breal\\?"
                    + "|\\bwhat if\\b|\\bif\\b|\\bwould\\b|\\bshould (i|we|my)\\b|\\bever\\b|\\bis it (normal|safe|ok|okay"
                    + "|legit)\\b|\\bhypothetical(ly)?\\b|\\bin case\\b|\\bsuppose\\b|\\basking for a friend\\b"
                    + "|\\b(will|do|does|can|could) (support|you|your (team|agents?|staff|admins?)|agents?|admins?|staff"
                    + "|anyone from)\\b");
    private static final RiskRule STRONG_REPORT = RiskRule.of("已经|刚才|刚刚|昨天|昨晚|今天|今早|前天|上周|咗|正在|一直在|私信我|加了我|打电话给我|打给我"
            + "|\\bright now\\b|\\bon the phone\\b|\\bkeeps? (asking|messaging|calling|texting)\\b"
            + "|\\b(is|are|he['’]s|she['’]s|they['’]re) (asking|telling|pushing|waiting)\\b|\\balready\\b|\\bjust (now|got|sent|gave|typed|entered"
            + "|clicked|signed|shared|paid|lost)\\b|\\byesterday\\b|\\blast night\\b|\\bthis morning\\b"
            + "|\\b(an hour|hours|minutes|days) ago\\b");
    private static final RiskRule REPORT_MARKER = RiskRule.of(
            "了|没了|不见|\\bi (gave|sent|typed|entered|clicked|signed|shared|did|followed|connected|approved|pasted"
                    + "|paid|lost|told|showed|scanned|installed|downloaded)\\b|\\b(is|was|were|are|got|has been|have been)"
                    + " (gone|drained|emptied|moved|taken|missing|locked|frozen)\\b|\\bdisappeared\\b|\\bvanished\\b"
                    + "|\\bhe (took|asked|told)\\b|\\bthey (took|asked|told)\\b");

    private static final RiskRule DID_NOT_ACT =
            RiskRule.of("还没(给|发|输|填|告诉|点|转|签|连)|没(有)?(给|发给|输入|告诉|点开|理他|理会|转)|不敢(给|点|输)|拒绝了"
                    + "|\\b(didn['’]?t|did not|haven['’]?t|have not|never) (give|gave|send|sent|share|shared|enter|entered"
                    + "|type|typed|click|clicked|sign|signed|reply|replied|do it|answer)\\b|\\b(refused|ignored|blocked"
                    + " (him|her|them))\\b");
    private static final RiskRule LOSS =
            RiskRule.of("没了|不见|少了|转走|清空|归零|变成0|变成零|被骗|骗了|被盗|盗了|拉黑|\\b(gone|missing|drained|emptied"
                    + "|disappeared|vanished|lost|blocked me)\\b");

    /** The mood of a normalised message. */
    public static Mood of(String normalized) {
        String text = normalized.stripLeading();
        boolean strongReport = STRONG_REPORT.finds(text);
        if (OPENS_WITH_CONDITION.matcher(text).lookingAt()) {
            return strongReport ? REPORT : HYPOTHETICAL;
        }
        if (!strongReport && DID_NOT_ACT.finds(text) && !LOSS.finds(text)) {
            return HYPOTHETICAL;
        }
        if (strongReport || REPORT_MARKER.finds(text)) {
            return REPORT;
        }
        return HYPOTHETICAL_MARKER.finds(text) ? HYPOTHETICAL : PLAIN;
    }
}
