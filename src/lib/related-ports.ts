/**
 * Ports an admin looks at together: the plain and TLS versions of a protocol, its alternates and
 * its companions. A port page links the others of every group it is in.
 */
export const relatedPortGroups: readonly (readonly number[])[] = [
  [80, 443, 8080, 8443],
  [20, 21, 989, 990],
  [22, 2222],
  [23, 992],
  [25, 465, 587],
  [110, 995],
  [143, 993],
  [53, 853],
  [67, 68],
  [88, 464, 749],
  [137, 138, 139, 445],
  [161, 162],
  [389, 636, 3268, 3269],
  [1433, 1434],
  [3306, 33060],
  [5432, 6432],
  [6379, 6380, 26379],
  [27017, 27018, 27019],
  [5672, 5671, 15672],
  [1883, 8883],
  [5060, 5061],
  [3478, 5349],
  [500, 4500],
  [2375, 2376],
  [6443, 10250],
  [9200, 9300],
  [5900, 5800],
  [3389, 3390],
  [6665, 6666, 6667, 6668, 6669, 6697],
  [11211],
];

/** Other ports related to `port`, in group order, without repeats. */
export function relatedPorts(port: number, groups: readonly (readonly number[])[] = relatedPortGroups): number[] {
  const related = groups.filter((g) => g.includes(port)).flat();
  return [...new Set(related)].filter((p) => p !== port);
}
