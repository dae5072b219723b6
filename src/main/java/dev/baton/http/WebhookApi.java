package dev.baton.http;

import dev.baton.channel.Channel;
import dev.baton.channel.ChannelStore;
import dev.baton.channel.Delivery;
import dev.baton.channel.DeliveryMeter;
import dev.baton.channel.InboundMessage;
import dev.baton.channel.Intake;
import dev.baton.channel.Received;
import dev.baton.channel.WebhookRequest;
import dev.baton.channel.WebhookResponse;
import dev.baton.conversation.Message;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /webhooks/{channel}} and {@code /webhooks/generic/{integration}}: the platform's call is verified and
 * read by its {@link Channel}, its messages are stored durably by the {@link Intake}, and only then answered.
 * A channel that is not configured does not exist (404).
 */
final class WebhookApi {

    private final Map<String, Channel> channels;
    private final Intake intake;
    private final ChannelStore store;
    private final Clock clock;
    private final DeliveryMeter meter;

    WebhookApi(Map<String, Channel> channels, Intake intake, ChannelStore store, Clock clock, DeliveryMeter meter) {
        this.channels = Map.copyOf(channels);
        this.intake = intake;
        this.store = store;
        this.clock = clock;
        this.meter = meter;
    }

    void platform(Context ctx) {
        String name = ctx.pathParam("channel");
        handle(ctx, name.startsWith("generic") ? null : channels.get(name), null);
    }

    void generic(Context ctx) {
        String integration = ctx.pathParam("integration");
        handle(ctx, channels.get("generic:" + integration), integration);
    }

    private void handle(Context ctx, Channel channel, String integration) {
        if (channel == null) {
            throw new ApiException(404, "not_found", "no channel is configured at " + ctx.path());
        }
        long started = System.nanoTime();
        try {
            receive(ctx, channel, integration);
        } finally {
            meter.received(channel.name(), System.nanoTime() - started);
        }
    }

    private void receive(Context ctx, Channel channel, String integration) {
        Received received = channel.receive(request(ctx, integration));
        if (received instanceof Received.Handshake handshake) {
            respond(ctx, handshake.response());
            return;
        }
        Received.Messages messages = (Received.Messages) received;
        List<Intake.Accepted> accepted = intake.accept(messages.messages());
        Optional<Duration> window = channel.passiveReplyWindow();
        if (window.isPresent() && accepted.size() == 1 && !accepted.get(0).duplicate()) {
            Intake.Accepted one = accepted.get(0);
            Optional<Message> reply = intake.awaitReply(one.id().getAsLong(), window.get());
            if (reply.isPresent()
                    && store.claimPassive(
                            reply.get().conversationId(), reply.get().seq(), clock.instant())) {
                respond(ctx, channel.passiveReply(one.message(), delivery(channel, one.message(), reply.get())));
                return;
            }
        }
        respond(ctx, channel.acknowledge(messages));
    }

    private static Delivery delivery(Channel channel, InboundMessage inbound, Message reply) {
        return new Delivery(
                0,
                channel.name(),
                inbound.chatId(),
                reply.conversationId(),
                reply.seq(),
                reply.sender().wire(),
                reply.text(),
                reply.quickReplies());
    }

    private WebhookRequest request(Context ctx, String integration) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, String> h : ctx.headerMap().entrySet()) {
            headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue());
        }
        Map<String, String> query = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
        return new WebhookRequest(ctx.method().name(), headers, query, ctx.bodyAsBytes(), integration, clock.instant());
    }

    private static void respond(Context ctx, WebhookResponse response) {
        ctx.status(response.status()).contentType(response.contentType()).result(response.body());
    }
}
