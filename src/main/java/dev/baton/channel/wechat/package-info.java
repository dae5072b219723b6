/**
 * WeChat Official Account (公众号): the signed URL check and XML messages in
 * ({@link dev.baton.channel.wechat.WechatChannel}), in plain-text mode or encrypted in safe mode; passive XML
 * replies within the webhook's five seconds; and the customer-service message API with a cached access token for
 * everything later, with quick replies as menu messages where the account may send them.
 */
package dev.baton.channel.wechat;
