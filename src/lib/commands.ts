import type { Protocol } from './parse-port';

/** A terminal command that shows what listens on a port, and the system it is for. */
export interface CheckCommand {
  system: 'unix' | 'linux' | 'windows' | 'powershell';
  protocol: 'tcp' | 'udp';
  command: string;
}

/**
 * Commands that show which process listens on `port`, for each system and for TCP and/or UDP.
 * With neither TCP nor UDP among `protocols` (SCTP- or DCCP-only numbers) TCP is shown.
 */
export function checkCommands(port: number, protocols: readonly Protocol[]): CheckCommand[] {
  const wanted = (['tcp', 'udp'] as const).filter((p) => protocols.includes(p));
  const list = wanted.length > 0 ? wanted : (['tcp'] as const);
  const out: CheckCommand[] = [];
  for (const protocol of list) {
    const tcp = protocol === 'tcp';
    out.push(
      { system: 'unix', protocol, command: tcp ? `sudo lsof -nP -iTCP:${port} -sTCP:LISTEN` : `sudo lsof -nP -iUDP:${port}` },
      { system: 'linux', protocol, command: `sudo ss -${tcp ? 'ltnp' : 'lunp'} 'sport = :${port}'` },
      { system: 'windows', protocol, command: `netstat -ano -p ${protocol} | findstr /C:":${port} "` },
      {
        system: 'powershell',
        protocol,
        command: tcp
          ? `Get-NetTCPConnection -LocalPort ${port} -State Listen | Select-Object LocalAddress, LocalPort, OwningProcess`
          : `Get-NetUDPEndpoint -LocalPort ${port} | Select-Object LocalAddress, LocalPort, OwningProcess`,
      },
    );
  }
  return out;
}
