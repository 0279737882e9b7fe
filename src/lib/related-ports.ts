/**
 * Roles a port plays in a group of related ports; each is a UI string "related.<role>" in every
 * language ("SSH alternate" / "SSH 대체 포트"), shown before the number's IANA name.
 */
export const relatedRoles = [
  'http',
  'https',
  'httpAlt',
  'httpsAlt',
  'ftpData',
  'ftp',
  'ftpsData',
  'ftps',
  'ssh',
  'sshAlt',
  'telnet',
  'telnets',
  'smtp',
  'submissions',
  'submission',
  'pop3',
  'pop3s',
  'imap',
  'imaps',
  'dns',
  'dnsEncrypted',
  'dhcpServer',
  'dhcpClient',
  'kerberos',
  'kpasswd',
  'kadmin',
  'netbiosName',
  'netbiosDatagram',
  'netbiosSession',
  'smb',
  'snmp',
  'snmpTrap',
  'ldap',
  'ldaps',
  'globalCatalog',
  'globalCatalogTls',
  'mssql',
  'mssqlBrowser',
  'mysql',
  'mysqlx',
  'postgresql',
  'pgbouncer',
  'redis',
  'redisSentinel',
  'mongodb',
  'mongodbShard',
  'mongodbConfig',
  'amqp',
  'amqps',
  'rabbitmqManagement',
  'mqtt',
  'mqtts',
  'sip',
  'sips',
  'stun',
  'stuns',
  'ike',
  'ikeNatT',
  'docker',
  'dockerTls',
  'kubeApi',
  'kubelet',
  'elasticsearch',
  'elasticsearchTransport',
  'vnc',
  'vncHttp',
  'irc',
  'ircs',
] as const;

/** One of relatedRoles. */
export type RelatedRole = (typeof relatedRoles)[number];

/** A port in a group, with the role it plays there. */
export type RelatedMember = readonly [port: number, role: RelatedRole];

/**
 * Ports an admin looks at together: the plain and TLS versions of a protocol, its alternates and
 * its companions. A port page links the others of every group it is in, labelled by their role.
 * Only roles the protocol's own documents or the product's defaults give: 3389's neighbour 3390 is
 * IANA's dsc, nothing to do with RDP, so RDP has no group.
 */
export const relatedPortGroups: readonly (readonly RelatedMember[])[] = [
  [
    [80, 'http'],
    [443, 'https'],
    [8080, 'httpAlt'],
    [8443, 'httpsAlt'],
  ],
  [
    [20, 'ftpData'],
    [21, 'ftp'],
    [989, 'ftpsData'],
    [990, 'ftps'],
  ],
  [
    [22, 'ssh'],
    [2222, 'sshAlt'],
  ],
  [
    [23, 'telnet'],
    [992, 'telnets'],
  ],
  [
    [25, 'smtp'],
    [465, 'submissions'],
    [587, 'submission'],
  ],
  [
    [110, 'pop3'],
    [995, 'pop3s'],
  ],
  [
    [143, 'imap'],
    [993, 'imaps'],
  ],
  [
    [53, 'dns'],
    [853, 'dnsEncrypted'],
  ],
  [
    [67, 'dhcpServer'],
    [68, 'dhcpClient'],
  ],
  [
    [88, 'kerberos'],
    [464, 'kpasswd'],
    [749, 'kadmin'],
  ],
  [
    [137, 'netbiosName'],
    [138, 'netbiosDatagram'],
    [139, 'netbiosSession'],
    [445, 'smb'],
  ],
  [
    [161, 'snmp'],
    [162, 'snmpTrap'],
  ],
  [
    [389, 'ldap'],
    [636, 'ldaps'],
    [3268, 'globalCatalog'],
    [3269, 'globalCatalogTls'],
  ],
  [
    [1433, 'mssql'],
    [1434, 'mssqlBrowser'],
  ],
  [
    [3306, 'mysql'],
    [33060, 'mysqlx'],
  ],
  [
    [5432, 'postgresql'],
    [6432, 'pgbouncer'],
  ],
  [
    [6379, 'redis'],
    [26379, 'redisSentinel'],
  ],
  [
    [27017, 'mongodb'],
    [27018, 'mongodbShard'],
    [27019, 'mongodbConfig'],
  ],
  [
    [5672, 'amqp'],
    [5671, 'amqps'],
    [15672, 'rabbitmqManagement'],
  ],
  [
    [1883, 'mqtt'],
    [8883, 'mqtts'],
  ],
  [
    [5060, 'sip'],
    [5061, 'sips'],
  ],
  [
    [3478, 'stun'],
    [5349, 'stuns'],
  ],
  [
    [500, 'ike'],
    [4500, 'ikeNatT'],
  ],
  [
    [2375, 'docker'],
    [2376, 'dockerTls'],
  ],
  [
    [6443, 'kubeApi'],
    [10250, 'kubelet'],
  ],
  [
    [9200, 'elasticsearch'],
    [9300, 'elasticsearchTransport'],
  ],
  [
    [5900, 'vnc'],
    [5800, 'vncHttp'],
  ],
  [
    [6665, 'irc'],
    [6666, 'irc'],
    [6667, 'irc'],
    [6668, 'irc'],
    [6669, 'irc'],
    [6697, 'ircs'],
  ],
];

/** A related port to link from a page: its number and its role in the group. */
export interface RelatedPort {
  port: number;
  role: RelatedRole;
}

/** Other ports related to `port`, in group order, without repeats. */
export function relatedPorts(port: number, groups: readonly (readonly RelatedMember[])[] = relatedPortGroups): RelatedPort[] {
  const seen = new Set<number>([port]);
  const related: RelatedPort[] = [];
  for (const [p, role] of groups.filter((g) => g.some(([member]) => member === port)).flat()) {
    if (seen.has(p)) continue;
    seen.add(p);
    related.push({ port: p, role });
  }
  return related;
}

/** Lowercase letters and digits only: "EtherNet/IP-1" → "ethernetip1". */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The IANA name to show after a role label, or undefined where the label already says it: the
 * whole label or one of its words ("HTTPS" and https, "Kerberos administration" and kerberos).
 * "SSH alternate" and EtherNet-IP-1, or "HTTP alternate" and http-alt, show both.
 */
export function ianaNameAfterRole(roleLabel: string, ianaName: string | undefined): string | undefined {
  if (!ianaName) return undefined;
  const words = roleLabel.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return squash(roleLabel) === squash(ianaName) || words.includes(ianaName.toLowerCase()) ? undefined : ianaName;
}
