import { describe, expect, it } from 'vitest';
import { checkCommands } from '../../../src/lib/commands';

describe('check-it-yourself commands', () => {
  it('fills in the number for every system, TCP and UDP', () => {
    const commands = checkCommands(5432, ['tcp', 'udp']);
    expect(commands.map((c) => `${c.system}/${c.protocol}`)).toEqual([
      'unix/tcp',
      'linux/tcp',
      'windows/tcp',
      'powershell/tcp',
      'unix/udp',
      'linux/udp',
      'windows/udp',
      'powershell/udp',
    ]);
    expect(commands.every((c) => c.command.includes('5432'))).toBe(true);
    expect(commands[0]!.command).toBe('sudo lsof -nP -iTCP:5432 -sTCP:LISTEN');
    expect(commands[6]!.command).toContain('findstr /C:":5432 "');
  });

  it('shows TCP for numbers registered only for SCTP or DCCP', () => {
    expect(checkCommands(9, ['dccp']).map((c) => c.protocol)).toEqual(['tcp', 'tcp', 'tcp', 'tcp']);
    expect(checkCommands(53, ['udp']).every((c) => c.protocol === 'udp')).toBe(true);
  });
});
