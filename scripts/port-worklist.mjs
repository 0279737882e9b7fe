#!/usr/bin/env node
// node scripts/port-worklist.mjs: regenerates tests/fixtures/port-coverage.json, the port numbers
// every one of which needs a written note (issue 25): each number in Debian's /etc/services
// (package netbase) and in nmap's 300 most frequent TCP and 100 most frequent UDP ports (the
// frequency column of /usr/share/nmap/nmap-services, package nmap, skipping "unknown"; numbers
// tied with the 300th or 100th are kept too).
// The fixture keeps numbers and where each came from, nothing else: nmap's names, comments and
// frequencies are its own (not our licence), the choice of numbers is a fact. Reads the two files
// only when they are installed; otherwise it changes nothing and says why. Never run by the build
// or the tests (tests/unit/content/port-coverage.test.ts reads the committed fixture).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const out = 'tests/fixtures/port-coverage.json';
const services = '/etc/services';
const nmapServices = '/usr/share/nmap/nmap-services';
const lists = {
  'etc-services': { file: services, package: 'netbase', rule: 'every port number in the file, any protocol' },
  'nmap-top300-tcp': {
    file: nmapServices,
    package: 'nmap',
    rule: 'the 300 TCP entries with the highest open frequency (third column), skipping service "unknown", ties at the cutoff included',
  },
  'nmap-top100-udp': {
    file: nmapServices,
    package: 'nmap',
    rule: 'the 100 UDP entries with the highest open frequency (third column), skipping service "unknown", ties at the cutoff included',
  },
};

const missing = [services, nmapServices].filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.log(`${missing.join(' and ')} not installed (apt-get install netbase nmap): ${out} left as it is.`);
  process.exit(0);
}

/** The installed version of a Debian package, or "unknown" without dpkg. */
function packageVersion(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Lines of a services file without comments and blank lines, split into fields. */
const fields = (text) =>
  text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));

/** Every port number /etc/services names. */
function etcServices(text) {
  return fields(text).flatMap(([, portProto]) => {
    const m = /^(\d+)\/\w+$/.exec(portProto ?? '');
    return m ? [Number(m[1])] : [];
  });
}

/**
 * The `count` most frequent ports of one protocol in nmap-services, "unknown" skipped. Numbers tied
 * with the last one are all kept (TCP: 146, 648 and 1666 share rank 299), so nothing depends on
 * how a tie is broken.
 */
function nmapTop(text, protocol, count) {
  const ranked = fields(text)
    .flatMap(([name, portProto, frequency]) => {
      const m = /^(\d+)\/(\w+)$/.exec(portProto ?? '');
      return m && m[2] === protocol && name !== 'unknown' ? [{ port: Number(m[1]), frequency: Number(frequency) }] : [];
    })
    .sort((a, b) => b.frequency - a.frequency || a.port - b.port);
  const cutoff = ranked[count - 1]?.frequency ?? 0;
  return ranked.filter((e) => e.frequency >= cutoff).map((e) => e.port);
}

const nmapText = readFileSync(nmapServices, 'utf8');
const numbers = {
  'etc-services': etcServices(readFileSync(services, 'utf8')),
  'nmap-top300-tcp': nmapTop(nmapText, 'tcp', 300),
  'nmap-top100-udp': nmapTop(nmapText, 'udp', 100),
};

const ports = {};
for (const [list, found] of Object.entries(numbers)) {
  for (const port of new Set(found)) (ports[port] ??= []).push(list);
}
const fixture = {
  about:
    'Port numbers that must each have a written note in content/ports (en and ko, a reference, agreeing with IANA): tests/unit/content/port-coverage.test.ts. Numbers only, with the lists each came from. Regenerate with node scripts/port-worklist.mjs.',
  generated: new Date().toISOString().slice(0, 10),
  sources: Object.fromEntries(
    Object.entries(lists).map(([id, list]) => [id, { ...list, version: packageVersion(list.package), numbers: new Set(numbers[id]).size }]),
  ),
  ports: Object.fromEntries(
    Object.keys(ports)
      .map(Number)
      .sort((a, b) => a - b)
      .map((port) => [String(port), ports[port]]),
  ),
};
writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(
  `${out}: ${Object.keys(ports).length} numbers (${Object.entries(fixture.sources)
    .map(([id, s]) => `${id} ${s.numbers}`)
    .join(', ')}).`,
);
