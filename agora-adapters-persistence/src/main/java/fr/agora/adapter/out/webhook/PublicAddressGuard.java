package fr.agora.adapter.out.webhook;

import fr.agora.domain.shared.InvalidInputException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The SSRF guard: a webhook target must resolve only to public unicast addresses — never loopback, private (RFC 1918,
 * fc00::/7), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT (100.64/10), multicast, unspecified,
 * benchmarking (198.18/15) or documentation ranges, nor an IPv4-mapped/translated form of one. Every address the name
 * resolves to is checked, just before connecting. {@code allowPrivate} (tests only) lets a local receiver through.
 */
public final class PublicAddressGuard {

    private final boolean allowPrivate;

    public PublicAddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Resolves {@code host} and refuses it unless every address is public; returns the addresses (none when relaxed). */
    public InetAddress[] resolvePublic(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (allowPrivate) return new InetAddress[0]; // tests: no look-up, the HTTP client resolves when it connects
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw new InvalidInputException("url", "host '" + host + "' does not resolve");
        }
        if (h.toLowerCase(Locale.ROOT).equals("localhost") || h.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            throw new InvalidInputException("url", "url must not point to this machine");
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) throw new InvalidInputException("url", "url resolves to a non-public address (" + a.getHostAddress() + ")");
        }
        return all;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return isPublicV4(b);
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) return false; // fc00::/7 unique local
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) return false; // 2001:db8::/32
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) zeroPrefix &= b[i] == 0;
            if (zeroPrefix && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || b[10] == 0 && b[11] == 0)) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // ::ffff:a.b.c.d and ::a.b.c.d
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int o1 = b[0] & 0xff;
        int o2 = b[1] & 0xff;
        int o3 = b[2] & 0xff;
        if (o1 == 0 || o1 == 10 || o1 == 127 || o1 >= 224) return false;
        if (o1 == 169 && o2 == 254) return false;
        if (o1 == 172 && o2 >= 16 && o2 <= 31) return false;
        if (o1 == 192 && o2 == 168) return false;
        if (o1 == 100 && o2 >= 64 && o2 <= 127) return false;
        if (o1 == 198 && (o2 == 18 || o2 == 19)) return false;
        if (o1 == 192 && o2 == 0 && (o3 == 0 || o3 == 2)) return false;
        if (o1 == 198 && o2 == 51 && o3 == 100) return false;
        return !(o1 == 203 && o2 == 0 && o3 == 113);
    }
}
