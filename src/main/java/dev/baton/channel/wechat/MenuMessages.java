package dev.baton.channel.wechat;

import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryResult;
import dev.baton.decision.QuickReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages with quick replies sent through the customer-service API: as a menu message ({@code msgmenu}),
 * whose items the user taps instead of typing, where the account may send one; as numbered text where not.
 *
 * <p>Only verified service accounts may send menu messages. A test or subscription account gets errcode 40200
 * (invalid account type), an account without the permission 48001 (api unauthorized). Either makes that
 * delivery go at once as numbered text, and the channel then sends numbered text for a day before it tries a
 * menu again (the account may have been verified meanwhile). Other errors are about the user or the call, not
 * the menu (45015: the user's 48 hours are over), and count for the delivery as they do for text.
 *
 * <p>A tapped item comes back as a text message whose content is the item's text, the quick reply's label, so
 * Baton reads it exactly as if the user had typed the label. Item ids are the options' numbers, which typed
 * alone pick the same options.
 */
final class MenuMessages {

    /** The codes that mean "this account may not send menu messages". */
    static final Set<Integer> REFUSED = Set.of(40200, 48001);

    /** WeChat takes at most 10 items in a menu; more choices go as numbered text. */
    static final int MAX_ITEMS = 10;

    static final Duration TEXT_ONLY_FOR = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(MenuMessages.class);

    private final CustomerService api;
    private final Clock clock;
    private volatile Instant textOnlyUntil = Instant.MIN;

    MenuMessages(CustomerService api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    DeliveryResult send(Delivery delivery) {
        List<QuickReply> choices = delivery.quickReplies();
        if (choices.isEmpty() || choices.size() > MAX_ITEMS || clock.instant().isBefore(textOnlyUntil)) {
            return numbered(delivery);
        }
        CustomerService.Sent sent =
                api.send(new WechatJson.CustomMenu(delivery.chatId(), menu(delivery.text(), choices)));
        if (sent.errcode() != null && REFUSED.contains(sent.errcode())) {
            textOnlyUntil = clock.instant().plus(TEXT_ONLY_FOR);
            LOG.warn(
                    "WeChat refused a menu message with errcode {}: replies with choices go as numbered text for {}",
                    sent.errcode(),
                    TEXT_ONLY_FOR);
            return numbered(delivery);
        }
        return sent.result();
    }

    /** The menu of {@code choices} under {@code text}: item {@code n} is the n-th choice's label. */
    static WechatJson.Menu menu(String text, List<QuickReply> choices) {
        List<WechatJson.MenuItem> items = new ArrayList<>(choices.size());
        for (int i = 0; i < choices.size(); i++) {
            items.add(new WechatJson.MenuItem(
                    String.valueOf(i + 1), choices.get(i).label()));
        }
        return new WechatJson.Menu(text, items, "");
    }

    /** Quick replies as "1. label" lines under the text, for where there are no menus: "1" is understood. */
    static String withNumberedChoices(String text, List<QuickReply> choices) {
        if (choices.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append("\n");
        for (int i = 0; i < choices.size(); i++) {
            out.append('\n').append(i + 1).append(". ").append(choices.get(i).label());
        }
        return out.toString();
    }

    private DeliveryResult numbered(Delivery delivery) {
        return api.sendText(delivery.chatId(), withNumberedChoices(delivery.text(), delivery.quickReplies()));
    }
}
