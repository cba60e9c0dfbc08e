/**
 * Windows sorts every network into a profile — Public, Private or Domain — and a new network is Public until
 * someone says otherwise. The installer lets Lượt through the firewall on Private and Domain networks only
 * (docs/decisions/0008-shell-host-keeps-serving.md): on a Public one, stations can neither find nor reach the
 * host. So the host reads the profiles of its connected networks (windows-commands.ts) and, on a Public one,
 * explains how to fix it. Pure: the parsing is tested with PowerShell's real output shapes.
 */
import { z } from 'zod';
import type { Bilingual } from '../preload/bridge';

export type NetworkCategory = 'public' | 'private' | 'domain';

export interface NetworkProfile {
  /** The network's name as Windows shows it ("Network 2", a Wi-Fi name). */
  name: string;
  /** The network card ("Ethernet", "Wi-Fi"). */
  interfaceAlias: string;
  interfaceIndex: number;
  category: NetworkCategory;
}

/** `NetworkCategory` as Windows PowerShell 5.1 prints an enum (a number), or as its name. */
const CATEGORIES: Record<string, NetworkCategory> = {
  '0': 'public',
  '1': 'private',
  '2': 'domain',
  Public: 'public',
  Private: 'private',
  DomainAuthenticated: 'domain',
};

const profile = z.object({
  Name: z.string().nullish(),
  InterfaceAlias: z.string().nullish(),
  InterfaceIndex: z.number().int().nonnegative(),
  NetworkCategory: z.union([z.number(), z.string()]).transform((value, context) => {
    const category = CATEGORIES[String(value)];
    if (!category) context.addIssue({ code: 'custom', message: `unknown network category ${value}` });
    return category ?? z.NEVER;
  }),
});

/**
 * What `Get-NetConnectionProfile | Select-Object … | ConvertTo-Json` printed: one object for one network, an
 * array for several, nothing when no network is connected. `null` when it is not that (an error, a changed format).
 */
export function parseNetworkProfiles(output: string): NetworkProfile[] | null {
  const text = output.trim();
  if (text === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = z.array(profile).safeParse(Array.isArray(json) ? json : [json]);
  if (!parsed.success) return null;
  return parsed.data.map((p) => ({
    name: p.Name ?? '',
    interfaceAlias: p.InterfaceAlias ?? '',
    interfaceIndex: p.InterfaceIndex,
    category: p.NetworkCategory,
  }));
}

export interface PublicNetworks {
  /** The Public networks' interface indexes, for `Set-NetConnectionProfile`. */
  interfaceIndexes: number[];
  text: Bilingual;
}

/** `null` when no connected network is Public (or the profiles could not be read: then nothing is claimed). */
export function publicNetworks(profiles: NetworkProfile[] | null): PublicNetworks | null {
  const open = (profiles ?? []).filter((p) => p.category === 'public');
  if (open.length === 0) return null;
  const names = open.map((p) => `«${p.name || p.interfaceAlias}»${p.interfaceAlias ? ` (${p.interfaceAlias})` : ''}`);
  const list = names.join(', ');
  return {
    interfaceIndexes: open.map((p) => p.interfaceIndex),
    text: {
      vi:
        `Windows đang xếp mạng ${list} là mạng Công cộng (Public). Trên mạng Công cộng, tường lửa chặn các máy khác ` +
        'kết nối tới Lượt: máy trạm không tìm thấy và không mở được máy chủ. Cách sửa: bấm «Chuyển sang mạng Riêng tư» ' +
        '(Windows hỏi quyền quản trị), hoặc mở Cài đặt → Mạng & Internet → chọn mạng đang dùng → loại mạng ' +
        '«Riêng tư» (Private).',
      en:
        `Windows has ${list} as a Public network. On a Public network the firewall stops other PCs from reaching ` +
        'Lượt: stations can neither find nor open the host. To fix it, click "Make it a Private network" (Windows ' +
        'asks for an administrator), or open Settings → Network & Internet → the network in use → network profile ' +
        'type "Private".',
    },
  };
}

export const NETWORK_TEXT = {
  makePrivate: { vi: 'Chuyển sang mạng Riêng tư', en: 'Make it a Private network' },
  openSettings: { vi: 'Mở Cài đặt mạng', en: 'Open network settings' },
  later: { vi: 'Để sau', en: 'Later' },
  notChanged: {
    vi: 'Mạng vẫn là mạng Công cộng (chưa được cho phép, hoặc Windows không đổi được). Hãy đổi trong Cài đặt mạng.',
    en: 'The network is still Public (not allowed, or Windows could not change it). Change it in the network settings.',
  },
} satisfies Record<string, Bilingual>;
