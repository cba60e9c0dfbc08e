import type { CSSProperties } from 'react';
import type { Service } from '../../../api/types';
import { inkOn } from './service-colour';

/** A service's number prefix on its own colour, as the greeter and the display show it. */
export function ServiceChip({ service }: { service: Pick<Service, 'prefix' | 'color'> }) {
  const style: CSSProperties = { background: service.color, color: inkOn(service.color) };
  return (
    <span className="admin-chip" style={style} aria-hidden="true">
      {service.prefix}
    </span>
  );
}
