/**
 * @module Who the client is, for the rate limit. By default the socket address: headers are
 * anyone's to write. Behind a proxy (TRUST_PROXY), the address the proxy saw: Cloudflare's
 * CF-Connecting-IP, or the rightmost X-Forwarded-For entry that is not one of our own proxies.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import type { TrustProxy } from '../../core/index.js';

/** "::ffff:10.0.0.1" is how a dual-stack socket shows an IPv4 peer. */
function plain(address: string): string {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  return mapped ? mapped[1]! : address;
}

function trustedProxies(addresses: string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const range of addresses) {
    const [network = '', prefix = ''] = range.split('/');
    list.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * Walks X-Forwarded-For from the right: each trusted proxy appended the address it saw, so the
 * first untrusted one is the client. Entries further left were written by the client and prove nothing.
 */
export function clientFromForwardedFor(header: string, isTrusted: (address: string) => boolean): string | undefined {
  const hops = header.split(',').map((hop) => plain(hop.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(hops[i]!)) return isIP(hops[i]!) ? hops[i] : undefined;
  return hops[0];
}

export function createClientKey(trust: TrustProxy, socketAddress: (c: Context) => string): (c: Context) => string {
  if (trust.mode === 'off') return (c) => plain(socketAddress(c));
  if (trust.mode === 'cloudflare') {
    // Only sound when the origin accepts connections from Cloudflare alone (see README).
    return (c) => {
      const header = c.req.header('cf-connecting-ip')?.trim() ?? '';
      return isIP(header) ? header : plain(socketAddress(c));
    };
  }
  const isTrusted = trustedProxies(trust.addresses);
  return (c) => {
    const peer = plain(socketAddress(c));
    // A request that did not come through one of our proxies speaks for itself.
    if (!isTrusted(peer)) return peer;
    return clientFromForwardedFor(c.req.header('x-forwarded-for') ?? '', isTrusted) ?? peer;
  };
}
