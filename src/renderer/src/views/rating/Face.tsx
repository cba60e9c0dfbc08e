/** A large drawn face for each level: smile to frown, green to red, so the choice reads without words. */
import type { RatingLevel } from '../../../../shared/rating';

const LOOK: Record<RatingLevel, { colour: string; curve: number; brows?: boolean }> = {
  very_satisfied: { colour: '#2e7d32', curve: 1 },
  satisfied: { colour: '#7cb342', curve: 0.55 },
  neutral: { colour: '#f9a825', curve: 0 },
  dissatisfied: { colour: '#ef6c00', curve: -0.55 },
  very_dissatisfied: { colour: '#c62828', curve: -1, brows: true },
};

export function Face({ level, size = 120 }: { level: RatingLevel; size?: number }) {
  const { colour, curve, brows } = LOOK[level];
  // The mouth: a quadratic curve whose middle bends down (smile) or up (frown).
  const mouthY = 66 - curve * 4;
  const bend = mouthY + curve * 16;
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" className="rating-face">
      <circle cx="50" cy="50" r="46" fill={colour} />
      <circle cx="35" cy="40" r="6" fill="#fff" />
      <circle cx="65" cy="40" r="6" fill="#fff" />
      {brows && <path d="M25 27 L42 32 M75 27 L58 32" stroke="#fff" strokeWidth="5" strokeLinecap="round" />}
      <path
        d={`M28 ${mouthY} Q50 ${bend} 72 ${mouthY}`}
        fill="none"
        stroke="#fff"
        strokeWidth="7"
        strokeLinecap="round"
      />
    </svg>
  );
}
