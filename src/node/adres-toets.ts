/**
 * @module
 * Which addresses a webhook may reach (issue 18): public unicast only. Refused: private,
 * loopback, link-local, unique-local, CGNAT, multicast, unspecified, documentation and
 * reserved ranges, and IPv4-mapped IPv6 of any of them (node's BlockList maps those itself).
 * Loopback is allowed only in test mode, for receivers a test starts.
 */
import { BlockList, isIP } from 'node:net';

const geweigerd = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  geweigerd.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  geweigerd.addSubnet(net, prefix, 'ipv6');
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** True when a webhook may connect to `adres` (an IP address); false for anything else. */
export function adresToegestaan(adres: string, loopbackToegestaan = false): boolean {
  const soort = isIP(adres);
  if (soort === 0) return false;
  const type = soort === 4 ? 'ipv4' : 'ipv6';
  if (loopbackToegestaan && loopback.check(adres, type)) return true;
  return !geweigerd.check(adres, type);
}

/** True for a loopback address (127.0.0.0/8, ::1, and IPv4-mapped of those). */
export function isLoopback(adres: string): boolean {
  const soort = isIP(adres);
  return soort !== 0 && loopback.check(adres, soort === 4 ? 'ipv4' : 'ipv6');
}

/** For a URL's host: a name passes (it is checked when resolved); a literal address is checked. */
export function hostToegestaan(host: string, loopbackToegestaan = false): boolean {
  return isIP(host) === 0 || adresToegestaan(host, loopbackToegestaan);
}
