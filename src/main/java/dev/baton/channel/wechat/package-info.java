/**
 * WeChat Official Account (公众号) in plain-text mode: the signed URL check and XML messages in
 * ({@link dev.baton.channel.wechat.WechatChannel}), passive XML replies within the webhook's five seconds, and
 * the customer-service message API with a cached access token for everything later.
 */
package dev.baton.channel.wechat;
