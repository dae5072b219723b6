package dev.baton.bench.sitting;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The ceiling a benchmark sitting measures Baton against: a bare Javalin app, started as its own JVM like Baton
 * (same class path, same heap, {@code BATON_HOST} and {@code BATON_PORT}), that answers the three calls the load
 * generator makes with fixed JSON of the shape Baton sends and does no other work. The same load generator
 * drives both, so their ratio is what Baton's own work costs over the HTTP it shares with any Javalin server.
 */
public final class SittingEcho {

    static final String CONVERSATION_ID = "c_00000000000000000000000000000000";

    private static final byte[] CREATED = ("{\"conversationId\":\"" + CONVERSATION_ID
                    + "\",\"token\":\"8o7TLSiLBuffJdSWBEJ0ym5KouWBVOsSX5KOulYtNMY\"}")
            .getBytes(StandardCharsets.UTF_8);

    // A reply Baton gave to the load's commonest message, byte for byte: the same size on the wire.
    private static final byte[] TURN = ("{\"messageId\":1,\"reply\":{\"messageId\":2,\"text\":\"你现在就在和我们的在线客服对话："
                    + "常见问题我可以马上回答；需要客服亲自处理的，在这里提出来就行，客服会在这个对话里接手，不用再去找别的入口。\\n"
                    + "除了在线聊天，你也可以发电子邮件或打电话：电子邮件适合比较复杂、需要把来龙去脉写清楚的问题；"
                    + "电话适合需要马上处理的急事，比如账户被锁定。\\n请只使用这里、官网和 App 里公布的联系方式，"
                    + "不要相信其他来源给的号码或邮箱。\",\"quickReplies\":[{\"id\":\"required-info\",\"label\":\"联系客服要提供什么\"},"
                    + "{\"id\":\"service-hours\",\"label\":\"客服工作时间\"}]},\"decision\":{\"action\":\"answer\","
                    + "\"faqId\":\"contact-channels\",\"intent\":\"contact-channels\",\"confidence\":0.48181302813721205,"
                    + "\"priority\":null,\"reason\":null},\"handoff\":null,\"state\":\"bot\"}")
            .getBytes(StandardCharsets.UTF_8);

    private static final byte[] HEALTH = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);

    // Baton's server pool, so that the two differ in the work done on a request, not in how many threads do it.
    private static final int MAX_THREADS = 32;
    private static final int MIN_THREADS = 8;

    private SittingEcho() {}

    /** Serves on {@code BATON_HOST} (default 127.0.0.1) and {@code BATON_PORT} until the process is stopped. */
    public static void main(String[] args) {
        String host = System.getenv().getOrDefault("BATON_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("BATON_PORT", "0"));
        start(host, port);
    }

    /** Starts the echo on {@code host} and {@code port} (0 for any free one). */
    static Javalin start(String host, int port) {
        return Javalin.create(config -> {
                    config.jetty.host = host;
                    config.jetty.port = port;
                    config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
                    config.startup.showJavalinBanner = false;
                    config.routes.get("/health", ctx -> json(ctx, 200, HEALTH));
                    config.routes.post("/api/v1/conversations", ctx -> json(ctx, 201, CREATED));
                    config.routes.post("/api/v1/conversations/{id}/messages", ctx -> json(ctx, 200, TURN));
                })
                .start();
    }

    // The body is read as any server must read it to keep the connection; it is not parsed.
    private static void json(Context ctx, int status, byte[] body) {
        ctx.bodyAsBytes();
        ctx.status(status).contentType("application/json").result(body);
    }
}
