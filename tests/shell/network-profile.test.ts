/**
 * Reading what Windows says of its networks — `Get-NetConnectionProfile | Select-Object … | ConvertTo-Json`, as
 * Windows PowerShell 5.1 and PowerShell 7 print it — and deciding when a host must warn that stations cannot
 * reach it. The output below is the shape PowerShell prints; nothing here runs PowerShell.
 */
import { describe, expect, it } from 'vitest';
import { parseNetworkProfiles, publicNetworks } from '../../src/main/network-profile';

const ethernet = { Name: 'Network 2', InterfaceAlias: 'Ethernet', InterfaceIndex: 12 };
const wifi = { Name: 'UBND-xa-Tan-Lap', InterfaceAlias: 'Wi-Fi', InterfaceIndex: 7 };

describe("the networks' profiles as PowerShell prints them", () => {
  it('reads one network, printed as one object with the category as a number (Windows PowerShell 5.1)', () => {
    expect(parseNetworkProfiles(`${JSON.stringify({ ...ethernet, NetworkCategory: 0 })}\r\n`)).toEqual([
      { name: 'Network 2', interfaceAlias: 'Ethernet', interfaceIndex: 12, category: 'public' },
    ]);
  });

  it('reads several networks, printed as an array, with categories as numbers or names', () => {
    const output = JSON.stringify([
      { ...ethernet, NetworkCategory: 'Private' },
      { ...wifi, NetworkCategory: 2 },
      { Name: null, InterfaceAlias: 'Ethernet 3', InterfaceIndex: 20, NetworkCategory: 'DomainAuthenticated' },
    ]);
    expect(parseNetworkProfiles(output)?.map((p) => [p.name, p.category])).toEqual([
      ['Network 2', 'private'],
      ['UBND-xa-Tan-Lap', 'domain'],
      ['', 'domain'],
    ]);
  });

  it('reads nothing printed as no connected network, and anything unexpected as unknown', () => {
    expect(parseNetworkProfiles('')).toEqual([]);
    expect(parseNetworkProfiles('Get-NetConnectionProfile : Access denied')).toBeNull();
    expect(parseNetworkProfiles(JSON.stringify({ ...ethernet, NetworkCategory: 9 }))).toBeNull();
    expect(parseNetworkProfiles(JSON.stringify({ Name: 'x' }))).toBeNull();
  });
});

describe('the warning about a Public network', () => {
  it('names the Public networks and says how to fix it, in Vietnamese and English', () => {
    const found = publicNetworks(
      parseNetworkProfiles(
        JSON.stringify([
          { ...ethernet, NetworkCategory: 0 },
          { ...wifi, NetworkCategory: 1 },
        ]),
      ),
    );
    expect(found?.interfaceIndexes).toEqual([12]);
    expect(found?.text.vi).toContain('Windows đang xếp mạng «Network 2» (Ethernet) là mạng Công cộng (Public)');
    expect(found?.text.vi).toContain('máy trạm không tìm thấy và không mở được máy chủ');
    expect(found?.text.vi).toContain('«Riêng tư» (Private)');
    expect(found?.text.en).toContain('stations can neither find nor open the host');
    expect(found?.text.vi).not.toContain('UBND');
  });

  it('is not shown on Private or Domain networks, nor when Windows could not say', () => {
    expect(publicNetworks(parseNetworkProfiles(JSON.stringify({ ...ethernet, NetworkCategory: 1 })))).toBeNull();
    expect(publicNetworks(parseNetworkProfiles(JSON.stringify({ ...ethernet, NetworkCategory: 2 })))).toBeNull();
    expect(publicNetworks([])).toBeNull();
    expect(publicNetworks(null)).toBeNull();
  });
});
