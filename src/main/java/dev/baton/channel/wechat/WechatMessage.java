package dev.baton.channel.wechat;

/**
 * A message or event pushed by WeChat, as read from its plain-text XML. Fields WeChat leaves out are null.
 *
 * @param toUserName   the official account's original id ({@code gh_...})
 * @param fromUserName the user's openid for this account
 * @param createTime   seconds since the epoch
 * @param msgType      {@code text}, {@code event}, {@code image}, {@code voice} ...
 * @param content      the text of a {@code text} message
 * @param msgId        the id of a message (events have none)
 * @param event        the kind of an {@code event}: {@code subscribe}, {@code unsubscribe}, {@code CLICK} ...
 * @param menuItemId   {@code bizmsgmenuid}: the id of the menu item a text message comes from, when the user
 *                     clicked one in a menu message rather than typing (its {@code Content} is the item's text)
 */
record WechatMessage(
        String toUserName,
        String fromUserName,
        long createTime,
        String msgType,
        String content,
        String msgId,
        String event,
        String menuItemId) {
    WechatMessage {
        required("ToUserName", toUserName);
        required("FromUserName", fromUserName);
        required("MsgType", msgType);
    }

    boolean isText() {
        return "text".equals(msgType);
    }

    boolean isSubscribe() {
        return "event".equals(msgType) && "subscribe".equals(event);
    }

    private static void required(String element, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("<" + element + "> is required");
        }
    }
}
