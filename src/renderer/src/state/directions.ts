/** Where a citizen goes for a service: its zone, the directions, and the points that serve it. */
import type { Service, ServicePoint, Zone } from '../api/types';

export interface Directions {
  zone: Zone | null;
  points: ServicePoint[];
}

export function directionsFor(service: Service, zones: Zone[], points: ServicePoint[]): Directions {
  return {
    zone: zones.find((z) => z.id === service.zoneId) ?? null,
    points: points.filter((p) => p.active && p.serviceIds.includes(service.id)),
  };
}

/** Points serving a service that can call right now. */
export function openPointsFor(serviceId: number, points: ServicePoint[]): number {
  return points.filter((p) => p.active && !p.paused && p.serviceIds.includes(serviceId)).length;
}
