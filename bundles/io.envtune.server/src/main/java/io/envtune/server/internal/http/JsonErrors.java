package io.envtune.server.internal.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises itself (a malformed request line, oversize headers, a bad URI) as the API's JSON error body
 * instead of Jetty's HTML page.
 */
final class JsonErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String text = message == null || message.isBlank() ? "HTTP " + code : message;
        String json = Json.encode(new Bodies.Error(code >= 500 ? "internal" : "bad_request", text, code));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, json, callback);
    }
}
