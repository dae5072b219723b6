package dev.baton.safety;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Question forms about prevention or policy ("怎么防止", "will support ask ..."): while one is present, only
 * unmistakable reports count as funds at risk.
 */
final class PreventionQuestions {
    /** A message that opens with a condition ("如果…", "what if …") describes a scenario, not an event. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(如果|要是|假如|万一|假设|what if\\b|if\\b|in case\\b)");

    private PreventionQuestions() {}

    static boolean isHypothetical(String normalized) {
        return HYPOTHETICAL.matcher(normalized.stripLeading()).lookingAt();
    }

    static List<String> patterns() {
        return List.of(
                "防止|避免|防范|预防|提防|保护|识别|辨别|分辨|怎么判断|如何判断|注意什么|注意事项|安全吗",
                "什么是|是什么|会不会|是否会|什么情况|哪些情况|哪种情况|正常吗|正常么|有权限|需不需要|需要不需要|是否需要" + "|一般会|通常会",
                "(能|可以|要不要|需不需要|该不该|用不用|应不应该)(把|将)?.{0,8}(发|给|提供|告诉|交).{0,8}" + "(助记词|私钥|密码|seed|private key)",
                "(助记词|私钥|密码|seed|private key).{0,6}(能|可以|要不要|需不需要|该不该|用不用)(把|将)?.{0,4}" + "(发|给|提供|告诉|交)",
                "(能|可以|要不要|需不需要|该不该|用不用|应不应该)(把|将).{0,4}(助记词|私钥|密码|seed|private key).{0,8}" + "(发|给|提供|告诉|交)",
                "会.{0,4}(要|找|索要|问|让|叫|加|联系|私信|主动|打电话).{0,20}吗",
                "(可以|可不可以|应该|要不要|需要|是否).{0,12}吗",
                "\\bhow (do|can|should|would|could) (i|we|you|one)\\b.{0,12}\\b(avoid|prevent|protect|keep|secure"
                        + "|spot|recogni[sz]e|tell|identify|know|stay|check|verify|report)\\b",
                "\\b(are|is) there any (case|cases|situation|situations|reason|reasons)\\b",
                "\\bhow to (avoid|prevent|protect|keep|secure|spot|recogni[sz]e|tell|identify|stay|verify)\\b",
                "\\bwhat (is|are|does)\\b|\\bwhat['’]s\\b|\\bwhat (info|information|details|data)\\b",
                "\\b(will|would|does|do|can|could)\\b.{0,25}\\b(ask|request|need|require|contact|dm|message|call)\\b",
                "\\bshould i (give|share|send|tell|show|provide)\\b|\\bis it safe\\b|\\btips?\\b|\\bbest practices?\\b");
    }
}
