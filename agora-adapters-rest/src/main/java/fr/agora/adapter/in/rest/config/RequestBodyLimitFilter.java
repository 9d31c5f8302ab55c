package fr.agora.adapter.in.rest.config;

import fr.agora.adapter.in.rest.problem.ProblemResponses;
import fr.agora.adapter.in.rest.problem.RequestBodyRefusedException;
import fr.agora.adapter.in.rest.security.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Bounds every request body <em>before</em> it is parsed: a declared {@code Content-Length} over the endpoint's limit
 * is a 413 problem+json without reading a byte; a chunked (or lying) body is counted while it is read and refused as
 * soon as it passes the limit; a body that takes longer than {@code read-timeout} to arrive is a 408 (a slow upload
 * cannot hold a worker thread for ever). The answer closes the connection so Tomcat does not swallow the rest.
 */
public final class RequestBodyLimitFilter extends OncePerRequestFilter {

    private record Limit(PathPattern pattern, long max) {
    }

    private final List<Limit> limits;
    private final long defaultMax;
    private final long readTimeoutNanos;

    public RequestBodyLimitFilter(BodyLimitProperties properties) {
        PathPatternParser parser = new PathPatternParser();
        this.limits = properties.endpoints().stream()
                .map(e -> new Limit(parser.parse(e.pattern()), e.max().toBytes())).toList();
        this.defaultMax = properties.defaultMax().toBytes();
        this.readTimeoutNanos = properties.readTimeout().toNanos();
    }

    /** The largest body accepted on this (canonical) path. */
    public long maxFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Limit l : limits) {
            if (l.pattern().matches(container)) {
                return l.max();
            }
        }
        return defaultMax;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = maxFor(RequestPaths.canonical(request));
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(response, new RequestBodyRefusedException(413, tooLarge(max)));
            return;
        }
        boolean hasBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, max, System.nanoTime() + readTimeoutNanos), response);
        } catch (IOException | ServletException | RuntimeException e) {
            RequestBodyRefusedException refused = RequestBodyRefusedException.in(e);
            if (refused == null || response.isCommitted()) {
                throw e;
            }
            refuse(response, refused);
        }
    }

    static String tooLarge(long max) {
        return "The request body of this endpoint may hold at most " + max + " bytes (see docs/limits.md).";
    }

    private static void refuse(HttpServletResponse response, RequestBodyRefusedException e) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, e.problem());
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final LimitedInputStream in;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long max, long deadline) throws IOException {
            super(request);
            this.in = new LimitedInputStream(request, max, deadline);
        }

        @Override
        public ServletInputStream getInputStream() {
            return in;
        }

        @Override
        public BufferedReader getReader() {
            if (reader == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
                reader = new BufferedReader(new InputStreamReader(in, cs));
            }
            return reader;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final HttpServletRequest request;
        private ServletInputStream delegate;
        private final long max;
        private final long deadline;
        private long count;

        LimitedInputStream(HttpServletRequest request, long max, long deadline) {
            this.request = request;
            this.max = max;
            this.deadline = deadline;
        }

        private ServletInputStream delegate() throws IOException {
            if (delegate == null) {
                delegate = request.getInputStream();
            }
            return delegate;
        }

        @Override
        public int read() throws IOException {
            checkTime();
            int b = delegate().read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            checkTime();
            int n = delegate().read(buf, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new RequestBodyRefusedException(413, tooLarge(max));
            }
        }

        private void checkTime() throws IOException {
            if (System.nanoTime() - deadline > 0) {
                throw new RequestBodyRefusedException(408, "The request body did not arrive in time.");
            }
        }

        @Override
        public boolean isFinished() {
            return delegate != null && delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            try {
                return delegate().isReady();
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                delegate().setReadListener(listener);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
