package fr.agora.adapter.in.rest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client refuses to send (encoded separators, bad {@code Host},
 * broken framing): the request bytes go out as given and the whole answer is read until the server closes.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A response as text: status line, headers and body. */
    public record Answer(String raw) {

        public int status() {
            String[] first = raw.split("\r\n", 2)[0].split(" ");
            return first.length > 1 ? Integer.parseInt(first[1]) : -1;
        }

        public String header(String name) {
            String head = raw.split("\r\n\r\n", 2)[0];
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        public String body() {
            String[] parts = raw.split("\r\n\r\n", 2);
            return parts.length > 1 ? parts[1] : "";
        }

        public boolean isProblemJson() {
            String ct = header("Content-Type");
            return ct != null && ct.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }
    }

    public static Answer send(int port, String request) {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Answer send(int port, byte[] request) {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before the whole request is written (413 on Content-Length)
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // keep what arrived
            }
            return new Answer(got.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET with {@code Connection: close}, the target sent verbatim. */
    public static Answer get(int port, String target, String... headerLines) {
        StringBuilder sb = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String h : headerLines) {
            sb.append(h).append("\r\n");
        }
        return send(port, sb.append("Connection: close\r\n\r\n").toString());
    }
}
