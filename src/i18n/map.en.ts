/** English strings of the port map (src/components/interactives/port-map). */
const map = {
  'map.title': 'Map of all 65,536 ports',
  'map.pageLead':
    'Every port number from 0 to 65535 is one square: 256 numbers to a row, one row per block, 0 at the top left and 65535 at the bottom right. The colour is its status in the IANA registry.',
  'map.imgAlt':
    'All 65,536 port numbers as a 256 by 256 grid, coloured by IANA status. Assigned numbers crowd the first four rows, the System Ports 0–1023, and grow sparser through the User Ports; the last 64 rows, the Dynamic Ports from 49152, are all unassigned.',
  'map.legend': 'Colours',
  'map.status.unassigned': 'unassigned',
  'map.status.assigned': 'assigned',
  'map.status.range': 'part of an assigned range',
  'map.status.reserved': 'reserved',
  'map.count': '{n} numbers',
  'map.overlay': 'Overlay',
  'map.overlay.none': 'None',
  'map.overlay.ranges': 'The three RFC 6335 ranges',
  'map.overlay.privileged': 'Privileged ports (below 1024)',
  'map.overlay.linux': 'Linux ephemeral ports (32768–60999)',
  'map.overlay.windows': 'Windows and macOS ephemeral ports (49152–65535)',
  'map.slider': 'Port map',
  'map.goto': 'Go to port',
  'map.go': 'Show',
  'map.describe': 'Port {n}',
  'map.range.system': 'in the System Ports (0–1023)',
  'map.range.user': 'in the User Ports (1024–49151)',
  'map.range.dynamic': 'in the Dynamic Ports (49152–65535)',
  'map.names': 'IANA names: {names}',
  'map.noNames': 'IANA lists no name for this number.',
  'map.open': 'Open the page of port {n}',
  'map.openBlock': 'See port {n} in its block',
  'map.block': 'Ports {first}–{last}, zoomed in',
  'map.keys':
    'On the map: ← and → move by one port, ↑, ↓, Page Up and Page Down by a row of 256, Home and End go to 0 and 65535, Enter opens the port’s page.',
  'map.note.badParam': 'The link’s {name} value “{value}” could not be used, so the map starts from its default.',
  'map.ranges': 'The three ranges',
  'map.blocks': 'Every block of 256 numbers',
  'map.loadFailed': 'The names of this block could not be loaded; its page lists them.',
  'map.full': 'Open the full map of all 65,536 ports',
  'map.invalid': 'Ports are whole numbers from 0 to 65535.',
} as const;

export default map;
