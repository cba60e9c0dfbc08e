/** The screens' addresses, by role. */
import type { Device } from '../../shared/domain';

export function homeOf(device: Pick<Device, 'role' | 'servicePointId'>): string {
  switch (device.role) {
    case 'greeter':
      return '/greeter';
    case 'counter':
      return `/counter/${device.servicePointId}`;
    case 'display':
      return '/display';
    case 'admin':
      return '/admin';
    case 'reports':
      return '/reports';
    case 'rating':
      return '/rating';
  }
}
