import { BlockList, isIP } from 'node:net';

/**
 * Addresses a photo may not come from: this PC, the shop's LAN, link-local (cloud metadata
 * services live at 169.254.169.254), and the other special-purpose ranges of the IANA registries
 * (RFC 6890 and its updates). A customer photo is on the internet or nowhere.
 */
const specialV4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  specialV4.addSubnet(network, prefix, 'ipv4');
}
// A list of its own: an IPv6 list holding ::ffff:0:0/96 would also match every IPv4 address.
const specialV6 = new BlockList();
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::ffff:0:0', 96], // IPv4-mapped: would reach an IPv4 address the list above judges
  ['64:ff9b::', 96], // NAT64, embeds an IPv4 address
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 23], // IETF protocol assignments (Teredo among them)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4, embeds an IPv4 address
  ['fc00::', 7], // unique local (the IPv6 LAN)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  specialV6.addSubnet(network, prefix, 'ipv6');
}

/** Global unicast: every public IPv6 address is in 2000::/3. */
const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');

/**
 * Whether `address` (an IPv4 or IPv6 literal, brackets allowed) is a public internet address.
 * Anything that is not an IP literal is not.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(bare);
  if (family === 4) return !specialV4.check(bare, 'ipv4');
  if (family === 6) return globalUnicast.check(bare, 'ipv6') && !specialV6.check(bare, 'ipv6');
  return false;
}
