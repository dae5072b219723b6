package dev.baton.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskRuleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "钓鱼; 钓鱼",
                "假的?(网站|app); 假",
                "\\bphishing\\b; phishing",
                "(助记词|私钥).{0,12}(泄露了); 助记词|私钥",
                "((seed|recovery) ?(phrase|words?)|mnemonic|private ?keys?|\\bseed\\b); seed|recovery|mnemonic|private|seed",
                "被盗|被偷|(资产|币)不见; 被盗|被偷|资产|币",
                "冻结(?!期); 冻结",
                "\\b(can['’]?t|cannot); can|cannot",
            })
    void cuesAreTheLiteralsEveryMatchStartsWith(String regex, String cues) {
        assertThat(LiteralCues.of(regex)).containsExactly(cues.split("\\|"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"(i|we)?(sent); -", ".{0,3}x; -", "(?:a|b)c; -", "a|.b; -", "(a|b)*c; -"})
    void regexWithoutSureStartHasNoCues(String regex, String ignored) {
        assertThat(LiteralCues.of(regex)).isEmpty();
    }

    @Test
    void cuesNeverChangeAVerdict() {
        List<String> texts = new ArrayList<>();
        FundsAtRiskRulesTest.reports().forEach(args -> texts.add((String) args.get()[0]));
        texts.addAll(List.of(
                "客服会找我要助记词吗",
                "will support ask for my seed phrase",
                "what's phishing",
                "i i i we we leaked it",
                "this wallet's account is frozen",
                "我我我转错了",
                "",
                "i"));
        List<RiskTable> tables = List.of(
                ImpersonationTable.create(),
                SecretLeakedTable.create(),
                UnauthorizedTransferTable.create(),
                WrongAddressTable.create(),
                AccountLockedTable.create());
        Stream<RiskRule> rules = Stream.concat(
                tables.stream().flatMap(t -> Stream.concat(t.reports().stream(), t.mentions().stream())),
                RiskRule.all(PreventionQuestions.patterns()).stream());
        rules.forEach(rule -> {
            assertThat(rule.cues()).as(rule.pattern().pattern()).isNotEmpty();
            for (String text : texts) {
                assertThat(rule.finds(text))
                        .as("%s on %s", rule.pattern(), text)
                        .isEqualTo(rule.pattern().matcher(text).find());
            }
        });
    }
}
