/**
 * Which procedures a service's name calls for (issue 19 §4): adding "Chứng thực" next to "Hộ tịch – Chứng thực"
 * must not leave "sao y" issuing to Hộ tịch unseen. A service's name is read as its parts ("Hộ tịch – Chứng
 * thực": "Hộ tịch", "Chứng thực"); a procedure matches a part when its name holds it as whole words ("Chứng thực
 * bản sao…") or when its area in the reference catalogue is that part or the whole name. Diacritics and case are
 * forgiven, as in the greeter's search.
 */
import type { Procedure } from '../../shared/procedures';
import { foldText } from '../../shared/procedure-search';

/** Parts shorter than this (folded) say too little to move anything ("A", "HT"). */
const SHORTEST_PART = 4;

function partsOf(name: string): string[] {
  const parts = [name, ...name.split(/\s+[–—-]\s+|[,;/&]|\s+và\s+/i)].map(foldText);
  return [...new Set(parts)].filter((p) => p.length >= SHORTEST_PART);
}

const holdsWords = (text: string, words: string) => ` ${text} `.includes(` ${words} `);

/**
 * The active procedures of `procedures` that the service's name calls for and that lead to another service now;
 * `areaOf` gives a procedure's area (lĩnh vực), or null.
 */
export function proceduresCalledFor(
  service: { id: number; nameVi: string },
  procedures: readonly Procedure[],
  areaOf: (procedure: Procedure) => string | null,
): Procedure[] {
  const parts = partsOf(service.nameVi);
  if (parts.length === 0) return [];
  return procedures.filter((p) => {
    if (!p.active || p.serviceId === service.id) return false;
    const area = areaOf(p);
    const name = foldText(p.nameVi);
    return parts.some((part) => holdsWords(name, part) || (area !== null && foldText(area) === part));
  });
}
