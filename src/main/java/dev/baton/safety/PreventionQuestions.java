package dev.baton.safety;

import java.util.List;

/**
 * Question forms about prevention or policy ("怎么防止", "will support ask ..."): while one is present, only
 * unmistakable reports count as funds at risk.
 */
final class PreventionQuestions {
    private PreventionQuestions() {
    }

    static List<String> patterns() {
        return List.of(
                "防止|避免|防范|预防|提防|保护|识别|辨别|分辨|怎么判断|如何判断|注意什么|注意事项|安全吗",
                "什么是|是什么|会不会|是否会|什么情况|哪些情况|哪种情况",
                "会.{0,4}(要|找|索要|问|让|叫|加|联系|私信|主动|打电话).{0,12}吗",
                "(可以|可不可以|应该|要不要|需要|是否).{0,12}吗",
                "\\bhow (do|can|should|would|could) (i|we|you|one)\\b.{0,12}\\b(avoid|prevent|protect|keep|secure"
                        + "|spot|recogni[sz]e|tell|identify|know|stay|check|verify)\\b",
                "\\bhow to (avoid|prevent|protect|keep|secure|spot|recogni[sz]e|tell|identify|stay|verify)\\b",
                "\\bwhat (is|are|does)\\b|\\bwhat['’]s\\b|\\bwhat (info|information|details|data)\\b",
                "\\b(will|would|does|do|can|could)\\b.{0,25}\\b(ask|request|need|require|contact|dm|message|call)\\b",
                "\\bshould i (give|share|send|tell|show|provide)\\b|\\bis it safe\\b|\\btips?\\b|\\bbest practices?\\b");
    }
}
